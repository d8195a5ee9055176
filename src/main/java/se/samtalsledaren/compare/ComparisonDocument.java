package se.samtalsledaren.compare;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import se.samtalsledaren.Version;
import se.samtalsledaren.compare.Comparison.Column;
import se.samtalsledaren.compare.Comparison.Entry;
import se.samtalsledaren.compare.Comparison.Group;
import se.samtalsledaren.compare.Comparison.Kind;
import se.samtalsledaren.export.Block;
import se.samtalsledaren.export.Block.Bar;
import se.samtalsledaren.export.Block.BarChart;
import se.samtalsledaren.export.Block.Field;
import se.samtalsledaren.export.Block.Fields;
import se.samtalsledaren.export.Block.Heading;
import se.samtalsledaren.export.Block.Item;
import se.samtalsledaren.export.Block.ItemList;
import se.samtalsledaren.export.Block.Paragraph;
import se.samtalsledaren.export.Block.Table;
import se.samtalsledaren.export.ExportDocument;
import se.samtalsledaren.export.Labels;
import se.samtalsledaren.model.Consequences;
import se.samtalsledaren.model.Participant;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.Role;
import se.samtalsledaren.model.Solution;

/**
 * A comparison as an {@link ExportDocument} the lead facilitator can send after the day: the
 * groups, the problems and solutions several groups share (as grouped when exported), each
 * step side by side (group after group, since a page has no room for twelve columns), the time
 * per step against the plan, and the airtime by role per person. Swedish, as the session notes.
 */
public final class ComparisonDocument {
    private final Labels labels;
    /**
     * Labels already formatted, by key and arguments: a comparison of twelve long sessions asks
     * for the same few thousand ("Grupp 3: …", "plats 2 av 5", "P4") tens of thousands of times,
     * and each MessageFormat costs more than the rest of the document.
     */
    private final Map<List<Object>, String> formatted = new ConcurrentHashMap<>();

    public ComparisonDocument(Labels labels) {
        this.labels = labels;
    }

    /** {@link Labels#get} remembered. */
    private String label(String key, Object... args) {
        if (args.length == 0) {
            return labels.get(key);
        }
        List<Object> k = new ArrayList<>(args.length + 1);
        k.add(key);
        k.addAll(List.of(args));
        return formatted.computeIfAbsent(k, x -> labels.get(key, args));
    }

    public ExportDocument build(Comparison c) {
        List<Block> b = new ArrayList<>();
        String caseLabel = label("session.caseValue", c.caseRef().number(), c.caseRef().title());
        String title = label("compare.title");
        b.add(new Heading(1, title));
        b.add(new Paragraph(label("compare.lead", c.caseRef().number(), c.caseRef().title(), c.groups().size()),
                Paragraph.Style.LEAD));
        b.add(new Fields(List.of(new Field(label("session.case"), caseLabel),
                new Field(label("session.date"), dates(c)),
                new Field(label("compare.groupCount"), Integer.toString(c.groups().size())))));
        groups(c, b);
        shared(c, Kind.PROBLEMS, b);
        shared(c, Kind.SOLUTIONS, b);
        b.add(new Heading(2, label("compare.steps")));
        b.add(new Paragraph(label("compare.steps.intro")));
        for (Phase p : Phase.values()) {
            if (p.isStep() || p == Phase.CLOSING) {
                step(c, p, b);
            }
        }
        times(c, b);
        airtime(c, b);
        b.add(new Paragraph(label("compare.footer", Version.get(), c.groups().size()), Paragraph.Style.SMALL));
        return new ExportDocument(title, new ExportDocument.PageHeader("Case " + caseLabel, dates(c), label("page")), b);
    }

    /** "Grupp 2". */
    public String groupName(Group g) {
        return label("compare.group", g.index() + 1);
    }

