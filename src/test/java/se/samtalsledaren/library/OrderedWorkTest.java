package se.samtalsledaren.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Jobs on several threads: results in the jobs' order whatever finishes first; failures surface. */
class OrderedWorkTest {

    @Test
    void resultsKeepTheJobOrderWhenTheFirstJobFinishesLast() {
        int count = 50;
        CountDownLatch othersDone = new CountDownLatch(count - 1);
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<Supplier<Integer>> jobs = new ArrayList<>();
        jobs.add(() -> {
            threads.add(Thread.currentThread().getName());
            try {
                // Job 0 finishes only after every other job: the other thread ran them all.
                assertThat(othersDone.await(30, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return 0;
        });
        for (int i = 1; i < count; i++) {
            int n = i;
            jobs.add(() -> {
                threads.add(Thread.currentThread().getName());
                othersDone.countDown();
                return n;
            });
        }

        List<Integer> results = new OrderedWork<>(jobs, 2, "test-worker").run();

        assertThat(results).containsExactlyElementsOf(IntStream.range(0, count).boxed().toList());
        assertThat(threads).hasSize(2).contains(Thread.currentThread().getName(), "test-worker-1");
    }

    @Test
    void oneThreadRunsEverythingOnTheCallerInOrder() {
        List<String> ran = new ArrayList<>();
        List<Supplier<String>> jobs = List.of("a", "b", "c").stream()
                .<Supplier<String>>map(s -> () -> {
                    ran.add(s + "@" + Thread.currentThread().getName());
                    return s.toUpperCase();
                }).toList();

        assertThat(new OrderedWork<>(jobs, 1, "unused").run()).containsExactly("A", "B", "C");
        String caller = Thread.currentThread().getName();
        assertThat(ran).containsExactly("a@" + caller, "b@" + caller, "c@" + caller);
    }

    @Test
    void noJobsGiveNoResults() {
        assertThat(new OrderedWork<String>(List.of(), 4, "unused").run()).isEmpty();
    }

    @Test
    void aFailingJobIsThrownAfterTheOthersStopped() {
        List<Supplier<String>> jobs = List.of(() -> "ok", () -> {
            throw new IllegalStateException("bug in a job");
        }, () -> "ok too");

        assertThatThrownBy(() -> new OrderedWork<>(jobs, 3, "test-worker").run())
                .isInstanceOf(IllegalStateException.class).hasMessage("bug in a job");
    }

    @Test
    void atLeastOneThread() {
        assertThatThrownBy(() -> new OrderedWork<String>(List.of(), 0, "x")).isInstanceOf(IllegalArgumentException.class);
    }
}
