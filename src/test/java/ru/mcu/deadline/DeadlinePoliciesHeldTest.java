package ru.mcu.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.mcu.cases.Channel;
import ru.mcu.support.IntegrationTest;

/**
 * The policies are read again only when the table changed, and a change made anywhere (here by
 * SQL, as another node or an administrator would) applies to the next term computed.
 */
class DeadlinePoliciesHeldTest extends IntegrationTest {

    @Autowired
    private DeadlinePolicies policies;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void shouldReadThePoliciesAgainOnlyAfterAChange() {
        jdbc.execute("create extension if not exists pg_stat_statements");
        TermSpec before = policies.termFor(Channel.SITE, null, TermKind.REGISTRATION);
        long reads = reads();

        for (int i = 0; i < 3; i++) {
            assertThat(policies.termFor(Channel.SITE, null, TermKind.REGISTRATION)).isEqualTo(before);
        }
        assertThat(reads() - reads).as("reads of the whole table while it did not change").isZero();

        Long id = jdbc.queryForObject("select id from deadline_policy where regime = 'APPEAL_59FZ' and channel is null"
                + " and rubric is null and term_kind = 'REGISTRATION'", Long.class);
        int changed = before.amount() == 5 ? 4 : 5;
        jdbc.update("update deadline_policy set amount = ? where id = ?", changed, id);
        try {
            assertThat(policies.termFor(Channel.SITE, null, TermKind.REGISTRATION).amount()).as("a change made by SQL")
                    .isEqualTo(changed);
            assertThat(reads() - reads).isEqualTo(1);
        } finally {
            jdbc.update("update deadline_policy set amount = ? where id = ?", before.amount(), id);
        }
        assertThat(policies.termFor(Channel.SITE, null, TermKind.REGISTRATION)).as("the change undone").isEqualTo(before);
    }

    @Test
    void shouldSeeAPolicyMovedFromItsRegimeToItsChannel() {
        Long id = jdbc.queryForObject("insert into deadline_policy (regime, channel, rubric, term_kind, unit, amount, is_default,"
                + " updated_at, updated_by) values ('POS', null, 'roads.potholes', 'MODERATION', 'WORKING_HOURS', 7, false,"
                + " now(), 'test') returning id", Long.class);
        try {
            assertThat(policies.policyFor(Channel.POS, "roads.potholes", TermKind.MODERATION).regime()).isEqualTo(Channel.Regime.POS);

            jdbc.update("update deadline_policy set regime = null, channel = 'POS' where id = ?", id);

            DeadlinePolicy moved = policies.policyFor(Channel.POS, "roads.potholes", TermKind.MODERATION);
            assertThat(moved.id()).isEqualTo(id);
            assertThat(moved.channel()).as("the same values in other columns").isEqualTo(Channel.POS);
        } finally {
            jdbc.update("delete from deadline_policy where id = ?", id);
        }
    }

    private long reads() {
        Long calls = jdbc.queryForObject("select coalesce(sum(calls), 0) from pg_stat_statements"
                + " where lower(query) like 'select id, regime, channel, rubric, term_kind%from deadline_policy%'", Long.class);
        return calls == null ? 0 : calls;
    }
}
