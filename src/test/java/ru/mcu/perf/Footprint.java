package ru.mcu.perf;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The memory this JVM holds: heap in use after a full collection, the heap's limit
 * ({@code -Xmx}), the non-heap in use (metaspace, code cache) and the resident set size the
 * kernel reports ({@code VmRSS} of {@code /proc/self/status}).
 */
record Footprint(long heapUsedAfterGc, long heapMax, long nonHeapUsed, long rss) {

    private static final double MIB = 1024.0 * 1024.0;

    /** Collects the garbage (twice: the first collection may only queue finalisable objects), then measures. */
    static Footprint measure() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        memory.gc();
        memory.gc();
        return new Footprint(memory.getHeapMemoryUsage().getUsed(), Runtime.getRuntime().maxMemory(),
                memory.getNonHeapMemoryUsage().getUsed(), residentSetSize());
    }

    /** The resident set size in bytes, or -1 where {@code /proc} is not there. */
    static long residentSetSize() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: left out
        }
        return -1;
    }

    @Override
    public String toString() {
        return String.format("heap used after GC %.0f MiB of max %.0f MiB (-Xmx), non-heap %.0f MiB, RSS %s",
                heapUsedAfterGc / MIB, heapMax / MIB, nonHeapUsed / MIB, rss < 0 ? "n/a" : String.format("%.0f MiB", rss / MIB));
    }
}
