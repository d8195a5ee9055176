package se.samtalsledaren.ui.reader;

import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import se.samtalsledaren.library.LibraryEntry;
import se.samtalsledaren.model.Case;
import se.samtalsledaren.model.Commentary;
import se.samtalsledaren.model.NarrativeBlock;
import se.samtalsledaren.model.Question;
import se.samtalsledaren.ui.UiText;

/** Renders the case of {@link CaseReaderViewModel} as readable text; no logic of its own. */
public final class CaseReaderController {
    @FXML private VBox root;
    @FXML private VBox placeholder;
    @FXML private TabPane tabs;
    @FXML private Tab caseTab;
    @FXML private Tab commentaryTab;
    @FXML private ScrollPane caseScroll;
    @FXML private ScrollPane commentaryScroll;
    @FXML private VBox caseContent;
    @FXML private VBox commentaryContent;
    @FXML private Label zoomLabel;
    @FXML private Button zoomInButton;
    @FXML private Button zoomOutButton;
    @FXML private Button startSessionButton;

    private final CaseReaderViewModel vm;
    private final UiText text;

    public CaseReaderController(CaseReaderViewModel vm, UiText text) {
        this.vm = vm;
        this.text = text;
    }

    @FXML
    private void initialize() {
        zoomLabel.textProperty().bind(vm.zoomPercent());
        zoomInButton.setOnAction(e -> vm.zoomIn());
        zoomOutButton.setOnAction(e -> vm.zoomOut());
        startSessionButton.setOnAction(e -> vm.startSession());
        startSessionButton.disableProperty().bind(vm.entryProperty().isNull());
        startSessionButton.setVisible(vm.startsSessions());
        startSessionButton.setManaged(vm.startsSessions());
        for (VBox content : new VBox[] {caseContent, commentaryContent}) {
            content.styleProperty().bind(Bindings.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", vm.fontSize()));
            content.maxWidthProperty().bind(vm.lineLength());
        }
        tabs.visibleProperty().bind(vm.entryProperty().isNotNull());
        placeholder.visibleProperty().bind(vm.entryProperty().isNull());
        vm.entryProperty().addListener((o, a, b) -> render(b));
        vm.related().addListener((ListChangeListener<LibraryEntry>) c -> render(vm.entryProperty().get()));
        render(vm.entryProperty().get());
    }

    private void render(LibraryEntry entry) {
        caseContent.getChildren().clear();
        commentaryContent.getChildren().clear();
        if (entry == null) {
            return;
        }
        Case c = entry.value();
        caseContent.getChildren().add(styled(new Label(text.get("reader.caseNumber", c.number())), "case-kicker"));
        caseContent.getChildren().add(styled(wrapped(c.title()), "case-title"));
        caseContent.getChildren().add(meta(c));
        caseContent.getChildren().add(relatedLinks());

        VBox thought = new VBox(6, styled(new Label(text.get("reader.thoughtAssociation")), "thought-heading"));
        for (String para : c.thoughtAssociation().split("\n\n")) {
            thought.getChildren().add(styled(wrapped(para), "thought-text"));
        }
        thought.getStyleClass().add("thought-association");
        caseContent.getChildren().add(thought);

        for (NarrativeBlock b : c.narrative()) {
            caseContent.getChildren().add(switch (b.type()) {
                case PARAGRAPH -> styled(wrapped(b.text()), "case-paragraph");
                case DIALOGUE -> styled(wrapped(b.text()), "case-dialogue");
                case SUBHEADING -> styled(wrapped(b.text()), "case-subheading");
            });
        }

        VBox questions = new VBox(10, styled(new Label(text.get("reader.questions")), "questions-heading"));
        int n = 1;
        for (Question q : c.questions()) {
            Label number = styled(new Label(n++ + "."), "question-number");
            Label qText = styled(wrapped(q.text()), "question-text");
            Label step = styled(new Label(text.get("reader.questionStep", q.step(), text.get("step." + q.step() + ".short"))), "question-step");
            VBox body = new VBox(2, qText, step);
            HBox.setHgrow(body, Priority.ALWAYS);
            HBox row = new HBox(10, number, body);
            row.getStyleClass().add("question");
            questions.getChildren().add(row);
        }
        questions.getStyleClass().add("questions");
        caseContent.getChildren().add(questions);
        caseContent.getChildren().add(styled(wrapped(attribution(c)), "attribution"));

        commentaryContent.getChildren().add(styled(wrapped(text.get("reader.commentaryIntro", c.number())), "commentary-intro"));
        if (c.commentary().isEmpty()) {
            commentaryContent.getChildren().add(styled(wrapped(text.get("reader.noCommentary")), "case-paragraph"));
        }
        for (Commentary k : c.commentary()) {
            VBox quote = new VBox(4, styled(wrapped(k.text()), "commentary-text"), styled(wrapped(k.location()), "commentary-location"));
            quote.getStyleClass().add("commentary");
            commentaryContent.getChildren().add(quote);
        }
        commentaryTab.setText(text.get("reader.tab.commentary", c.commentary().size()));
        caseScroll.setVvalue(0);
        commentaryScroll.setVvalue(0);
    }

    private Node meta(Case c) {
        String themes = c.themes().isEmpty() ? "" : String.join(" · ", c.themes());
        String dims = c.dimensions().stream().map(d -> text.get("dimension." + d.key()))
                .collect(Collectors.joining(", "));
        Label label = wrapped(dims.isEmpty() ? themes : themes + "   |   " + text.get("reader.dimensions") + ": " + dims);
        return styled(label, "case-meta");
    }

    private Node relatedLinks() {
        FlowPane pane = new FlowPane(6, 2);
        pane.getStyleClass().add("related");
        if (vm.related().isEmpty()) {
            return pane;
        }
        pane.getChildren().add(styled(new Label(text.get("reader.related")), "related-label"));
        for (LibraryEntry r : vm.related()) {
            Hyperlink link = new Hyperlink(text.get("reader.caseShort", r.value().number()));
            link.setTooltip(new javafx.scene.control.Tooltip(r.value().label()));
            link.setOnAction(e -> vm.openRelated(r));
            link.getStyleClass().add("related-link");
            pane.getChildren().add(link);
        }
        return pane;
    }

    private String attribution(Case c) {
        StringBuilder sb = new StringBuilder(text.get("reader.source"))
                .append(": ").append(c.source().publisher()).append(", ”").append(c.source().title()).append("”");
        if (!c.source().authors().isEmpty()) {
            sb.append(" (").append(String.join(", ", c.source().authors())).append(")");
        }
        if (!c.source().part().isEmpty()) {
            sb.append(". ").append(c.source().part());
        }
        sb.append('.');
        if (!c.source().note().isEmpty()) {
            sb.append(' ').append(c.source().note());
        }
        return sb.toString();
    }

    private static Label wrapped(String s) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private static <T extends Node> T styled(T node, String styleClass) {
        node.getStyleClass().add(styleClass);
        return node;
    }

    /** Shows the case text tab (e.g. after navigating to another case). */
    public void showCaseTab() {
        tabs.getSelectionModel().select(caseTab);
    }
}
