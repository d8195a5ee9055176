package se.samtalsledaren.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.library.ImportPlan.Choice;
import se.samtalsledaren.model.Case;

/** Which imported cases collide with what, and what each choice writes. Never overwrites unasked. */
class ImportPlanTest {
    private static final Messages MESSAGES = new Messages(Locale.ENGLISH);
    private static final CaseLibrary BUNDLED = new CaseLibraryLoader(new CaseFormat(MESSAGES), MESSAGES).load(List.of());
    private static final String FOLDER = "/home/kim/case";

    private static Case caseWithId(String id) {
        return BUNDLED.entries().get(0).value().withId(id);
    }

    private static LibraryArchive.ArchivedCase incoming(String name, String id) {
        return new LibraryArchive.ArchivedCase(name, caseWithId(id));
    }

    private static LibraryEntry inFolder(String file, String id) {
        return new LibraryEntry(caseWithId(id), FOLDER, file, false);
    }

    @Test
    void withoutCollisionsEverythingIsWrittenUnderItsOwnName() {
        ImportPlan plan = new ImportPlan(List.of(incoming("a.json", "a"), incoming("b.json", "b")),
                Set.of("other.json"), BUNDLED.entries(), FOLDER);
        assertThat(plan.conflicts()).isEmpty();
        assertThat(plan.writes(Map.of())).extracting(ImportPlan.Write::fileName, w -> w.value().id(), ImportPlan.Write::replaces)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a.json", "a", false),
                        org.assertj.core.groups.Tuple.tuple("b.json", "b", false));
    }

    @Test
    void aFileOfTheSameNameInTheFolderIsAConflictWithAllThreeChoices() {
        ImportPlan plan = new ImportPlan(List.of(incoming("A.json", "a")), Set.of("a.json"),
                List.of(inFolder("a.json", "old-a")), FOLDER);
        ImportPlan.Conflict c = plan.conflicts().get(0);
        assertThat(c.existingFile()).contains("a.json");
        assertThat(c.sameId()).isEmpty();
        assertThat(c.choices()).containsExactlyInAnyOrder(Choice.REPLACE, Choice.KEEP_BOTH, Choice.SKIP);

        assertThat(plan.writes(Map.of("A.json", Choice.REPLACE))).containsExactly(
                new ImportPlan.Write("a.json", caseWithId("a"), true));
        assertThat(plan.writes(Map.of("A.json", Choice.KEEP_BOTH))).containsExactly(
                new ImportPlan.Write("A-2.json", caseWithId("a"), false));
        assertThat(plan.writes(Map.of("A.json", Choice.SKIP))).isEmpty();
    }

    @Test
    void aBundledCaseWithTheSameIdCanBeKeptBesideButNeverReplaced() {
        ImportPlan plan = new ImportPlan(List.of(incoming("01.json", "skr-01")), Set.of(), BUNDLED.entries(), FOLDER);
        ImportPlan.Conflict c = plan.conflicts().get(0);
        assertThat(c.sameId().orElseThrow().bundled()).isTrue();
        assertThat(c.existingFile()).isEmpty();
        assertThat(c.choices()).containsExactlyInAnyOrder(Choice.KEEP_BOTH, Choice.SKIP);
        assertThatThrownBy(() -> plan.writes(Map.of("01.json", Choice.REPLACE))).isInstanceOf(IllegalArgumentException.class);

        // Keeping both gives the newcomer a fresh id so the library never loads one id twice.
        ImportPlan.Write w = plan.writes(Map.of("01.json", Choice.KEEP_BOTH)).get(0);
        assertThat(w.fileName()).isEqualTo("01.json");
        assertThat(w.value().id()).isEqualTo("skr-01-2");
        assertThat(w.value().title()).isEqualTo(caseWithId("x").title());
    }

    @Test
    void theSameIdInTheTargetFolderIsReplacedInItsOwnFile() {
        ImportPlan plan = new ImportPlan(List.of(incoming("new-name.json", "mine")), Set.of("old-name.json"),
                List.of(inFolder("old-name.json", "mine")), FOLDER);
        assertThat(plan.conflicts().get(0).choices()).contains(Choice.REPLACE);
        assertThat(plan.writes(Map.of("new-name.json", Choice.REPLACE)))
                .containsExactly(new ImportPlan.Write("old-name.json", caseWithId("mine"), true));
    }

    @Test
    void theSameIdInAnotherFolderCannotBeReplacedFromHere() {
        LibraryEntry elsewhere = new LibraryEntry(caseWithId("mine"), "/elsewhere", "mine.json", false);
        ImportPlan plan = new ImportPlan(List.of(incoming("mine.json", "mine")), Set.of(), List.of(elsewhere), FOLDER);
        assertThat(plan.conflicts().get(0).choices()).doesNotContain(Choice.REPLACE);
    }

    @Test
    void freshNamesAvoidEachOtherTheFolderAndOtherIncomingFiles() {
        ImportPlan plan = new ImportPlan(List.of(incoming("a.json", "a"), incoming("a-2.json", "b"), incoming("c.json", "a-2")),
                Set.of("a.json", "A-3.json"), List.of(inFolder("a.json", "a")), FOLDER);
        assertThat(plan.conflicts()).hasSize(1);
        List<ImportPlan.Write> writes = plan.writes(Map.of("a.json", Choice.KEEP_BOTH));
        assertThat(writes).extracting(ImportPlan.Write::fileName).containsExactly("a-4.json", "a-2.json", "c.json");
        assertThat(writes).extracting(w -> w.value().id()).containsExactly("a-3", "b", "a-2");
    }

    @Test
    void everyConflictNeedsAChoice() {
        ImportPlan plan = new ImportPlan(List.of(incoming("a.json", "a")), Set.of("a.json"), List.of(), FOLDER);
        assertThatThrownBy(() -> plan.writes(Map.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a.json");
    }

    @Test
    void longIdsStayValidWhenMadeUnique() {
        String longId = "x".repeat(64);
        assertThat(FileNames.uniqueId(longId, id -> id.equals(longId))).hasSize(64).endsWith("-2");
    }
}
