package se.samtalsledaren.ui.editor;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import se.samtalsledaren.library.CaseLibrary;
import se.samtalsledaren.model.Case;
import se.samtalsledaren.model.Commentary;
import se.samtalsledaren.model.Dimension;
import se.samtalsledaren.model.NarrativeBlock;
import se.samtalsledaren.model.Question;
import se.samtalsledaren.model.Source;
import se.samtalsledaren.model.TeachingNotes;

/**
 * The case editor's single fields: id, number, title, Tankeassociation, themes, dimensions,
 * related cases (tab "Case") and the source (tab "Källa").
 */
public final class CaseFieldsViewModel extends DraftPart {
    private final StringProperty id = new SimpleStringProperty("");
    private final IntegerProperty number = new SimpleIntegerProperty(1);
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty thoughtAssociation = new SimpleStringProperty("");
    private final StringProperty themes = new SimpleStringProperty("");
    private final Map<Dimension, BooleanProperty> dimensions = new EnumMap<>(Dimension.class);
    private final ObservableList<String> relatedCases = FXCollections.observableArrayList();
    /** A tick per case id, in step with {@link #relatedCases}, for the list of cases to tick. */
    private final Map<String, BooleanProperty> relatedChecks = new HashMap<>();
    private final StringProperty publisher = new SimpleStringProperty("");
    private final StringProperty sourceTitle = new SimpleStringProperty("");
    private final StringProperty authors = new SimpleStringProperty("");
    private final StringProperty part = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");

    CaseFieldsViewModel() {
        for (Dimension d : Dimension.values()) {
            dimensions.put(d, new SimpleBooleanProperty(false));
        }
        watch(FieldKeys.ID, id);
        watch(FieldKeys.NUMBER, number);
        watch(FieldKeys.TITLE, title);
        watch(FieldKeys.THOUGHT, thoughtAssociation);
        watch(FieldKeys.THEMES, themes);
        dimensions.values().forEach(p -> watch(null, p));
        watchList(relatedCases);
        watch(FieldKeys.SOURCE_PUBLISHER, publisher);
        watch(FieldKeys.SOURCE_TITLE, sourceTitle);
        watch(FieldKeys.SOURCE_AUTHORS, authors);
        watch(FieldKeys.SOURCE_PART, part);
        watch(FieldKeys.SOURCE_NOTE, note);
        relatedCases.addListener((ListChangeListener<String>) c ->
                relatedChecks.forEach((caseId, check) -> check.set(relatedCases.contains(caseId))));
    }

    @Override
    void show(Case c) {
        id.set(c.id());
        number.set(c.number());
        title.set(c.title());
        thoughtAssociation.set(c.thoughtAssociation());
        themes.set(String.join(", ", c.themes()));
        dimensions.forEach((d, p) -> p.set(c.dimensions().contains(d)));
        if (!relatedCases.equals(c.relatedCases())) {
            relatedCases.setAll(c.relatedCases());
        }
        publisher.set(c.source().publisher());
        sourceTitle.set(c.source().title());
        authors.set(String.join(", ", c.source().authors()));
        part.set(c.source().part());
        note.set(c.source().note());
    }

    /** The case these fields describe, with the other parts' lists and notes (it may be invalid). */
    Case build(List<NarrativeBlock> narrative, List<Question> questions, List<Commentary> commentary, TeachingNotes notes) {
        Set<Dimension> dims = EnumSet.noneOf(Dimension.class);
        dimensions.forEach((d, p) -> {
            if (p.get()) {
                dims.add(d);
            }
        });
        return new Case(nonNull(id.get()).strip(), number.get(), nonNull(title.get()).strip(),
                nonNull(thoughtAssociation.get()).strip(), narrative, questions,
                commaList(themes.get()), dims, List.copyOf(relatedCases), commentary,
                new Source(nonNull(publisher.get()).strip(), nonNull(sourceTitle.get()).strip(), commaList(authors.get()),
                        nonNull(part.get()).strip(), nonNull(note.get()).strip()), notes);
    }

    /** Every case of {@code library} to tick, then any related id the library does not (or no longer) hold. */
    public List<String> relatedChoices(CaseLibrary library) {
        List<String> ids = new ArrayList<>();
        library.entries().forEach(e -> ids.add(e.value().id()));
        relatedCases.stream().filter(caseId -> !ids.contains(caseId)).forEach(ids::add);
        return ids;
    }

    /** Whether the case {@code caseId} is ticked as related; ticking adds it, unticking removes it. */
    public BooleanProperty relatedCheck(String caseId) {
        return relatedChecks.computeIfAbsent(caseId, k -> {
            BooleanProperty check = new SimpleBooleanProperty(relatedCases.contains(k));
            check.addListener((o, was, now) -> {
                if (now && !relatedCases.contains(k)) {
                    relatedCases.add(k);
                } else if (!now) {
                    relatedCases.remove(k);
                }
            });
            return check;
        });
    }

    public StringProperty idProperty() {
        return id;
    }

    public IntegerProperty numberProperty() {
        return number;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty thoughtAssociationProperty() {
        return thoughtAssociation;
    }

    public StringProperty themesProperty() {
        return themes;
    }

    public BooleanProperty dimensionProperty(Dimension d) {
        return dimensions.get(d);
    }

    public ObservableList<String> relatedCases() {
        return relatedCases;
    }

    public StringProperty publisherProperty() {
        return publisher;
    }

    public StringProperty sourceTitleProperty() {
        return sourceTitle;
    }

    public StringProperty authorsProperty() {
        return authors;
    }

    public StringProperty partProperty() {
        return part;
    }

    public StringProperty noteProperty() {
        return note;
    }
}
