package ru.mcu.routing;

import java.time.LocalDate;
import java.util.List;

/**
 * What a candidate routing table would have done with the cases of a period, compared with the
 * live table on the same inputs. Every number comes with the cases behind it (numbers only, no
 * personal data). Returned as JSON by {@code POST /api/routing/dry-runs} and shown on {@code /routing}.
 *
 * @param candidateId     the uploaded candidate ({@code routing_table.id})
 * @param liveVersion     the live table's version it is compared with
 * @param cases           cases received in the period
 * @param rebuilt         of them, routed before the inputs were recorded: inputs rebuilt from the case as it is now
 * @param textErased      of them, whose text was erased with the personal data: keyword rules cannot match
 * @param changed         cases the candidate sends to another department than the live table
 * @param departments     per department: cases before and after, gained and lost
 * @param leftWithNothing departments that receive cases under the live table and none under the candidate
 * @param unmatched       cases no rule of the candidate matches (the registrar or coordinator chooses by hand)
 * @param unmatchedLive   how many the live table leaves unmatched
 * @param unknownOutputs  rules whose output is not the code of an active department (such a case would go unrouted)
 * @param rules           per rule of the candidate: how often it fires, matches, whether it is shadowed
 * @param returnedByHand  cases returned as «не наше» and routed again by hand
 * @param rightFirstTime  of them, those the candidate would have sent to the department that answers them
 * @param summary         one line, kept with the version
 */
record DryRunReport(long candidateId, String fileName, Integer liveVersion, LocalDate from, LocalDate to, int cases,
                    int rebuilt, int textErased, int changed, List<DepartmentDelta> departments, List<String> leftWithNothing,
                    List<CaseRef> unmatched, int unmatchedLive, List<String> unknownOutputs, List<RuleStat> rules,
                    int returnedByHand, List<CaseRef> rightFirstTime, String summary) {

    /** A case behind a number: its number, whether it went overdue, the department under the live and the candidate table. */
    record CaseRef(String number, boolean overdue, String before, String after) {
    }

    /** One department: cases under the live table and the candidate, those it gains and loses, how many of them were overdue. */
    record DepartmentDelta(String code, String name, int before, int after, List<CaseRef> gained, List<CaseRef> lost,
                           long gainedOverdue, long lostOverdue) {
    }

    /**
     * One rule of the candidate: how many cases it routes (fires: the first matching rule), how
     * many it matches at all; shadowed when it matches cases of the period but an earlier rule
     * takes every one of them; always shadowed (by the named rule) when an earlier rule accepts
     * everything it accepts, so that under FIRST it can never fire, whatever the cases.
     */
    record RuleStat(int index, String id, String label, String output, int fires, int matches, boolean neverFires,
                    boolean shadowed, List<String> shadowedBy, String alwaysShadowedBy) {
    }

    public List<RuleStat> silentRules() {
        return rules.stream().filter(RuleStat::neverFires).toList();
    }

    public List<DepartmentDelta> changedDepartments() {
        return departments.stream().filter(d -> !d.gained().isEmpty() || !d.lost().isEmpty()).toList();
    }
}
