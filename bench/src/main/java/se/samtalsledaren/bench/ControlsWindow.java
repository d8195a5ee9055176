package se.samtalsledaren.bench;

import java.util.List;
import java.util.stream.IntStream;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import se.samtalsledaren.ui.StartupProbe;

/**
 * A second start-up reference beside {@link MinimalWindow}: the standard JavaFX controls of the
 * app's main window (menu bar with its 25 items, search field, two filters, a list of 13 cases, a
 * collapsed problems pane, the reader's toolbar and placeholder, the status bar), built in code
 * with JavaFX's own stylesheet only: no FXML, no app stylesheet, no library, no services. What it
 * costs over the empty window is what any window with these controls costs on this JVM; the rest
 * of the app's start is the app's own. Measured by the same {@link StartupProbe} rule (ready when a
 * case cell of {@code #caseList} is filled).
 */
public final class ControlsWindow {
    private ControlsWindow() {}

    public static void main(String[] args) {
        Application.launch(Controls.class, args);
    }

    /** The main window's controls; exits after the first layout pass with a case listed. */
    public static final class Controls extends Application {
        @Override
        public void start(Stage stage) {
            BorderPane root = new BorderPane();
            root.setTop(menus());
            root.setCenter(new SplitPane(library(), reader()));
            ((SplitPane) root.getCenter()).setDividerPositions(0.35);
            HBox status = new HBox(new Label("13 case"));
            root.setBottom(status);
            Scene scene = new Scene(root, 1280, 800);
            stage.setScene(scene);
            stage.setTitle("controls");
            stage.show();
            StartupProbe.forThisJvm(() -> Platform.runLater(Platform::exit)).attach(scene, StartupProbe.casesListed(root));
        }

        private static MenuBar menus() {
            Menu file = new Menu("Arkiv");
            file.getItems().addAll(items("Nytt case", "Redigera case", "Duplicera case"));
            file.getItems().add(new SeparatorMenuItem());
            file.getItems().addAll(items("Mappar", "Importera", "Exportera"));
            file.getItems().add(new SeparatorMenuItem());
            file.getItems().addAll(items("Öppna session"));
            file.getItems().add(new Menu("Senaste"));
            file.getItems().addAll(items("Underlag", "Förbered"));
            file.getItems().add(new SeparatorMenuItem());
            file.getItems().addAll(items("Jämför", "Mina workshoppar"));
            file.getItems().add(new SeparatorMenuItem());
            file.getItems().addAll(items("Inställningar"));
            file.getItems().add(new SeparatorMenuItem());
            file.getItems().addAll(items("Avsluta"));
            Menu view = new Menu("Visa");
            view.getItems().addAll(items("Sök", "Nästa", "Föregående"));
            view.getItems().add(new SeparatorMenuItem());
            view.getItems().addAll(items("Större", "Mindre", "Normal"));
            Menu help = new Menu("Hjälp");
            help.getItems().addAll(items("Kortkommandon", "Om"));
            return new MenuBar(file, view, help);
        }

        private static List<MenuItem> items(String... texts) {
            return java.util.Arrays.stream(texts).map(MenuItem::new).toList();
        }

        private static VBox library() {
            TextField search = new TextField();
            search.setPromptText("Sök i case");
            ComboBox<String> themes = new ComboBox<>();
            ComboBox<String> dimensions = new ComboBox<>();
            for (ComboBox<String> filter : List.of(themes, dimensions)) {
                filter.setPrefWidth(100);
                filter.setMaxWidth(Double.MAX_VALUE);
                HBox.setHgrow(filter, Priority.ALWAYS);
            }
            themes.getItems().addAll("", "Styrning", "Ledning", "Dialog");
            dimensions.getItems().addAll("", "Struktur", "Process", "Värderingar");
            ListView<String> cases = new ListView<>();
            cases.setId("caseList");
            cases.getItems().addAll(IntStream.rangeClosed(1, 13).mapToObj(i -> "Case " + i + ": ett case om styrning och ledning").toList());
            VBox.setVgrow(cases, Priority.ALWAYS);
            ListView<String> problems = new ListView<>();
            problems.setPrefHeight(140);
            TitledPane problemsPane = new TitledPane("Problem", problems);
            problemsPane.setExpanded(false);
            VBox library = new VBox(8, new Label("Case"), search, new HBox(6, themes, dimensions),
                    new Label("13 case"), cases, problemsPane);
            library.setMinWidth(260);
            return library;
        }

        private static VBox reader() {
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Label zoom = new Label("100 %");
            zoom.setMinWidth(54);
            HBox toolbar = new HBox(6, new Button("Starta session"), new Button("Redigera"), new Label(""), spacer,
                    new Label("Zoom"), new Button("−"), zoom, new Button("+"));
            toolbar.setAlignment(Pos.CENTER_RIGHT);
            Label hint = new Label("Välj ett case i listan.");
            hint.setWrapText(true);
            VBox placeholder = new VBox(hint);
            placeholder.setAlignment(Pos.CENTER);
            // The app adds its reader's tabs with the first selected case, not to the first frame.
            StackPane body = new StackPane(placeholder);
            VBox.setVgrow(body, Priority.ALWAYS);
            return new VBox(toolbar, body);
        }
    }
}
