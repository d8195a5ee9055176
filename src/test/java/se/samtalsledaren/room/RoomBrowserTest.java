package se.samtalsledaren.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samtalsledaren.model.Phase;

/**
 * The real pages in a browser engine (HtmlUnit, with the pages' script and the server's CSP):
 * join from the QR address, raise the hand without a reload, follow the step as it changes
 * (by asking: HtmlUnit has no live events, so this is the fallback), and type a preparation
 * that is saved while typing.
 */
class RoomBrowserTest {
    private RoomFixture room;
    private WebClient browser;
    private final List<String> scriptErrors = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeEach
    void open() throws Exception {
        room = new RoomFixture(4, RoomLimits.DEFAULTS, 200);
        browser = Browsers.swedish(scriptErrors);
    }

    @AfterEach
    void close() throws Exception {
        browser.close();
        room.close();
        assertThat(scriptErrors).isEmpty();
    }

    /** A latch that opens when the session next satisfies {@code test}. */
    private CountDownLatch when(java.util.function.Predicate<se.samtalsledaren.model.Session> test) {
        CountDownLatch latch = new CountDownLatch(1);
        room.port.addListener(() -> {
            if (test.test(room.port.snapshot())) {
                latch.countDown();
            }
        });
        return latch;
    }

    @Test
    void aParticipantJoinsRaisesTheHandFollowsTheStepAndPrepares() throws Exception {
        HtmlPage join = browser.getPage(room.base + "/" + room.room.code());
        assertThat(join.getTitleText()).isEqualTo("Välkommen");
        HtmlButton me = join.getFirstByXPath("//button[@value='p2']");
        assertThat(me.asNormalizedText()).isEqualTo("Deltagare 2 (tjänsteperson)");
        HtmlPage now = me.click();
        assertThat(now.getUrl().getPath()).isEqualTo("/p/now");
        assertThat(now.getElementById("hand-status").asNormalizedText()).isEqualTo("Din hand är nere.");

        HtmlPage same = ((HtmlButton) now.getElementById("hand-button")).click();
        assertThat(same).as("the script posts the hand without leaving the page").isSameAs(now);
        assertThat(now.getElementById("hand-status").asNormalizedText()).isEqualTo("Din hand är uppe. Du är nummer 1 i kön.");
        assertThat(now.getElementById("hand-button").asNormalizedText()).isEqualTo("Ta ner handen");
        assertThat(room.session().floor().queue()).containsExactly("p2");

        room.onSession(() -> {
            room.runner.goTo(Phase.STEP_3);
            room.runner.start();
            room.floor.handOver();
        });
        browser.waitForBackgroundJavaScriptStartingBefore(3000);
        assertThat(now.getElementById("phase-title").asNormalizedText()).isEqualTo("3 Tänkbara lösningar");
        assertThat(now.getElementById("speaker").asNormalizedText()).isEqualTo("Ordet har: Deltagare 2");
        assertThat(now.getElementById("hand-status").asNormalizedText()).isEqualTo("Din hand är nere.");
        assertThat(now.getElementById("questions").asNormalizedText()).contains("steg 3");

        HtmlPage prep = browser.getPage(room.base + "/p/prep");
        HtmlTextArea q1 = prep.getHtmlElementById("q1");
        CountDownLatch typed = when(s -> RoomPreparations.of(s, "p2").map(p -> p.question(1)).orElse("").equals("Jag tänker på barnen"));
        q1.type("Jag tänker på barnen");
        browser.waitForBackgroundJavaScriptStartingBefore(2000);
        assertThat(typed.await(20, TimeUnit.SECONDS)).as("saved while typing, without the Save button").isTrue();
        assertThat(prep.getElementById("save-status").asNormalizedText()).startsWith("Sparat ");

        HtmlTextArea own = prep.getHtmlElementById("s5");
        CountDownLatch left = when(s -> RoomPreparations.of(s, "p2").map(p -> p.step(Phase.STEP_5)).orElse("").equals("Konsekvens"));
        own.type("Konsekvens");
        own.blur();
        assertThat(left.await(20, TimeUnit.SECONDS)).as("leaving the field saves at once").isTrue();

        HtmlPage again = browser.getPage(room.base + "/p/prep");
        assertThat(((HtmlTextArea) again.getElementById("q1")).getText()).isEqualTo("Jag tänker på barnen");
    }

    @Test
    void theJoinAndPreparationFormsWorkWithoutScript() throws Exception {
        browser.getOptions().setJavaScriptEnabled(false);
        HtmlPage join = browser.getPage(room.base + "/j/" + room.room.token());
        HtmlPage now = ((HtmlButton) join.getFirstByXPath("//button[@value='p1']")).click();
        HtmlPage after = ((HtmlButton) now.getElementById("hand-button")).click();
        assertThat(after.getElementById("hand-status").asNormalizedText()).contains("nummer 1");
        HtmlPage prep = browser.getPage(room.base + "/p/prep");
        ((HtmlTextArea) prep.getElementById("s1")).setText("Utan skript");
        HtmlPage saved = ((HtmlButton) prep.getFirstByXPath("//form[@id='prep-form']//button[@type='submit']")).click();
        assertThat(saved.getElementById("save-status").asNormalizedText()).isEqualTo("Sparat.");
        assertThat(RoomPreparations.of(room.session(), "p1").orElseThrow().step(Phase.STEP_1)).isEqualTo("Utan skript");
    }

    @Test
    void aRemovedPhoneIsToldSo() throws Exception {
        HtmlPage join = browser.getPage(room.base + "/j/" + room.room.token());
        HtmlPage now = ((HtmlButton) join.getFirstByXPath("//button[@value='p3']")).click();
        room.room.remove(room.room.devices().get(0).id());
        browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
        HtmlPage gone = browser.getPage(room.base + "/p/now");
        assertThat(gone.getWebResponse().getStatusCode()).isEqualTo(401);
        assertThat(gone.asNormalizedText()).contains("Skanna QR-koden igen");
        assertThat(now).isNotNull();
    }
}
