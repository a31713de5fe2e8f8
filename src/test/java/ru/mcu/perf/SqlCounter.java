package ru.mcu.perf;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * SQL statements executed and rows written in one database between {@link #start()} and
 * {@link #perOperation(long)}, split into the engine's ({@code act_*} tables) and the
 * application's, from PostgreSQL's own counters: {@code pg_stat_statements} (loaded by the
 * embedded server) for statements, {@code pg_stat_user_tables} for rows. Everything the
 * database did in the window counts, the job executor's and the outbox worker's work included:
 * that is what an operation costs.
 */
final class SqlCounter {

    private final JdbcTemplate sql;
    private Map<String, long[]> statementsBefore = Map.of();
    private Map<String, long[]> tablesBefore = Map.of();

    SqlCounter(DataSource database) {
        this.sql = new JdbcTemplate(database);
        sql.execute("create extension if not exists pg_stat_statements");
    }

    void start() {
        statementsBefore = statements();
        tablesBefore = tables();
    }

    /**
     * {@code SQL per op: engine 31 statements (14 writes), application 22 (9 writes); rows
     * written: engine 15, application 6; most rows: act_hi_varinst 5.0, ...}
     */
    String perOperation(long operations) {
        if (operations == 0) {
            return "";
        }
        // a backend reports its table counters at most once a second: the last second's rows of
        // the window may be missing from a read right after it, a few per thousand of a 20 s round
        Map<String, long[]> statements = statements();
        long[] engine = new long[2];
        long[] application = new long[2];
        statements.forEach((query, counts) -> {
            long calls = counts[0] - statementsBefore.getOrDefault(query, new long[2])[0];
            if (calls <= 0 || query.startsWith("-") || isBookkeeping(query)) {
                return;
            }
            long[] side = query.contains("act_") ? engine : application;
            side[0] += calls;
            if (isWrite(query)) {
                side[1] += calls;
            }
        });
        Map<String, Long> rows = new HashMap<>();
        tables().forEach((table, counts) -> {
            long[] before = tablesBefore.getOrDefault(table, new long[1]);
            long written = counts[0] - before[0];
            if (written > 0) {
                rows.put(table, written);
            }
        });
        long engineRows = rows.entrySet().stream().filter(e -> e.getKey().startsWith("act_")).mapToLong(Map.Entry::getValue).sum();
        long applicationRows = rows.values().stream().mapToLong(Long::longValue).sum() - engineRows;
        String top = rows.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8)
                .map(e -> String.format(Locale.ROOT, "%s %.1f", e.getKey(), (double) e.getValue() / operations))
                .collect(Collectors.joining(", "));
        return String.format(Locale.ROOT,
                "SQL per op: engine %.1f statements (%.1f writes), application %.1f (%.1f writes); rows written: engine %.1f, application %.1f; most rows: %s",
                (double) engine[0] / operations, (double) engine[1] / operations,
                (double) application[0] / operations, (double) application[1] / operations,
                (double) engineRows / operations, (double) applicationRows / operations, top);
    }

    /**
     * The {@code n} statements executed most often since {@link #start()}, per operation, each
     * shortened to its first 110 characters: where the counts above come from.
     */
    String mostFrequent(int n, long operations) {
        return top(n, 0, delta -> String.format(Locale.ROOT, "%6.2f x", (double) delta / operations), operations);
    }

    /**
     * The {@code n} statements that took the server's time since {@link #start()}, with their
     * milliseconds per operation: where the database's share of an operation goes.
     */
    String mostCostly(int n, long operations) {
        return top(n, 2, micros -> String.format(Locale.ROOT, "%6.3f ms x", micros / 1e3 / operations), operations);
    }

    /** The {@code n} statements whose counter {@code column} grew most since {@link #start()}, a line each. */
    private String top(int n, int column, java.util.function.LongFunction<String> amount, long operations) {
        if (operations == 0) {
            return "";
        }
        return statements().entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue()[column] - statementsBefore.getOrDefault(e.getKey(), new long[3])[column]))
                .filter(e -> e.getValue() > 0 && !isBookkeeping(e.getKey()))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(n)
                .map(e -> amount.apply(e.getValue()) + " " + shortened(e.getKey()))
                .collect(Collectors.joining("\n"));
    }

    private static String shortened(String query) {
        String oneLine = query.replaceAll("\\s+", " ");
        return oneLine.substring(0, Math.min(110, oneLine.length()));
    }

    private static boolean isWrite(String query) {
        return query.startsWith("insert") || query.startsWith("update") || query.startsWith("delete");
    }

    /** The driver's and the pool's own statements, and this counter's. */
    private static boolean isBookkeeping(String query) {
        return query.startsWith("begin") || query.startsWith("commit") || query.startsWith("rollback") || query.startsWith("set ")
                || query.startsWith("show ") || query.contains("pg_stat_") || query.startsWith("select $1") || query.isEmpty();
    }

    private Map<String, long[]> statements() {
        List<Map<String, Object>> found = sql.queryForList(
                "select query, calls, rows, total_exec_time from pg_stat_statements where dbid = (select oid from pg_database where datname = current_database())");
        Map<String, long[]> byQuery = new HashMap<>();
        for (Map<String, Object> row : found) {
            String query = ((String) row.get("query")).trim().toLowerCase(Locale.ROOT);
            long[] counts = byQuery.computeIfAbsent(query, q -> new long[3]);
            counts[0] += ((Number) row.get("calls")).longValue();
            counts[1] += ((Number) row.get("rows")).longValue();
            counts[2] += Math.round(((Number) row.get("total_exec_time")).doubleValue() * 1000);
        }
        return byQuery;
    }

    private Map<String, long[]> tables() {
        Map<String, long[]> byTable = new HashMap<>();
        sql.query("select relname, n_tup_ins + n_tup_upd + n_tup_del as written from pg_stat_user_tables",
                rs -> {
                    byTable.put(rs.getString(1).toLowerCase(Locale.ROOT), new long[] {rs.getLong(2)});
                });
        return byTable;
    }
}
