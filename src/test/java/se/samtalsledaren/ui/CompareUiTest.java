package se.samtalsledaren.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import se.samtalsledaren.compare.Comparison;
import se.samtalsledaren.compare.Comparison.Kind;
import se.samtalsledaren.compare.WorkshopScan;
import se.samtalsledaren.library.CaseLibrary;
import se.samtalsledaren.ui.compare.CompareWindows;
import se.samtalsledaren.ui.compare.ComparisonViewModel;
import se.samtalsledaren.ui.compare.PlenaryViewModel;
import se.samtalsledaren.ui.export.ExportViewModel;
import se.samtalsledaren.ui.main.MainWindow;
import se.samtalsledaren.ui.workshops.WorkshopsViewModel;

/**
 * The comparison window on the three example groups (background work synchronous): pages side by
 * side, merging and splitting groupings, the plenary view driven by keys, the export, sessions of
 * another case refused; and the trainer's record opened from the main window's menu.
 */
@ExtendWith(ApplicationExtension.class)
class CompareUiTest {
    static final List<Path> GROUPS = List.of(Path.of("examples/grupper/grupp-1.json"), Path.of("examples/grupper/grupp-2.json"),
            Path.of("examples/grupper/grupp-3.json"));
    @TempDir Path dir;
    private Stage main;

    @Start
    void start(Stage stage) {
        CaseLibrary library = TestWindows.bundledLibrary();
        Parent root = MainWindow.build(new UiText(new Locale("sv")), library, TestWindows.PREFERENCES, () -> { }, TestWindows::create,
                TestWindows.actions(library));
        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(App.class.getResource("app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        main = stage;
    }

    @AfterEach
    void closeOthers(FxRobot robot) {
        robot.interact(() -> {
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w != main && w instanceof Stage s) {
                    s.close();
                }
            }
        });
        TestWindows.PREFERENCES.update(p -> p.withWorkshopFolders(List.of()));
    }

    private Stage open(FxRobot robot, List<Path> files) {
        CompareWindows compare = TestWindows.compare();
        Stage[] stage = new Stage[1];
        robot.interact(() -> stage[0] = compare.compare(files, main));
        if (stage[0] != null) {
            robot.targetWindow(stage[0]);
        }
        return stage[0];
    }

    private static ComparisonViewModel vm(Stage stage) {
        return (ComparisonViewModel) stage.getProperties().get(ComparisonViewModel.class);
    }

