package se.samtalsledaren.room;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.samtalsledaren.model.BeforeAfter;
import se.samtalsledaren.session.SurveyRunner;
import se.samtalsledaren.session.VoteRunner;

/**
 * A phone's *Nu* page invites to an open dot vote and an open survey round, and stops when they
 * close: the live state carries both, and the page as served shows or hides the invitation.
 */
class RoomInvitationsTest {
    @Test
    void theNowPageInvitesToAnOpenVoteAndAnOpenSurveyRound() throws Exception {
        try (RoomFixture room = new RoomFixture(4, RoomLimits.DEFAULTS)) {
            Phone phone = room.joined("p1");
            assertThat(phone.getJson("/p/state").body()).contains("\"voteOpen\":false", "\"surveyOpen\":false");
            assertThat(phone.get("/p/now").body()).contains("id=\"invite-vote\" hidden", "id=\"invite-survey\" hidden");

            room.onSession(() -> {
                room.runner.addSolution("Lösning A", "p1");
                new VoteRunner(room.runner).open(3, true);
            });
            assertThat(phone.getJson("/p/state").body()).contains("\"voteOpen\":true", "\"surveyOpen\":false");
            String now = phone.get("/p/now").body();
            assertThat(now).contains("En röstning pågår – rösta här", "id=\"invite-survey\" hidden")
                    .doesNotContain("id=\"invite-vote\" hidden");

            room.onSession(() -> {
                new VoteRunner(room.runner).close();
                SurveyRunner survey = new SurveyRunner(room.runner, () -> "q" + System.nanoTime());
                survey.addQuestion("Vi har en gemensam bild av uppdraget");
                survey.openRound(BeforeAfter.BEFORE);
            });
            assertThat(phone.getJson("/p/state").body()).contains("\"voteOpen\":false", "\"surveyOpen\":true");
            assertThat(phone.get("/p/now").body()).contains("Enkäten är öppen – svara här", "id=\"invite-vote\" hidden")
                    .doesNotContain("id=\"invite-survey\" hidden");
        }
    }
}
