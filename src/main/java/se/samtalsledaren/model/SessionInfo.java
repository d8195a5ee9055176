package se.samtalsledaren.model;

import java.time.LocalDate;
import java.util.Objects;

/** What a session is: title, date, place, facilitator. */
public record SessionInfo(String title, LocalDate date, String place, String facilitator) {
    public SessionInfo {
        title = title == null ? "" : title;
        Objects.requireNonNull(date, "date");
        place = place == null ? "" : place;
        facilitator = facilitator == null ? "" : facilitator;
    }
}
