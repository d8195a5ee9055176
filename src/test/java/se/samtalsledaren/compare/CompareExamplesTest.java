package se.samtalsledaren.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import se.samtalsledaren.compare.Comparison.Kind;
import se.samtalsledaren.export.Block;
import se.samtalsledaren.export.ExportDocument;
import se.samtalsledaren.export.ExportFixtures;
import se.samtalsledaren.export.ExportFormat;
import se.samtalsledaren.export.Exporter;
import se.samtalsledaren.export.Labels;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.Role;
import se.samtalsledaren.store.SessionFormat;

/**
 * The three example groups on case 11 (examples/grupper): valid files in the app's own form, the
 * groupings suggested for them, and the comparison document in every format.
 */
class CompareExamplesTest {
    static final List<Path> GROUPS = List.of(Path.of("examples/grupper/grupp-1.json"), Path.of("examples/grupper/grupp-2.json"),
            Path.of("examples/grupper/grupp-3.json"));
    private static final Messages SV = new Messages(new Locale("sv"));

    static Comparison examples() throws Exception {
        SessionFormat format = new SessionFormat(SV);
        List<Comparison.Source> sources = new ArrayList<>();
        for (Path p : GROUPS) {
            sources.add(new Comparison.Source(p.toString(), format.read(p.toString(), Files.readAllBytes(p))));
        }
        return Comparison.of(sources, SV);
    }

    @Test
    void theExamplesAreWhatTheAppWrites() throws Exception {
        SessionFormat format = new SessionFormat(SV);
        for (Path p : GROUPS) {
            byte[] bytes = Files.readAllBytes(p);
            assertThat(new String(format.write(format.read(p.toString(), bytes)), StandardCharsets.UTF_8))
                    .as(p + " (made by tools/make_group_sessions.py)").isEqualTo(new String(bytes, StandardCharsets.UTF_8));
        }
    }

    @Test
    void theGroupsDifferAsDescribed() throws Exception {
        Comparison c = examples();
        assertThat(c.groups()).extracting(Comparison.Group::detail).containsExactly("Anna Bergström", "Johan Lundgren", "Maria Sjöberg");
        // Group 1: led by its politicians, step 5 got its time; group 2: officials talk most, step 5 cut short.
        assertThat(c.groups().get(0).airtime().politiciansPerOfficial().getAsDouble()).isGreaterThan(1.2);
        assertThat(c.groups().get(1).airtime().politiciansPerOfficial().getAsDouble()).isLessThan(0.8);
        assertThat(c.groups()).extracting(g -> g.times().step5()).containsExactly(StepTimes.Step5.GOT_ITS_TIME,
                StepTimes.Step5.SHORT, StepTimes.Step5.GOT_ITS_TIME);
        assertThat(c.groups().get(1).people(Role.ANNAN)).isEqualTo(1);
        assertThat(c.groups().get(2).times().plannedTotal()).isEqualTo(120);
    }

    @Test
    void sharedProblemsAndSolutionsAreSuggested() throws Exception {
        Comparison c = examples();
        List<List<String>> problems = shared(c, Kind.PROBLEMS);
        assertThat(problems).containsExactly(
                List.of("1: Förvaltningen började ställa om organisationen innan KF hade fattat beslut.",
                        "2: Organisationen ställdes om innan det politiska beslutet var fattat, så förvaltningen hamnade i skottlinjen.",
                        "3: Förvaltningen förberedde genomförandet innan det politiska beslutet var fattat."),
                List.of("1: Beslutet var inte förankrat i majoriteten – partierna som svängde hade aldrig gjort inriktningen till sin egen.",
                        "3: Majoriteten stod inte enad bakom inriktningen, och förankringen i partierna var för svag."),
                List.of("1: Förslaget blev känt för invånarna innan kompensationen till orterna var klar.",
                        "2: Orterna fick inget besked om kompensation när förslaget spreds."));
        List<List<String>> solutions = shared(c, Kind.SOLUTIONS);
        assertThat(solutions.get(0)).containsExactly("1: Dialogmöten på båda orterna med förtroendevalda från flera partier",
                "2: Öppna dialogmöten i orterna innan KF beslutar", "3: Dialogmöten i de två orterna om framtidens skola och fritid");
        assertThat(solutions).hasSize(5).contains(
                List.of("1: Kompensationspaket per ort innan KF beslutar: skolskjuts och längre öppettider i idrottshallen",
                        "2: Kompensation till båda orterna: skolskjuts, fritidsgård och längre öppettider i idrottshallen"),
                List.of("2: Pausa omställningen av organisationen tills KF har fattat beslut",
                        "3: Vänta med omställningen tills KF har fattat beslut"));
    }

