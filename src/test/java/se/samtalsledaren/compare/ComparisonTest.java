package se.samtalsledaren.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.samtalsledaren.compare.Comparison.Column;
import se.samtalsledaren.compare.Comparison.Entry;
import se.samtalsledaren.compare.Comparison.Kind;
import se.samtalsledaren.compare.Comparison.Source;
import se.samtalsledaren.json.FileProblemException;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.model.Horizon;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.Role;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.model.TimePlan;

/** The comparison of generated sessions: same case only, side by side per step, time per step, airtime per role. */
class ComparisonTest {
    private static final Messages SV = new Messages(new Locale("sv"));
    private static final Messages EN = new Messages(Locale.ENGLISH);

    private static Comparison compare(Session... sessions) throws FileProblemException {
        List<Source> sources = new ArrayList<>();
        for (Session s : sessions) {
            sources.add(new Source("/kurs/" + s.id() + ".json", s));
        }
        return Comparison.of(sources, SV);
    }

    private static Session three(String id) {
        return GeneratedSessions.session(id).build();
    }

    @Test
    void onlySessionsOfOneCaseAndTwoToTwelveOfThem() {
        Session a = three("a");
        Session other = GeneratedSessions.session("b").of(GeneratedSessions.CASE_7).build();
        assertThatThrownBy(() -> Comparison.of(List.of(new Source("/kurs/a.json", a), new Source("/kurs/b.json", other),
                new Source("/kurs/c.json", three("c"))), EN))
                .isInstanceOfSatisfying(FileProblemException.class, e -> assertThat(e.problems()).singleElement()
                        .hasToString("/kurs/b.json: the session is on case 7 (Fastighetsbolaget och en oväntad ekonomisk nyhet), "
                                + "but the comparison is of case 11 (Tuffa strukturbeslut slår olika) like /kurs/a.json; "
                                + "only sessions on the same case can be compared"));
        assertThatThrownBy(() -> compare(a)).isInstanceOf(IllegalArgumentException.class);
        Session[] thirteen = new Session[13];
        for (int i = 0; i < 13; i++) {
            thirteen[i] = three("s" + i);
        }
        assertThatThrownBy(() -> compare(thirteen)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Comparison.MAX_SESSIONS).isEqualTo(12);
    }

    @Test
    void eachGroupIsToldApartByTheFirstFieldThatDiffers() throws Exception {
        var sameTitle = compare(GeneratedSessions.session("a").info("Ledningsdag", "Anna", "Sal 1").build(),
                GeneratedSessions.session("b").info("Ledningsdag", "Johan", "Sal 2").build());
        assertThat(sameTitle.groups()).extracting(Comparison.Group::detail).containsExactly("Anna", "Johan");
        var titles = compare(GeneratedSessions.session("a").info("Bord 1", "Anna", "").build(),
                GeneratedSessions.session("b").info("Bord 2", "Anna", "").build());
        assertThat(titles.groups()).extracting(Comparison.Group::detail).containsExactly("Bord 1", "Bord 2");
        var nothing = compare(three("a"), three("b"));
        assertThat(nothing.groups()).extracting(Comparison.Group::detail).containsExactly("a.json", "b.json");
        assertThat(nothing.groups()).extracting(Comparison.Group::source).containsExactly("/kurs/a.json", "/kurs/b.json");
    }

