package se.samtalsledaren.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.library.CaseFormat;
import se.samtalsledaren.library.CaseLibrary;
import se.samtalsledaren.library.CaseLibraryLoader;
import se.samtalsledaren.library.LibraryEntry;
import se.samtalsledaren.model.BlockType;
import se.samtalsledaren.model.Case;
import se.samtalsledaren.model.Dimension;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.TeachingNotes;
import se.samtalsledaren.session.FakeClock;
import se.samtalsledaren.store.CaseStore;
import se.samtalsledaren.ui.UiText;
import se.samtalsledaren.ui.concurrent.Background;

/** The editor's draft: edits become a case, problems land on their fields, undo/redo, saving. */
class CaseEditorViewModelTest {
    private static final Messages MESSAGES = new Messages(new Locale("sv"));
    private static final CaseFormat FORMAT = new CaseFormat(MESSAGES);
    private static final UiText TEXT = new UiText(new Locale("sv"));

    @TempDir Path folder;

    private final FakeClock clock = new FakeClock(Instant.parse("2026-11-23T09:00:00Z"));
    private CaseLibrary library;
    private final List<Path> savedFiles = new ArrayList<>();

    @BeforeEach
    void load() {
        library = loader().load(List.of(folder));
    }

    private static CaseLibraryLoader loader() {
        return new CaseLibraryLoader(FORMAT, MESSAGES);
    }

    private Set<String> ids() {
        return library.entries().stream().map(e -> e.value().id()).collect(Collectors.toSet());
    }

    private CaseEditorViewModel editor(Case c, Path file) {
        return new CaseEditorViewModel(c, file, FORMAT, MESSAGES, TEXT, () -> library, new CaseStore(FORMAT),
                Background.synchronous(), clock, (f, saved) -> {
                    savedFiles.add(f);
                    library = loader().load(List.of(folder));
                });
    }

    private CaseEditorViewModel duplicateOfCase1() {
        return editor(CaseDrafts.duplicateOf(library.byId("skr-01").orElseThrow().value(), ids(), TEXT), null);
    }

    @Test
    void aDuplicateHasAFreshIdTheSameTextAndItsAttributionAsSource() {
        Case original = library.byId("skr-01").orElseThrow().value();
        CaseEditorViewModel vm = duplicateOfCase1();
        Case copy = vm.currentProperty().get();
        assertThat(copy.id()).isEqualTo("skr-01-kopia");
        assertThat(copy.narrative()).isEqualTo(original.narrative());
        assertThat(copy.questions()).isEqualTo(original.questions());
        assertThat(copy.source().publisher()).isEqualTo(original.source().publisher());
        assertThat(copy.source().authors()).isEqualTo(original.source().authors());
        assertThat(copy.source().note()).isEqualTo(
                "Bearbetning av case 1 (skr-01); originaltexten tillhör Sveriges Kommuner och Regioner (SKR).");
        assertThat(vm.problems()).isEmpty();
        assertThat(vm.dirtyProperty().get()).isTrue();
        assertThat(CaseDrafts.duplicateOf(original, Set.of("skr-01-kopia"), TEXT).id()).isEqualTo("skr-01-kopia-2");
    }

    @Test
    void editsBecomeTheCaseAndThePreview() {
        CaseEditorViewModel vm = duplicateOfCase1();
        vm.fields().titleProperty().set("  Omtag i Västerby  ");
        vm.fields().themesProperty().set("Vision, Samverkan, ,");
        vm.fields().dimensionProperty(Dimension.PROCESS).set(true);
        vm.narrative().blocks().get(0).typeProperty().set(BlockType.SUBHEADING);
        vm.questions().rows().get(1).stepProperty().set(4);
        vm.teaching().objectivesProperty().set("Förstå visionens roll\n\n  Se vem som äger processen ");
        vm.teaching().fightingIssuesProperty().set("Vem ska skriva visionen?");
        vm.teaching().openingQuestionProperty().set("Vad är en vision värd?");
        EditorRows.BoardRow area = vm.teaching().addBoardArea();
        area.areaProperty().set("Blädderblock");
        area.contentProperty().set("Aktörer");
        vm.teaching().suggestMinutesProperty().set(true);
        vm.teaching().minutesProperty(Phase.STEP_5).set(25);

        Case c = vm.currentProperty().get();
        assertThat(c.title()).isEqualTo("Omtag i Västerby");
        assertThat(c.themes()).containsExactly("Vision", "Samverkan");
        assertThat(c.dimensions()).contains(Dimension.PROCESS);
        assertThat(c.narrative().get(0).type()).isEqualTo(BlockType.SUBHEADING);
        assertThat(c.questions().get(1).step()).isEqualTo(4);
        TeachingNotes t = c.teachingNotes();
        assertThat(t.learningObjectives()).containsExactly("Förstå visionens roll", "Se vem som äger processen");
        assertThat(t.fightingIssues()).containsExactly("Vem ska skriva visionen?");
        assertThat(t.openingQuestion()).isEqualTo("Vad är en vision värd?");
        assertThat(t.boardPlan()).containsExactly(new TeachingNotes.BoardArea("Blädderblock", "Aktörer"));
        assertThat(t.suggestedMinutes()).hasSize(7).containsEntry(Phase.STEP_5, 25).containsEntry(Phase.STEP_1, 15);
        assertThat(vm.previewProperty().get().value()).isEqualTo(c);
        assertThat(vm.problems()).isEmpty();
    }

