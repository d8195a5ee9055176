package se.samtalsledaren.ui.session.agreements;

import java.time.LocalDate;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.samtalsledaren.model.Agreement;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.session.SessionRunner;
import se.samtalsledaren.ui.session.SessionViewModel;

/** The agreements of the closing: what, who and by when. */
public final class AgreementsViewModel {
    private final SessionRunner runner;
    private final ObservableList<Agreement> agreements = FXCollections.observableArrayList();
    private final BooleanBinding shown;

    public AgreementsViewModel(SessionRunner runner, SessionViewModel session) {
        this.runner = runner;
        this.shown = session.inPhase(p -> p == Phase.CLOSING);
        session.onChange(this::sync);
        sync();
    }

    private void sync() {
        agreements.setAll(runner.session().agreements());
    }

    /** Adds an agreement; one without a "what" is not added. */
    public void addAgreement(String what, String who, LocalDate due) {
        if (what != null && !what.isBlank()) {
            runner.addAgreement(what.strip(), who == null ? "" : who.strip(), due);
        }
    }

    /** Replaces the agreement with the same id. */
    public void updateAgreement(Agreement a) {
        runner.updateAgreement(a.id(), x -> a);
    }

    public void removeAgreement(Agreement a) {
        runner.removeAgreement(a.id());
    }

    public ObservableList<Agreement> agreements() {
        return agreements;
    }

    /** The closing. */
    public BooleanBinding shownProperty() {
        return shown;
    }
}
