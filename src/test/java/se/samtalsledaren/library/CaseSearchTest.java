package se.samtalsledaren.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.model.Dimension;

class CaseSearchTest {
    private static final Messages MESSAGES = new Messages(Locale.ENGLISH);
    private static final CaseLibrary LIBRARY = new CaseLibraryLoader(new CaseFormat(MESSAGES), MESSAGES).load(List.of());
    private final CaseSearch search = new CaseSearch(LIBRARY.entries());

    private List<Integer> numbers(CaseSearch.Query q) {
        return search.find(q).stream().map(e -> e.value().number()).toList();
    }

    @Test
    void emptyQueryFindsEverything() {
        assertThat(numbers(CaseSearch.Query.text(""))).hasSize(13);
        assertThat(numbers(CaseSearch.Query.text("   "))).hasSize(13);
    }

    @Test
    void flygplatsFindsCase3() {
        assertThat(numbers(CaseSearch.Query.text("flygplats"))).containsExactly(3);
    }

    @Test
    void ignoresCaseAndDiacritics() {
        assertThat(numbers(CaseSearch.Query.text("MYNDIGHETSUTOVNING"))).containsExactly(4);
        assertThat(numbers(CaseSearch.Query.text("myndighetsutövning"))).containsExactly(4);
        assertThat(CaseSearch.normalise("Övning Å Ä")).isEqualTo("ovning a a");
    }

    @Test
    void everyWordMustOccur() {
        List<Integer> stadion = numbers(CaseSearch.Query.text("stadion"));
        assertThat(stadion).contains(9);
        assertThat(numbers(CaseSearch.Query.text("stadion flygplats"))).isEmpty();
    }

    @Test
    void searchesQuestionsToo() {
        // Only a question of case 12 speaks of "hårdhudade politiker".
        assertThat(numbers(CaseSearch.Query.text("hårdhudade"))).containsExactly(12);
    }

    @Test
    void filtersByThemeAndDimension() {
        List<Integer> byTheme = numbers(new CaseSearch.Query("", Optional.of("Myndighetsutövning"), Optional.empty()));
        assertThat(byTheme).containsExactly(4);
        List<Integer> values = numbers(new CaseSearch.Query("", Optional.empty(), Optional.of(Dimension.VARDERINGAR)));
        assertThat(values).isNotEmpty().doesNotContain(7, 9, 10);
        List<Integer> both = numbers(new CaseSearch.Query("kommun", Optional.of("Samverkan"), Optional.of(Dimension.STRUKTUR)));
        assertThat(both).isNotEmpty().allMatch(n -> LIBRARY.entries().get(n - 1).value().themes().contains("Samverkan"));
    }

    @Test
    void matchesHelperUsesTheSameRules() {
        assertThat(CaseSearch.matches("En Övning i ledarskap", "ovning LEDARSKAP")).isTrue();
        assertThat(CaseSearch.matches("En övning", "ovning budget")).isFalse();
    }

    @Test
    void fastNormaliseAgreesWithTheDefinition() {
        LIBRARY.entries().forEach(e -> e.value().texts().forEach(t ->
                assertThat(CaseSearch.normalise(t)).isEqualTo(CaseSearch.normaliseSlowly(t))));
        for (String t : List.of("", " ", "\t\n  x \r\n", "e\u0301 \u0301 \u0301", " \u0308 ", "İstanbul ÅSA Ǆ ǅ", "Ⅻ ﬁ Ω Straße",
                "\u00a0nbsp\u2003em", "😀 a\u0308\u0323 \ud835\udc00", "Ёлка ЁЛКА", "日本語 テスト", "ȺȾ ɐ")) {
            assertThat(CaseSearch.normalise(t)).as(t).isEqualTo(CaseSearch.normaliseSlowly(t));
        }
        // Deterministic random strings over ASCII, Latin, marks, spaces and other scripts.
        String alphabet = "aZ09 \t\n.,åäöÅÄÖéÉüÜçñßøæœ\u0300\u0301\u0308\u0323\u00a0ΩωЖж中\u2028İıǅȺ";
        java.util.Random random = new java.util.Random(42);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String t = sb.toString();
            assertThat(CaseSearch.normalise(t)).as(t).isEqualTo(CaseSearch.normaliseSlowly(t));
        }
    }
}
