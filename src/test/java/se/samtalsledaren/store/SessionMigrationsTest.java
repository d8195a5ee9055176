package se.samtalsledaren.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samtalsledaren.json.FileProblemException;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.json.StrictJson;
import se.samtalsledaren.model.Floor;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.session.FakeClock;

class SessionMigrationsTest {
    @TempDir Path dir;
    private final Messages messages = new Messages(Locale.ENGLISH);
    private final SessionMigrations migrations = new SessionMigrations(messages);

    /** The sample as format 1 wrote it: no floor. */
    static String versionOne() throws Exception {
        String v1 = Files.readString(Path.of("examples/sample-session.json")).replace("\"formatVersion\": 4", "\"formatVersion\": 1");
        return v1.substring(0, v1.indexOf(",\n  \"floor\"")) + "\n}\n";
    }

    /** The sample as format 3 wrote it (and format 2, with another number): no dot vote, no survey. */
    static String versionThree() throws Exception {
        String v3 = Files.readString(Path.of("examples/sample-session.json")).replace("\"formatVersion\": 4", "\"formatVersion\": 3");
        return v3.substring(0, v3.indexOf(",\n  \"dotVote\"")) + "\n}\n";
    }

    private ObjectNode tree(String json) throws FileProblemException {
        return (ObjectNode) new StrictJson(StrictJson.Limits.SESSION_FILE, messages).readObject("s.json",
                json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void versionOneGetsAnEmptyFloorAndBecomesTheCurrentVersion() throws Exception {
        ObjectNode root = tree(versionOne());
        assertThat(migrations.migrate("s.json", root)).isEqualTo(1);
        assertThat(root.get("formatVersion").asInt()).isEqualTo(4);
        assertThat(root.get("floor").toString()).isEqualTo(
                "{\"slotSeconds\":120,\"stepSlotSeconds\":{},\"queue\":[],\"round\":false,\"roundSize\":0,\"log\":[]}");
        SessionFormat.Read read = new SessionFormat(messages).readVersioned("s.json", versionOne().getBytes(StandardCharsets.UTF_8));
        assertThat(read.fileVersion()).isEqualTo(1);
        assertThat(read.migrated()).isTrue();
        assertThat(read.session().floor()).isEqualTo(Floor.EMPTY);
    }

    @Test
    void versionTwoHasNoPreparationsAndOnlyChangesItsNumber() throws Exception {
        String v2 = versionThree().replace("\"formatVersion\": 3", "\"formatVersion\": 2");
        ObjectNode root = tree(v2);
        ObjectNode current = tree(versionThree().replace("\"formatVersion\": 3", "\"formatVersion\": 4"));
        assertThat(migrations.migrate("s.json", root)).isEqualTo(2);
        assertThat(root).isEqualTo(current);
        SessionFormat.Read read = new SessionFormat(messages).readVersioned("s.json", v2.getBytes(StandardCharsets.UTF_8));
        assertThat(read.migrated()).isTrue();
        assertThat(read.session().preparations()).isEmpty();
    }

    @Test
    void versionThreeHasNoVoteOrSurveyAndOnlyChangesItsNumber() throws Exception {
        ObjectNode root = tree(versionThree());
        assertThat(migrations.migrate("s.json", root)).isEqualTo(3);
        assertThat(root).isEqualTo(tree(versionThree().replace("\"formatVersion\": 3", "\"formatVersion\": 4")));
        SessionFormat.Read read = new SessionFormat(messages).readVersioned("s.json", versionThree().getBytes(StandardCharsets.UTF_8));
        assertThat(read.migrated()).isTrue();
        assertThat(read.session().dotVote()).isEqualTo(se.samtalsledaren.model.DotVote.NONE);
        assertThat(read.session().survey()).isEqualTo(se.samtalsledaren.model.Survey.NONE);
        assertThat(read.session().solutions().get(0).votes()).isNotEmpty();
    }


    @Test
    void theCurrentVersionIsLeftAsItIs() throws Exception {
        String sample = Files.readString(Path.of("examples/sample-session.json"));
        ObjectNode root = tree(sample);
        String before = root.toString();
        assertThat(migrations.migrate("s.json", root)).isEqualTo(4);
        assertThat(root.toString()).isEqualTo(before);
    }

    @Test
    void aNewerVersionIsRefusedAtItsLineAndColumn() throws Exception {
        ObjectNode root = tree("{\n  \"formatVersion\": 5\n}");
        assertThatThrownBy(() -> migrations.migrate("s.json", root)).isInstanceOfSatisfying(FileProblemException.class,
                e -> assertThat(e.problems().get(0).toString()).isEqualTo(
                        "s.json:2:20: $.formatVersion: the file was saved by a newer version of Samtalsledaren (format 5); "
                                + "this version reads format 4. Update the program."));
    }

    @Test
    void aMissingOrNonIntegerVersionIsLeftForTheSchemaCheck() throws Exception {
        assertThat(migrations.migrate("s.json", tree("{\"formatVersion\": \"2\"}"))).isZero();
        assertThat(migrations.migrate("s.json", tree("{}"))).isZero();
    }

    @Test
    void savingOverAVersionOneFileKeepsTheOriginalBesideIt() throws Exception {
        Path file = dir.resolve("old.json");
        Files.writeString(file, versionOne());
        FakeClock clock = FakeClock.at("2026-11-23T09:00:00Z");
        SessionStore store = new SessionStore(messages, new Backups(dir.resolve("backups"), clock),
                new FakeProcesses().instance(1, clock));
        Session s = store.open(file);
        store.save(file, s);
        store.save(file, Sessions.variant(s, 2));
        Path original = dir.resolve("old.json.v1.bak");
        assertThat(original).hasContent(versionOne());
        assertThat(store.openVersioned(file).fileVersion()).isEqualTo(4);
        assertThat(store.open(file)).isEqualTo(Sessions.variant(s, 2));
    }

    @Test
    void savingOverAVersionTwoFileKeepsTheOriginalBesideIt() throws Exception {
        String v2 = versionThree().replace("\"formatVersion\": 3", "\"formatVersion\": 2");
        Path file = dir.resolve("v2.json");
        Files.writeString(file, v2);
        FakeClock clock = FakeClock.at("2026-11-23T09:00:00Z");
        SessionStore store = new SessionStore(messages, new Backups(dir.resolve("backups"), clock),
                new FakeProcesses().instance(1, clock));
        SessionFormat.Read read = store.openVersioned(file);
        assertThat(read.fileVersion()).isEqualTo(2);
        store.save(file, Sessions.variant(read.session(), 2));
        assertThat(dir.resolve("v2.json.v2.bak")).hasContent(v2);
        assertThat(Files.readString(file)).startsWith("{\n  \"formatVersion\": 4,");
    }
}
