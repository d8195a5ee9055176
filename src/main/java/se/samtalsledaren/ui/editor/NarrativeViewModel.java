package se.samtalsledaren.ui.editor;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.samtalsledaren.model.BlockType;
import se.samtalsledaren.model.Case;
import se.samtalsledaren.model.NarrativeBlock;

/** The case editor's narrative: blocks of text (stycke, replik, underrubrik) to add, insert, move and remove. */
public final class NarrativeViewModel extends DraftPart {
    private final ObservableList<EditorRows.Block> blocks = FXCollections.observableArrayList(EditorRows.Block::observables);

    NarrativeViewModel() {
        watchRows(blocks, FieldKeys.NARRATIVE);
    }

    @Override
    void show(Case c) {
        syncRows(blocks, c.narrative(), EditorRows.Block::new, EditorRows.Block::set);
    }

    /** The blocks as the case holds them, their text stripped. */
    List<NarrativeBlock> value() {
        return blocks.stream().map(b -> new NarrativeBlock(b.value().type(), b.value().text().strip())).toList();
    }

    /** A new empty block of {@code type} at {@code index} (kept within the list). */
    public EditorRows.Block add(BlockType type, int index) {
        EditorRows.Block b = new EditorRows.Block(new NarrativeBlock(type, ""));
        blocks.add(Math.max(0, Math.min(blocks.size(), index)), b);
        return b;
    }

    /** A new empty block of {@code type} after the last. */
    public EditorRows.Block addLast(BlockType type) {
        return add(type, blocks.size());
    }

    public ObservableList<EditorRows.Block> blocks() {
        return blocks;
    }
}