    @Test
    void stepsSideBySideWithSharedProblemsAndSolutionsTagged() throws Exception {
        Session g1 = GeneratedSessions.session("g1").person("p1", Role.FORTROENDEVALD)
                .note(Phase.STEP_1, "Flerkärnig kommun", "p1")
                .problems("Förvaltningen ställde om innan beslutet", "Otydliga roller")
                .solution("Dialogmöten på orterna", Horizon.SHORT, 5, true)
                .solution("Kompensation med skolskjuts", Horizon.SHORT, 3, false)
                .note(Phase.STEP_4, "Dialogen först")
                .agreement("Planera dialogmöten", "KSO")
                .spend(Phase.STEP_1, 600).spend(Phase.STEP_2, 300).build();
        Session g2 = GeneratedSessions.session("g2")
                .problems("Kompensationen saknades", "Organisationen ställde om innan KF-beslutet i förvaltningen")
                .solution("Pausa omställningen", Horizon.SHORT, 4, true)
                .solution("Öppna dialogmöten i orterna", Horizon.LONG, 2, true)
                .build();
        Comparison c = compare(g1, g2);
        assertThat(c.caseRef().number()).isEqualTo(11);

        var step1 = c.step(Phase.STEP_1);
        assertThat(step1.columns()).extracting(col -> col.group().index()).containsExactly(0, 1);
        Column first = step1.columns().get(0);
        assertThat(first.used()).isEqualTo(Duration.ofMinutes(10));
        assertThat(first.planned()).isEqualTo(15);
        assertThat(first.entries()).singleElement().isInstanceOfSatisfying(Entry.NoteEntry.class, n -> {
            assertThat(n.note().text()).isEqualTo("Flerkärnig kommun");
            assertThat(n.by().id()).isEqualTo("p1");
        });
        assertThat(step1.columns().get(1).entries()).isEmpty();

        // Step 2: the problems; the one both groups named carries tag 1 in both columns.
        var step2 = c.step(Phase.STEP_2);
        assertThat(tags(step2.columns().get(0))).containsExactly(1, 0);
        assertThat(tags(step2.columns().get(1))).containsExactly(0, 1);
        assertThat(c.grouping(Kind.PROBLEMS).shared()).singleElement()
                .satisfies(cl -> assertThat(cl.members()).extracting(r -> c.text(Kind.PROBLEMS, r))
                        .containsExactly("Förvaltningen ställde om innan beslutet",
                                "Organisationen ställde om innan KF-beslutet i förvaltningen"));

        // Step 4: the solutions in priority order with rank, then the step's notes.
        var step4 = c.step(Phase.STEP_4).columns().get(0).entries();
        assertThat(step4).hasSize(3);
        assertThat(step4.get(0)).isInstanceOfSatisfying(Entry.SolutionEntry.class, s -> {
            assertThat(s.rank()).isEqualTo(1);
            assertThat(s.solution().text()).isEqualTo("Dialogmöten på orterna");
            assertThat(s.solution().totalVotes()).isEqualTo(5);
            assertThat(s.tag()).isEqualTo(1);
        });
        assertThat(step4.get(1)).isInstanceOfSatisfying(Entry.SolutionEntry.class, s -> assertThat(s.tag()).isZero());
        assertThat(step4.get(2)).isInstanceOf(Entry.NoteEntry.class);
        assertThat(c.step(Phase.STEP_4).columns().get(1).entries().get(1))
                .isInstanceOfSatisfying(Entry.SolutionEntry.class, s -> {
                    assertThat(s.rank()).isEqualTo(2);
                    assertThat(s.tag()).isEqualTo(1);
                });

        // Step 5: only the chosen solutions, with their consequences.
        var step5 = c.step(Phase.STEP_5);
        assertThat(step5.columns().get(0).entries()).singleElement().isInstanceOfSatisfying(Entry.ConsequenceEntry.class,
                q -> assertThat(q.solution().consequences().risks()).isEqualTo("risk med Dialogmöten på orterna"));
        assertThat(step5.columns().get(1).entries()).extracting(e -> ((Entry.ConsequenceEntry) e).rank()).containsExactly(1, 2);

        // Closing: the agreements.
        assertThat(c.step(Phase.CLOSING).columns().get(0).entries()).singleElement()
                .isInstanceOfSatisfying(Entry.AgreementEntry.class, a -> assertThat(a.agreement().who()).isEqualTo("KSO"));
        assertThat(c.step(Phase.CLOSING).columns().get(1).entries()).isEmpty();
        assertThat(c.step(Phase.PREPARATION).columns()).allSatisfy(col -> assertThat(col.entries()).isEmpty());
    }

    private static List<Integer> tags(Column col) {
        return col.entries().stream().map(e -> ((Entry.NoteEntry) e).tag()).toList();
    }

