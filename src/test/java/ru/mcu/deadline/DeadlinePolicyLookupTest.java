package ru.mcu.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.mcu.cases.Channel;
import ru.mcu.cases.Channel.Regime;

/** The lookup of a policy from the most to the least specific scope. */
class DeadlinePolicyLookupTest {

    private final List<DeadlinePolicy> policies = new ArrayList<>();

    private void add(long id, Regime regime, Channel channel, String rubric, int days) {
        policies.add(new DeadlinePolicy(id, regime, channel, rubric, TermKind.ANSWER, TermSpec.calendarDays(days),
                regime != null && rubric == null, null, null));
    }

    private long lookup(Channel channel, String rubric) {
        return DeadlinePolicies.lookup(policies, channel, rubric, TermKind.ANSWER).orElseThrow().id();
    }

    @Test
    void shouldPreferTheMostSpecificScope() {
        add(6, Regime.APPEAL_59FZ, null, null, 30);
        assertThat(lookup(Channel.SITE, "roads.potholes")).isEqualTo(6);

        add(5, null, Channel.SITE, null, 29);
        assertThat(lookup(Channel.SITE, "roads.potholes")).isEqualTo(5);
        assertThat(lookup(Channel.LETTER, "roads.potholes")).as("another channel keeps the default").isEqualTo(6);

        add(4, Regime.APPEAL_59FZ, null, "roads", 28);
        assertThat(lookup(Channel.SITE, "roads.potholes")).isEqualTo(4);

        add(3, null, Channel.SITE, "roads", 27);
        assertThat(lookup(Channel.SITE, "roads.potholes")).isEqualTo(3);

        add(2, Regime.APPEAL_59FZ, null, "roads.potholes", 26);
        assertThat(lookup(Channel.SITE, "roads.potholes")).isEqualTo(2);

        add(1, null, Channel.SITE, "roads.potholes", 25);
        assertThat(lookup(Channel.SITE, "roads.potholes")).isEqualTo(1);
    }

    @Test
    void shouldApplyATopLevelRubricToItsSubRubricsAndItself() {
        add(6, Regime.APPEAL_59FZ, null, null, 30);
        add(4, Regime.APPEAL_59FZ, null, "roads", 28);

        assertThat(lookup(Channel.EPGU, "roads")).isEqualTo(4);
        assertThat(lookup(Channel.EPGU, "roads.sidewalks")).isEqualTo(4);
        assertThat(lookup(Channel.EPGU, "waste.collection")).isEqualTo(6);
        assertThat(lookup(Channel.EPGU, null)).isEqualTo(6);
    }

    @Test
    void shouldNotApplyAPolicyOfAnotherRegime() {
        add(6, Regime.APPEAL_59FZ, null, null, 30);

        assertThat(DeadlinePolicies.lookup(policies, Channel.POS, null, TermKind.ANSWER)).isEmpty();
    }
}
