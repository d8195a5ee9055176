package se.samtalsledaren.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samtalsledaren.model.CaseRef;
import se.samtalsledaren.model.DotVote;
import se.samtalsledaren.model.Participant;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.Role;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.model.SessionInfo;
import se.samtalsledaren.model.Solution;
import se.samtalsledaren.model.TimePlan;
import se.samtalsledaren.model.VoteRun;
import se.samtalsledaren.model.VoteTally;

/** Dot votes on step 4's solutions: limits, one ballot each, closing into the votes, running again. Fake clock. */
class DotVoteTest {
    private FakeClock clock;
    private SessionRunner runner;
    private VoteRunner vote;
    private String s1;
    private String s2;
    private String s3;

    @BeforeEach
    void setUp() {
        clock = FakeClock.at("2026-11-23T09:00:00Z");
        Session s = Session.start("s1", new CaseRef("skr-11", 11, "Tuffa strukturbeslut slår olika"),
                new SessionInfo("", LocalDate.of(2026, 11, 23), "", ""),
                List.of(new Participant("anna", "Anna", Role.FORTROENDEVALD, "S"),
                        new Participant("bo", "Bo", Role.TJANSTEPERSON, ""),
                        new Participant("cecilia", "Cecilia", Role.FORTROENDEVALD, "M"),
                        new Participant("david", "David", Role.TJANSTEPERSON, ""),
                        new Participant("eva", "Eva", Role.ANNAN, "")),
                TimePlan.defaultFor(90));
        AtomicInteger n = new AtomicInteger();
        runner = new SessionRunner(s, clock, () -> "id" + n.incrementAndGet());
        vote = new VoteRunner(runner);
        runner.goTo(Phase.STEP_4);
        s1 = runner.addSolution("Gemensam målbild", "anna").id();
        s2 = runner.addSolution("Dialogforum", "bo").id();
        s3 = runner.addSolution("Tydligare uppdrag", "").id();
    }

