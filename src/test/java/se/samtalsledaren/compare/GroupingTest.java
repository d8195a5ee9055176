package se.samtalsledaren.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samtalsledaren.compare.Grouping.Cluster;
import se.samtalsledaren.compare.Grouping.Item;
import se.samtalsledaren.compare.Grouping.Ref;

/** Word overlap and the grouping of similar items across groups: the suggestion and the corrections by hand. */
class GroupingTest {
    private static Item item(int group, String id, String text) {
        return new Item(new Ref(group, id), text);
    }

    private static List<List<String>> ids(Grouping g) {
        List<List<String>> out = new ArrayList<>();
        for (Cluster c : g.clusters()) {
            out.add(c.members().stream().map(r -> r.group() + ":" + r.id()).toList());
        }
        return out;
    }

    @Test
    void inflectedFormsAndStopWordsAreOneWord() {
        WordOverlap w = new WordOverlap();
        assertThat(w.terms("orterna")).isEqualTo(w.terms("orter")).isEqualTo(w.terms("ort"));
        assertThat(w.terms("Dialogmöten på orterna")).isEqualTo(w.terms("dialogmöte i orter"));
        assertThat(w.terms("och i på innan båda").isEmpty()).isTrue();
        assertThat(w.terms("KF, KS")).isEqualTo(w.terms("ks kf"));
    }

    @Test
    void similarityIsOneForTheSameStemsZeroForNoneAndRareWordsWeighMore() {
        WordOverlap w = new WordOverlap();
        var a = w.terms("pausa omställningen");
        var b = w.terms("omställningen pausas");
        var c = w.terms("lokalförsörjningsplan för kommunen");
        var common = w.terms("kommunen ishallen");
        var rare = w.terms("kommunen skolskjuts");
        var texts = List.of(a, b, c, common, rare, w.terms("kommunen"), w.terms("kommunens skola"));
        double[] weights = WordOverlap.weights(texts);
        assertThat(WordOverlap.similarity(a, b, weights)).isEqualTo(1.0);
        assertThat(WordOverlap.similarity(a, c, weights)).isZero();
        // "kommun" is in four texts, "skolskjuts" in one: sharing the rare word counts for more.
        assertThat(WordOverlap.similarity(w.terms("skolskjuts ishallen"), rare, weights))
                .isGreaterThan(WordOverlap.similarity(w.terms("kommunen ishallen"), rare, weights));
    }

    @Test
    void suggestsClustersAcrossGroupsByWordOverlap() {
        List<Item> items = List.of(
                item(0, "a1", "Dialogmöten på båda orterna"),
                item(0, "a2", "Kompensationspaket med skolskjuts till orterna"),
                item(0, "a3", "Ny rutin för förvaltningens förberedelser"),
                item(1, "b1", "Skolskjuts som kompensationspaket för orterna"),
                item(1, "b2", "Öppna dialogmöten i orterna"),
                item(2, "c1", "Ett dialogmöte i orten"),
                item(2, "c2", "Lokalförsörjningsplan för hela kommunen"));
        Grouping g = Grouping.suggest(items, Grouping.SUGGESTION_THRESHOLD);
        assertThat(ids(g)).containsExactly(
                List.of("0:a1", "1:b2", "2:c1"),   // three groups: first
                List.of("0:a2", "1:b1"),
                List.of("0:a3"),
                List.of("2:c2"));
        assertThat(g.shared()).hasSize(2);
        assertThat(g.clusters().get(0).groups()).isEqualTo(3);
        assertThat(g.clusterOf(new Ref(1, "b1"))).isEqualTo(1);
        assertThat(g.clusterOf(new Ref(9, "x"))).isEqualTo(-1);
    }

    @Test
    void neverSuggestsTwoItemsOfOneGroupTogether() {
        List<Item> items = List.of(
                item(0, "a1", "Pausa omställningen tills KF beslutar"),
                item(0, "a2", "Pausa omställningen tills KF beslutar"),
                item(1, "b1", "Pausa omställningen tills KF har beslutat"));
        Grouping g = Grouping.suggest(items, Grouping.SUGGESTION_THRESHOLD);
        assertThat(ids(g)).containsExactly(List.of("0:a1", "1:b1"), List.of("0:a2"));
    }

    @Test
    void nothingSharedWhenTheWordsDiffer() {
        Grouping g = Grouping.suggest(List.of(item(0, "a", "Pausa omställningen"), item(1, "b", "Dialogmöten i orterna"),
                item(1, "c", "")), Grouping.SUGGESTION_THRESHOLD);
        assertThat(g.shared()).isEmpty();
        assertThat(g.clusters()).hasSize(3);
    }

    @Test
    void aFacilitatorMergesDetachesAndSplits() {
        List<Item> items = List.of(item(0, "a1", "Dialogmöten i orterna"), item(0, "a2", "Kompensation till orterna"),
                item(1, "b1", "Dialogmöten på orterna"), item(1, "b2", "Tvärpolitisk beredning"), item(2, "c1", "Partiöverskridande grupp för strukturfrågor"));
        Grouping g = Grouping.suggest(items, Grouping.SUGGESTION_THRESHOLD);
        assertThat(ids(g)).containsExactly(List.of("0:a1", "1:b1"), List.of("0:a2"), List.of("1:b2"), List.of("2:c1"));

        // The two items on a cross-party body are the same idea in other words: merged, the cluster moves up among the shared.
        Grouping merged = g.merge(g.clusterOf(new Ref(1, "b2")), g.clusterOf(new Ref(2, "c1")));
        assertThat(ids(merged)).containsExactly(List.of("0:a1", "1:b1"), List.of("1:b2", "2:c1"), List.of("0:a2"));
        // Merging a cluster with one that already holds an item of the same group is allowed by hand.
        Grouping three = merged.merge(merged.clusterOf(new Ref(0, "a2")), merged.clusterOf(new Ref(0, "a1")));
        assertThat(ids(three)).containsExactly(List.of("0:a1", "0:a2", "1:b1"), List.of("1:b2", "2:c1"));
        assertThat(three.clusters().get(0).groups()).isEqualTo(2);

        Grouping detached = three.detach(new Ref(0, "a2"));
        assertThat(ids(detached)).isEqualTo(ids(merged));
        assertThat(detached.detach(new Ref(0, "a2"))).isEqualTo(detached);

        Grouping split = detached.split(0);
        assertThat(ids(split)).containsExactly(List.of("1:b2", "2:c1"), List.of("0:a1"), List.of("0:a2"), List.of("1:b1"));
        assertThat(split.merge(1, 1)).isEqualTo(split);
        assertThat(g).as("the original is unchanged").isEqualTo(Grouping.suggest(items, Grouping.SUGGESTION_THRESHOLD));
    }

    @Test
    void refusesWhatIsNotThere() {
        Grouping g = Grouping.singles(List.of(new Ref(0, "a"), new Ref(1, "b")));
        assertThatThrownBy(() -> g.merge(0, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> g.split(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> g.detach(new Ref(3, "c"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Grouping(List.of(new Ref(0, "a")), List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Grouping(List.of(new Ref(0, "a")),
                List.of(new Cluster(List.of(new Ref(0, "a"))), new Cluster(List.of(new Ref(0, "a"))))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
