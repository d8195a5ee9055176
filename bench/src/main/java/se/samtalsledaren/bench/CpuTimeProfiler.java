package se.samtalsledaren.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time per operation, in milliseconds: {@code cpu.worker} of the benchmark's own threads (the
 * work itself; what a single-threaded operation would take on an idle core, collector pauses of
 * the serial collector aside), {@code cpu.process} of the whole JVM (with the collector's and the
 * JIT compiler's threads). On a machine shared with other work the wall-clock score grows with the
 * load while these stay close to what the operation costs. Use with {@code -prof
 * se.samtalsledaren.bench.CpuTimeProfiler}.
 */
public final class CpuTimeProfiler implements InternalProfiler {
    private final OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private long start;
    private long workersStart;

    @Override
    public String getDescription() {
        return "process CPU time per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        start = os.getProcessCpuTime();
        workersStart = workerCpu();
    }

    /** CPU time of JMH's worker threads, which run the benchmark method. */
    private long workerCpu() {
        long sum = 0;
        for (ThreadInfo t : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (t != null && t.getThreadName().contains("jmh-worker")) {
                long cpu = threads.getThreadCpuTime(t.getThreadId());
                sum += Math.max(0, cpu);
            }
        }
        return sum;
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                       IterationResult result) {
        long cpu = os.getProcessCpuTime() - start;
        long workers = workerCpu() - workersStart;
        long ops = result.getMetadata().getAllOps();
        return List.of(new ScalarResult("cpu.worker", perOp(workers, ops), "ms/op", AggregationPolicy.AVG),
                new ScalarResult("cpu.process", perOp(cpu, ops), "ms/op", AggregationPolicy.AVG));
    }

    private static double perOp(long nanos, long ops) {
        return ops == 0 ? Double.NaN : nanos / 1e6 / ops;
    }
}
