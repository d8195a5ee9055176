package se.samtalsledaren.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The direct path for the app's own timestamps gives exactly what the JDK's formatter and parser give. */
class TimestampsTest {
    private static final long YEAR_10000 = 253_402_300_800L;

    @Test
    void formatsEveryInstantExactlyAsInstantToString() {
        Random random = new Random(20261122);
        for (int i = 0; i < 200_000; i++) {
            Instant t = Instant.ofEpochSecond(random.nextLong(-100_000_000_000L, YEAR_10000 + 1_000_000_000L), nano(random));
            assertThat(Timestamps.format(t)).isEqualTo(t.toString());
        }
        for (Instant t : List.of(Instant.EPOCH, Instant.ofEpochSecond(YEAR_10000 - 1, 999_999_999),
                Instant.ofEpochSecond(YEAR_10000), Instant.ofEpochSecond(-1), Instant.MIN, Instant.MAX)) {
            assertThat(Timestamps.format(t)).isEqualTo(t.toString());
        }
    }

    @Test
    void readsBackWhatItWritesAndWhatOffsetDateTimeReads() {
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            Instant t = Instant.ofEpochSecond(random.nextLong(0, YEAR_10000), nano(random));
            assertThat(Timestamps.parse(t.toString())).isEqualTo(t);
        }
        for (String s : List.of("2026-11-23T09:00:00Z", "2026-11-23T09:00:00.5Z", "2026-11-23T09:00:00.123456789Z",
                "2026-11-23T10:00:00+01:00", "2026-11-23T09:00Z", "2026-11-23t09:00:00z", "0000-01-01T00:00:00Z",
                "2024-02-29T23:59:59.000000001Z", "+12026-11-23T09:00:00Z", "2026-11-23T09:00:00.Z")) {
            assertThat(Timestamps.parse(s)).as(s).isEqualTo(OffsetDateTime.parse(s).toInstant());
        }
    }

    @Test
    void refusesWhatOffsetDateTimeRefuses() {
        for (String s : List.of("", "2026-11-23", "2026-11-23T09:00:00", "2026-02-29T09:00:00Z", "2026-11-31T09:00:00Z",
                "2026-11-23T24:00:00Z", "2026-11-23T23:59:60Z", "2026-13-01T00:00:00Z",
                "2026-11-23T09:00:00.1234567891Z", "2026-11-23T09:0a:00Z", "2026-11-23T09:00:00 Z", "２０２６-11-23T09:00:00Z",
                "2026-11-23T09:00:00,5Z", "-026-11-23T09:00:00Z")) {
            assertThatThrownBy(() -> OffsetDateTime.parse(s)).as("the JDK refuses " + s).isInstanceOf(DateTimeParseException.class);
            assertThatThrownBy(() -> Timestamps.parse(s)).as(s).isInstanceOf(DateTimeParseException.class);
        }
    }

    /** Whole seconds, milli-, micro- and nanosecond fractions, as a clock gives them. */
    private static int nano(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> 0;
            case 1 -> random.nextInt(1000) * 1_000_000;
            case 2 -> random.nextInt(1_000_000) * 1000;
            default -> random.nextInt(1_000_000_000);
        };
    }
}
