package se.samtalsledaren.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.session.FakeClock;
import se.samtalsledaren.store.Backups;
import se.samtalsledaren.store.FakeProcesses;
import se.samtalsledaren.store.Recovery;
import se.samtalsledaren.store.SessionLocks;
import se.samtalsledaren.store.SessionStore;
import se.samtalsledaren.store.Sessions;
import se.samtalsledaren.ui.concurrent.Background;
import se.samtalsledaren.ui.recovery.RecoveryViewModel;

/** "Save as file …" and unreadable entries, below the dialog (a file chooser cannot be driven headless). */
class RecoveryViewModelTest {
    @TempDir Path dir;
    private final FakeClock clock = FakeClock.at("2026-11-23T10:00:00Z");
    private final Messages messages = new Messages(Locale.ENGLISH);
    private final FakeProcesses processes = new FakeProcesses();
    private final UiText text = new UiText(Locale.ENGLISH);

    private Recovery recovery(SessionLocks locks) {
        return new Recovery(dir.resolve("autosave"), new SessionStore(messages, new Backups(dir.resolve("backups"), clock), locks), locks);
    }

    @Test
    void saveAsWritesTheSessionToTheChosenFileAndClearsTheEntry() throws Exception {
        Session s = Sessions.variant(Sessions.sample(), 4);
        recovery(processes.instance(7, clock)).newSlot(s.id()).writeCopy(s);
        processes.kill(7);
        SessionLocks mine = processes.instance(8, clock);
        Recovery recovery = recovery(mine);
        List<String> restored = new ArrayList<>();
        RecoveryViewModel vm = new RecoveryViewModel(recovery.scan(), text, ZoneOffset.UTC, Background.synchronous(), recovery,
                new SessionStore(messages), (c, slot) -> restored.add(c.slotId()));
        assertThat(vm.items()).singleElement().satisfies(i -> {
            assertThat(i.heading()).isEqualTo("Case 11: Tuffa strukturbeslut slår olika");
            assertThat(i.file()).isEqualTo("Not saved to any file");
        });
        Path target = dir.resolve("kept.json");
        vm.saveAs(target);
        assertThat(new SessionStore(messages).open(target)).isEqualTo(s);
        assertThat(vm.items()).isEmpty();
        assertThat(vm.done().get()).isTrue();
        assertThat(vm.messageProperty().get()).isEqualTo("Saved to " + target);
        assertThat(recovery.scan()).isEmpty();
        assertThat(restored).isEmpty();
    }

    @Test
    void anUnreadableCopyIsShownWithItsProblemAndCannotBeRestored() throws Exception {
        SessionLocks theirs = processes.instance(7, clock);
        Recovery.Slot slot = recovery(theirs).newSlot("broken");
        Files.writeString(slot.copy(), "{\"formatVersion\": 2,");
        processes.kill(7);
        Recovery recovery = recovery(processes.instance(8, clock));
        List<String> restored = new ArrayList<>();
        RecoveryViewModel vm = new RecoveryViewModel(recovery.scan(), text, ZoneOffset.UTC, Background.synchronous(), recovery,
                new SessionStore(messages), (c, s) -> restored.add(c.slotId()));
        RecoveryViewModel.Item item = vm.items().get(0);
        assertThat(item.readable()).isFalse();
        assertThat(item.heading()).isEqualTo("Cannot be read");
        assertThat(item.problem()).startsWith(slot.copy() + ":1:").contains("not valid JSON");
        vm.restore();
        assertThat(restored).isEmpty();
        vm.discard();
        assertThat(slot.copy()).doesNotExist();
        assertThat(vm.items()).isEmpty();
    }

    @Test
    void savedAtIsShownInTheGivenZone() throws Exception {
        Session s = Sessions.sample();
        Recovery.Slot slot = recovery(processes.instance(7, clock)).newSlot(s.id());
        slot.writeCopy(s);
        Files.setLastModifiedTime(slot.copy(), java.nio.file.attribute.FileTime.from(Instant.parse("2026-11-23T09:41:07Z")));
        processes.kill(7);
        Recovery recovery = recovery(processes.instance(8, clock));
        RecoveryViewModel vm = new RecoveryViewModel(recovery.scan(), text, java.time.ZoneId.of("Europe/Stockholm"),
                Background.synchronous(), recovery, new SessionStore(messages), (c, x) -> { });
        assertThat(vm.items().get(0).savedAt()).isEqualTo("Saved 2026-11-23 10:41:07");
    }
}
