package se.samtalsledaren.ui.editor;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import se.samtalsledaren.model.BlockType;
import se.samtalsledaren.ui.Converters;
import se.samtalsledaren.ui.UiText;

/** The editor's tab "Berättelse": a row per narrative block with its type, and buttons to add, insert, move and remove. */
public final class NarrativeController {
    @FXML private Label narrativeError;
    @FXML private VBox blocksBox;
    @FXML private Button addParagraphButton;
    @FXML private Button addDialogueButton;
    @FXML private Button addSubheadingButton;

    private final NarrativeViewModel vm;
    private final EditorFields fields;
    private final UiText text;
    private final RowViews rows;

    NarrativeController(NarrativeViewModel vm, EditorFields fields, UiText text) {
        this.vm = vm;
        this.fields = fields;
        this.text = text;
        this.rows = new RowViews(text, fields);
    }

    @FXML
    private void initialize() {
        fields.register(FieldKeys.NARRATIVE, addParagraphButton, narrativeError);
        addParagraphButton.setOnAction(e -> focus(vm.addLast(BlockType.PARAGRAPH)));
        addDialogueButton.setOnAction(e -> focus(vm.addLast(BlockType.DIALOGUE)));
        addSubheadingButton.setOnAction(e -> focus(vm.addLast(BlockType.SUBHEADING)));
        RowViews.buildRows(vm.blocks(), this::buildBlocks);
    }

    private void focus(EditorRows.Block block) {
        fields.focusLater(FieldKeys.block(vm.blocks().indexOf(block)));
    }

    private void buildBlocks() {
        fields.forget(FieldKeys.NARRATIVE + "[");
        blocksBox.getChildren().clear();
        for (int i = 0; i < vm.blocks().size(); i++) {
            EditorRows.Block b = vm.blocks().get(i);
            ChoiceBox<BlockType> type = new ChoiceBox<>(FXCollections.observableArrayList(BlockType.values()));
            type.setConverter(Converters.display(t -> t == null ? "" : text.get("editor.block." + t.key())));
            type.valueProperty().bindBidirectional(b.typeProperty());
            TextArea area = new TextArea();
            area.setWrapText(true);
            area.setPrefRowCount(3);
            area.textProperty().bindBidirectional(b.textProperty());
            area.setId("block-" + i);
            int index = i;
            HBox head = rows.head(i, type, vm.blocks(), b, List.of(
                    rows.button("editor.row.insertAfter", "editor.row.insertAfter.tip",
                            () -> focus(vm.add(BlockType.PARAGRAPH, index + 1)))));
            blocksBox.getChildren().add(rows.row(head, area, FieldKeys.block(i)));
        }
    }
}
