package se.samtalsledaren.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlNumberInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlRadioButtonInput;
import org.htmlunit.html.HtmlTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samtalsledaren.model.BeforeAfter;
import se.samtalsledaren.model.Role;
import se.samtalsledaren.model.Solution;
import se.samtalsledaren.model.SurveyQuestion;
import se.samtalsledaren.model.SurveyRound;
import se.samtalsledaren.session.SurveyRunner;
import se.samtalsledaren.session.VoteRunner;

/**
 * The dot-vote and survey pages in a browser engine (HtmlUnit, with the pages' script and the
 * server's CSP): a participant follows the links, places and moves dots, is told when a ballot
 * breaks the rules, and answers the survey once.
 */
class RoomVotesBrowserTest {
    private RoomFixture room;
    private WebClient browser;
    private final List<String> scriptErrors = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeEach
    void open() throws Exception {
        room = new RoomFixture(4, RoomLimits.DEFAULTS, 200);
        browser = Browsers.swedish(scriptErrors);
        browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
    }

    @AfterEach
    void close() throws Exception {
        browser.close();
        room.close();
        assertThat(scriptErrors).isEmpty();
    }

    private HtmlPage joinAs(String participantId) throws Exception {
        HtmlPage join = browser.getPage(room.base + "/j/" + room.room.token());
        return ((HtmlButton) join.getFirstByXPath("//button[@value='" + participantId + "']")).click();
    }

    private HtmlPage follow(HtmlPage page, String href) throws Exception {
        return ((HtmlAnchor) page.getFirstByXPath("//nav//a[@href='" + href + "']")).click();
    }

    @Test
    void aParticipantPlacesAndMovesDotsOnThePhone() throws Exception {
        HtmlPage now = joinAs("p3");
        HtmlPage closed = follow(now, "/p/vote");
        assertThat(closed.getElementById("vote-status").asNormalizedText()).startsWith("Ingen röstning pågår");

        List<String> ids = room.onSession(() -> {
            room.runner.addSolution("Dialogmöten på båda orterna", "p1");
            room.runner.addSolution("Pausa omställningen", "p2");
            new VoteRunner(room.runner).open(3, true);
            List<String> all = room.runner.session().solutions().stream().map(Solution::id).toList();
            return all.subList(all.size() - 2, all.size());
        });
        HtmlPage vote = browser.getPage(room.base + "/p/vote");
        assertThat(vote.asNormalizedText()).contains("Du har 3 prickar", "Dialogmöten på båda orterna", "Pausa omställningen",
                "3 av 3 prickar kvar.");
        ((HtmlNumberInput) vote.getElementById("d-" + ids.get(0))).setValueAttribute("2");
        ((HtmlNumberInput) vote.getElementById("d-" + ids.get(1))).setValueAttribute("1");
        HtmlPage saved = ((HtmlButton) vote.getElementById("vote-save")).click();
        assertThat(saved.getElementById("vote-status").asNormalizedText()).isEqualTo("Sparat · 0 kvar.");
        assertThat(room.session().dotVote().open().orElseThrow().ballot("p3")).isEqualTo(Map.of(ids.get(0), 2, ids.get(1), 1));
        assertThat(((HtmlNumberInput) saved.getElementById("d-" + ids.get(0))).getValueAttribute()).isEqualTo("2");

        // Four dots: told so, and the ballot stays as it was.
        ((HtmlNumberInput) saved.getElementById("d-" + ids.get(1))).setValueAttribute("2");
        HtmlPage refused = ((HtmlButton) saved.getElementById("vote-save")).click();
        assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(409);
        assertThat(refused.getElementById("vote-error").asNormalizedText()).isEqualTo("Det är fler prickar än du har.");
        assertThat(room.session().dotVote().open().orElseThrow().ballot("p3")).isEqualTo(Map.of(ids.get(0), 2, ids.get(1), 1));

        // Moved: one dot from the first solution to nothing, the second keeps one.
        ((HtmlNumberInput) refused.getElementById("d-" + ids.get(0))).setValueAttribute("0");
        ((HtmlNumberInput) refused.getElementById("d-" + ids.get(1))).setValueAttribute("1");
        ((HtmlButton) refused.getElementById("vote-save")).click();
        assertThat(room.session().dotVote().open().orElseThrow().ballot("p3")).isEqualTo(Map.of(ids.get(1), 1));
    }

    @Test
    void aParticipantAnswersTheSurveyOnceOnThePhone() throws Exception {
        List<String> questions = room.onSession(() -> {
            SurveyRunner s = new SurveyRunner(room.runner, () -> java.util.UUID.randomUUID().toString().substring(0, 8));
            s.addQuestion("Vi har en gemensam bild av uppdraget");
            s.addQuestion("Tilliten mellan oss är hög");
            s.openRound(BeforeAfter.AFTER);
            return room.runner.session().survey().questions().stream().map(SurveyQuestion::id).toList();
        });
        HtmlPage survey = follow(joinAs("p2"), "/p/survey");
        assertThat(survey.asNormalizedText()).contains("Vi har en gemensam bild av uppdraget", "1 Instämmer inte alls",
                "5 Instämmer helt", "Vet inte", "efter samtalet");
        ((HtmlRadioButtonInput) survey.getFirstByXPath("//input[@name='q." + questions.get(0) + "'][@value='4']")).click();
        ((HtmlRadioButtonInput) survey.getFirstByXPath("//input[@name='q." + questions.get(1) + "'][@value='0']")).click();
        ((HtmlTextArea) survey.getElementById("c-" + questions.get(1))).type("Svårt att säga efter en dag");
        HtmlPage thanks = ((HtmlButton) survey.getElementById("survey-send")).click();
        assertThat(thanks.getElementById("survey-status").asNormalizedText()).startsWith("Tack!");
        assertThat(thanks.getElementById("survey-form")).as("answered once: no form again").isNull();

        SurveyRound round = room.session().survey().round(BeforeAfter.AFTER).orElseThrow();
        assertThat(round.counts(questions.get(0), Role.TJANSTEPERSON).counts()).containsExactly(0, 0, 0, 1, 0, 0);
        assertThat(round.counts(questions.get(1), Role.TJANSTEPERSON).counts()).containsExactly(0, 0, 0, 0, 0, 1);
        assertThat(round.comments()).singleElement().matches(c -> c.text().equals("Svårt att säga efter en dag"));
        assertThat(browser.getPage(room.base + "/p/survey").getWebResponse().getContentAsString()).contains("Tack!");
    }
}
