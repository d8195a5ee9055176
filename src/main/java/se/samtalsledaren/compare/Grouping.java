package se.samtalsledaren.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Items of several groups (problems or solutions) sorted into clusters that say the same thing.
 * {@link #suggest} proposes clusters by word overlap; a facilitator corrects them with
 * {@link #merge}, {@link #detach} and {@link #split}. Immutable: every change gives a new
 * grouping. Clusters are kept in one order: those shared by the most groups first, then by where
 * their first item stands (the first group's items first, each group's in its own order).
 *
 * @param items    every item, in reading order
 * @param clusters every item in exactly one cluster
 */
public record Grouping(List<Ref> items, List<Cluster> clusters) {
    /** Texts at least this similar (weighted Jaccard of their stems) are suggested as one cluster. */
    public static final double SUGGESTION_THRESHOLD = 0.18;

    /** An item: the index of its group (session) in the comparison and its id in that session. */
    public record Ref(int group, String id) {
        public Ref {
            Objects.requireNonNull(id, "id");
        }
    }

    /** An item with its text, as given to {@link #suggest}. */
    public record Item(Ref ref, String text) {
        public Item {
            Objects.requireNonNull(ref, "ref");
            Objects.requireNonNull(text, "text");
        }
    }

    /** Items said to be the same, in reading order. */
    public record Cluster(List<Ref> members) {
        public Cluster {
            members = List.copyOf(members);
            if (members.isEmpty()) {
                throw new IllegalArgumentException("a cluster has at least one item");
            }
        }

        /** How many different groups have an item in the cluster. */
        public int groups() {
            return (int) members.stream().map(Ref::group).distinct().count();
        }

        /** Whether at least two groups share it. */
        public boolean shared() {
            return groups() > 1;
        }

        public boolean contains(Ref ref) {
            return members.contains(ref);
        }
    }

    public Grouping {
        items = List.copyOf(items);
        clusters = List.copyOf(clusters);
        Set<Ref> seen = new HashSet<>();
        for (Cluster c : clusters) {
            for (Ref r : c.members()) {
                if (!seen.add(r)) {
                    throw new IllegalArgumentException("item " + r + " is in two clusters");
                }
            }
        }
        if (!seen.equals(new HashSet<>(items))) {
            throw new IllegalArgumentException("the clusters must hold every item exactly once");
        }
    }

    /** Every item alone. */
    public static Grouping singles(List<Ref> items) {
        return ordered(items, items.stream().map(r -> new Cluster(List.of(r))).toList());
    }

    /**
     * The suggested clusters: items of different groups whose texts are at least
     * {@code threshold} similar ({@link WordOverlap}) are joined, the most similar pairs first,
     * and a cluster never gets two items of one group (two points of one group are that
     * group's own distinction; a facilitator can still merge them by hand).
     */
    public static Grouping suggest(List<Item> items, double threshold) {
        WordOverlap words = new WordOverlap();
        List<WordOverlap.Terms> terms = new ArrayList<>(items.size());
        for (Item i : items) {
            terms.add(words.terms(i.text()));
        }
        double[] weights = WordOverlap.weights(terms);
        // Only pairs that share a stem can reach the threshold: find them through the stems
        // (postings as int arrays: this loop meets every candidate pair, over a million for 12 groups).
        int[] df = new int[weights.length];
        for (WordOverlap.Terms t : terms) {
            for (int id : t.ids()) {
                df[id]++;
            }
        }
        int[][] postings = new int[weights.length][];
        for (int id = 0; id < df.length; id++) {
            postings[id] = new int[df[id]];
        }
        int[] filled = new int[weights.length];
        int[] group = new int[items.size()];
        for (int i = 0; i < terms.size(); i++) {
            group[i] = items.get(i).ref().group();
            for (int id : terms.get(i).ids()) {
                postings[id][filled[id]++] = i;
            }
        }
        record Pair(int a, int b, double similarity) {}
        List<Pair> pairs = new ArrayList<>();
        int[] triedWith = new int[items.size()];
        java.util.Arrays.fill(triedWith, -1);
        for (int i = 0; i < items.size(); i++) {
            WordOverlap.Terms ti = terms.get(i);
            for (int id : ti.ids()) {
                for (int j : postings[id]) {
                    if (j <= i || triedWith[j] == i || group[i] == group[j]) {
                        continue;
                    }
                    triedWith[j] = i;
                    double s = WordOverlap.similarity(ti, terms.get(j), weights);
                    if (s >= threshold) {
                        pairs.add(new Pair(i, j, s));
                    }
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::similarity).reversed()
                .thenComparingInt(Pair::a).thenComparingInt(Pair::b));
        int[] root = new int[items.size()];
        List<Set<Integer>> groupsOf = new ArrayList<>();
        for (int i = 0; i < root.length; i++) {
            root[i] = i;
            groupsOf.add(new HashSet<>(Set.of(items.get(i).ref().group())));
        }
        for (Pair p : pairs) {
            int ra = find(root, p.a());
            int rb = find(root, p.b());
            if (ra == rb || groupsOf.get(ra).stream().anyMatch(groupsOf.get(rb)::contains)) {
                continue;
            }
            int keep = Math.min(ra, rb);
            int gone = Math.max(ra, rb);
            root[gone] = keep;
            groupsOf.get(keep).addAll(groupsOf.get(gone));
        }
        Map<Integer, List<Ref>> members = new java.util.LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            members.computeIfAbsent(find(root, i), k -> new ArrayList<>()).add(items.get(i).ref());
        }
        return ordered(items.stream().map(Item::ref).toList(), members.values().stream().map(Cluster::new).toList());
    }

    private static int find(int[] root, int i) {
        while (root[i] != i) {
            root[i] = root[root[i]];
            i = root[i];
        }
        return i;
    }

    /** The clusters shared by at least two groups, in this grouping's order. */
    public List<Cluster> shared() {
        return clusters.stream().filter(Cluster::shared).toList();
    }

    /** The index of the cluster holding {@code ref}, or -1 when it is not an item of this grouping. */
    public int clusterOf(Ref ref) {
        for (int i = 0; i < clusters.size(); i++) {
            if (clusters.get(i).contains(ref)) {
                return i;
            }
        }
        return -1;
    }

    /** The clusters at {@code a} and {@code b} made one. */
    public Grouping merge(int a, int b) {
        check(a);
        check(b);
        if (a == b) {
            return this;
        }
        List<Ref> joined = new ArrayList<>(clusters.get(a).members());
        joined.addAll(clusters.get(b).members());
        List<Cluster> next = new ArrayList<>();
        for (int i = 0; i < clusters.size(); i++) {
            if (i != a && i != b) {
                next.add(clusters.get(i));
            }
        }
        next.add(new Cluster(joined));
        return ordered(items, next);
    }

    /** {@code ref} taken out of its cluster to stand alone. */
    public Grouping detach(Ref ref) {
        int c = clusterOf(ref);
        if (c < 0) {
            throw new IllegalArgumentException("no item " + ref);
        }
        if (clusters.get(c).members().size() == 1) {
            return this;
        }
        List<Cluster> next = new ArrayList<>(clusters);
        next.set(c, new Cluster(clusters.get(c).members().stream().filter(r -> !r.equals(ref)).toList()));
        next.add(new Cluster(List.of(ref)));
        return ordered(items, next);
    }

    /** The cluster at {@code index} split into single items. */
    public Grouping split(int index) {
        check(index);
        List<Cluster> next = new ArrayList<>(clusters);
        next.remove(index);
        clusters.get(index).members().forEach(r -> next.add(new Cluster(List.of(r))));
        return ordered(items, next);
    }

    private void check(int index) {
        if (index < 0 || index >= clusters.size()) {
            throw new IllegalArgumentException("no cluster " + index + " of " + clusters.size());
        }
    }

    /** The clusters with their members in reading order, most shared first, then by first item. */
    private static Grouping ordered(List<Ref> items, List<Cluster> clusters) {
        Map<Ref, Integer> position = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            position.put(items.get(i), i);
        }
        Comparator<Ref> reading = Comparator.comparingInt(position::get);
        List<Cluster> sorted = new ArrayList<>();
        for (Cluster c : clusters) {
            sorted.add(new Cluster(c.members().stream().sorted(reading).toList()));
        }
        sorted.sort(Comparator.comparingInt(Cluster::groups).reversed()
                .thenComparingInt(c -> position.get(c.members().get(0))));
        return new Grouping(items, sorted);
    }
}