    @Test
    void problemsAreMappedToTheFieldsTheyBelongTo() {
        CaseEditorViewModel vm = duplicateOfCase1();
        vm.fields().titleProperty().set("");
        vm.questions().rows().get(2).textProperty().set("   ");
        vm.narrative().blocks().get(3).textProperty().set("");
        EditorRows.BoardRow area = vm.teaching().addBoardArea();
        area.areaProperty().set("Tavlan");

        assertThat(vm.problemsByField()).containsOnlyKeys("title", "questions[2]", "narrative[3]", "teachingNotes.boardPlan[0].content");
        assertThat(vm.problemsByField().get("title")).isEqualTo("får inte vara tom");
        assertThat(vm.canSaveProperty().get()).isFalse();

        vm.fields().titleProperty().set("Ny titel");
        assertThat(vm.problemsByField()).doesNotContainKey("title");
        vm.questions().rows().get(2).textProperty().set("Vad nu?");
        vm.narrative().blocks().get(3).textProperty().set("Text.");
        area.contentProperty().set("Lösningar");
        assertThat(vm.problems()).isEmpty();
        assertThat(vm.canSaveProperty().get()).isTrue();
    }

    @Test
    void anIdUsedByAnotherCaseOrAnInvalidIdIsShownAtTheIdField() {
        CaseEditorViewModel vm = duplicateOfCase1();
        vm.fields().idProperty().set("skr-02");
        assertThat(vm.problemsByField().get("id")).isEqualTo("id \"skr-02\" används redan av 02-organisation-och-inforande-av-nara-vard.json");
        vm.fields().idProperty().set("Stora Bokstäver");
        assertThat(vm.problemsByField().get("id")).startsWith("id får bara innehålla små bokstäver");
        vm.fields().themesProperty().set("Samverkan, Samverkan");
        assertThat(vm.problemsByField().get("themes")).isEqualTo("samma tema står mer än en gång");
        vm.fields().themesProperty().set("Samverkan");
        vm.fields().idProperty().set("vasterby-1");
        assertThat(vm.problems()).isEmpty();
        vm.fields().relatedCases().add("vasterby-1");
        assertThat(vm.problemsByField().get("relatedCases")).isEqualTo("ett case kan inte vara relaterat till sig självt");
    }

    @Test
    void undoTakesBackABurstOfTypingAndRedoRestoresIt() {
        CaseEditorViewModel vm = duplicateOfCase1();
        String original = vm.fields().titleProperty().get();
        assertThat(vm.canUndoProperty().get()).isFalse();
        vm.fields().titleProperty().set("O");
        clock.advance(Duration.ofMillis(300));
        vm.fields().titleProperty().set("Om");
        clock.advance(Duration.ofMillis(300));
        vm.fields().titleProperty().set("Omt");
        clock.advance(Duration.ofSeconds(3));
        vm.fields().titleProperty().set("Omta");
        vm.fields().thoughtAssociationProperty().set("Ny tanke");

        vm.undo();
        assertThat(vm.fields().thoughtAssociationProperty().get()).isNotEqualTo("Ny tanke");
        assertThat(vm.fields().titleProperty().get()).isEqualTo("Omta");
        vm.undo();
        assertThat(vm.fields().titleProperty().get()).isEqualTo("Omt");
        vm.undo();
        assertThat(vm.fields().titleProperty().get()).isEqualTo(original);
        assertThat(vm.currentProperty().get().title()).isEqualTo(original);
        assertThat(vm.canUndoProperty().get()).isFalse();

        vm.redo();
        vm.redo();
        vm.redo();
        assertThat(vm.fields().titleProperty().get()).isEqualTo("Omta");
        assertThat(vm.fields().thoughtAssociationProperty().get()).isEqualTo("Ny tanke");
        assertThat(vm.canRedoProperty().get()).isFalse();

        // A new edit after undoing drops the redo steps.
        vm.undo();
        vm.fields().titleProperty().set("Annat");
        assertThat(vm.canRedoProperty().get()).isFalse();
    }

    @Test
    void undoRestoresAddedRemovedAndMovedRows() {
        CaseEditorViewModel vm = duplicateOfCase1();
        List<String> before = vm.currentProperty().get().narrative().stream().map(b -> b.text()).toList();
        EditorRows.Block added = vm.narrative().add(BlockType.DIALOGUE, 1);
        added.textProperty().set("– Hej, säger KSO.");
        EditorRows.move(vm.narrative().blocks(), vm.narrative().blocks().get(0), 2);
        vm.narrative().blocks().remove(5);
        assertThat(vm.currentProperty().get().narrative()).hasSize(before.size());

        vm.undo();
        vm.undo();
        assertThat(vm.currentProperty().get().narrative().get(1).text()).isEqualTo("– Hej, säger KSO.");
        vm.undo();
        vm.undo();
        assertThat(vm.currentProperty().get().narrative().stream().map(b -> b.text()).toList()).isEqualTo(before);
        assertThat(vm.narrative().blocks()).hasSize(before.size());
    }

