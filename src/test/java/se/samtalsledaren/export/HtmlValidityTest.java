package se.samtalsledaren.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The exported HTML is valid for the Nu HTML Checker (vnu, the W3C's validator; its jar from
 * Maven, test scope), stylesheet included: no error. The sample session in Swedish and English,
 * the three-hour session, the hostile session and a handout.
 */
class HtmlValidityTest {
    private static final Exporter EXPORTER = new Exporter();

    static Stream<String> documents() {
        return Stream.of("sample-session", "sample-session-en", "three-hour-session", "handout-11-en", "hostile");
    }

    static ExportDocument document(String name) throws Exception {
        return name.equals("hostile") ? ExportFixtures.sessionDocument(HostileTextTest.hostile()) : PdfArchiveTest.document(name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void theNuHtmlCheckerFindsNoError(String name) throws Exception {
        byte[] html = EXPORTER.render(document(name), ExportFormat.HTML);
        assertThat(errors(html)).as(name).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void theCheckerReportsBrokenMarkupAndStyles() throws Exception {
        byte[] broken = ("<!DOCTYPE html><html lang=\"sv\"><head><title>x</title><style>p { colour: red; }</style></head>"
                + "<body><main><table><tr><td>x</td></tr></table><p><img src=\"a.png\"></p></main></body></html>")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(errors(broken)).anyMatch(e -> e.contains("alt")).anyMatch(e -> e.contains("colour"));
    }

    /** vnu's errors (and fatal errors) as "line:column: message"; warnings are not errors. */
    static List<String> errors(byte[] html) throws Exception {
        List<String> errors = new ArrayList<>();
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // vnu's warnings are advice, not validity
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
        validator.setUpValidatorAndParsers(handler, false, false);
        InputSource source = new InputSource(new ByteArrayInputStream(html));
        source.setEncoding("UTF-8");
        validator.checkHtmlInputSource(source);
        return errors;
    }
}
