package se.samtalsledaren.ui.floor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.BufferedInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samtalsledaren.model.CaseRef;
import se.samtalsledaren.model.Participant;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.Role;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.model.SessionInfo;
import se.samtalsledaren.model.TimePlan;
import se.samtalsledaren.session.FakeClock;
import se.samtalsledaren.session.FloorRunner;
import se.samtalsledaren.session.SessionRunner;
import se.samtalsledaren.ui.UiText;
import se.samtalsledaren.ui.concurrent.Background;

/** The floor view model on a fake clock: texts, the chime once per slot, mute, sound problems. */
class FloorViewModelTest {
    private FakeClock clock;
    private SessionRunner runner;
    private FloorRunner floor;
    private final List<Consumer<Throwable>> chimes = new ArrayList<>();
    private FloorViewModel vm;
    private BalanceViewModel balance;

    @BeforeEach
    void setUp() {
        clock = FakeClock.at("2026-11-23T08:00:00Z");
        Session s = Session.start("s", new CaseRef("skr-1", 1, "Omtag i visionsarbetet"), new SessionInfo("", LocalDate.of(2026, 11, 23), "", ""),
                List.of(new Participant("a", "Anna", Role.FORTROENDEVALD, ""), new Participant("b", "Bo", Role.TJANSTEPERSON, "")),
                TimePlan.defaultFor(90));
        AtomicInteger n = new AtomicInteger();
        runner = new SessionRunner(s, clock, () -> "id" + n.incrementAndGet());
        runner.goTo(Phase.STEP_1);
        floor = new FloorRunner(runner);
        vm = new FloorViewModel(runner, floor, new UiText(new Locale("sv")), chimes::add);
        balance = new BalanceViewModel(runner, floor, new UiText(new Locale("sv")));
    }

    @Test
    void chimesOncePerSlotAndNeverWhenMuted() {
        vm.toggleHand(1);
        vm.toggleHand(2);
        vm.handOver();
        clock.advance(Duration.ofSeconds(121));
        vm.refresh();
        vm.refresh();
        assertThat(chimes).hasSize(1);
        assertThat(vm.slotTextProperty().get()).isEqualTo("+00:01");
        vm.mutedProperty().set(true);
        vm.handOver();
        clock.advance(Duration.ofSeconds(200));
        vm.refresh();
        assertThat(chimes).as("muted").hasSize(1);
        assertThat(vm.speakerNameProperty().get()).isEqualTo("Bo");
    }

    @Test
    void aMissingSoundDeviceIsSaidPlainly() {
        vm.giveFloorTo(runner.session().participants().get(0));
        clock.advance(Duration.ofSeconds(130));
        vm.refresh();
        chimes.get(0).accept(new Chime.NoDeviceException(new IllegalArgumentException("No line matching interface Clip")));
        assertThat(vm.soundProblemProperty().get()).contains("ingen ljudenhet");
    }

    @Test
    void balanceAndSuggestionFollowTheLog() {
        vm.giveFloorTo(runner.session().participants().get(0));
        clock.advance(Duration.ofSeconds(90));
        vm.endSlot();
        vm.toggleHand(1);
        vm.toggleHand(2);
        assertThat(vm.suggestionProperty().get()).isEqualTo("Förslag: Bo (minst talartid, 00:00)");
        assertThat(balance.balance()).extracting(BalanceViewModel.BalanceRow::time).containsExactly("01:30", "00:00");
        assertThat(balance.balance().get(0).share()).isEqualTo(1.0);
        assertThat(balance.silentProperty().get()).isEqualTo("Har inte talat i steget: Bo");
        assertThat(balance.roles()).extracting(BalanceViewModel.RoleRow::average).containsExactly("01:30", "00:00");
        vm.setStepSlotSeconds(60);
        assertThat(floor.slotLength()).isEqualTo(Duration.ofSeconds(60));
        assertThat(vm.slotSecondsProperty().get()).isEqualTo(120);
    }

    @Test
    void theBundledChimeIsAPlayableWave() throws Exception {
        try (var in = new BufferedInputStream(SoundChime.class.getResourceAsStream("chime.wav"))) {
            AudioFormat f = AudioSystem.getAudioInputStream(in).getFormat();
            assertThat(f.getSampleRate()).isEqualTo(22050f);
            assertThat(f.getChannels()).isEqualTo(1);
            assertThat(f.getSampleSizeInBits()).isEqualTo(16);
        }
        // Played for real: either it plays, or this machine has no sound device — nothing else.
        List<Throwable> failures = new ArrayList<>();
        assertThatCode(() -> new SoundChime(Background.synchronous()).play(failures::add)).doesNotThrowAnyException();
        assertThat(failures).allMatch(e -> e instanceof Chime.NoDeviceException);
    }
}