    private static List<String> labels(FxRobot robot, Node from, String selector) {
        return robot.from(from).lookup(selector).queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    @SuppressWarnings("unchecked")
    private static void page(FxRobot robot, ComparisonViewModel.Page page) {
        ListView<ComparisonViewModel.Page> pages = robot.lookup("#comparePages").queryAs(ListView.class);
        robot.clickOn(robot.from(pages).lookup(".list-cell").queryAll().stream()
                .filter(c -> ((javafx.scene.control.ListCell<?>) c).getItem() == page).findFirst().orElseThrow());
    }

    @Test
    void showsTheGroupsSideBySideStepByStep(FxRobot robot) {
        Stage stage = open(robot, GROUPS);
        assertThat(stage.getTitle()).isEqualTo("Jämförelse – Case 11: Tuffa strukturbeslut slår olika");
        assertThat(robot.lookup("#compareTitle").queryAs(Label.class).getText()).isEqualTo("Case 11: Tuffa strukturbeslut slår olika");
        assertThat(robot.lookup("#compareSummary").queryAs(Label.class).getText()).isEqualTo("3 grupper · 4 februari 2027");
        Node overview = robot.lookup("#comparePage").queryAs(javafx.scene.control.ScrollPane.class).getContent();
        assertThat(labels(robot, overview, ".compare-group-detail")).containsExactly("Anna Bergström", "Johan Lundgren", "Maria Sjöberg");
        assertThat(labels(robot, overview, ".compare-step5")).containsExactly("Steg 5 fick sin tid (15:00 av 15 min)",
                "Steg 5 fick för lite tid (6:00 av 15 min)", "Steg 5 fick sin tid (21:00 av 20 min)");

        page(robot, ComparisonViewModel.Page.STEP_2);
        Node col2 = robot.lookup("#compareColumn2").query();
        assertThat(labels(robot, col2, ".compare-time")).containsExactly("Tid: 14:00 av 12 min");
        assertThat(labels(robot, col2, ".compare-entry-text")).contains("Orterna fick inget besked om kompensation när förslaget spreds.");
        assertThat(labels(robot, col2, ".compare-tag")).containsExactly("P1", "P3");
        assertThat(robot.lookup("#compareColumn3").tryQuery()).isPresent();

        page(robot, ComparisonViewModel.Page.STEP_4);
        Node col1 = robot.lookup("#compareColumn1").query();
        assertThat(labels(robot, col1, ".compare-entry-text")).startsWith(
                "1. Kompensationspaket per ort innan KF beslutar: skolskjuts och längre öppettider i idrottshallen");
        assertThat(labels(robot, col1, ".compare-entry-meta")).startsWith("Kort sikt · 10 röster · vald");

        page(robot, ComparisonViewModel.Page.AIRTIME);
        assertThat(robot.lookup(".compare-th").queryAllAs(Label.class).stream().map(Label::getText).toList())
                .contains("Förtroendevalda per person", "Tjänstepersoner per person", "Kvot");
        assertThat(robot.lookup(".compare-bar").queryAll()).hasSize(7);
    }

    @SuppressWarnings("unchecked")
    @Test
    void aFacilitatorMergesAndSplitsTheSuggestedGroupings(FxRobot robot) throws Exception {
        Stage stage = open(robot, GROUPS);
        ComparisonViewModel vm = vm(stage);
        page(robot, ComparisonViewModel.Page.SOLUTIONS);
        TreeView<Object> tree = robot.lookup("#compareGroupingTree").queryAs(TreeView.class);
        int sharedBefore = vm.comparisonProperty().get().grouping(Kind.SOLUTIONS).shared().size();
        assertThat(sharedBefore).isEqualTo(5);
        assertThat(robot.lookup("#compareAdjusted").query().isVisible()).isFalse();
        assertThat(robot.lookup("#compareMerge").queryAs(Button.class).isDisabled()).isTrue();

        // Two solutions only one group each proposed are the same idea: merge them.
        TreeItem<Object> rutin = find(tree, "Grupp 1: Rutin för när förvaltningen");
        TreeItem<Object> samlokalisering = find(tree, "Grupp 2: Utred samlokalisering");
        robot.interact(() -> {
            tree.getSelectionModel().clearSelection();
            tree.getSelectionModel().select(rutin);
            tree.getSelectionModel().select(samlokalisering);
        });
        robot.clickOn("#compareMerge");
        Comparison merged = vm.comparisonProperty().get();
        assertThat(merged.grouping(Kind.SOLUTIONS).shared()).hasSize(sharedBefore + 1);
        assertThat(robot.lookup("#compareAdjusted").query().isVisible()).isTrue();
        // Clusters are numbered in reading order: the merged one (its first item is group 1's fourth) is L4.
        TreeItem<Object> cluster = find(tree, "Grupp 1: Rutin för när förvaltningen").getParent();
        assertThat(cluster.getValue().toString()).contains("label=L4 · 2 av 3 grupper");
        assertThat(cluster.getChildren()).hasSize(2);

        // Taken out again, one of them stands alone; the plenary and the export follow.
        robot.interact(() -> {
            tree.getSelectionModel().clearSelection();
            tree.getSelectionModel().select(cluster.getChildren().get(1));
        });
        robot.clickOn("#compareDetach");
        assertThat(vm.comparisonProperty().get().grouping(Kind.SOLUTIONS).shared()).hasSize(sharedBefore);
        assertThat(find(tree, "Grupp 2: Utred samlokalisering").getParent()).isSameAs(tree.getRoot());

        // Splitting the largest cluster (dialogmöten, three groups) leaves four shared.
        TreeItem<Object> dialog = find(tree, "L1 · 3 av 3 grupper");
        robot.interact(() -> {
            tree.getSelectionModel().clearSelection();
            tree.getSelectionModel().select(dialog);
        });
        robot.clickOn("#compareSplit");
        assertThat(vm.comparisonProperty().get().grouping(Kind.SOLUTIONS).shared()).hasSize(sharedBefore - 1);

        // The export has the groupings as they stand.
        robot.clickOn("#compareExport");
        Stage export = exportDialog();
        ExportViewModel evm = (ExportViewModel) export.getProperties().get(ExportViewModel.class);
        assertThat(evm.fileProperty().get()).isEqualTo(Path.of("examples/grupper").toAbsolutePath().resolve("jamforelse-case-11.pdf").toString());
        Path md = dir.resolve("jamforelse.md");
        robot.interact(() -> {
            evm.formatProperty().set(se.samtalsledaren.export.ExportFormat.MARKDOWN);
            evm.fileProperty().set(md.toString());
            evm.export();
        });
        String written = Files.readString(md);
        assertThat(written).contains("### L4 · 2 av 3 grupper").doesNotContain("### L5 ·");
        assertThat(written).doesNotContain("gemensam: L5").contains("Dialogmöten i de två orterna om framtidens skola och fritid");

        robot.interact(export::close);
        robot.targetWindow(stage);
        robot.clickOn("#compareReset");
        assertThat(vm.comparisonProperty().get().grouping(Kind.SOLUTIONS)).isEqualTo(merged.suggestion(Kind.SOLUTIONS));
        assertThat(robot.lookup("#compareAdjusted").query().isVisible()).isFalse();
    }

    private static Stage exportDialog() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getProperties().containsKey(ExportViewModel.class))
                .map(w -> (Stage) w).findFirst().orElseThrow();
    }

    private static TreeItem<Object> find(TreeView<Object> tree, String start) {
        List<TreeItem<Object>> all = new java.util.ArrayList<>();
        for (TreeItem<Object> top : tree.getRoot().getChildren()) {
            all.add(top);
            all.addAll(top.getChildren());
        }
        return all.stream().filter(i -> i.getValue().toString().contains("label=" + start)).findFirst()
                .orElseThrow(() -> new AssertionError("no tree item starting " + start));
    }

    @Test
    void thePlenaryViewShowsOneStepAtATimeAndFollowsTheKeys(FxRobot robot) {
        Stage stage = open(robot, GROUPS);
        robot.clickOn("#comparePlenary");
        Stage plenary = Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getProperties().containsKey(PlenaryViewModel.class))
                .map(w -> (Stage) w).findFirst().orElseThrow();
        assertThat(plenary.getTitle()).isEqualTo("Plenarvy – Case 11: Tuffa strukturbeslut slår olika");
        robot.targetWindow(plenary);
        Label title = robot.lookup("#plenaryTitle").queryAs(Label.class);
        robot.clickOn(title);
        assertThat(title.getText()).isEqualTo("Steg 1: Analys och förståelse för situationen");
        assertThat(robot.lookup("#plenaryCounter").queryAs(Label.class).getText()).isEqualTo("1 / 6");
        assertThat(robot.lookup("#plenary .compare-column").queryAll()).hasSize(3);
        // Nothing private: no names of who said what.
        assertThat(robot.lookup("#plenary .compare-entry-meta").queryAll()).isEmpty();

        robot.type(KeyCode.RIGHT);
        assertThat(title.getText()).isEqualTo("Steg 2: Vad är problemet?");
        assertThat(robot.lookup("#plenary .compare-tag").queryAllAs(Label.class).stream().map(Label::getText).distinct().sorted().toList())
                .containsExactly("P1", "P2", "P3");
        robot.type(KeyCode.DIGIT4);
        assertThat(title.getText()).isEqualTo("Steg 4: Prioritering av lösningar");
        assertThat(robot.lookup("#plenary .compare-entry-text").queryAllAs(Label.class).stream().map(Label::getText).toList())
                .contains("1. Pausa omställningen av organisationen tills KF har fattat beslut");
        robot.type(KeyCode.END);
        assertThat(title.getText()).isEqualTo("Överenskommelser");
        assertThat(robot.lookup("#plenaryNext").queryAs(Button.class).isDisabled()).isTrue();
        robot.type(KeyCode.PAGE_UP);
        assertThat(robot.lookup("#plenaryCounter").queryAs(Label.class).getText()).isEqualTo("5 / 6");
        robot.type(KeyCode.HOME);
        assertThat(title.getText()).startsWith("Steg 1");

        // A grouping corrected in the comparison window shows at once in the room.
        robot.type(KeyCode.DIGIT2);
        ComparisonViewModel vm = vm(stage);
        robot.interact(() -> vm.split(Kind.PROBLEMS, List.of(0)));
        assertThat(robot.lookup("#plenary .compare-tag").queryAllAs(Label.class).stream().map(Label::getText).distinct().sorted().toList())
                .containsExactly("P1", "P2");
        // The plenary closes with the comparison window.
        robot.interact(stage::close);
        assertThat(plenary.isShowing()).isFalse();
    }

    @Test
    void aSessionOfAnotherCaseIsRefusedNamingTheFileAndItsCase(FxRobot robot) throws Exception {
        Path other = dir.resolve("annat-case.json");
        Files.writeString(other, Files.readString(GROUPS.get(1)).replace(
                "\"id\": \"skr-11\",\n    \"number\": 11,\n    \"title\": \"Tuffa strukturbeslut slår olika\"",
                "\"id\": \"skr-07\",\n    \"number\": 7,\n    \"title\": \"Fastighetsbolaget och en oväntad ekonomisk nyhet\""));
        Path broken = dir.resolve("trasig.json");
        Files.writeString(broken, "{\"formatVersion\": 3, \"case\": ");
        Stage stage = open(robot, List.of(GROUPS.get(0), other, broken));
        assertThat(robot.lookup("#compareProblems").query().isVisible()).isTrue();
        assertThat(robot.lookup("#comparePage").query().isVisible()).isFalse();
        @SuppressWarnings("unchecked")
        ListView<String> problems = robot.lookup("#compareProblemList").queryAs(ListView.class);
        assertThat(problems.getItems()).singleElement().asString().startsWith(broken + ":1:");
        assertThat(robot.lookup("#compareExport").queryAs(Button.class).isDisabled()).isTrue();

        // Without the broken file, the session of another case is named with its case.
        robot.interact(() -> vm(stage).load(List.of(GROUPS.get(0), other)));
        assertThat(problems.getItems()).containsExactly(other + ": sessionen gäller case 7 (Fastighetsbolaget och en oväntad "
                + "ekonomisk nyhet), men jämförelsen gäller case 11 (Tuffa strukturbeslut slår olika) som " + GROUPS.get(0)
                + "; bara sessioner om samma case kan jämföras");
        assertThat(robot.lookup("#compareChooseOther").query().isVisible()).isTrue();

        // One file is not a comparison: said before any window opens.
        assertThat(open(robot, List.of(GROUPS.get(0)))).isNull();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText())
                .isEqualTo("Välj 2–12 sessionsfiler att jämföra (nu 1).");
    }

    @SuppressWarnings("unchecked")
    @Test
    void theTrainersRecordListsFiltersOpensAndCompares(FxRobot robot) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("kurser"));
        for (Path g : GROUPS) {
            Files.copy(g, folder.resolve(g.getFileName()));
        }
        Files.copy(Path.of("examples/sample-session.json"), folder.resolve("ledningsdag-2026.json"));
        Files.writeString(folder.resolve("trasig.json"), "{\"formatVersion\": 3, \"case\": {");
        // Only the folder counts here: the recent sessions other tests left are put aside and back.
        List<String> recent = TestWindows.PREFERENCES.current().recentSessions();
        TestWindows.PREFERENCES.update(p -> p.withRecentSessions(List.of()));
        try {
            theRecord(robot, folder);
        } finally {
            TestWindows.PREFERENCES.update(p -> p.withRecentSessions(recent));
        }
    }

    @SuppressWarnings("unchecked")
    private void theRecord(FxRobot robot, Path folder) {
        robot.clickOn("Arkiv").clickOn("#myWorkshops");
        Stage stage = Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getProperties().containsKey(WorkshopsViewModel.class))
                .map(w -> (Stage) w).findFirst().orElseThrow();
        robot.targetWindow(stage);
        WorkshopsViewModel vm = (WorkshopsViewModel) stage.getProperties().get(WorkshopsViewModel.class);
        robot.interact(() -> vm.addFolder(folder));
        assertThat(TestWindows.PREFERENCES.current().workshopFolders()).containsExactly(folder.toAbsolutePath().normalize().toString());
        TableView<WorkshopScan.Entry> table = robot.lookup("#workshopsTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(4);
        assertThat(robot.lookup("#workshopsStatus").queryAs(Label.class).getText())
                .isEqualTo("4 sessioner, 4 visas. 1 fil kunde inte läsas.");
        assertThat(((javafx.scene.control.TitledPane) robot.lookup("#workshopsProblems").query()).getText())
                .isEqualTo("1 fil kunde inte läsas");
        robot.interact(() -> vm.yearFilterProperty().set(2026));
        assertThat(table.getItems()).singleElement().satisfies(e -> assertThat(e.facilitator()).isEqualTo("Sara Nyström"));
        robot.interact(() -> vm.yearFilterProperty().set(null));
        assertThat(table.getItems()).hasSize(4);

        // Comparing needs sessions of one case: the sample is case 11 too, so three 2027 groups and it compare.
        robot.interact(() -> {
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().selectIndices(0, 1);
        });
        robot.clickOn("#workshopsCompare");
        Stage comparison = Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getProperties().containsKey(ComparisonViewModel.class))
                .map(w -> (Stage) w).findFirst().orElseThrow();
        assertThat(vm(comparison).comparisonProperty().get().groups()).hasSize(2);
        assertThat(vm.whyNotCompare(List.of(table.getItems().get(0)))).contains("Markera 2–12 sessioner om samma case för att jämföra dem (nu 1).");
    }
}
