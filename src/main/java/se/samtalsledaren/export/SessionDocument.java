package se.samtalsledaren.export;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.samtalsledaren.Version;
import se.samtalsledaren.export.Block.Bar;
import se.samtalsledaren.export.Block.BarChart;
import se.samtalsledaren.export.Block.Column;
import se.samtalsledaren.export.Block.Field;
import se.samtalsledaren.export.Block.Fields;
import se.samtalsledaren.export.Block.Heading;
import se.samtalsledaren.export.Block.Item;
import se.samtalsledaren.export.Block.ItemList;
import se.samtalsledaren.export.Block.Paragraph;
import se.samtalsledaren.export.Block.Table;
import se.samtalsledaren.model.Agreement;
import se.samtalsledaren.model.Case;
import se.samtalsledaren.model.Consequences;
import se.samtalsledaren.model.Note;
import se.samtalsledaren.model.Participant;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.Role;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.model.Solution;
import se.samtalsledaren.model.SpeakingTurn;
import se.samtalsledaren.session.Airtime;
import se.samtalsledaren.session.TimeUsed;

/**
 * The session notes as an {@link ExportDocument}: who, when and where; the time plan against the
 * time used; the notes of each step; the ranked solutions, the consequences of the chosen ones,
 * the agreements; and the airtime per participant and per role. Everything is computed from the
 * session and one instant, with the session window's own computation ({@link TimeUsed}): a session
 * whose clock still runs is counted up to that instant, as the window counts it, and the document
 * says so; a paused or finished session gives the same document at any instant.
 */
public final class SessionDocument {
    private final Labels labels;
    private final ZoneId zone;

    /** {@code zone} is where the session's clock times are shown (the time of day of start and end). */
    public SessionDocument(Labels labels, ZoneId zone) {
        this.labels = labels;
        this.zone = zone;
    }

    /**
     * The document for {@code session} as its logs stand: a clock still running is counted up to
     * the last entry of the logs. {@code caseData} adds the case's source when the case is known.
     */
    public ExportDocument build(Session session, Optional<Case> caseData) {
        return build(session, caseData, end(session));
    }

    /**
     * The document for {@code session} with its times counted up to {@code at}, the instant the
     * session window shows ({@code SessionRunner.now()}, or {@link TimeUsed#now} for a file): the
     * time used per phase and in all, the running phase's included, and the airtime.
     */
    public ExportDocument build(Session session, Optional<Case> caseData, Instant at) {
        TimeUsed used = TimeUsed.of(session, at);
        List<Block> b = new ArrayList<>();
        String title = session.info().title().isBlank() ? labels.get("session.defaultTitle") : session.info().title();
        String caseLabel = labels.get("session.caseValue", session.caseRef().number(), session.caseRef().title());
        b.add(new Heading(1, title));
        b.add(new Paragraph(labels.get("session.lead", session.caseRef().number(), session.caseRef().title()), Paragraph.Style.LEAD));
        b.add(facts(session, caseLabel, caseData, used));
        participants(session, b);
        timePlan(session, b, used);
        notes(session, b);
        solutions(session, b);
        new VoteSection(labels, timeOfDay()).add(session, b);
        consequences(session, b);
        agreements(session, b);
        new SurveySection(labels, timeOfDay()).add(session.survey(), b);
        airtime(session, b, used);
        String publisher = caseData.map(c -> c.source().publisher()).orElse("SKR");
        b.add(new Paragraph(labels.get("session.footer", Version.get(), publisher), Paragraph.Style.SMALL));
        ExportDocument.PageHeader header = new ExportDocument.PageHeader("Case " + caseLabel,
                labels.date(session.info().date()), labels.get("page"));
        return new ExportDocument(title, header, b, labels.language());
    }

    /**
     * The last instant in the session's time log and speaking log, where {@link #build(Session, Optional)}
     * counts to ({@link Instant#EPOCH} for a session with empty logs).
     */
    public static Instant end(Session s) {
        return TimeUsed.lastLogged(s).orElse(Instant.EPOCH);
    }

    private Fields facts(Session s, String caseLabel, Optional<Case> caseData, TimeUsed used) {
        List<Field> f = new ArrayList<>();
        f.add(new Field(labels.get("session.case"), caseLabel));
        caseData.ifPresent(c -> f.add(new Field(labels.get("session.source"), source(c))));
        f.add(new Field(labels.get("session.date"), labels.date(s.info().date())));
        if (used.started().isPresent() && used.end().isPresent()) {
            DateTimeFormatter hm = timeOfDay();
            f.add(new Field(labels.get("session.time"),
                    labels.get(used.running() ? "session.timeValueRunning" : "session.timeValue",
                            hm.format(used.started().get()), hm.format(used.end().get()))));
        }
        if (!s.info().place().isBlank()) {
            f.add(new Field(labels.get("session.place"), s.info().place()));
        }
        if (!s.info().facilitator().isBlank()) {
            f.add(new Field(labels.get("session.facilitator"), s.info().facilitator()));
        }
        return new Fields(f);
    }

