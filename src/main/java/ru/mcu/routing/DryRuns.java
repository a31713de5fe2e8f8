package ru.mcu.routing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.springframework.stereotype.Component;
import ru.mcu.directory.Department;
import ru.mcu.directory.Directory;
import ru.mcu.platform.time.LocalZone;
import ru.mcu.routing.DryRunReport.CaseRef;
import ru.mcu.routing.DryRunReport.DepartmentDelta;
import ru.mcu.routing.DryRunReport.RuleStat;
import ru.mcu.workflow.decision.DecisionTables;

/**
 * Tries a candidate routing table on the past cases of a period: evaluates it and the live
 * table on the inputs each case had when it was routed and reports the differences
 * ({@link DryRunReport}). Reads only; whether the candidate goes live is the manager's decision.
 */
@Component
class DryRuns {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final PastCases pastCases;
    private final Directory directory;

    DryRuns(PastCases pastCases, Directory directory) {
        this.pastCases = pastCases;
        this.directory = directory;
    }

    /** Evaluates {@code candidate} against {@code liveXml} on the cases received from {@code from} to {@code to}, both included (local days). */
    DryRunReport run(long candidateId, TableFile candidate, String liveXml, Integer liveVersion, LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(LocalZone.ZONE).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(LocalZone.ZONE).toInstant();
        Map<String, String> names = new LinkedHashMap<>();
        for (Department d : directory.departments()) {
            if (d.isActive()) {
                names.put(d.getCode(), d.getName());
            }
        }
        return evaluate(candidateId, candidate, liveXml, liveVersion, from, to, each -> pastCases.forEachReceivedBetween(start, end, each), names);
    }

