package se.samtalsledaren.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import se.samtalsledaren.library.CaseLibrary;
import se.samtalsledaren.model.CaseRef;
import se.samtalsledaren.model.Participant;
import se.samtalsledaren.model.Role;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.model.SessionInfo;
import se.samtalsledaren.model.TimePlan;
import se.samtalsledaren.room.LanAddresses;
import se.samtalsledaren.store.ManualScheduler;
import se.samtalsledaren.ui.floor.FloorViewModel;
import se.samtalsledaren.ui.projector.ProjectorWindow;
import se.samtalsledaren.ui.room.QrView;
import se.samtalsledaren.ui.room.RoomViewModel;
import se.samtalsledaren.ui.session.SessionWindows;

/**
 * The room in the session window: the panel opens it, a phone's hand reaches the floor panel's
 * queue, the projector shows the join QR code, and closing the window closes the room.
 */
@ExtendWith(ApplicationExtension.class)
class RoomSessionUiTest {
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private CaseLibrary library;

    @Start
    void start(Stage stage) {
        library = TestWindows.bundledLibrary();
        stage.setScene(new Scene(new Label("Samtalsledaren"), 200, 100));
        stage.show();
    }

    @Test
    void thePanelOpensTheRoomTheProjectorShowsItAndClosingTheWindowEndsIt(FxRobot robot) throws Exception {
        Path home = Files.createTempDirectory("room-session");
        LanAddresses.Address loopback = new LanAddresses.Address(InetAddress.getLoopbackAddress(), "lo", LanAddresses.Kind.CABLE);
        SessionWindows windows = TestWindows.durable(library, home, new ManualScheduler(TestWindows.CLOCK), TestWindows.CLOCK,
                new SessionWindows.Rooms(() -> List.of(loopback), Platform::runLater)).windows();
        Session session = Session.start("s-room-ui", new CaseRef("skr-11", 11, "Tuffa strukturbeslut slår olika"),
                new SessionInfo("Ledningsdag", LocalDate.of(2026, 11, 23), "", "Sara"),
                List.of(new Participant("p1", "Karin Lindqvist", Role.FORTROENDEVALD, ""),
                        new Participant("p2", "Per Håkansson", Role.TJANSTEPERSON, "")), TimePlan.defaultFor(90));
        Stage stage = WaitForAsyncUtils.asyncFx(() -> windows.openSession(session, library.byId("skr-11").orElseThrow().value(), null))
                .get(30, java.util.concurrent.TimeUnit.SECONDS);
        RoomViewModel room = (RoomViewModel) stage.getProperties().get(RoomViewModel.class);
        assertThat(room).isNotNull();
        Button toggle = robot.from(stage.getScene().getRoot()).lookup("#roomToggle").queryButton();
        assertThat(toggle.getText()).isEqualTo("Öppna för rummet");
        robot.interact(toggle::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(room.openProperty().get()).isTrue();
        String join = room.joinUrlProperty().get();
        assertThat(join).startsWith("http://127.0.0.1:");

        HttpResponse<String> joined = http.send(HttpRequest.newBuilder(URI.create(join))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("participant=p2")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(joined.statusCode()).isEqualTo(303);
        String cookie = joined.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        String base = join.substring(0, join.indexOf("/j/"));
        HttpResponse<String> hand = http.send(HttpRequest.newBuilder(URI.create(base + "/p/hand")).header("Cookie", cookie)
                .header("Accept", "application/json").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("up=1")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(hand.statusCode()).isEqualTo(200);
        WaitForAsyncUtils.waitForFxEvents();
        FloorViewModel floor = (FloorViewModel) stage.getProperties().get(FloorViewModel.class);
        assertThat(floor.queue()).extracting(q -> q.participant().name()).containsExactly("Per Håkansson");

        ProjectorWindow projector = (ProjectorWindow) stage.getProperties().get(ProjectorWindow.class);
        robot.interact(() -> projector.open(stage));
        Stage shown = projector.stage().orElseThrow();
        QrView qr = (QrView) shown.getScene().lookup("#projectorQr");
        assertThat(qr.isVisible()).isTrue();
        assertThat(qr.codeProperty().get()).isSameAs(room.qrProperty().get());
        assertThat(((Label) shown.getScene().lookup("#projectorRoomAddress")).getText())
                .isEqualTo("Gå med: " + room.shortUrlProperty().get());

        robot.interact(stage::hide);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(room.openProperty().get()).isFalse();
        assertThatThrownBy(() -> http.send(HttpRequest.newBuilder(URI.create(base + "/p/state")).header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.ofString())).isInstanceOf(java.io.IOException.class);
        assertThat(shown.isShowing()).as("the projector closes with the window").isFalse();
    }
}
