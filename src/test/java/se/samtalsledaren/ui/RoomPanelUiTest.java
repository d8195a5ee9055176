package se.samtalsledaren.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import se.samtalsledaren.model.Case;
import se.samtalsledaren.model.CaseRef;
import se.samtalsledaren.model.Participant;
import se.samtalsledaren.model.Role;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.model.SessionInfo;
import se.samtalsledaren.model.TimePlan;
import se.samtalsledaren.room.LanAddresses;
import se.samtalsledaren.room.QrCode;
import se.samtalsledaren.room.RoomHost;
import se.samtalsledaren.room.RoomLimits;
import se.samtalsledaren.room.RunnerCommands;
import se.samtalsledaren.room.SessionPort;
import se.samtalsledaren.room.Tokens;
import se.samtalsledaren.session.SessionRunner;
import se.samtalsledaren.ui.concurrent.Background;
import se.samtalsledaren.ui.room.RoomPanelController;
import se.samtalsledaren.ui.room.RoomViewModel;

/**
 * The room panel on its own: open and close, the address and QR code, phones joining (over
 * HTTP, on 127.0.0.1) and being disconnected, walk-ins, and the plain advice without a network.
 */
@ExtendWith(ApplicationExtension.class)
class RoomPanelUiTest {
    private static final LanAddresses.Address LOOPBACK = new LanAddresses.Address(InetAddress.getLoopbackAddress(), "lo",
            LanAddresses.Kind.CABLE);
    private final AtomicReference<List<LanAddresses.Address>> network = new AtomicReference<>(List.of(LOOPBACK));
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private SessionRunner runner;
    private RoomHost host;
    private RoomViewModel vm;
    private ScrollPane scroll;

    @Start
    void start(Stage stage) {
        Case c = TestWindows.bundledLibrary().byId("skr-11").orElseThrow().value();
        Session s = Session.start("s-panel", CaseRef.of(c), new SessionInfo("Rummet", LocalDate.of(2026, 11, 23), "", "Sara"),
                List.of(new Participant("p1", "Karin Lindqvist", Role.FORTROENDEVALD, ""),
                        new Participant("p2", "Per Håkansson", Role.TJANSTEPERSON, "")), TimePlan.defaultFor(90));
        runner = new SessionRunner(s, TestWindows.CLOCK, () -> "x");
        SessionPort port = RunnerCommands.connect(runner, c, Platform::runLater);
        host = new RoomHost(port, TestWindows.CLOCK, RoomLimits.DEFAULTS, new Tokens(), 1000);
        UiText text = new UiText(new Locale("sv"));
        vm = new RoomViewModel(host, port, network::get, () -> 0, text, Background.synchronous(), Platform::runLater, ZoneOffset.UTC);
        Parent panel = new ViewLoader(text.bundle(), Map.of(RoomPanelController.class, () -> new RoomPanelController(vm, text)))
                .load("room/RoomPanel.fxml");
        scroll = new ScrollPane(panel);
        scroll.setFitToWidth(true);
        Scene scene = new Scene(scroll, 420, 780);
        scene.getStylesheets().add(App.class.getResource("app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void closeRoom() {
        host.close();
    }

    /** Whether the node and every parent up to the panel are visible and laid out. */
    private static boolean shown(FxRobot robot, String id) {
        for (Node n = robot.lookup(id).query(); n != null && !"roomPanel".equals(n.getId()); n = n.getParent()) {
            if (!n.isVisible() || !n.isManaged()) {
                return false;
            }
        }
        return true;
    }

    private HttpResponse<String> post(String url, String form, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(form));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String url, String cookie) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookie).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String cookie(HttpResponse<String> joined) {
        String c = joined.headers().firstValue("Set-Cookie").orElseThrow();
        return c.substring(0, c.indexOf(';'));
    }

