package ru.mcu.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.mcu.routing.DryRunReport.CaseRef;
import ru.mcu.routing.DryRunReport.DepartmentDelta;
import ru.mcu.routing.DryRunReport.RuleStat;
import ru.mcu.routing.Tables.R;

/**
 * The dry run's counts on eight past cases, computed by hand (see the comments): a candidate
 * that moves potholes from «roads» to «roads-agency», drops the waste rule, has a rule shadowed
 * by an earlier one, a rule no case reaches and one naming an unknown code.
 */
class DryRunCountsTest {

    static final String LIVE = Tables.table(
            new R("L1", "Дороги", "\"roads\"", "-", "-", "-", "\"roads\""),
            new R("L2", "ТКО", "\"waste\"", "-", "-", "-", "\"city-economy\""),
            new R("L3", "Снег без рубрики", "null", "-", "-", "contains(?, \"снег\")", "\"roads-agency\""));

    static final String CANDIDATE = Tables.table(
            new R("C1", "Ямы — МКУ", "-", "\"roads.potholes\"", "-", "-", "\"roads-agency\""),
            new R("C2", "Дороги", "\"roads\"", "-", "-", "-", "\"roads\""),
            new R("C3", "Ямы — земля", "\"roads\"", "\"roads.potholes\"", "-", "-", "\"land\""),
            new R("C4", "Образование", "\"education\"", "-", "-", "-", "\"education\""),
            new R("C5", "Снег без рубрики", "null", "-", "-", "contains(?, \"снег\")", "\"roads-agency\""),
            new R("C6", "Опечатка", "\"parks\"", "-", "-", "-", "\"roadz\""));

