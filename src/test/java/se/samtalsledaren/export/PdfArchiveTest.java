package se.samtalsledaren.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.VeraPDFFoundry;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import se.samtalsledaren.library.LibraryEntry;
import se.samtalsledaren.model.Case;

/**
 * The PDFs a municipality publishes and archives pass veraPDF, the reference validator, for
 * PDF/UA-1 and PDF/A-2a with no failed rule: the sample session, a three-hour session and the
 * handout of every bundled case, in Swedish and English. Their text extracts as the document's
 * words, without ligatures or private-use characters.
 */
class PdfArchiveTest {
    private static final Exporter EXPORTER = new Exporter();

    @BeforeAll
    static void veraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    static Stream<String> documents() {
        List<String> names = new ArrayList<>(List.of("sample-session", "sample-session-en", "three-hour-session"));
        for (LibraryEntry e : ExportFixtures.library().entries()) {
            names.add("handout-" + e.value().number());
        }
        names.add("handout-11-en");
        return names.stream();
    }

    static ExportDocument document(String name) throws Exception {
        return switch (name) {
            case "sample-session" -> ExportFixtures.sampleDocument();
            case "sample-session-en" -> ExportFixtures.sessionDocument(ExportFixtures.sample(), new Labels(Labels.ENGLISH));
            case "three-hour-session" -> ExportFixtures.sessionDocument(ExportFixtures.threeHourSession());
            case "handout-11-en" -> new HandoutDocument(new Labels(Labels.ENGLISH)).build(ExportFixtures.case11());
            default -> new HandoutDocument(new Labels()).build(caseNumber(Integer.parseInt(name.substring("handout-".length()))));
        };
    }

    private static Case caseNumber(int number) {
        return ExportFixtures.library().entries().stream().map(LibraryEntry::value).filter(c -> c.number() == number)
                .findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void passesPdfUa1AndPdfA2aWithNoFailedRule(String name) throws Exception {
        byte[] pdf = EXPORTER.render(document(name), ExportFormat.PDF);
        Files.write(ExportFixtures.inspectionFolder().resolve(name + ".pdf"), pdf);
        assertThat(failedRules(pdf, PDFAFlavour.PDFUA_1)).as(name + " PDF/UA-1").isEmpty();
        assertThat(failedRules(pdf, PDFAFlavour.PDFA_2_A)).as(name + " PDF/A-2a").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void textExtractsAsTheDocumentsWordsWithoutLigaturesOrPrivateUseCharacters(String name) throws Exception {
        ExportDocument doc = document(name);
        String text;
        try (PDDocument pdf = Loader.loadPDF(EXPORTER.render(doc, ExportFormat.PDF))) {
            text = new PDFTextStripper().getText(pdf);
        }
        Set<String> odd = text.codePoints().filter(PdfArchiveTest::presentationOrPrivate)
                .mapToObj(cp -> String.format("U+%04X", cp)).collect(Collectors.toCollection(LinkedHashSet::new));
        assertThat(odd).as("ligature or private-use code points").isEmpty();
        // A line may end after a hyphen or a slash ("att-göra-" / "listan"), as the layout allows.
        String joined = text.replaceAll("(?<=[-/])\\R", "");
        Set<String> extracted = new java.util.HashSet<>(List.of(joined.split("\\s+")));
        extracted.addAll(List.of(text.split("\\s+")));
        List<String> missing = words(doc).stream().filter(w -> !extracted.contains(w)).distinct().toList();
        assertThat(missing).as("words of the document not in the PDF's text").isEmpty();
    }

    @Test
    void theValidatorFailsAPlainUntaggedPdf() throws Exception {
        java.io.ByteArrayOutputStream plain = new java.io.ByteArrayOutputStream();
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            pdf.save(plain);
        }
        assertThat(failedRules(plain.toByteArray(), PDFAFlavour.PDFUA_1)).isNotEmpty();
        assertThat(failedRules(plain.toByteArray(), PDFAFlavour.PDFA_2_A)).isNotEmpty();
    }

    @Test
    void theTuffaCaseTitleIsTuffaLetterByLetter() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(EXPORTER.render(ExportFixtures.handout(), ExportFormat.PDF))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Tuffa strukturbeslut").doesNotContain("\ufb00", "\ufb01", "\ufb02");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("sv-SE");
            assertThat(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(pdf.getDocumentCatalog().getDocumentOutline().children()).extracting(o -> o.getTitle())
                    .startsWith("Tankeassociation", "Caset");
        }
    }

    /** Latin and other presentation forms (U+FB00–U+FB4F: ﬀ, ﬁ, ﬂ …) and the private-use planes. */
    private static boolean presentationOrPrivate(int cp) {
        return (cp >= 0xFB00 && cp <= 0xFB4F) || (cp >= 0xE000 && cp <= 0xF8FF) || cp >= 0xF0000;
    }

    /** Every whitespace-separated word of the document's text, as it must come out of the PDF. */
    static List<String> words(ExportDocument doc) {
        List<String> words = new ArrayList<>();
        collect(doc.blocks(), words);
        return words.stream().filter(w -> !w.isEmpty()).toList();
    }

    private static void collect(List<Block> blocks, List<String> out) {
        for (Block b : blocks) {
            List<String> texts = new ArrayList<>();
            if (b instanceof Block.Heading h) {
                texts.add(h.text());
            } else if (b instanceof Block.Paragraph p) {
                texts.add(p.text());
            } else if (b instanceof Block.ItemList l) {
                l.items().forEach(i -> {
                    texts.add(i.text());
                    texts.add(i.meta());
                });
            } else if (b instanceof Block.Fields f) {
                f.fields().forEach(x -> {
                    texts.add(x.label());
                    texts.add(x.value());
                });
            } else if (b instanceof Block.Table t) {
                t.columns().forEach(c -> texts.add(c.title()));
                t.rows().forEach(texts::addAll);
            } else if (b instanceof Block.BarChart c) {
                texts.add(c.caption());
                collect(List.of(c.figures()), out);
            } else if (b instanceof Block.InLanguage part) {
                collect(part.blocks(), out);
            }
            for (String t : texts) {
                out.addAll(List.of(t.split("\\s+")));
            }
        }
    }

    /** veraPDF's failed rules, each once: "clause-test: description (context)". */
    static List<String> failedRules(byte[] pdf, PDFAFlavour flavour) throws Exception {
        try (VeraPDFFoundry foundry = Foundries.defaultInstance();
             PDFAParser parser = foundry.createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = foundry.createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            TreeMap<String, String> failed = new TreeMap<>();
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() == TestAssertion.Status.FAILED) {
                    failed.putIfAbsent(a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber(),
                            a.getMessage().replaceAll("\\s+", " ") + " (" + a.getLocation().getContext() + ")");
                }
            }
            List<String> out = new ArrayList<>();
            failed.forEach((rule, what) -> out.add(rule + ": " + what));
            if (out.isEmpty() && !result.isCompliant()) {
                out.add("not compliant, but no failed assertion was reported");
            }
            return out;
        }
    }
}