    /** "Grupp 2: Ola Berg", the name with what tells the group apart. */
    public String groupLabel(Group g) {
        return label("compare.groupLabel", g.index() + 1, g.detail());
    }

    /** The tag of a shared cluster: "P2" for problems, "L3" for solutions. */
    public String tag(Kind kind, int number) {
        return label(kind == Kind.PROBLEMS ? "compare.tag.problem" : "compare.tag.solution", number);
    }

    private String dates(Comparison c) {
        List<LocalDate> dates = c.groups().stream().map(g -> g.session().info().date()).distinct().sorted().toList();
        return dates.size() == 1 ? labels.date(dates.get(0))
                : label("compare.dateRange", labels.date(dates.get(0)), labels.date(dates.get(dates.size() - 1)));
    }

    private void groups(Comparison c, List<Block> b) {
        b.add(new Heading(2, label("compare.groups")));
        boolean oneDate = c.groups().stream().map(g -> g.session().info().date()).distinct().count() == 1;
        List<Block.Column> columns = new ArrayList<>();
        columns.add(new Block.Column(label("compare.group.name"), 4, false));
        columns.add(new Block.Column(label("session.facilitator"), 6, false));
        columns.add(new Block.Column(label("session.place"), 6, false));
        if (!oneDate) {
            columns.add(new Block.Column(label("session.date"), 4, false));
        }
        for (Role r : Role.values()) {
            columns.add(new Block.Column(label("roles." + r.key()), r == Role.ANNAN ? 2 : 4, true));
        }
        List<List<String>> rows = new ArrayList<>();
        for (Group g : c.groups()) {
            var info = g.session().info();
            List<String> row = new ArrayList<>();
            // The detail stands beside the name unless it is the facilitator or place, which have columns.
            row.add(g.detail().equals(info.facilitator().strip()) || g.detail().equals(info.place().strip()) ? groupName(g) : groupLabel(g));
            row.add(orNone(info.facilitator()));
            row.add(orNone(info.place()));
            if (!oneDate) {
                row.add(labels.date(info.date()));
            }
            for (Role r : Role.values()) {
                row.add(Integer.toString(g.people(r)));
            }
            rows.add(row);
        }
        b.add(new Table(columns, rows, false));
    }

    private void shared(Comparison c, Kind kind, List<Block> b) {
        String key = kind == Kind.PROBLEMS ? "compare.sharedProblems" : "compare.sharedSolutions";
        b.add(new Heading(2, label(key)));
        b.add(new Paragraph(label(key + ".intro")));
        List<Grouping.Cluster> shared = c.grouping(kind).shared();
        if (shared.isEmpty()) {
            b.add(new Paragraph(label(key + ".none"), Paragraph.Style.SMALL));
            return;
        }
        for (int i = 0; i < shared.size(); i++) {
            Grouping.Cluster cluster = shared.get(i);
            b.add(new Heading(3, label("compare.cluster", tag(kind, i + 1), cluster.groups(), c.groups().size())));
            List<Item> items = new ArrayList<>();
            for (Grouping.Ref r : cluster.members()) {
                Group g = c.groups().get(r.group());
                String meta = groupLabel(g);
                if (kind == Kind.SOLUTIONS) {
                    List<Solution> sols = g.session().solutions();
                    Solution sol = sols.stream().filter(s -> s.id().equals(r.id())).findFirst().orElseThrow();
                    meta = meta + " · " + solutionMeta(sol, sols.indexOf(sol) + 1, sols.size());
                }
                items.add(new Item(c.text(kind, r), meta));
            }
            b.add(new ItemList(false, items));
        }
    }