    private Solution solution(String id) {
        return runner.session().solutions().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void opensOnTheSolutionsAsTheyAreWithThreeDotsByDefault() {
        VoteRun run = vote.open(DotVote.DEFAULT_DOTS, true);
        assertThat(run.dots()).isEqualTo(3);
        assertThat(run.solutionIds()).containsExactly(s1, s2, s3);
        assertThat(run.opened()).isEqualTo(Instant.parse("2026-11-23T09:00:00Z"));
        assertThat(vote.isOpen()).isTrue();
        assertThatThrownBy(() -> vote.open(3, true)).isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.reason()).isEqualTo(Refused.Reason.VOTE_OPEN));
    }

    @Test
    void noVoteWithoutSolutionsOrWithDotsOutsideTheLimits() {
        for (Solution s : runner.session().solutions()) {
            runner.removeSolution(s.id());
        }
        assertThatThrownBy(() -> vote.open(3, true)).isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.reason()).isEqualTo(Refused.Reason.NO_SOLUTIONS));
        runner.addSolution("En", "");
        assertThatThrownBy(() -> vote.open(0, true)).isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.reason()).isEqualTo(Refused.Reason.BAD_DOTS));
        assertThatThrownBy(() -> vote.open(DotVote.MAX_DOTS + 1, true)).isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.reason()).isEqualTo(Refused.Reason.BAD_DOTS));
    }

    @Test
    void dotsStackUpToTheLimitAndNoFurther() {
        vote.open(3, true);
        vote.setDots("anna", s1, 2);
        vote.setDots("anna", s2, 1);
        assertThat(vote.dotsLeft("anna")).isZero();
        assertThatThrownBy(() -> vote.setDots("anna", s3, 1)).isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.reason()).isEqualTo(Refused.Reason.TOO_MANY_DOTS));
        assertThatThrownBy(() -> vote.setDots("bo", s1, 4)).isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.reason()).isEqualTo(Refused.Reason.TOO_MANY_DOTS));
        assertThatThrownBy(() -> vote.setDots("bo", s1, -1)).isInstanceOf(Refused.class);
        assertThat(vote.ballot("anna")).isEqualTo(Map.of(s1, 2, s2, 1));
        assertThat(vote.ballot("bo")).isEmpty();
    }

    @Test
    void withoutStackingOneDotPerSolution() {
        vote.open(2, false);
        vote.setDots("bo", s1, 1);
        assertThatThrownBy(() -> vote.setDots("bo", s1, 2)).isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.reason()).isEqualTo(Refused.Reason.NO_STACKING));
        vote.setDots("bo", s3, 1);
        assertThat(vote.ballot("bo")).isEqualTo(Map.of(s1, 1, s3, 1));
    }

    @Test
    void aMoveIsTakingADotOffAndPlacingItElsewhereAndRepeatsChangeNothing() {
        vote.open(3, true);
        vote.setDots("cecilia", s1, 3);
        vote.setDots("cecilia", s1, 2);
        vote.setDots("cecilia", s2, 1);
        Session before = runner.session();
        vote.setDots("cecilia", s2, 1);
        assertThat(runner.session()).isSameAs(before);
        assertThat(vote.ballot("cecilia")).isEqualTo(Map.of(s1, 2, s2, 1));
        vote.setDots("cecilia", s1, 0);
        assertThat(vote.ballot("cecilia")).isEqualTo(Map.of(s2, 1));
    }

    @Test
    void oneBallotPerParticipantAndOnlyParticipantsVote() {
        vote.open(3, true);
        vote.setBallot("david", Map.of(s1, 3));
        vote.setBallot("david", Map.of(s2, 3));
        assertThat(vote.ballot("david")).isEqualTo(Map.of(s2, 3));
        assertThat(runner.session().dotVote().open().orElseThrow().ballots()).containsOnlyKeys("david");
        assertThatThrownBy(() -> vote.setDots("mallory", s1, 1)).isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.reason()).isEqualTo(Refused.Reason.UNKNOWN_PARTICIPANT));
        assertThatThrownBy(() -> vote.setDots("david", "no-such-solution", 1)).isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.reason()).isEqualTo(Refused.Reason.UNKNOWN_SOLUTION));
    }

    @Test
    void aSolutionAddedWhileTheVoteIsOpenIsNotVotedOn() {
        vote.open(3, true);
        String late = runner.addSolution("Sent förslag", "").id();
        assertThatThrownBy(() -> vote.setDots("anna", late, 1)).isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.reason()).isEqualTo(Refused.Reason.UNKNOWN_SOLUTION));
    }

    @Test
    void whileOpenOnlyTheNumberOfVotersIsKnownThenClosingSplitsByRoleAndFillsTheVotes() {
        vote.open(3, true);
        vote.setBallot("anna", Map.of(s1, 2, s2, 1));
        vote.setBallot("cecilia", Map.of(s1, 1, s3, 2));
        vote.setBallot("bo", Map.of(s2, 3));
        vote.setBallot("david", Map.of(s1, 1, s2, 1));
        vote.setBallot("eva", Map.of(s3, 1));
        vote.setBallot("eva", Map.of());
        assertThat(vote.voters()).isEqualTo(4);
        clock.advanceMinutes(4);

        VoteRun closed = vote.close();

        assertThat(closed.closed()).isEqualTo(Instant.parse("2026-11-23T09:04:00Z"));
        assertThat(closed.ballots()).isEmpty();
        assertThat(closed.voters()).containsExactly("anna", "bo", "cecilia", "david");
        assertThat(closed.result()).extracting(VoteTally::solutionId).containsExactly(s1, s2, s3);
        VoteTally t1 = closed.result().get(0);
        assertThat(t1.text()).isEqualTo("Gemensam målbild");
        assertThat(t1.of(Role.FORTROENDEVALD)).isEqualTo(3);
        assertThat(t1.of(Role.TJANSTEPERSON)).isEqualTo(1);
        assertThat(closed.result().get(1).dots()).isEqualTo(Map.of(Role.FORTROENDEVALD, 1, Role.TJANSTEPERSON, 4));
        assertThat(closed.result().get(2).dots()).isEqualTo(Map.of(Role.FORTROENDEVALD, 2));
        assertThat(solution(s1).votes()).isEqualTo(Map.of("anna", 2, "cecilia", 1, "david", 1));
        assertThat(solution(s2).votes()).isEqualTo(Map.of("anna", 1, "bo", 3, "david", 1));
        assertThat(solution(s3).votes()).isEqualTo(Map.of("cecilia", 2));
        assertThat(solution(s2).totalVotes()).isEqualTo(5);
        assertThat(vote.isOpen()).isFalse();
        assertThat(DotVotes.votersByRole(closed, runner.session())).isEqualTo(Map.of(Role.FORTROENDEVALD, 2, Role.TJANSTEPERSON, 2));
        assertThatThrownBy(() -> vote.setDots("anna", s1, 1)).isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.reason()).isEqualTo(Refused.Reason.VOTE_CLOSED));
    }

    @Test
    void typedVotesOfThoseWhoDidNotVoteStayWhenTheVoteCloses() {
        runner.setVotes(s1, "eva", 2);
        runner.setVotes(s1, "anna", 5);
        vote.open(3, true);
        vote.setBallot("anna", Map.of(s2, 3));
        vote.close();
        assertThat(solution(s1).votes()).isEqualTo(Map.of("eva", 2));
        assertThat(solution(s2).votes()).isEqualTo(Map.of("anna", 3));
    }

    @Test
    void runAgainKeepsTheEarlierResultWithItsTimesAndReplacesTheVotesOfEveryoneWhoVoted() {
        vote.open(3, true);
        vote.setBallot("anna", Map.of(s1, 3));
        vote.setBallot("bo", Map.of(s2, 3));
        clock.advanceMinutes(3);
        VoteRun first = vote.close();
        clock.advanceMinutes(10);

        VoteRun again = vote.reopen();
        assertThat(again.dots()).isEqualTo(3);
        assertThat(again.stack()).isTrue();
        assertThat(again.ballots()).isEmpty();
        assertThat(again.opened()).isEqualTo(Instant.parse("2026-11-23T09:13:00Z"));
        vote.setBallot("bo", Map.of(s3, 2));
        clock.advanceMinutes(2);
        vote.close();

        DotVote v = runner.session().dotVote();
        assertThat(v.runs()).hasSize(2);
        assertThat(v.runs().get(0)).isEqualTo(first);
        assertThat(v.runs().get(0).opened()).isEqualTo(Instant.parse("2026-11-23T09:00:00Z"));
        assertThat(v.runs().get(0).closed()).isEqualTo(Instant.parse("2026-11-23T09:03:00Z"));
        assertThat(v.runs().get(1).closed()).isEqualTo(Instant.parse("2026-11-23T09:15:00Z"));
        assertThat(v.latestResult().orElseThrow()).isEqualTo(v.runs().get(1));
        // Anna voted the first time and not the second: the second run is the result that counts.
        assertThat(solution(s1).votes()).isEmpty();
        assertThat(solution(s2).votes()).isEmpty();
        assertThat(solution(s3).votes()).isEqualTo(Map.of("bo", 2));
    }

    @Test
    void aSolutionRemovedDuringTheVoteDropsOutOfTheResult() {
        vote.open(3, true);
        vote.setBallot("anna", Map.of(s1, 1, s2, 2));
        runner.removeSolution(s2);
        VoteRun closed = vote.close();
        assertThat(closed.result()).extracting(VoteTally::solutionId).containsExactly(s1, s3);
        assertThat(solution(s1).votes()).isEqualTo(Map.of("anna", 1));
    }

    @Test
    void aClockSetBackDoesNotMakeRunsOverlap() {
        vote.open(3, true);
        clock.advanceMinutes(5);
        vote.close();
        clock.advance(java.time.Duration.ofMinutes(-30));
        VoteRun again = vote.reopen();
        assertThat(again.opened()).isEqualTo(Instant.parse("2026-11-23T09:05:00Z"));
        VoteRun closed = vote.close();
        assertThat(closed.closed()).isEqualTo(closed.opened());
    }
}
