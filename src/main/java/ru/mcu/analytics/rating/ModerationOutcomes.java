package ru.mcu.analytics.rating;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.mcu.analytics.CaseSlice;
import ru.mcu.analytics.Period;
import ru.mcu.cases.Resolution;

/**
 * What ПОС moderation decided in a period: messages accepted (by the moment of acceptance),
 * redirected outside the administration (with the organisations) and rejected, per reason (by
 * the moment they were closed). A redirected message counts as redirected, never as rejected;
 * none of these counts in any department's figures, as no department had them.
 */
@Service
@Transactional(readOnly = true)
public class ModerationOutcomes {

    /** The reasons in the order the moderation form lists them. */
    static final List<Resolution> REJECTIONS = List.of(Resolution.REJECTED_OBSCENE, Resolution.REJECTED_NO_ESSENCE,
            Resolution.REJECTED_DUPLICATE, Resolution.REJECTED_SPAM, Resolution.REJECTED_PERSONAL_DATA, Resolution.REJECTED_COURT,
            Resolution.REJECTED_UNLAWFUL, Resolution.REJECTED_OTHER, Resolution.REJECTED_NOT_MUNICIPAL);

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    ModerationOutcomes(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One reason of rejection and how many messages it closed; the title without «Отклонено при модерации: ». */
    public record Reason(String code, String title, long count) {
    }

    /** One organisation and how many messages were redirected to it. */
    public record Organisation(String name, long count) {
    }

    /**
     * The figures of a period.
     *
     * @param accepted   accepted at moderation in the period
     * @param redirected redirected to a competent organisation in the period
     * @param rejected   rejected in the period, every reason
     */
    public record Outcomes(long accepted, long redirected, long rejected, List<Reason> reasons, List<Organisation> organisations) {
    }

    public Outcomes of(Period period) {
        MapSqlParameterSource params = CaseSlice.periodParameters(period, clock.instant());
        // a ПОС message is registered when the moderator accepts it
        Long accepted = jdbc.queryForObject("select count(*) from case_facts c where c.channel = 'POS'"
                + " and c.registered_at >= :from and c.registered_at < :to", params, Long.class);
        Map<String, Long> byResolution = new LinkedHashMap<>();
        jdbc.query("select c.resolution, count(*) as n from case_facts c where c.channel = 'POS' and c.closed_at >= :from and c.closed_at < :to"
                + " and (c.resolution = 'REDIRECTED' or c.resolution like 'REJECTED%') group by c.resolution", params,
                rs -> {
                    byResolution.put(rs.getString("resolution"), rs.getLong("n"));
                });
        List<Reason> reasons = new ArrayList<>();
        long rejected = 0;
        for (Resolution r : REJECTIONS) {
            long n = byResolution.getOrDefault(r.name(), 0L);
            rejected += n;
            if (n > 0 || r != Resolution.REJECTED_NOT_MUNICIPAL) {
                reasons.add(new Reason(r.name(), r.title().replaceFirst("^Отклонено при модерации: ", ""), n));
            }
        }
        List<Organisation> organisations = jdbc.query("select c.forwarded_to, count(*) as n from case_facts c where c.channel = 'POS'"
                + " and c.resolution = 'REDIRECTED' and c.closed_at >= :from and c.closed_at < :to group by c.forwarded_to"
                + " order by n desc, c.forwarded_to", params, (rs, i) -> new Organisation(rs.getString("forwarded_to"), rs.getLong("n")));
        return new Outcomes(accepted == null ? 0 : accepted, byResolution.getOrDefault(Resolution.REDIRECTED.name(), 0L), rejected,
                reasons, organisations);
    }
}
