package se.samtalsledaren.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.json.SchemaCheck;
import se.samtalsledaren.json.StrictJson;
import se.samtalsledaren.model.BlockType;
import se.samtalsledaren.model.Case;
import se.samtalsledaren.model.NarrativeBlock;

/**
 * The thirteen bundled SKR cases: all load, validate against the schema, have the report's
 * question counts and contain sentences taken verbatim from the report (PDF artefacts repaired).
 * The full-text fidelity check against the report itself is tools/verify_cases.py.
 */
class BundledCasesTest {
    private static final Messages MESSAGES = new Messages(Locale.ENGLISH);
    private static final CaseLibrary LIBRARY = new CaseLibraryLoader(new CaseFormat(MESSAGES), MESSAGES).load(List.of());

    @Test
    void allThirteenLoadWithoutProblems() {
        assertThat(LIBRARY.problems()).isEmpty();
        assertThat(LIBRARY.entries()).hasSize(13);
        assertThat(LIBRARY.entries()).allMatch(LibraryEntry::readOnly).allMatch(LibraryEntry::bundled);
        assertThat(LIBRARY.entries().stream().map(e -> e.value().number()))
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
    }

    @Test
    void questionCountsMatchTheReport() {
        assertThat(LIBRARY.entries().stream().map(e -> e.value().questions().size()))
                .containsExactly(5, 5, 4, 5, 3, 4, 7, 3, 3, 5, 5, 4, 4);
    }

