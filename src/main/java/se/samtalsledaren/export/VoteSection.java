package se.samtalsledaren.export;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.samtalsledaren.export.Block.Bar;
import se.samtalsledaren.export.Block.BarChart;
import se.samtalsledaren.export.Block.Column;
import se.samtalsledaren.export.Block.Heading;
import se.samtalsledaren.export.Block.Paragraph;
import se.samtalsledaren.export.Block.Table;
import se.samtalsledaren.model.DotVote;
import se.samtalsledaren.model.Role;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.model.VoteRun;
import se.samtalsledaren.model.VoteTally;
import se.samtalsledaren.session.DotVotes;

/**
 * The dot vote in the session notes: the latest closed run as a chart of dots per solution with
 * the roles side by side and its figures as a table, then any earlier runs as tables, each with
 * when it ran. A run still open when the notes are made is only mentioned: its ballots are not a
 * result.
 */
final class VoteSection {
    private final Labels labels;
    private final DateTimeFormatter timeOfDay;

    VoteSection(Labels labels, DateTimeFormatter timeOfDay) {
        this.labels = labels;
        this.timeOfDay = timeOfDay;
    }

    void add(Session s, List<Block> b) {
        DotVote vote = s.dotVote();
        if (vote.isEmpty()) {
            return;
        }
        b.add(new Heading(2, labels.get("vote")));
        List<VoteRun> closed = vote.runs().stream().filter(r -> !r.open()).toList();
        if (!closed.isEmpty()) {
            VoteRun latest = closed.get(closed.size() - 1);
            List<Role> roles = roles(closed);
            b.add(new Paragraph(labels.get("vote.intro", latest.dots(), labels.get(latest.stack() ? "vote.stack" : "vote.noStack"))));
            b.add(new Paragraph(labels.get("vote.when", timeOfDay.format(latest.opened()), timeOfDay.format(latest.closed()),
                    voters(latest, s, roles)), Paragraph.Style.SMALL));
            b.add(chart(latest, roles));
            if (closed.size() > 1) {
                b.add(new Heading(3, labels.get("vote.earlier")));
                b.add(new Paragraph(labels.get("vote.earlier.intro"), Paragraph.Style.SMALL));
                for (int i = 0; i < closed.size() - 1; i++) {
                    VoteRun r = closed.get(i);
                    b.add(new Paragraph(labels.get("vote.earlier.run", i + 1, timeOfDay.format(r.opened()),
                            timeOfDay.format(r.closed()), r.dots())));
                    b.add(table(r, roles));
                }
            }
        }
        if (vote.open().isPresent()) {
            b.add(new Paragraph(labels.get("vote.open"), Paragraph.Style.SMALL));
        }
    }

    /** Förtroendevalda and tjänstepersoner always, others when any of them placed a dot. */
    private static List<Role> roles(List<VoteRun> runs) {
        boolean others = runs.stream().flatMap(r -> r.result().stream()).anyMatch(t -> t.of(Role.ANNAN) > 0);
        return others ? List.of(Role.FORTROENDEVALD, Role.TJANSTEPERSON, Role.ANNAN) : List.of(Role.FORTROENDEVALD, Role.TJANSTEPERSON);
    }

    private String voters(VoteRun run, Session s, List<Role> roles) {
        Map<Role, Integer> byRole = DotVotes.votersByRole(run, s);
        List<String> parts = new ArrayList<>();
        for (Role r : roles) {
            parts.add(roleName(r).toLowerCase(labels.language()) + " " + byRole.getOrDefault(r, 0));
        }
        return run.voters().isEmpty() ? labels.get("vote.nobody") : String.join(", ", parts);
    }

    private String roleName(Role r) {
        return labels.get("roles." + r.key());
    }

    private BarChart chart(VoteRun run, List<Role> roles) {
        String caption = labels.get("vote.chart");
        String unit = labels.get("vote.unit");
        List<Bar> bars = new ArrayList<>();
        List<String> read = new ArrayList<>();
        for (VoteTally t : run.result()) {
            List<String> perRole = new ArrayList<>();
            for (int i = 0; i < roles.size(); i++) {
                int n = t.of(roles.get(i));
                // The solution names its group of bars once; the legend tells the roles apart.
                bars.add(new Bar(i == 0 ? t.text() : "", n, Integer.toString(n), i));
                perRole.add(roleName(roles.get(i)).toLowerCase(labels.language()) + " " + n);
            }
            read.add(t.text() + ": " + String.join(", ", perRole));
        }
        List<String> series = roles.stream().map(this::roleName).toList();
        return new BarChart(caption, unit, series, bars, labels.get("chart.alt", caption, unit, String.join("; ", read)),
                table(run, roles));
    }

    private Table table(VoteRun run, List<Role> roles) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(labels.get("vote.solution"), 8, false));
        roles.forEach(r -> columns.add(new Column(roleName(r), 3, true)));
        columns.add(new Column(labels.get("vote.total"), 2, true));
        List<List<String>> rows = new ArrayList<>();
        for (VoteTally t : run.result()) {
            List<String> row = new ArrayList<>();
            row.add(t.text());
            roles.forEach(r -> row.add(Integer.toString(t.of(r))));
            row.add(Integer.toString(t.total()));
            rows.add(row);
        }
        return new Table(columns, rows, false);
    }
}
