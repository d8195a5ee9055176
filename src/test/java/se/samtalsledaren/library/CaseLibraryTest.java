package se.samtalsledaren.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import se.samtalsledaren.json.Messages;

/** The derived data of a library: made once, the same from any thread, equal to a fresh one. */
class CaseLibraryTest {
    private static final Messages MESSAGES = new Messages(new Locale("sv"));

    private static CaseLibrary bundled() {
        return new CaseLibraryLoader(new CaseFormat(MESSAGES), MESSAGES).load(List.of());
    }

    @Test
    void indexedWorksOutThemesAndSearchOnceAndReturnsTheSameLibrary() {
        CaseLibrary lib = bundled();
        assertThat(lib.indexed()).isSameAs(lib);
        assertThat(lib.search()).isSameAs(lib.search());
        assertThat(lib.themes()).isSameAs(lib.themes());
    }

    @Test
    void anIndexedLibrarySearchesAsAFreshIndexDoes() {
        CaseLibrary lib = bundled().indexed();
        CaseSearch fresh = new CaseSearch(lib.entries());
        for (String q : List.of("flygplats", "myndighetsutovning", "nära vård", "budget ordförande", "")) {
            assertThat(lib.search().find(CaseSearch.Query.text(q))).as(q)
                    .isEqualTo(fresh.find(CaseSearch.Query.text(q)));
        }
    }

    @Test
    void themesAreEveryCasesThemesOnceInSwedishOrder() {
        CaseLibrary lib = bundled();
        List<String> themes = lib.themes();
        assertThat(themes).doesNotHaveDuplicates().contains("Samverkan", "Ledarskap")
                .containsExactlyInAnyOrderElementsOf(lib.entries().stream()
                        .flatMap(e -> e.value().themes().stream()).distinct().toList())
                .isSortedAccordingTo(java.text.Collator.getInstance(new Locale("sv")));
    }

    @Test
    void aLibraryIndexedOnAnotherThreadIsReadyForTheNext() throws Exception {
        CaseLibrary lib = CompletableFuture.supplyAsync(() -> bundled().indexed()).get();
        CaseSearch made = lib.search();
        assertThat(lib.indexed().search()).isSameAs(made);
        assertThat(made.find(CaseSearch.Query.text("flygplats"))).extracting(e -> e.value().number()).containsExactly(3);
    }

    @Test
    void equalLibrariesAreEqualWhetherIndexedOrNot() {
        CaseLibrary a = bundled();
        CaseLibrary b = bundled().indexed();
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.toString()).isEqualTo("CaseLibrary[13 cases, 0 problems]");
    }
}
