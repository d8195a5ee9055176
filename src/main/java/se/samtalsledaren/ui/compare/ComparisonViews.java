package se.samtalsledaren.ui.compare;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import se.samtalsledaren.compare.Comparison;
import se.samtalsledaren.compare.Comparison.Column;
import se.samtalsledaren.compare.Comparison.Entry;
import se.samtalsledaren.compare.Comparison.Group;
import se.samtalsledaren.compare.Comparison.Kind;
import se.samtalsledaren.compare.RoleAirtime;
import se.samtalsledaren.export.Labels;
import se.samtalsledaren.model.Consequences;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.Role;
import se.samtalsledaren.ui.UiText;

/**
 * Builds the comparison's content as JavaFX nodes: a phase with one column per group (in the
 * window with who said what, in the plenary view without names and with only each step's main
 * points), the groups, the time per step and the airtime by role. Read-only; rebuilt when the
 * comparison changes.
 */
final class ComparisonViews {
    /** How much a step's columns show. */
    enum Detail {
        /** Everything, with who said it and each solution's horizon and votes. */
        WINDOW,
        /** For the room: no names; steps 3–5 only their solutions, consequences and agreements. */
        PLENARY
    }

    private final UiText text;

    ComparisonViews(UiText text) {
        this.text = text;
    }

    String groupName(Group g) {
        return text.get("compare.group", g.index() + 1);
    }

    String tag(Kind kind, int number) {
        return text.get(kind == Kind.PROBLEMS ? "compare.tag.problem" : "compare.tag.solution", number);
    }

    String phaseTitle(Phase p) {
        return text.get("phase." + p.key());
    }

    /** One column per group for {@code phase}. */
    HBox columns(Comparison c, Phase phase, Detail detail) {
        HBox row = new HBox();
        row.getStyleClass().add("compare-columns");
        for (Column col : c.step(phase).columns()) {
            VBox box = new VBox();
            box.getStyleClass().add("compare-column");
            box.setId("compareColumn" + (col.group().index() + 1));
            HBox.setHgrow(box, Priority.ALWAYS);
            box.setMaxWidth(Double.MAX_VALUE);
            box.getChildren().add(label(groupName(col.group()), "compare-group-name"));
            box.getChildren().add(label(col.group().detail(), "compare-group-detail"));
            if (detail == Detail.WINDOW) {
                Label time = label(text.get("compare.time", Labels.minSec(col.used()), col.planned()), "compare-time");
                if (col.used().compareTo(Duration.ofMinutes(col.planned())) > 0) {
                    time.getStyleClass().add("compare-time-over");
                }
                box.getChildren().add(time);
            }
            List<Node> main = new ArrayList<>();
            List<Node> notes = new ArrayList<>();
            for (Entry e : col.entries()) {
                if (e instanceof Entry.NoteEntry n) {
                    if (detail == Detail.WINDOW || phase.step() <= 2) {
                        notes.add(entry(n.note().text(), detail == Detail.WINDOW ? noteMeta(n) : "",
                                n.tag() > 0 ? tag(Kind.PROBLEMS, n.tag()) : ""));
                    }
                } else if (e instanceof Entry.SolutionEntry s) {
                    String textLine = phase == Phase.STEP_4 ? s.rank() + ". " + s.solution().text() : s.solution().text();
                    String meta = phase == Phase.STEP_4 ? solutionMeta(s)
                            : detail == Detail.WINDOW && s.by() != null ? text.get("compare.proposedBy", s.by().name()) : "";
                    main.add(entry(textLine, meta, s.tag() > 0 ? tag(Kind.SOLUTIONS, s.tag()) : ""));
                } else if (e instanceof Entry.ConsequenceEntry q) {
                    main.add(entry(q.rank() + ". " + q.solution().text(), consequences(q.solution().consequences()),
                            q.tag() > 0 ? tag(Kind.SOLUTIONS, q.tag()) : ""));
                } else if (e instanceof Entry.AgreementEntry a) {
                    List<String> meta = new ArrayList<>();
                    if (!a.agreement().who().isBlank()) {
                        meta.add(a.agreement().who());
                    }
                    if (a.agreement().due() != null) {
                        meta.add(text.get("compare.due", date(a.agreement().due())));
                    }
                    main.add(entry(a.agreement().what(), String.join(" · ", meta), ""));
                }
            }
            box.getChildren().addAll(main);
            if (!main.isEmpty() && !notes.isEmpty()) {
                box.getChildren().add(label(text.get("compare.notes"), "compare-subheading"));
            }
            box.getChildren().addAll(notes);
            if (main.isEmpty() && notes.isEmpty()) {
                box.getChildren().add(label(text.get("compare.noEntries"), "compare-empty"));
            }
            row.getChildren().add(box);
        }
        return row;
    }