    @Test
    void everyQuestionHasADiscussionStepAndEveryStepIsCoveredSomewhere() {
        List<Integer> steps = LIBRARY.entries().stream()
                .flatMap(e -> e.value().questions().stream()).map(q -> q.step()).distinct().sorted().toList();
        assertThat(steps).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void titlesAreTheReportsTitles() {
        assertThat(title(1)).isEqualTo("Omtag i visionsarbetet");
        assertThat(title(2)).isEqualTo("Organisation och införande av Nära vård");
        assertThat(title(6)).isEqualTo("Helheten och delarna i organisationen");
        assertThat(title(12)).isEqualTo("Social media blåser till storm");
    }

    static Stream<Arguments> sentences() {
        return Stream.of(
                Arguments.of(1, List.of(
                        "De flesta organisationer har en övergripande framtidsambition rörande var organisationen vill vara och vad organisationen vill uppfattas som.",
                        "De andra partierna har inte samma önskan, utan ser helst att visionen tas fram av en begränsad skara politiker och ledande tjänstepersoner.",
                        "Hur kan arbetet följas upp?")),
                Arguments.of(2, List.of(
                        "Att det är svårt att samverka har många fått erfara.",
                        "Utifrån dessa profilkartor arbetar man också mycket med jämlik hälsa och förebyggande vård.",
                        "Hur kan en lämplig strategi utformas för att förverkliga Nära vård?")),
                Arguments.of(3, List.of(
                        "Hur följsam kan förvaltningen vara gentemot politiska prioriteringar om de uppfattas strida mot professionella bedömningar?",
                        "När stormen äntligen la sig så skulle kommunen ta ett större ansvar för flygplatsen genom en konstruktion som involverade de kommunala bolagen (inget av mina förslag).",
                        "Hur ska konsekvenserna av besluten hanteras och hur ska det fördelas?")),
                Arguments.of(4, List.of(
                        "Denna kommun brottas med flera men sammanhängande utmaningar.",
                        "KSO vill ha snabb ärendehantering, medan exploateringschefen känner sig klämd mellan en otålig styrande politiker och de gängse lagar och förordningar, regler och rutiner som måste följas.",
                        "Kan det dyka upp situationer där vi kringgår lagar och förordningar eller har vi gjort det tidigare?")),
                Arguments.of(5, List.of(
                        "På frågorna vad som kännetecknar en tillitsfull arbetsrelation och hur den skapas finns inga enkla svar.",
                        "Egentligen är det ju bra att ledningsgruppen träffas informellt för att kunna prata lite mer fritt om saker och lära känna varandra lite bortom profession och arbetsfördelningar.",
                        "Var går gränserna som du ser det? Är det ok med träning och bad? Är det viktigt hur många som är med? Spelar det någon roll vem som äger stugan?")),
                Arguments.of(6, List.of(
                        "Vad som sitter i väggarna på kommunkontoret är svårt att ta på.",
                        "Den stora byggentreprenören i bygden har vid upprepade tillfällen träffat stadsbyggnadsnämndens ordförande inofficiellt, utan protokoll som visar vad som diskuterats, men med besvärande anekdoter i korridorerna.",
                        "Har du förslag på hur helhetsansvaret skall fördelas?")),
                Arguments.of(7, List.of(
                        "Det finns utvecklade system för styrning i alla kommuner och regioner, men ändå förefaller saker hamna mellan stolarna.",
                        "Kommunen hade under de senaste tio åren vuxit kraftigt, något som medfört att stora investeringar gjorts i nya skolor, nya hamnanläggningar, stora idrottsanläggningar och, eftersom kommunen är en populär semesterort, olika typer av turistaktiviteter.",
                        "Hur hade en aktiv koncernstyrning kunnat påverkat situationen?")),
                Arguments.of(8, List.of(
                        "Att styra en kommun kan inte bara göras genom budget och delegation.",
                        "Kommunchefen var väl medveten om att hen tog över en organisation som var hårt strukturerad.",
                        "Hur hade du formulerat problemet och vilken lösning hade du arbetat för?")),
                Arguments.of(9, List.of(
                        "När stora händelser sker i kommunen är ofta den kommunala organisationen berörd på ett eller annat sätt, ofta i samspel med andra intressenter av olika slag Hur kan den kommunala organisationen organisera en effektiv relation till externa parter i kritiska situationer när det är avgörande med snabb med välkoordinerad process?",
                        "I flera kommunala förvaltningar väcker situationen också många frågetecken då det är många verksamheter som nyttjar anläggningen, precis som en mängd andra föreningar.",
                        "Hur kan man ta sig ur den situation som uppstått?")),
                Arguments.of(10, List.of(
                        "Förverkligandet av politik är inte bara inriktad mot eller inom den egna organisationen.",
                        "I lite olika konstellationer delar de tre kommunerna också på olika specialisttjänster och service inom till exempel VA, juridik och arkivfunktioner.",
                        "Hur fördelas ansvaret mellan politiken och förvaltningen?")),
                Arguments.of(11, List.of(
                        "Kommuner och regioner verkar inom ett geografiskt territorium vars gränser har förändrats genom ett flertal regionala och kommunala reformer.",
                        "För kommunen har detta inneburit att om de inte haft möjlighet att erbjuda en service i alla orter samtidigt, så har ingen fått den.",
                        "Vilka andra intressenter kan vara berörda av kommunala omstruktureringar av verksamheten?")),
                Arguments.of(12, List.of(
                        "Alla organisationer behöver förhålla sig till olika åsikter och synpunkter från organisationens intressenter.",
                        "KSO sitter på sitt rum i kommunhuset och tittar ut genom fönstret.",
                        "Vilka för- och nackdelar finns det med hårdhudade politiker?")),
                Arguments.of(13, List.of(
                        "Individer som kommer in i nya organisatoriska sammanhang bär alltid med sig värderingar och normer från tidigare erfarenheter.",
                        "Den nuvarande politiska ledningen hade gått till val på att de skulle genomdriva förändringar som medförde besparingar och lite överraskande efter många års av annat politiskt styre hade de fått väljarnas förtroende att göra det.",
                        "Hur kan en framtida strategi se ut?")));
    }

    @ParameterizedTest(name = "case {0}")
    @MethodSource("sentences")
    void containsSentencesFromTheReportVerbatim(int number, List<String> sentences) {
        Case c = byNumber(number);
        String all = String.join("\n", c.texts().toList());
        for (String sentence : sentences) {
            assertThat(all).as("case %d", number).contains(sentence);
        }
    }

    @Test
    void textsCarryNoPdfArtefacts() {
        for (LibraryEntry e : LIBRARY.entries()) {
            for (String t : e.value().texts().toList()) {
                assertThat(t).as(e.file()).doesNotContain("  ", "\t", "Kapitel 4.", "> ");
                assertThat(t).as(e.file()).isEqualTo(t.strip());
            }
        }
    }

    @Test
    void dialogueBlocksOpenWithADash() {
        Case first = byNumber(1);
        List<NarrativeBlock> dialogue = first.narrative().stream().filter(b -> b.type() == BlockType.DIALOGUE).toList();
        assertThat(dialogue).isNotEmpty().allMatch(b -> b.text().startsWith("–"));
        assertThat(first.narrative()).contains(new NarrativeBlock(BlockType.SUBHEADING, "Befintlig vision"));
    }

    @Test
    void relatedCasesAndCommentaryAreResolvable() {
        for (LibraryEntry e : LIBRARY.entries()) {
            assertThat(e.value().commentary()).as(e.file()).isNotEmpty();
            for (String id : e.value().relatedCases()) {
                assertThat(LIBRARY.byId(id)).as(e.file() + " -> " + id).isPresent();
                assertThat(id).isNotEqualTo(e.value().id());
            }
            assertThat(e.value().source().publisher()).contains("SKR");
        }
    }

    @Test
    void everyBundledFileValidatesAgainstTheSchema() throws Exception {
        SchemaCheck schema = new SchemaCheck(CaseFormat.SCHEMA_RESOURCE, MESSAGES);
        StrictJson json = new StrictJson(StrictJson.Limits.CASE_FILE, MESSAGES);
        for (String name : CaseLibraryLoader.bundledFileNames()) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(CaseLibraryLoader.BUNDLED_FOLDER + name)) {
                assertThat(schema.check(name, json.readObject(name, in.readAllBytes()))).as(name).isEmpty();
            }
        }
    }

    /** The start reads the bundled files without the schema check above: it must give the same cases. */
    @Test
    void theLibraryGivesEveryBundledFileAsTheFullCheckReadsIt() throws Exception {
        CaseFormat format = new CaseFormat(MESSAGES);
        for (String name : CaseLibraryLoader.bundledFileNames()) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(CaseLibraryLoader.BUNDLED_FOLDER + name)) {
                Case checked = format.read(name, in.readAllBytes());
                assertThat(LIBRARY.entries()).filteredOn(e -> e.file().equals(name)).singleElement()
                        .satisfies(e -> assertThat(e.value()).as(name).isEqualTo(checked));
            }
        }
    }

    @Test
    void indexListsExactlyTheCaseFilesInTheCasesFolder() throws IOException {
        List<String> onDisk;
        try (Stream<Path> files = Files.list(Path.of("cases"))) {
            onDisk = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json") && !n.equals("schema.json")).sorted().toList();
        }
        assertThat(CaseLibraryLoader.bundledFileNames()).containsExactlyElementsOf(onDisk);
    }

    @Test
    void writingAndReadingACaseGivesItBack() throws Exception {
        CaseFormat format = new CaseFormat(MESSAGES);
        for (LibraryEntry e : LIBRARY.entries()) {
            byte[] written = format.write(e.value());
            assertThat(format.read(e.file(), written)).isEqualTo(e.value());
            // The writer produces the bundled files byte for byte, so a case saved by the app diffs cleanly.
            assertThat(new String(written, java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo(Files.readString(Path.of("cases", e.file())));
        }
    }

    private static Case byNumber(int n) {
        return LIBRARY.entries().stream().map(LibraryEntry::value).filter(c -> c.number() == n).findFirst().orElseThrow();
    }

    private static String title(int n) {
        return byNumber(n).title();
    }
}
