package se.samtalsledaren.ui.session;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import se.samtalsledaren.model.Participant;
import se.samtalsledaren.model.Role;

/** An editable participant in the set-up table. */
public final class ParticipantRow {
    private final String id;
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(Role.FORTROENDEVALD);
    private final StringProperty organisation = new SimpleStringProperty("");

    public ParticipantRow(String id) {
        this.id = id;
    }

    public static ParticipantRow of(Participant p) {
        ParticipantRow r = new ParticipantRow(p.id());
        r.name.set(p.name());
        r.role.set(p.role());
        r.organisation.set(p.organisation());
        return r;
    }

    public Participant toParticipant() {
        return new Participant(id, name.get().strip(), role.get(), organisation.get().strip());
    }

    public String id() {
        return id;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<Role> roleProperty() {
        return role;
    }

    public StringProperty organisationProperty() {
        return organisation;
    }
}