    private DateTimeFormatter timeOfDay() {
        return DateTimeFormatter.ofPattern(labels.get("time.pattern"), labels.language()).withZone(zone);
    }

    static String source(Case c) {
        StringBuilder sb = new StringBuilder(c.source().publisher()).append(": ").append(c.source().title());
        if (!c.source().part().isBlank()) {
            sb.append(", ").append(c.source().part());
        }
        return sb.toString();
    }

    private void participants(Session s, List<Block> b) {
        b.add(new Heading(2, labels.get("session.participants")));
        if (s.participants().isEmpty()) {
            b.add(new Paragraph(labels.get("session.noParticipants")));
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (Participant p : s.participants()) {
            rows.add(List.of(p.name(), role(p.role()), orNone(p.organisation())));
        }
        b.add(new Table(List.of(new Column(labels.get("session.participant.name"), 3, false),
                new Column(labels.get("session.participant.role"), 2, false),
                new Column(labels.get("session.participant.organisation"), 4, false)), rows, false));
    }

    private void timePlan(Session s, List<Block> b, TimeUsed used) {
        b.add(new Heading(2, labels.get("session.timePlan")));
        b.add(new Paragraph(labels.get("session.timePlan.intro")));
        if (used.running()) {
            b.add(new Paragraph(labels.get("session.timePlan.running", labels.get("phase." + s.current().key()),
                    timeOfDay().format(used.at())), Paragraph.Style.SMALL));
        }
        List<List<String>> rows = new ArrayList<>();
        int plannedTotal = 0;
        for (Phase p : Phase.values()) {
            int planned = s.plannedMinutes(p);
            Duration actual = used.phase(p);
            plannedTotal += planned;
            rows.add(List.of(labels.get("phase." + p.key()), Labels.minSec(Duration.ofMinutes(planned)), Labels.minSec(actual),
                    Labels.signedMinSec(actual.minusMinutes(planned))));
        }
        rows.add(List.of(labels.get("session.timePlan.total"), Labels.minSec(Duration.ofMinutes(plannedTotal)), Labels.minSec(used.total()),
                Labels.signedMinSec(used.total().minusMinutes(plannedTotal))));
        b.add(new Table(List.of(new Column(labels.get("session.timePlan.phase"), 5, false),
                new Column(labels.get("session.timePlan.planned"), 2, true),
                new Column(labels.get("session.timePlan.actual"), 2, true),
                new Column(labels.get("session.timePlan.difference"), 2, true)), rows, true));
        if (!s.addedMinutes().isEmpty()) {
            b.add(new Paragraph(labels.get("session.timePlan.added"), Paragraph.Style.SMALL));
        }
    }

    private void notes(Session s, List<Block> b) {
        b.add(new Heading(2, labels.get("session.notes")));
        for (Phase p : Phase.values()) {
            if (!p.isStep()) {
                continue;
            }
            b.add(new Heading(3, labels.get("phase." + p.key())));
            List<Note> notes = s.notesFor(p);
            if (notes.isEmpty()) {
                b.add(new Paragraph(labels.get("session.noNotes"), Paragraph.Style.SMALL));
                continue;
            }
            List<Item> items = new ArrayList<>();
            for (Note n : notes) {
                List<String> meta = new ArrayList<>();
                s.participant(n.participantId()).ifPresent(pp -> meta.add(pp.name() + " (" + role(pp.role()).toLowerCase(labels.language()) + ")"));
                if (n.dimension() != null) {
                    meta.add(labels.get("dimension." + n.dimension().key()));
                }
                items.add(new Item(n.text(), String.join(" · ", meta)));
            }
            b.add(new ItemList(false, items));
        }
    }

    private void solutions(Session s, List<Block> b) {
        b.add(new Heading(2, labels.get("session.solutions")));
        if (s.solutions().isEmpty()) {
            b.add(new Paragraph(labels.get("session.noSolutions")));
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        int rank = 1;
        for (Solution sol : s.solutions()) {
            rows.add(List.of(Integer.toString(rank++), sol.text(),
                    s.participant(sol.participantId()).map(Participant::name).orElse(labels.get("none")),
                    sol.horizon() == null ? labels.get("none") : labels.get("horizon." + sol.horizon().key()),
                    Integer.toString(sol.totalVotes()), sol.chosen() ? labels.get("yes") : ""));
        }
        b.add(new Table(List.of(new Column(labels.get("session.solution.rank"), 1, true),
                new Column(labels.get("session.solution.text"), 9, false),
                new Column(labels.get("session.solution.by"), 4, false),
                new Column(labels.get("session.solution.horizon"), 3, false),
                new Column(labels.get("session.solution.votes"), 2, true),
                new Column(labels.get("session.solution.chosen"), 2, false)), rows, false));
    }

    private void consequences(Session s, List<Block> b) {
        b.add(new Heading(2, labels.get("session.consequences")));
        List<Solution> chosen = s.solutions().stream().filter(Solution::chosen).toList();
        if (chosen.isEmpty()) {
            b.add(new Paragraph(labels.get("session.noChosen")));
            return;
        }
        for (Solution sol : chosen) {
            b.add(new Heading(3, (s.solutions().indexOf(sol) + 1) + ". " + sol.text()));
            Consequences c = sol.consequences();
            if (c.isEmpty()) {
                b.add(new Paragraph(labels.get("session.consequences.empty"), Paragraph.Style.SMALL));
                continue;
            }
            b.add(new Fields(List.of(new Field(labels.get("session.consequences.forWhom"), orNone(c.forWhom())),
                    new Field(labels.get("session.consequences.risks"), orNone(c.risks())),
                    new Field(labels.get("session.consequences.followUp"), orNone(c.followUp())))));
        }
    }

    private void agreements(Session s, List<Block> b) {
        b.add(new Heading(2, labels.get("session.agreements")));
        if (s.agreements().isEmpty()) {
            b.add(new Paragraph(labels.get("session.noAgreements")));
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (Agreement a : s.agreements()) {
            rows.add(List.of(a.what(), orNone(a.who()), a.due() == null ? labels.get("none") : labels.date(a.due())));
        }
        b.add(new Table(List.of(new Column(labels.get("session.agreement.what"), 8, false),
                new Column(labels.get("session.agreement.who"), 5, false),
                new Column(labels.get("session.agreement.due"), 3, false)), rows, false));
    }

    private void airtime(Session s, List<Block> b, TimeUsed used) {
        b.add(new Heading(2, labels.get("session.airtime")));
        Instant end = used.end().orElse(used.at());
        Airtime air = Airtime.of(s, used.at());
        Duration all = air.everyone(null).time();
        if (all.isZero()) {
            b.add(new Paragraph(labels.get("session.airtime.none")));
            return;
        }
        b.add(new Paragraph(labels.get("session.airtime.intro", timeOfDay().format(end))));
        List<Role> roles = List.of(Role.values()).stream().filter(r -> air.people(r) > 0).toList();
        List<String> series = roles.stream().map(r -> labels.get("roles." + r.key())).toList();

        List<List<String>> rows = new ArrayList<>();
        List<Bar> bars = new ArrayList<>();
        for (Participant p : s.participants()) {
            Airtime.Tally t = air.of(p.id());
            String share = Labels.percent(share(t.time(), all));
            rows.add(List.of(p.name(), role(p.role()), Labels.minSec(t.time()), Integer.toString(t.turns()), share));
            bars.add(new Bar(p.name(), minutes(t.time()), labels.get("session.airtime.value", Labels.minSec(t.time()), share),
                    roles.indexOf(p.role())));
        }
        Airtime.Tally everyone = air.everyone(null);
        rows.add(List.of(labels.get("session.timePlan.total"), "", Labels.minSec(everyone.time()),
                Integer.toString(everyone.turns()), Labels.percent(1)));
        b.add(chart(labels.get("session.airtime.byParticipant"), series, bars,
                new Table(List.of(new Column(labels.get("session.airtime.participant"), 4, false),
                        new Column(labels.get("session.airtime.role"), 3, false),
                        new Column(labels.get("session.airtime.time"), 3, true),
                        new Column(labels.get("session.airtime.turns"), 2, true),
                        new Column(labels.get("session.airtime.share"), 2, true)), rows, true)));

        List<List<String>> roleRows = new ArrayList<>();
        List<Bar> roleBars = new ArrayList<>();
        for (Role r : roles) {
            Airtime.Tally total = air.ofRole(r, null);
            Airtime.Tally avg = air.averageOfRole(r, null);
            String share = Labels.percent(share(total.time(), all));
            roleRows.add(List.of(labels.get("roles." + r.key()), Integer.toString(air.people(r)), Labels.minSec(total.time()),
                    Labels.minSec(avg.time()), Integer.toString(total.turns()), share));
            roleBars.add(new Bar(labels.get("roles." + r.key()), minutes(avg.time()), Labels.minSec(avg.time()), roles.indexOf(r)));
        }
        b.add(chart(labels.get("session.airtime.byRole"), series, roleBars,
                new Table(List.of(new Column(labels.get("session.airtime.role"), 4, false),
                        new Column(labels.get("session.airtime.people"), 2, true),
                        new Column(labels.get("session.airtime.time"), 3, true),
                        new Column(labels.get("session.airtime.perPerson"), 3, true),
                        new Column(labels.get("session.airtime.turns"), 2, true),
                        new Column(labels.get("session.airtime.share"), 2, true)), roleRows, false)));
    }

    /** A bar chart of airtime in minutes, its figures in {@code figures} and its bars read out in the text alternative. */
    private BarChart chart(String caption, List<String> series, List<Bar> bars, Table figures) {
        String unit = labels.get("session.airtime.unit");
        return new BarChart(caption, unit, series, bars, labels.chartAlt(caption, unit, bars), figures);
    }

    private static double share(Duration part, Duration all) {
        return all.isZero() ? 0 : (double) part.toMillis() / all.toMillis();
    }

    private static double minutes(Duration d) {
        return d.toMillis() / 60_000.0;
    }

    private String role(Role r) {
        return labels.get("role." + r.key());
    }

    private String orNone(String text) {
        return text.isBlank() ? labels.get("none") : text;
    }
}
