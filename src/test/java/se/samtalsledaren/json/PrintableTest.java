package se.samtalsledaren.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrintableTest {
    @Test
    void controlsAreWrittenVisiblyAndTextIsLeftAlone() {
        assertThat(Printable.escape("Ett övningscase – «citat» 😀")).isEqualTo("Ett övningscase – «citat» 😀");
        assertThat(Printable.escape("a\u001B[2K\rOK\n\tb")).isEqualTo("a\\u001B[2K\\rOK\\n\\tb");
        assertThat(Printable.escape("C1 \u0085 \u009B")).isEqualTo("C1 \\u0085 \\u009B");
        assertThat(Printable.escape("fil\u202Enosj.exe")).isEqualTo("fil\\u202Enosj.exe");
        assertThat(Printable.escape("\u2066x\u2069\u200F\uFEFF")).isEqualTo("\\u2066x\\u2069\\u200F\\uFEFF");
        assertThat(Printable.escape(null)).isNull();
    }

    @Test
    void aProblemIsOneLineWhateverItsFileFieldAndMessageHold() {
        FileProblem p = new FileProblem("a\u001B[2K.json", 3, 4, "$.notes.x\ry", "unknown participant \"p\u202E9\"");
        assertThat(p.toString()).isEqualTo("a\\u001B[2K.json:3:4: $.notes.x\\ry: unknown participant \"p\\u202E9\"");
    }
}