    private void step(Comparison c, Phase phase, List<Block> b) {
        b.add(new Heading(2, label("phase." + phase.key())));
        for (Column col : c.step(phase).columns()) {
            b.add(new Heading(3, groupLabel(col.group())));
            b.add(new Paragraph(label("compare.stepTime", Labels.minSec(col.used()), col.planned()), Paragraph.Style.SMALL));
            if (col.entries().isEmpty()) {
                b.add(new Paragraph(label(phase == Phase.CLOSING ? "session.noAgreements" : "session.noNotes"), Paragraph.Style.SMALL));
                continue;
            }
            List<Item> main = new ArrayList<>();
            List<Item> notes = new ArrayList<>();
            for (Entry e : col.entries()) {
                if (e instanceof Entry.NoteEntry n) {
                    notes.add(new Item(n.note().text(), noteMeta(n)));
                } else if (e instanceof Entry.SolutionEntry s) {
                    main.add(new Item(s.solution().text(), phase == Phase.STEP_4
                            ? join(solutionMeta(s.solution(), s.rank(), -1), tagText(Kind.SOLUTIONS, s.tag()))
                            : join(s.by() == null ? "" : label("compare.proposedBy", s.by().name()), tagText(Kind.SOLUTIONS, s.tag()))));
                } else if (e instanceof Entry.ConsequenceEntry q) {
                    main.add(new Item(q.rank() + ". " + q.solution().text(), join(consequences(q.solution().consequences()),
                            tagText(Kind.SOLUTIONS, q.tag()))));
                } else if (e instanceof Entry.AgreementEntry a) {
                    List<String> meta = new ArrayList<>();
                    if (!a.agreement().who().isBlank()) {
                        meta.add(a.agreement().who());
                    }
                    if (a.agreement().due() != null) {
                        meta.add(label("compare.due", labels.date(a.agreement().due())));
                    }
                    main.add(new Item(a.agreement().what(), String.join(" · ", meta)));
                }
            }
            if (!main.isEmpty()) {
                b.add(new ItemList(phase == Phase.STEP_4, main));
            }
            if (!notes.isEmpty()) {
                if (!main.isEmpty()) {
                    b.add(new Paragraph(label("compare.notes"), Paragraph.Style.SMALL));
                }
                b.add(new ItemList(false, notes));
            }
        }
    }

    private String noteMeta(Entry.NoteEntry n) {
        List<String> meta = new ArrayList<>();
        if (n.by() != null) {
            meta.add(person(n.by()));
        }
        if (n.note().dimension() != null) {
            meta.add(label("dimension." + n.note().dimension().key()));
        }
        if (n.tag() > 0) {
            meta.add(tagText(Kind.PROBLEMS, n.tag()));
        }
        return String.join(" · ", meta);
    }

    private String person(Participant p) {
        return p.name() + " (" + label("role." + p.role().key()).toLowerCase(labels.language()) + ")";
    }

    /** "plats 1 av 4 · kort sikt · 9 röster · vald" ({@code of} < 0 leaves "av N" out). */
    private String solutionMeta(Solution s, int rank, int of) {
        List<String> meta = new ArrayList<>();
        meta.add(of < 0 ? label("compare.rank", rank) : label("compare.rankOf", rank, of));
        if (s.horizon() != null) {
            meta.add(label("horizon." + s.horizon().key()).toLowerCase(labels.language()));
        }
        meta.add(label("compare.votes", s.totalVotes()));
        if (s.chosen()) {
            meta.add(label("compare.chosen"));
        }
        return String.join(" · ", meta);
    }

    private String consequences(Consequences q) {
        if (q.isEmpty()) {
            return label("session.consequences.empty");
        }
        List<String> parts = new ArrayList<>();
        parts.add(label("session.consequences.forWhom") + ": " + orNone(q.forWhom()));
        parts.add(label("session.consequences.risks") + ": " + orNone(q.risks()));
        parts.add(label("session.consequences.followUp") + ": " + orNone(q.followUp()));
        return String.join(" · ", parts);
    }

    private String tagText(Kind kind, int tag) {
        return tag == 0 ? "" : label("compare.sharedAs", tag(kind, tag));
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + " · " + b;
    }

