package se.samtalsledaren.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/**
 * The build writes app.bss from app.css (src/build/java/CssToBinary.java); JavaFX loads it in
 * place of app.css. It must say exactly what app.css says, or the app would show stale styles.
 */
class BinaryStylesheetTest {
    @Test
    void theBinaryStylesheetHoldsExactlyTheRulesOfAppCss() throws Exception {
        URL css = App.class.getResource("app.css");
        URL bss = App.class.getResource("app.bss");
        assertThat(bss).as("app.bss beside app.css (made in process-classes)").isNotNull();

        Stylesheet parsed = new CssParser().parse(css);
        Stylesheet binary = Stylesheet.loadBinary(bss);

        assertThat(texts(binary.getRules())).isNotEmpty().containsExactlyElementsOf(texts(parsed.getRules()));
    }

    private static List<String> texts(List<Rule> rules) {
        return rules.stream().map(r -> r.getSelectors() + " " + r.getDeclarations()).toList();
    }
}