    private static List<List<String>> shared(Comparison c, Kind kind) {
        return c.grouping(kind).shared().stream().map(cl -> cl.members().stream()
                .map(r -> (r.group() + 1) + ": " + c.text(kind, r)).toList()).toList();
    }

    @Test
    void theDocumentHasEveryPartAndRendersInEveryFormat() throws Exception {
        Comparison c = examples();
        ExportDocument doc = new ComparisonDocument(new Labels()).build(c);
        List<String> headings = doc.blocks().stream().filter(b -> b instanceof Block.Heading h && h.level() <= 2)
                .map(b -> ((Block.Heading) b).text()).toList();
        assertThat(headings).containsExactly("Jämförelse mellan grupperna", "Grupperna", "Problem som flera grupper nämnde (steg 2)",
                "Lösningar som flera grupper föreslog", "Steg för steg", "Steg 1: Analys och förståelse för situationen",
                "Steg 2: Vad är problemet?", "Steg 3: Tänkbara lösningar", "Steg 4: Prioritering av lösningar",
                "Steg 5: Konsekvenser av valda lösningar", "Avslutning och överenskommelser", "Tid per steg", "Talartid per roll");
        assertThat(doc.header().left()).isEqualTo("Case 11: Tuffa strukturbeslut slår olika");
        assertThat(doc.header().right()).isEqualTo("4 februari 2027");

        Exporter exporter = new Exporter();
        String md = new String(exporter.render(doc, ExportFormat.MARKDOWN), StandardCharsets.UTF_8);
        assertThat(md).contains("# Jämförelse mellan grupperna", "### L1 · 3 av 3 grupper",
                "Grupp 2: Johan Lundgren · plats 3 av 5 · kort sikt · 4 röster",
                "Tid i steget: 6:00 av 15 planerade minuter.",
                "|Grupp 2|20\u00a0(15)|14\u00a0(12)|26\u00a0(23)|12\u00a0(13)|6\u00a0(15)|91\u00a0(95)|Nej, för kort|");
        // The step-4 lists are numbered in the groups' priority order and tag shared solutions.
        assertThat(md).contains("1. Pausa omställningen av organisationen tills KF har fattat beslut");
        Path folder = ExportFixtures.inspectionFolder();
        for (ExportFormat f : ExportFormat.values()) {
            byte[] bytes = exporter.render(doc, f);
            Files.write(folder.resolve("jamforelse." + f.extension()), bytes);
            assertThat(bytes.length).as(f.name()).isGreaterThan(2000);
        }
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(folder.resolve("jamforelse.pdf")))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Jämförelse mellan grupperna", "Grupp 3: Maria Sjöberg", "Sida 1 av " + pdf.getNumberOfPages(),
                    "Förtroendevalda per person");
        }
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(Files.readAllBytes(folder.resolve("jamforelse.docx"))))) {
            assertThat(docx.getParagraphs().get(0).getText()).isEqualTo("Jämförelse mellan grupperna");
            assertThat(docx.getTables()).as("facts, groups, times, airtime").hasSize(4);
            assertThat(docx.getCharts()).hasSize(1);
        }
        assertThat(c.step(Phase.STEP_5).columns().get(1).entries()).hasSize(3);
    }
}
