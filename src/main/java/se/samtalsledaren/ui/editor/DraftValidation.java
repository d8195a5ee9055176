package se.samtalsledaren.ui.editor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import se.samtalsledaren.json.FileProblem;
import se.samtalsledaren.json.FileProblemException;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.library.CaseFormat;
import se.samtalsledaren.library.CaseLibrary;
import se.samtalsledaren.model.Case;
import se.samtalsledaren.ui.UiText;

/**
 * Checks the editor's draft the way a case file is checked (written with {@link CaseFormat} and
 * read back against the schema), adds what the schema cannot see (an id in use by another case,
 * a theme twice, a case related to itself) and says which field each problem belongs to.
 */
final class DraftValidation {
    /** The case id rule of the schema ({@code $defs.caseId}). */
    private static final Pattern ID_PATTERN = Pattern.compile("^[a-z0-9][a-z0-9-]{0,63}$");

    private final CaseFormat format;
    private final Messages messages;
    private final UiText text;
    private final Supplier<CaseLibrary> library;

    DraftValidation(CaseFormat format, Messages messages, UiText text, Supplier<CaseLibrary> library) {
        this.format = format;
        this.messages = messages;
        this.text = text;
        this.library = library;
    }

    /** The problems of {@code c}, edited in {@code file} (null before its first save). */
    List<CaseEditorViewModel.Problem> check(Case c, Path file) {
        List<CaseEditorViewModel.Problem> found = new ArrayList<>();
        String name = file == null ? CaseEditorViewModel.DRAFT_FILE : file.getFileName().toString();
        try {
            format.read(name, format.write(c));
        } catch (FileProblemException e) {
            for (FileProblem p : e.problems()) {
                found.add(new CaseEditorViewModel.Problem(FieldKeys.of(p.field()), p.message()));
            }
        }
        if (!ID_PATTERN.matcher(c.id()).matches()) {
            found.removeIf(p -> p.field().equals(FieldKeys.ID));
            found.add(0, new CaseEditorViewModel.Problem(FieldKeys.ID, text.get("editor.idRule")));
        }
        if (c.themes().size() != new HashSet<>(c.themes()).size()) {
            found.removeIf(p -> p.field().equals(FieldKeys.THEMES));
            found.add(new CaseEditorViewModel.Problem(FieldKeys.THEMES, text.get("editor.themeTwice")));
        }
        idInUse(c.id(), file).ifPresent(where ->
                found.add(new CaseEditorViewModel.Problem(FieldKeys.ID, messages.get("duplicateId", c.id(), where))));
        if (c.relatedCases().contains(c.id())) {
            found.add(new CaseEditorViewModel.Problem(FieldKeys.RELATED, text.get("editor.relatedSelf")));
        }
        return found;
    }

    /** Where another case with this id is loaded from, unless it is the file being edited. */
    private Optional<String> idInUse(String caseId, Path file) {
        return library.get().entries().stream()
                .filter(e -> e.value().id().equals(caseId))
                .filter(e -> file == null || e.bundled() || !sameFile(Path.of(e.origin()).resolve(e.file()), file))
                .map(e -> e.bundled() ? e.file() : Path.of(e.origin()).resolve(e.file()).toString())
                .findFirst();
    }

    private static boolean sameFile(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
