package se.samtalsledaren.ui.floor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlotLengthsTest {
    @Test
    void readsWhatFacilitatorsType() {
        assertThat(SlotLengths.parse("2:00")).contains(120);
        assertThat(SlotLengths.parse(" 1:30 ")).contains(90);
        assertThat(SlotLengths.parse("3")).contains(180);
        assertThat(SlotLengths.parse("3 min")).contains(180);
        assertThat(SlotLengths.parse("0:05")).as("below the 10 s minimum").isEmpty();
        assertThat(SlotLengths.parse("61:00")).as("above the hour").isEmpty();
        assertThat(SlotLengths.parse("1:75")).isEmpty();
        assertThat(SlotLengths.parse("två")).isEmpty();
        assertThat(SlotLengths.parse(null)).isEmpty();
        assertThat(SlotLengths.format(90)).isEqualTo("1:30");
        assertThat(SlotLengths.format(600)).isEqualTo("10:00");
    }
}