    private Node entry(String body, String meta, String tag) {
        VBox v = new VBox(label(body, "compare-entry-text"));
        if (!meta.isEmpty()) {
            v.getChildren().add(label(meta, "compare-entry-meta"));
        }
        HBox.setHgrow(v, Priority.ALWAYS);
        HBox line = new HBox(v);
        line.getStyleClass().add("compare-entry");
        if (!tag.isEmpty()) {
            Label badge = label(tag, "compare-tag");
            badge.setMinWidth(Region.USE_PREF_SIZE);
            line.getChildren().add(0, badge);
            line.getStyleClass().add("compare-entry-shared");
        }
        return line;
    }

    private String noteMeta(Entry.NoteEntry n) {
        List<String> meta = new ArrayList<>();
        if (n.by() != null) {
            meta.add(n.by().name() + " (" + text.get("role." + n.by().role().key()).toLowerCase(text.locale()) + ")");
        }
        if (n.note().dimension() != null) {
            meta.add(text.get("dimension." + n.note().dimension().key()));
        }
        return String.join(" · ", meta);
    }

    private String solutionMeta(Entry.SolutionEntry s) {
        List<String> meta = new ArrayList<>();
        if (s.solution().horizon() != null) {
            meta.add(text.get("horizon." + s.solution().horizon().key()));
        }
        meta.add(text.get("compare.votes", s.solution().totalVotes()));
        if (s.solution().chosen()) {
            meta.add(text.get("compare.chosen"));
        }
        return String.join(" · ", meta);
    }

    private String consequences(Consequences q) {
        if (q.isEmpty()) {
            return text.get("compare.consequences.empty");
        }
        List<String> parts = new ArrayList<>();
        if (!q.forWhom().isBlank()) {
            parts.add(text.get("compare.consequences.forWhom", q.forWhom()));
        }
        if (!q.risks().isBlank()) {
            parts.add(text.get("compare.consequences.risks", q.risks()));
        }
        if (!q.followUp().isBlank()) {
            parts.add(text.get("compare.consequences.followUp", q.followUp()));
        }
        return String.join("\n", parts);
    }

