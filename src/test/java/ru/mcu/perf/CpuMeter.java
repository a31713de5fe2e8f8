package ru.mcu.perf;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time used by this JVM and by a PostgreSQL server (its postmaster and every backend), read
 * from {@code /proc}: on a shared machine the CPU an operation costs is steadier than its rate.
 */
final class CpuMeter {

    private static final double TICKS = 100.0;

    private final long postmaster;
    private double jvmStart;
    private double dbStart;

    /** Meters the server whose data directory is {@code dataDir} (its {@code postmaster.pid}). */
    CpuMeter(Path dataDir) {
        long pid = -1;
        try {
            pid = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
        } catch (IOException | RuntimeException e) {
            // not on Linux or not readable: the figures are left out
        }
        this.postmaster = pid;
    }

    void start() {
        jvmStart = jvmSeconds();
        dbStart = dbSeconds();
    }

    /** {@code JVM x ms + PostgreSQL y ms of CPU per operation} since {@link #start()}. */
    String perOperation(int operations) {
        if (operations == 0) {
            return "";
        }
        double jvm = (jvmSeconds() - jvmStart) * 1000 / operations;
        double db = (dbSeconds() - dbStart) * 1000 / operations;
        return postmaster < 0 ? String.format("CPU per op: JVM %.1f ms", jvm)
                : String.format("CPU per op: JVM %.1f ms + PostgreSQL %.1f ms", jvm, db);
    }

    private static double jvmSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }

    private double dbSeconds() {
        if (postmaster < 0) {
            return 0;
        }
        // the postmaster's own CPU and that of its backends that have exited (cutime, cstime),
        // plus that of the backends alive now
        String[] own = stat(Path.of("/proc", Long.toString(postmaster), "stat"));
        double total = own == null ? 0 : Double.parseDouble(own[11]) + Double.parseDouble(own[12])
                + Double.parseDouble(own[13]) + Double.parseDouble(own[14]);
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            total += processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .mapToDouble(p -> parentOf(p) == postmaster ? ticks(Long.parseLong(p.getFileName().toString())) : 0)
                    .sum();
        } catch (IOException e) {
            return 0;
        }
        return total / TICKS;
    }

    private static long parentOf(Path process) {
        String[] stat = stat(process.resolve("stat"));
        return stat == null ? -1 : Long.parseLong(stat[1]);
    }

    private static double ticks(long pid) {
        String[] stat = stat(Path.of("/proc", Long.toString(pid), "stat"));
        return stat == null ? 0 : Double.parseDouble(stat[11]) + Double.parseDouble(stat[12]);
    }

    /**
     * The fields of a stat file after the command name: [0] state, [1] ppid, [11] utime,
     * [12] stime, [13] cutime, [14] cstime (of waited-for children).
     */
    private static String[] stat(Path file) {
        try {
            String line = Files.readString(file);
            return line.substring(line.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The load average of the machine, as {@code uptime} shows it. */
    static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return "load average " + parts[0] + ", " + parts[1] + ", " + parts[2];
        } catch (IOException e) {
            return "load average unknown";
        }
    }
}
