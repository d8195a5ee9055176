package se.samtalsledaren.model;

import java.time.LocalDate;
import java.util.Objects;

/** A closing agreement: what, who, by when (null when no date was set). */
public record Agreement(String id, String what, String who, LocalDate due) {
    public Agreement {
        Objects.requireNonNull(id, "id");
        what = what == null ? "" : what;
        who = who == null ? "" : who;
    }
}