    static final Map<String, String> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put("roads", "Дороги деп.");
        NAMES.put("roads-agency", "МКУ дорог");
        NAMES.put("city-economy", "Горхоз");
        NAMES.put("education", "Образование деп.");
        NAMES.put("land", "Земля деп.");
    }

    //                                    number topic  rubric  district text  recorded erased ruleDept dept reroutes overdue
    static final List<PastCase> CASES = List.of(
            // live roads → candidate roads-agency (C1); overdue
            new PastCase("A-1", "roads", "roads.potholes", "center", "яма", true, false, "roads", "roads", 0, true),
            // returned «не наше», answered by roads-agency: the candidate sends it right first time
            new PastCase("A-2", "roads", "roads.potholes", "center", "яма", true, false, "roads", "roads-agency", 1, false),
            // unchanged: roads (C2)
            new PastCase("A-3", "roads", "roads.lighting", "center", "фонарь", true, false, "roads", "roads", 0, false),
            // live city-economy → candidate nothing
            new PastCase("A-4", "waste", "waste.collection", "center", "мусор", true, false, "city-economy", "city-economy", 0, false),
            // unchanged: roads-agency by the text (C5)
            new PastCase("A-5", null, null, "center", "сугробы, снег во дворе", true, false, "roads-agency", "roads-agency", 0, false),
            // unmatched by both
            new PastCase("A-6", null, null, "center", "шум ночью", true, false, null, null, 0, false),
            // returned, answered by education: the candidate's roads-agency is not right either
            new PastCase("A-7", "roads", "roads.potholes", "center", "яма", true, false, "roads", "education", 1, false),
            // rebuilt from the case; overdue; live city-economy → candidate nothing
            new PastCase("A-8", "waste", "waste.containers", "center", "контейнер", false, false, "city-economy", "city-economy", 0, true));

    @Test
    void shouldCountWhatTheCandidateChangesAsComputedByHand() {
        TableFile candidate = TableFiles.read("candidate.dmn", CANDIDATE.getBytes(StandardCharsets.UTF_8));
        DryRunReport r = DryRuns.evaluate(7, candidate, LIVE, 3, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 30), CASES::forEach, NAMES);

        assertThat(r.cases()).isEqualTo(8);
        assertThat(r.rebuilt()).isEqualTo(1);
        assertThat(r.changed()).isEqualTo(5);

        DepartmentDelta roads = department(r, "roads");
        assertThat(roads.before()).isEqualTo(4);
        assertThat(roads.after()).isEqualTo(1);
        assertThat(numbers(roads.lost())).containsExactly("A-1", "A-2", "A-7");
        assertThat(roads.lostOverdue()).isEqualTo(1);
        assertThat(roads.gained()).isEmpty();

        DepartmentDelta agency = department(r, "roads-agency");
        assertThat(agency.before()).isEqualTo(1);
        assertThat(agency.after()).isEqualTo(4);
        assertThat(numbers(agency.gained())).containsExactly("A-1", "A-2", "A-7");
        assertThat(agency.gainedOverdue()).isEqualTo(1);
        assertThat(agency.gained().get(0).before()).isEqualTo("Дороги деп.");

        DepartmentDelta economy = department(r, "city-economy");
        assertThat(economy.before()).isEqualTo(2);
        assertThat(economy.after()).isZero();
        assertThat(numbers(economy.lost())).containsExactly("A-4", "A-8");
        assertThat(economy.lostOverdue()).isEqualTo(1);
        assertThat(r.leftWithNothing()).containsExactly("Горхоз");

        assertThat(numbers(r.unmatched())).containsExactly("A-4", "A-6", "A-8");
        assertThat(r.unmatchedLive()).isEqualTo(1);

        assertThat(rule(r, "C1").fires()).isEqualTo(3);
        assertThat(rule(r, "C2").fires()).isEqualTo(1);
        assertThat(rule(r, "C2").matches()).isEqualTo(4);
        RuleStat shadowed = rule(r, "C3");
        assertThat(shadowed.fires()).isZero();
        assertThat(shadowed.matches()).isEqualTo(3);
        assertThat(shadowed.shadowed()).isTrue();
        assertThat(shadowed.shadowedBy()).containsExactly("№1 Ямы — МКУ");
        assertThat(shadowed.alwaysShadowedBy()).as("C1 accepts every case C3 accepts").isEqualTo("№1 Ямы — МКУ");
        assertThat(rule(r, "C2").alwaysShadowedBy()).isNull();
        RuleStat silent = rule(r, "C4");
        assertThat(silent.neverFires()).isTrue();
        assertThat(silent.shadowed()).isFalse();
        assertThat(silent.alwaysShadowedBy()).isNull();
        assertThat(rule(r, "C5").fires()).isEqualTo(1);
        assertThat(r.silentRules()).extracting(RuleStat::id).containsExactly("C3", "C4", "C6");
        assertThat(r.unknownOutputs()).containsExactly("№6 Опечатка: «\"roadz\"»");

        assertThat(r.returnedByHand()).isEqualTo(2);
        assertThat(numbers(r.rightFirstTime())).containsExactly("A-2");
        assertThat(r.summary()).isEqualTo("Проверено обращений и сообщений за 01.09.2026–30.11.2026: 8; к другому исполнителю: 5; "
                + "без правила: 3 (сейчас 1); «не наше» сразу верно: 1 из 2; правил без срабатываний: 3; без обращений останутся: Горхоз");
    }

    @Test
    void shouldFindRulesThatCanNeverFireUnderFirst() {
        TableFile table = TableFiles.read("t.dmn", Tables.table(
                new R("S1", "Снег или лёд в тексте", "null", "-", "-", "contains(?, \"снег\") or contains(?, \"лёд\")", "\"roads-agency\""),
                new R("S2", "Сугробы и снегопад", "null", "-", "-", "contains(?, \"снегопад\") or contains(?, \"гололёд\")", "\"roads\""),
                new R("S3", "Дворы в сёлах", "\"snow\"", "\"snow.yards\",\"snow.ice\"", "\"dalnee\"", "-", "\"city-economy\""),
                new R("S4", "Дворы", "\"snow\"", "\"snow.yards\"", "\"dalnee\",\"sinegorsk\"", "-", "\"roads\""),
                new R("S5", "Двор в Дальнем", "\"snow\"", "\"snow.yards\"", "\"dalnee\"", "-", "\"roads\""),
                new R("S6", "Без рубрики, любой текст", "null", "-", "-", "-", "\"roads\"")).getBytes(StandardCharsets.UTF_8));
        assertThat(DryRuns.alwaysShadowedBy(table.rules().get(1), table.rules())).as("every text with «снегопад» or «гололёд» has «снег» or «лёд»")
                .isEqualTo("№1 Снег или лёд в тексте");
        assertThat(DryRuns.alwaysShadowedBy(table.rules().get(3), table.rules())).as("sinegorsk is not in S3").isNull();
        assertThat(DryRuns.alwaysShadowedBy(table.rules().get(4), table.rules())).isEqualTo("№3 Дворы в сёлах");
        assertThat(DryRuns.alwaysShadowedBy(table.rules().get(5), table.rules())).as("S1 does not take every text").isNull();

        TableFile release = TableFiles.read("appeal-routing.dmn", Tables.release().getBytes(StandardCharsets.UTF_8));
        assertThat(release.rules()).as("the release's table has no rule that can never fire")
                .allSatisfy(rule -> assertThat(DryRuns.alwaysShadowedBy(rule, release.rules())).as(rule.label()).isNull());
    }

    @Test
    void shouldRefuseATableThatIsNotTheRoutingTable() {
        assertThatThrownBy(() -> TableFiles.read("x.dmn", "<definitions/>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidTableException.class).hasMessageContaining("DMN");
        String renamed = CANDIDATE.replace("id=\"appeal-routing\"", "id=\"my-routing\"");
        assertThatThrownBy(() -> TableFiles.read("x.dmn", renamed.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidTableException.class).hasMessageContaining("appeal-routing");
        String script = CANDIDATE.replace("<text>\"roads.potholes\"</text>", "<text>\"roads.potholes\"</text>")
                .replace("<inputEntry id=\"C1_R\">", "<inputEntry id=\"C1_R\" expressionLanguage=\"javascript\">");
        assertThatThrownBy(() -> TableFiles.read("x.dmn", script.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidTableException.class).hasMessageContaining("только FEEL");
        String unique = CANDIDATE.replace("hitPolicy=\"FIRST\"", "hitPolicy=\"UNIQUE\"");
        assertThatThrownBy(() -> TableFiles.read("x.dmn", unique.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidTableException.class).hasMessageContaining("FIRST");
        String otherInput = CANDIDATE.replace("<text>district</text>", "<text>citizenEmail</text>");
        assertThatThrownBy(() -> TableFiles.read("x.dmn", otherInput.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidTableException.class).hasMessageContaining("citizenEmail");
    }

    @Test
    void shouldReportAnExpressionTheEngineCannotEvaluate() {
        String broken = Tables.table(new R("B1", "Сломано", "\"roads\"", "-", "-", "contains(?, ", "\"roads\""));
        TableFile table = TableFiles.read("broken.dmn", broken.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> DryRuns.evaluate(1, table, LIVE, 3, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 30), CASES::forEach, NAMES))
                .isInstanceOf(InvalidTableException.class).hasMessageContaining("A-1");
    }

    private static DepartmentDelta department(DryRunReport r, String code) {
        return r.departments().stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow();
    }

    private static RuleStat rule(DryRunReport r, String id) {
        return r.rules().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> numbers(List<CaseRef> refs) {
        return refs.stream().map(CaseRef::number).toList();
    }
}
