package ru.mcu.perf;

import java.util.Arrays;

/** Latencies of one measured run, in nanoseconds, with the errors seen; thread-safe. */
final class Latencies {

    private long[] values = new long[4096];
    private int count;
    private int errors;
    private final long startedAt = System.nanoTime();
    private long finishedAt;

    synchronized void add(long nanos) {
        if (count == values.length) {
            values = Arrays.copyOf(values, count * 2);
        }
        values[count++] = nanos;
    }

    synchronized void error() {
        errors++;
    }

    synchronized void finish() {
        finishedAt = System.nanoTime();
    }

    synchronized int count() {
        return count;
    }

    synchronized int errors() {
        return errors;
    }

    /** Successful operations per second over the run. */
    synchronized double rate() {
        long end = finishedAt == 0 ? System.nanoTime() : finishedAt;
        return count / ((end - startedAt) / 1e9);
    }

    /** The latency under which {@code percent} of the operations finished, in milliseconds. */
    synchronized double percentile(double percent) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * count) - 1;
        return sorted[Math.max(0, Math.min(count - 1, index))] / 1e6;
    }

    /** {@code 123.4/s  p50 12.3 ms  p95 … p99 … max …  (n, errors)} */
    String summary() {
        return String.format("%7.1f/s   p50 %6.1f ms   p95 %6.1f ms   p99 %6.1f ms   max %7.1f ms   (%,d ok, %d errors)",
                rate(), percentile(50), percentile(95), percentile(99), percentile(100), count(), errors());
    }
}