    @Test
    void aCorrectedGroupingChangesTheTags() throws Exception {
        Comparison c = compare(GeneratedSessions.session("a").solutions("Pausa omställningen", "Dialogmöten").build(),
                GeneratedSessions.session("b").solutions("Vänta med förändringen").build());
        assertThat(c.grouping(Kind.SOLUTIONS).shared()).isEmpty();
        Grouping g = c.grouping(Kind.SOLUTIONS);
        var pausa = g.items().get(0);
        var vanta = g.items().get(2);
        Comparison merged = c.with(Kind.SOLUTIONS, g.merge(g.clusterOf(pausa), g.clusterOf(vanta)));
        assertThat(merged.tag(Kind.SOLUTIONS, pausa)).isEqualTo(1);
        assertThat(merged.tag(Kind.SOLUTIONS, vanta)).isEqualTo(1);
        assertThat(merged.step(Phase.STEP_3).columns().get(1).entries().get(0))
                .isInstanceOfSatisfying(Entry.SolutionEntry.class, s -> assertThat(s.tag()).isEqualTo(1));
        assertThat(c.tag(Kind.SOLUTIONS, pausa)).as("the original is unchanged").isZero();
        assertThat(merged.suggestion(Kind.SOLUTIONS)).isEqualTo(c.grouping(Kind.SOLUTIONS));
        assertThatThrownBy(() -> c.with(Kind.SOLUTIONS, c.grouping(Kind.PROBLEMS))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void airtimeByRoleIsTheAveragePerPerson() throws Exception {
        // Two politicians speak 10 and 20 minutes; three officials 30 minutes together; one other says nothing.
        Session s = GeneratedSessions.session("a")
                .person("p1", Role.FORTROENDEVALD).person("p2", Role.FORTROENDEVALD)
                .person("t1", Role.TJANSTEPERSON).person("t2", Role.TJANSTEPERSON).person("t3", Role.TJANSTEPERSON)
                .person("x", Role.ANNAN)
                .speak("p1", 600).speak("t1", 900).speak("p2", 1200).speak("t2", 600).speak("t3", 300).build();
        Session quiet = GeneratedSessions.session("b").person("p1", Role.FORTROENDEVALD).build();
        Comparison c = compare(s, quiet);
        RoleAirtime air = c.groups().get(0).airtime();
        assertThat(air.of(Role.FORTROENDEVALD)).isEqualTo(new RoleAirtime.Share(Role.FORTROENDEVALD, 2,
                Duration.ofMinutes(30), Duration.ofMinutes(15), 2));
        assertThat(air.of(Role.TJANSTEPERSON)).isEqualTo(new RoleAirtime.Share(Role.TJANSTEPERSON, 3,
                Duration.ofMinutes(30), Duration.ofMinutes(10), 3));
        assertThat(air.of(Role.ANNAN).perPerson()).isZero();
        assertThat(air.total()).isEqualTo(Duration.ofHours(1));
        assertThat(air.politiciansPerOfficial()).hasValue(1.5);
        assertThat(c.groups().get(0).people(Role.TJANSTEPERSON)).isEqualTo(3);
        // A group without officials has no ratio, and a role nobody had is a share of nobody.
        RoleAirtime none = c.groups().get(1).airtime();
        assertThat(none.politiciansPerOfficial()).isEmpty();
        assertThat(none.roles()).extracting(RoleAirtime.Share::role).containsExactly(Role.FORTROENDEVALD);
        assertThat(none.of(Role.TJANSTEPERSON).people()).isZero();
    }

    @Test
    void timePerStepFromTheTimeLogAgainstThePlan() {
        Session s = GeneratedSessions.session("a").plan(TimePlan.defaultFor(90)).added(Phase.STEP_3, 5)
                .spend(Phase.STEP_1, 600).spend(Phase.STEP_2, 300).spend(Phase.STEP_1, 120).spend(Phase.STEP_3, 90)
                .spend(Phase.STEP_5, 810).openIn(Phase.CLOSING).speak("p1", 4000).build();
        StepTimes t = StepTimes.of(s);
        assertThat(t.used(Phase.STEP_1)).isEqualTo(Duration.ofSeconds(720));
        assertThat(t.used(Phase.STEP_4)).isZero();
        assertThat(t.planned(Phase.STEP_3)).isEqualTo(23);
        // The open closing segment counts up to the end of the logs (the speaking log ends last here).
        assertThat(t.used(Phase.CLOSING)).isEqualTo(Duration.ofSeconds(4000 - 1920));
        assertThat(t.total()).isEqualTo(Duration.ofSeconds(4000));
        assertThat(t.plannedTotal()).isEqualTo(95);
        // 13:30 of 15 planned minutes is exactly 90 %: step 5 got its time.
        assertThat(t.step5()).isEqualTo(StepTimes.Step5.GOT_ITS_TIME);
        assertThat(StepTimes.of(GeneratedSessions.session("b").spend(Phase.STEP_5, 809).build()).step5())
                .isEqualTo(StepTimes.Step5.SHORT);
        assertThat(StepTimes.of(GeneratedSessions.session("c").spend(Phase.STEP_4, 60).build()).step5())
                .isEqualTo(StepTimes.Step5.NOT_REACHED);
        assertThat(StepTimes.of(GeneratedSessions.session("d").plan(TimePlan.defaultFor(90).with(Phase.STEP_5, 0))
                .spend(Phase.STEP_5, 60).build()).step5()).isEqualTo(StepTimes.Step5.NOT_PLANNED);
    }
}
