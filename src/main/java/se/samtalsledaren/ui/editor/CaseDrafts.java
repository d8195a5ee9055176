package se.samtalsledaren.ui.editor;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import se.samtalsledaren.library.CaseLibrary;
import se.samtalsledaren.library.FileNames;
import se.samtalsledaren.model.BlockType;
import se.samtalsledaren.model.Case;
import se.samtalsledaren.model.NarrativeBlock;
import se.samtalsledaren.model.Question;
import se.samtalsledaren.model.Source;
import se.samtalsledaren.ui.UiText;

/** The cases an editor starts from: a copy of a case to adapt, or a blank case. */
public final class CaseDrafts {
    private CaseDrafts() {}

    /**
     * A copy of {@code original} to adapt: a fresh id ({@code <id>-kopia}), everything else the
     * same, and the attribution kept as the source with a note that this is an adaptation.
     */
    public static Case duplicateOf(Case original, Set<String> takenIds, UiText text) {
        String base = original.id().length() > FileNames.MAX_ID_LENGTH - 6
                ? original.id().substring(0, FileNames.MAX_ID_LENGTH - 6) : original.id();
        String id = FileNames.uniqueId(base + "-kopia", takenIds::contains);
        Source s = original.source();
        String adapted = text.get("editor.adaptedNote", original.number(), original.id(), s.publisher());
        Source source = new Source(s.publisher(), s.title(), s.authors(), s.part(), adapted);
        return new Case(id, original.number(), original.title(), original.thoughtAssociation(), original.narrative(),
                original.questions(), original.themes(), original.dimensions(), original.relatedCases(),
                original.commentary(), source, original.teachingNotes());
    }

    /** An empty case with a fresh id and the next free number, for writing from scratch. */
    public static Case blank(CaseLibrary library) {
        Set<String> ids = library.entries().stream().map(e -> e.value().id()).collect(Collectors.toSet());
        int next = library.entries().stream().mapToInt(e -> e.value().number()).max().orElse(0) + 1;
        return new Case(FileNames.uniqueId("nytt-case", ids::contains), Math.min(9999, Math.max(101, next)), "", "",
                List.of(new NarrativeBlock(BlockType.PARAGRAPH, "")), List.of(new Question("", 1)), List.of(), Set.of(),
                List.of(), List.of(), new Source("", "", List.of(), "", ""));
    }
}