    /** The dry run proper, on the cases {@code cases} hands over one by one, with the active departments' names by code. */
    static DryRunReport evaluate(long candidateId, TableFile candidate, String liveXml, Integer liveVersion, LocalDate from, LocalDate to,
                                 Consumer<Consumer<PastCase>> cases, Map<String, String> names) {
        TableEvaluator evaluator = new TableEvaluator();
        DmnDecision next = evaluator.prepare(candidate.xml());
        DmnDecision live = liveXml == null ? null : evaluator.prepare(liveXml);
        Map<String, TableFile.Rule> rulesById = new LinkedHashMap<>();
        candidate.rules().forEach(r -> rulesById.put(r.id(), r));
        Map<String, int[]> fires = new LinkedHashMap<>();
        Map<String, int[]> matches = new LinkedHashMap<>();
        Map<String, Set<String>> takenBy = new LinkedHashMap<>();
        candidate.rules().forEach(r -> {
            fires.put(r.id(), new int[1]);
            matches.put(r.id(), new int[1]);
            takenBy.put(r.id(), new LinkedHashSet<>());
        });
        Map<String, int[]> before = new TreeMap<>();
        Map<String, int[]> after = new TreeMap<>();
        Map<String, List<CaseRef>> gained = new TreeMap<>();
        Map<String, List<CaseRef>> lost = new TreeMap<>();
        List<CaseRef> unmatched = new ArrayList<>();
        List<CaseRef> rightFirstTime = new ArrayList<>();
        Tally tally = new Tally();
        cases.accept(c -> {
            tally.cases++;
            TableEvaluator.Outcome now = live == null ? new TableEvaluator.Outcome(List.of(), null) : evaluator.evaluate(live, c);
            TableEvaluator.Outcome then = evaluator.evaluate(next, c);
            String was = routable(now.department(), names);
            String will = routable(then.department(), names);
            CaseRef ref = new CaseRef(c.number(), c.overdue(), was == null ? null : names.get(was), will == null ? null : names.get(will));
            tally.rebuilt += c.recorded() ? 0 : 1;
            tally.erased += c.textErased() ? 1 : 0;
            if (was != null) {
                before.computeIfAbsent(was, k -> new int[1])[0]++;
            } else {
                tally.unmatchedLive++;
            }
            if (will != null) {
                after.computeIfAbsent(will, k -> new int[1])[0]++;
            } else {
                unmatched.add(ref);
            }
            if (!Objects.equals(was, will)) {
                tally.changed++;
                if (will != null) {
                    gained.computeIfAbsent(will, k -> new ArrayList<>()).add(ref);
                }
                if (was != null) {
                    lost.computeIfAbsent(was, k -> new ArrayList<>()).add(ref);
                }
            }
            String first = then.firstRule();
            for (String id : then.matchedRules()) {
                int[] m = matches.get(id);
                if (m != null) {
                    m[0]++;
                }
                if (!id.equals(first) && takenBy.containsKey(id) && rulesById.containsKey(first)) {
                    takenBy.get(id).add(rulesById.get(first).label());
                }
            }
            if (first != null && fires.containsKey(first)) {
                fires.get(first)[0]++;
            }
            if (c.reroutes() > 0) {
                tally.returned++;
                if (c.department() != null && c.department().equals(will) && !c.department().equals(c.ruleDepartment())) {
                    rightFirstTime.add(ref);
                }
            }
        });
        int unmatchedLive = tally.unmatchedLive;
        int changed = tally.changed;
        int rebuilt = tally.rebuilt;
        int erased = tally.erased;
        int returned = tally.returned;
        int total = tally.cases;
        Set<String> codes = new LinkedHashSet<>(before.keySet());
        codes.addAll(after.keySet());
        List<DepartmentDelta> departments = new ArrayList<>();
        List<String> leftWithNothing = new ArrayList<>();
        for (String code : codes) {
            int b = before.getOrDefault(code, new int[1])[0];
            int a = after.getOrDefault(code, new int[1])[0];
            List<CaseRef> g = gained.getOrDefault(code, List.of());
            List<CaseRef> l = lost.getOrDefault(code, List.of());
            departments.add(new DepartmentDelta(code, names.getOrDefault(code, code), b, a, g, l,
                    g.stream().filter(CaseRef::overdue).count(), l.stream().filter(CaseRef::overdue).count()));
            if (b > 0 && a == 0) {
                leftWithNothing.add(names.getOrDefault(code, code));
            }
        }
        List<RuleStat> rules = new ArrayList<>();
        List<String> unknownOutputs = new ArrayList<>();
        for (TableFile.Rule r : candidate.rules()) {
            int f = fires.get(r.id())[0];
            int m = matches.get(r.id())[0];
            boolean shadowed = f == 0 && m > 0;
            rules.add(new RuleStat(r.index(), r.id(), r.label(), r.output(), f, m, f == 0, shadowed, List.copyOf(takenBy.get(r.id())),
                    alwaysShadowedBy(r, candidate.rules())));
            String output = unquote(r.output());
            if (output != null && !names.containsKey(output)) {
                unknownOutputs.add(r.label() + ": «" + r.output() + "»");
            }
        }
        long silent = rules.stream().filter(RuleStat::neverFires).count();
        String summary = String.format("Проверено обращений и сообщений за %s–%s: %d; к другому исполнителю: %d; без правила: %d (сейчас %d); "
                        + "«не наше» сразу верно: %d из %d; правил без срабатываний: %d%s",
                from.format(DAY), to.format(DAY), total, changed, unmatched.size(), unmatchedLive,
                rightFirstTime.size(), returned, silent, leftWithNothing.isEmpty() ? "" : "; без обращений останутся: " + String.join(", ", leftWithNothing));
        return new DryRunReport(candidateId, candidate.fileName(), liveVersion, from, to, total, rebuilt, erased, changed,
                departments, leftWithNothing, unmatched, unmatchedLive, unknownOutputs, rules, returned, rightFirstTime, summary);
    }

    /** What the dry run counts while the cases go by. */
    private static final class Tally {
        int cases;
        int rebuilt;
        int erased;
        int unmatchedLive;
        int changed;
        int returned;
    }

    /** The first earlier rule that accepts every case this one accepts (FIRST never lets it fire), or null. */
    static String alwaysShadowedBy(TableFile.Rule rule, List<TableFile.Rule> rules) {
        for (TableFile.Rule earlier : rules) {
            if (earlier.index() >= rule.index()) {
                return null;
            }
            boolean covers = earlier.entries().size() == rule.entries().size();
            for (int i = 0; covers && i < rule.entries().size(); i++) {
                covers = DecisionTables.covers(earlier.entries().get(i), rule.entries().get(i));
            }
            if (covers) {
                return earlier.label();
            }
        }
        return null;
    }

    /** The department a case is routed to: live routing sends a case whose code is not an active department to no one. */
    private static String routable(String department, Map<String, String> names) {
        return department != null && names.containsKey(department) ? department : null;
    }

    private static String unquote(String output) {
        String text = output == null ? "" : output.trim();
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"") ? text.substring(1, text.length() - 1) : null;
    }
}