    String date(java.time.LocalDate d) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(text.locale()).format(d);
    }

    /** The groups: who led them, where, when, who took part, time used and whether step 5 got its time. */
    HBox overview(Comparison c) {
        HBox row = new HBox();
        row.getStyleClass().add("compare-columns");
        for (Group g : c.groups()) {
            VBox box = new VBox();
            box.getStyleClass().add("compare-column");
            HBox.setHgrow(box, Priority.ALWAYS);
            box.setMaxWidth(Double.MAX_VALUE);
            var info = g.session().info();
            box.getChildren().addAll(label(groupName(g), "compare-group-name"), label(g.detail(), "compare-group-detail"));
            if (!info.title().isBlank()) {
                box.getChildren().add(label(info.title(), "compare-entry-text"));
            }
            box.getChildren().add(label(text.get("compare.overview.when", date(info.date()), info.place().isBlank() ? "–" : info.place()),
                    "compare-entry-meta"));
            box.getChildren().add(label(text.get("compare.overview.facilitator", info.facilitator().isBlank() ? "–" : info.facilitator()),
                    "compare-entry-meta"));
            box.getChildren().add(label(text.get("compare.overview.people", g.people(Role.FORTROENDEVALD), g.people(Role.TJANSTEPERSON),
                    g.people(Role.ANNAN)), "compare-entry-text"));
            box.getChildren().add(label(text.get("compare.overview.time", Labels.minSec(g.times().total()), g.times().plannedTotal()),
                    "compare-entry-text"));
            Label step5 = label(text.get("compare.step5." + g.times().step5().name().toLowerCase(Locale.ROOT),
                    Labels.minSec(g.times().used(Phase.STEP_5)), g.times().planned(Phase.STEP_5)), "compare-step5");
            step5.getStyleClass().add("compare-step5-" + g.times().step5().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            box.getChildren().add(step5);
            box.getChildren().add(label(text.get("compare.overview.source", g.source()), "compare-entry-meta"));
            row.getChildren().add(box);
        }
        return row;
    }

    /** Time used per step against the plan, one row per group. */
    GridPane times(Comparison c) {
        GridPane grid = table();
        List<String> head = new ArrayList<>(List.of(text.get("compare.col.group")));
        for (int step = 1; step <= 5; step++) {
            head.add(text.get("compare.col.step", step));
        }
        head.add(text.get("compare.col.total"));
        head.add(text.get("compare.col.step5"));
        header(grid, head);
        int r = 1;
        for (Group g : c.groups()) {
            grid.add(cell(groupName(g), false), 0, r);
            for (int step = 1; step <= 5; step++) {
                Phase p = Phase.ofStep(step);
                Label cell = cell(text.get("compare.usedOfPlanned", Labels.minSec(g.times().used(p)), g.times().planned(p)), true);
                if (g.times().used(p).compareTo(Duration.ofMinutes(g.times().planned(p))) > 0) {
                    cell.getStyleClass().add("compare-time-over");
                }
                grid.add(cell, step, r);
            }
            grid.add(cell(text.get("compare.usedOfPlanned", Labels.minSec(g.times().total()), g.times().plannedTotal()), true), 6, r);
            grid.add(cell(text.get("compare.step5short." + g.times().step5().name().toLowerCase(Locale.ROOT)), false), 7, r);
            r++;
        }
        return grid;
    }

    /** Airtime by role as the average per person, a row and a pair of bars per group. */
    VBox airtime(Comparison c) {
        List<Role> roles = List.of(Role.values()).stream().filter(ro -> c.groups().stream().anyMatch(g -> g.people(ro) > 0)).toList();
        GridPane grid = table();
        List<String> head = new ArrayList<>(List.of(text.get("compare.col.group")));
        roles.forEach(ro -> head.add(text.get("compare.col.perPerson", text.get("compare.roles." + ro.key()))));
        head.add(text.get("compare.col.ratio"));
        head.add(text.get("compare.col.total"));
        header(grid, head);
        Duration longest = Duration.ofSeconds(1);
        for (Group g : c.groups()) {
            for (RoleAirtime.Share s : g.airtime().roles()) {
                longest = s.perPerson().compareTo(longest) > 0 ? s.perPerson() : longest;
            }
        }
        VBox bars = new VBox();
        bars.getStyleClass().add("compare-bars");
        int r = 1;
        for (Group g : c.groups()) {
            grid.add(cell(groupName(g), false), 0, r);
            int col = 1;
            for (Role ro : roles) {
                RoleAirtime.Share s = g.airtime().of(ro);
                grid.add(cell(s.people() == 0 ? "–" : text.get("compare.perPersonCell", Labels.minSec(s.perPerson()), s.people()), true), col++, r);
                if (s.people() > 0) {
                    bars.getChildren().add(bar(groupName(g) + " · " + text.get("compare.roles." + ro.key()), s.perPerson(), longest, ro));
                }
            }
            var ratio = g.airtime().politiciansPerOfficial();
            grid.add(cell(ratio.isPresent() ? String.format(text.locale(), "%.2f", ratio.getAsDouble()) : "–", true), col++, r);
            grid.add(cell(Labels.minSec(g.airtime().total()), true), col, r);
            r++;
        }
        VBox box = new VBox(label(text.get("compare.airtime.intro"), "compare-intro"), grid, bars);
        box.getStyleClass().add("compare-table-page");
        return box;
    }

    private HBox bar(String name, Duration value, Duration longest, Role role) {
        Label caption = label(name, "compare-bar-label");
        caption.setMinWidth(220);
        caption.setPrefWidth(220);
        Region fill = new Region();
        fill.getStyleClass().addAll("compare-bar", "compare-bar-" + (role == Role.FORTROENDEVALD ? "politician"
                : role == Role.TJANSTEPERSON ? "official" : "other"));
        double share = (double) value.toMillis() / longest.toMillis();
        StackPane track = new StackPane(fill);
        track.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(track, Priority.ALWAYS);
        fill.maxWidthProperty().bind(track.widthProperty().multiply(share));
        fill.prefWidthProperty().bind(track.widthProperty().multiply(share));
        HBox line = new HBox(8, caption, track, label(Labels.minSec(value), "compare-bar-value"));
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private static GridPane table() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("compare-table");
        ColumnConstraints first = new ColumnConstraints();
        first.setHgrow(Priority.SOMETIMES);
        grid.getColumnConstraints().add(first);
        return grid;
    }

    private static void header(GridPane grid, List<String> titles) {
        for (int i = 0; i < titles.size(); i++) {
            Label h = cell(titles.get(i), i > 0);
            h.getStyleClass().add("compare-th");
            grid.add(h, i, 0);
        }
    }

    private static Label cell(String s, boolean numeric) {
        Label l = label(s, "compare-td");
        l.setMaxWidth(Double.MAX_VALUE);
        if (numeric) {
            l.setAlignment(Pos.CENTER_RIGHT);
            GridPane.setHalignment(l, HPos.RIGHT);
        }
        return l;
    }

    static Label label(String s, String style) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.getStyleClass().add(style);
        return l;
    }
}