    @Test
    void opensShowsTheAddressListsPhonesAndDisconnectsThem(FxRobot robot) throws Exception {
        Button toggle = robot.lookup("#roomToggle").queryButton();
        assertThat(toggle.getText()).isEqualTo("Öppna för rummet");
        assertThat(shown(robot, "#roomJoin")).isFalse();
        robot.clickOn(toggle);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(toggle.getText()).isEqualTo("Stäng för rummet");
        assertThat(shown(robot, "#roomJoin")).isTrue();
        String code = host.room().orElseThrow().code();
        String base = "http://127.0.0.1:" + host.port();
        assertThat(robot.lookup("#roomShortUrl").queryAs(Label.class).getText()).isEqualTo(base + "/\n" + code);
        assertThat(robot.lookup("#roomCode").queryAs(Label.class).getText()).isEqualTo("Rumskod " + code);
        QrCode qr = vm.qrProperty().get();
        assertThat(qr).isNotNull();
        assertThat(vm.joinUrlProperty().get()).isEqualTo(base + "/j/" + host.room().orElseThrow().token());
        assertThat(robot.lookup("#roomQr").query().getAccessibleText()).contains(vm.joinUrlProperty().get());
        assertThat(robot.lookup("#roomDevicesHeading").queryAs(Label.class).getText()).isEqualTo("Anslutna telefoner (0)");

        HttpResponse<String> joined = post(vm.joinUrlProperty().get(), "participant=p2", null);
        assertThat(joined.statusCode()).isEqualTo(303);
        String phone = cookie(joined);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#roomDevicesHeading").queryAs(Label.class).getText()).isEqualTo("Anslutna telefoner (1)");
        assertThat(robot.lookup(".room-device .room-name").queryAs(Label.class).getText()).isEqualTo("Per Håkansson");
        assertThat(post(base + "/p/hand", "up=1", phone).statusCode()).isEqualTo(200);
        assertThat(runner.session().floor().queue()).containsExactly("p2");

        robot.interact(() -> scroll.setVvalue(1));
        robot.clickOn(robot.lookup(".room-device .button").queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(get(base + "/p/state", phone).statusCode()).as("disconnected at once").isEqualTo(401);
        assertThat(robot.lookup("#roomDevicesHeading").queryAs(Label.class).getText()).isEqualTo("Anslutna telefoner (0)");
        // The name is held until the facilitator lets it be taken again.
        assertThat(post(vm.joinUrlProperty().get(), "participant=p2", null).statusCode()).isEqualTo(409);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".room-held .room-name").queryAs(Label.class).getText()).isEqualTo("Per Håkansson");
        assertThat(robot.lookup(".room-held .room-note").queryAs(Label.class).getText())
                .isEqualTo("Bortkopplad – ingen kan ta namnet förrän du släpper det");
        robot.interact(() -> scroll.setVvalue(1));
        Button release = robot.lookup(".room-held .button").queryButton();
        assertThat(release.getText()).isEqualTo("Släpp namnet");
        robot.clickOn(release);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".room-held").tryQuery()).isEmpty();
        HttpResponse<String> again = post(vm.joinUrlProperty().get(), "participant=p2", null);
        assertThat(again.statusCode()).as("the released name can be taken again").isEqualTo(303);
        String rejoined = cookie(again);

        robot.interact(() -> scroll.setVvalue(0));
        robot.clickOn(toggle);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(toggle.getText()).isEqualTo("Öppna för rummet");
        assertThat(shown(robot, "#roomJoin")).isFalse();
        assertThatThrownBy(() -> get(base + "/p/state", rejoined)).isInstanceOf(java.io.IOException.class);
    }

    @Test
    void walkInsJoinWhenAllowedAndTheFacilitatorCanRemoveThem(FxRobot robot) throws Exception {
        robot.clickOn("#roomToggle");
        WaitForAsyncUtils.waitForFxEvents();
        String join = vm.joinUrlProperty().get();
        assertThat(post(join, "name=Gunnel+G%C3%A4st&role=annan", null).statusCode()).isEqualTo(403);
        robot.interact(() -> scroll.setVvalue(1));
        robot.clickOn(robot.lookup("#roomWalkIns").queryAs(CheckBox.class));
        assertThat(host.room().orElseThrow().walkInsAllowed()).isTrue();
        HttpResponse<String> guest = post(join, "name=Gunnel+G%C3%A4st&role=annan", null);
        assertThat(guest.statusCode()).isEqualTo(303);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(runner.session().participants()).extracting(Participant::name).contains("Gunnel Gäst");
        assertThat(robot.lookup("#roomWalkInsHeading").queryAs(Label.class).getText()).isEqualTo("Utanför listan (1)");
        assertThat(robot.lookup(".room-device .room-note").queryAs(Label.class).getText()).isEqualTo("ansluten · utanför listan");

        robot.interact(() -> scroll.setVvalue(1));
        robot.clickOn(robot.lookup(".room-walkin .button").queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(runner.session().participants()).extracting(Participant::name).doesNotContain("Gunnel Gäst");
        assertThat(shown(robot, "#roomWalkInsHeading")).isFalse();
        assertThat(get("http://127.0.0.1:" + host.port() + "/p/state", cookie(guest)).statusCode()).isEqualTo(401);

        robot.interact(() -> scroll.setVvalue(1));
        robot.clickOn("#roomAirtime");
        assertThat(host.room().orElseThrow().showOwnAirtime()).isTrue();
    }

    @Test
    void withoutANetworkThePanelSaysWhatToDo(FxRobot robot) {
        network.set(List.of());
        robot.interact(vm::findAddresses);
        assertThat(shown(robot, "#roomNoAddress")).isTrue();
        assertThat(robot.lookup("#roomNoAddress").queryAs(Label.class).getText()).contains("surfzon");
        assertThat(robot.lookup("#roomToggle").queryButton().isDisabled()).isTrue();
        assertThat(shown(robot, "#roomAddress")).isFalse();
        network.set(List.of(LOOPBACK));
        robot.interact(vm::findAddresses);
        assertThat(robot.lookup("#roomToggle").queryButton().isDisabled()).isFalse();
        assertThat(vm.addressProperty().get().label()).isEqualTo("Kabel (lo) – " + InetAddress.getLoopbackAddress().getHostAddress());
    }
}