    private void times(Comparison c, List<Block> b) {
        b.add(new Heading(2, label("compare.times")));
        b.add(new Paragraph(label("compare.times.intro")));
        List<Block.Column> columns = new ArrayList<>();
        columns.add(new Block.Column(label("compare.group.name"), 3, false));
        for (int step = 1; step <= 5; step++) {
            columns.add(new Block.Column(label("compare.stepShort", step), 2, true));
        }
        columns.add(new Block.Column(label("session.timePlan.total"), 2, true));
        columns.add(new Block.Column(label("compare.step5"), 3, false));
        List<List<String>> rows = new ArrayList<>();
        for (Group g : c.groups()) {
            List<String> row = new ArrayList<>();
            row.add(groupName(g));
            for (int step = 1; step <= 5; step++) {
                Phase p = Phase.ofStep(step);
                row.add(label("compare.usedOfPlanned", minutesText(g.times().used(p)), g.times().planned(p)));
            }
            row.add(label("compare.usedOfPlanned", minutesText(g.times().total()), g.times().plannedTotal()));
            row.add(label("compare.step5." + g.times().step5().name().toLowerCase(Locale.ROOT)));
            rows.add(row);
        }
        b.add(new Table(columns, rows, false));
    }

    private void airtime(Comparison c, List<Block> b) {
        b.add(new Heading(2, label("compare.airtime")));
        b.add(new Paragraph(label("compare.airtime.intro")));
        List<Role> roles = List.of(Role.values()).stream()
                .filter(r -> c.groups().stream().anyMatch(g -> g.people(r) > 0)).toList();
        List<Block.Column> columns = new ArrayList<>();
        columns.add(new Block.Column(label("compare.group.name"), 3, false));
        for (Role r : roles) {
            columns.add(new Block.Column(label("compare.airtime.perPersonOf", label("roles." + r.key())), 4, true));
        }
        columns.add(new Block.Column(label("compare.airtime.ratio"), 3, true));
        columns.add(new Block.Column(label("compare.airtime.total"), 2, true));
        List<List<String>> rows = new ArrayList<>();
        List<Bar> bars = new ArrayList<>();
        for (Group g : c.groups()) {
            List<String> row = new ArrayList<>();
            row.add(groupName(g));
            for (Role r : roles) {
                RoleAirtime.Share s = g.airtime().of(r);
                row.add(s.people() == 0 ? label("none")
                        : label("compare.airtime.cell", Labels.minSec(s.perPerson()), s.people()));
                if (s.people() > 0) {
                    bars.add(new Bar(groupName(g) + " – " + label("roles." + r.key()).toLowerCase(labels.language()),
                            minutes(s.perPerson()), Labels.minSec(s.perPerson()), roles.indexOf(r)));
                }
            }
            var ratio = g.airtime().politiciansPerOfficial();
            row.add(ratio.isPresent() ? String.format(labels.language(), "%.2f", ratio.getAsDouble()) : label("none"));
            row.add(Labels.minSec(g.airtime().total()));
            rows.add(row);
        }
        Table figures = new Table(columns, rows, false);
        if (bars.stream().anyMatch(bar -> bar.value() > 0)) {
            // The chart's figures are the table: every format prints it right after the picture.
            String caption = label("compare.airtime.chart");
            String unit = label("session.airtime.unit");
            b.add(new BarChart(caption, unit, roles.stream().map(r -> label("roles." + r.key())).toList(), bars,
                    labels.chartAlt(caption, unit, bars), figures));
        } else {
            b.add(figures);
        }
    }

    /** Whole minutes, rounded: a page has room for eight columns of them, not of minutes and seconds. */
    private static String minutesText(Duration d) {
        return Long.toString((d.toSeconds() + 30) / 60);
    }

    private static double minutes(Duration d) {
        return d.toMillis() / 60_000.0;
    }

    private String orNone(String text) {
        return text.isBlank() ? label("none") : text;
    }
}
