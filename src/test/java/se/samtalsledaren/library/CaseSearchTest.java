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
}