    @Test
    void savingANewCaseWritesAFileTheLibraryLoadsUnchanged() throws Exception {
        CaseEditorViewModel vm = duplicateOfCase1();
        vm.fields().titleProperty().set("Omtag i Västerby");
        vm.teaching().openingQuestionProperty().set("Vem äger visionen?");
        vm.teaching().suggestMinutesProperty().set(true);
        Case edited = vm.currentProperty().get();

        vm.save(folder);

        Path file = folder.resolve("skr-01-kopia.json");
        assertThat(savedFiles).containsExactly(file);
        assertThat(vm.fileProperty().get()).isEqualTo(file);
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).isEqualTo("Sparat i " + file);
        LibraryEntry loaded = loader().load(List.of(folder)).byId("skr-01-kopia").orElseThrow();
        assertThat(loaded.value()).isEqualTo(edited);
        assertThat(loaded.origin()).isEqualTo(folder.toString());
        assertThat(loaded.readOnly()).isFalse();
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            // A case file in a shared folder must be readable by colleagues, unlike temporary files.
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .isEqualTo("rw-r--r--");
        }
        // The saved file is now in the library: its own id is not a duplicate.
        assertThat(vm.problems()).isEmpty();

        // Saving again edits the same file in place.
        vm.fields().titleProperty().set("Omtag i Västerby, version 2");
        vm.save(null);
        assertThat(savedFiles).containsExactly(file, file);
        assertThat(loader().load(List.of(folder)).byId("skr-01-kopia").orElseThrow().value().title())
                .isEqualTo("Omtag i Västerby, version 2");
    }

    @Test
    void aNewCaseNeverOverwritesAnExistingFile() throws Exception {
        Files.writeString(folder.resolve("skr-01-kopia.json"), "not a case, but someone's file");
        CaseEditorViewModel vm = duplicateOfCase1();
        vm.save(folder);
        assertThat(savedFiles).containsExactly(folder.resolve("skr-01-kopia-2.json"));
        assertThat(Files.readString(folder.resolve("skr-01-kopia.json"))).isEqualTo("not a case, but someone's file");
    }

    @Test
    void aCaseWithTheIdSchemaIsNotSavedAsTheSchemaFile() {
        CaseEditorViewModel vm = duplicateOfCase1();
        vm.fields().idProperty().set("schema");
        vm.save(folder);
        assertThat(savedFiles).containsExactly(folder.resolve("schema-2.json"));
        assertThat(loader().load(List.of(folder)).byId("schema")).isPresent();
    }

    @Test
    void anInvalidCaseIsNotSaved() {
        CaseEditorViewModel vm = duplicateOfCase1();
        vm.fields().titleProperty().set("");
        vm.save(folder);
        assertThat(savedFiles).isEmpty();
        assertThat(folder.toFile().list()).isEmpty();
    }

    @Test
    void aBlankCaseShowsWhatIsMissing() {
        CaseEditorViewModel vm = editor(CaseDrafts.blank(library), null);
        assertThat(vm.currentProperty().get().number()).isEqualTo(101);
        assertThat(vm.problemsByField()).containsKeys("title", "thoughtAssociation", "narrative[0]", "questions[0]",
                "source.publisher", "source.title");
    }

    @Test
    void jsonPathsMapToFields() {
        assertThat(FieldKeys.of("$.questions[2].text")).isEqualTo("questions[2]");
        assertThat(FieldKeys.of("$.questions")).isEqualTo("questions");
        assertThat(FieldKeys.of("$.narrative[10].type")).isEqualTo("narrative[10]");
        assertThat(FieldKeys.of("$.themes[1]")).isEqualTo("themes");
        assertThat(FieldKeys.of("$.source.authors[0]")).isEqualTo("source.authors");
        assertThat(FieldKeys.of("$.teachingNotes.boardPlan[1].content")).isEqualTo("teachingNotes.boardPlan[1].content");
        assertThat(FieldKeys.of("$.teachingNotes.boardPlan[1]")).isEqualTo("teachingNotes.boardPlan[1]");
        assertThat(FieldKeys.of("$.teachingNotes.suggestedMinutes.step3")).isEqualTo("teachingNotes.suggestedMinutes");
        assertThat(FieldKeys.of("$.teachingNotes.learningObjectives[0]")).isEqualTo("teachingNotes.learningObjectives");
        assertThat(FieldKeys.of("$.formatVersion")).isEqualTo("");
        assertThat(FieldKeys.of("")).isEqualTo("");
    }
}
