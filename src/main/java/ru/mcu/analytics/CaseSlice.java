package ru.mcu.analytics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import ru.mcu.cases.CaseStatus;
import ru.mcu.cases.Channel;
import ru.mcu.cases.ResultType;

/**
 * Which cases an analytical view looks at: a period and optional filters. Without a measure the
 * period applies to the receipt instant; with one, to the instant that measure looks at. The
 * rubric filter takes a topic ({@code roads}) or a rubric ({@code roads.potholes}).
 *
 * @param bbox     optional area {@code minLat,minLon,maxLat,maxLon}, for the cells of the map
 * @param regime   optional legal regime: all its channels ({@code APPEAL_59FZ}: the 59-ФЗ appeals of every channel)
 * @param result   optional result type as ССТУ.РФ counts it: {@link #NO_RESULT} for appeals without one, or
 *                 result type names separated by commas ({@code SUPPORTED,MEASURES_TAKEN} for «поддержано» in all),
 *                 in {@link ResultType}'s order
 */
public record CaseSlice(Period period, Channel channel, String rubric, String district, String department,
                        CaseStatus status, Measure measure, Bbox bbox, String category, Channel.Regime regime,
                        String result) {

    /** An area on the map. */
    public record Bbox(double minLat, double minLon, double maxLat, double maxLon) {

        /** Parses {@code minLat,minLon,maxLat,maxLon}; null when blank. */
        public static Bbox parse(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            String[] parts = value.split(",");
            if (parts.length != 4) {
                throw new IllegalArgumentException("bbox: ожидается minLat,minLon,maxLat,maxLon");
            }
            double[] v = new double[4];
            for (int i = 0; i < 4; i++) {
                v[i] = Double.parseDouble(parts[i].trim());
            }
            return new Bbox(v[0], v[1], v[2], v[3]);
        }

        public String param() {
            return String.format(Locale.ROOT, "%.5f,%.5f,%.5f,%.5f", minLat, minLon, maxLat, maxLon);
        }
    }

    /** The category filter's value for cases that came without a category. */
    public static final String NO_CATEGORY = "none";

    /** The department filter's value for cases no department has been given yet. */
    public static final String NO_DEPARTMENT = "none";

    /** The rubric filter's value for cases without a rubric. */
    public static final String NO_RUBRIC = "none";

    /** The result filter's value for appeals closed without a result type. */
    public static final String NO_RESULT = "none";

    /** The result filter's choices on the case list: the columns of the ССТУ.РФ report, value to title. */
    public static final Map<String, String> RESULT_CHOICES = resultChoices();

    /** The regime filter's choices, for people. */
    public static final Map<Channel.Regime, String> REGIME_TITLES = Collections.unmodifiableMap(new EnumMap<>(Map.of(
            Channel.Regime.APPEAL_59FZ, "обращения по 59-ФЗ (все каналы)", Channel.Regime.POS, "сообщения ПОС",
            Channel.Regime.INCIDENT, "сообщения «Инцидент Менеджмент»")));

    private static Map<String, String> resultChoices() {
        Map<String, String> choices = new LinkedHashMap<>();
        choices.put(ResultType.SUPPORTED.name() + "," + ResultType.MEASURES_TAKEN.name(), "Поддержано (всего)");
        choices.put(ResultType.SUPPORTED.name(), "Поддержано, меры не потребовались");
        choices.put(ResultType.MEASURES_TAKEN.name(), "Поддержано, в т.ч. меры приняты");
        for (ResultType t : ResultType.values()) {
            choices.putIfAbsent(t.name(), t.title());
        }
        choices.put(NO_RESULT, "Тип не указан");
        return Collections.unmodifiableMap(choices);
    }

    public static CaseSlice of(Period period) {
        return new CaseSlice(period, null, null, null, null, null, null, null, null, null, null);
    }

    public CaseSlice withChannel(Channel value) {
        return new CaseSlice(period, value, rubric, district, department, status, measure, bbox, category, regime, result);
    }

    public CaseSlice withRubric(String value) {
        return new CaseSlice(period, channel, blankToNull(value), district, department, status, measure, bbox, category, regime, result);
    }

    public CaseSlice withDistrict(String value) {
        return new CaseSlice(period, channel, rubric, blankToNull(value), department, status, measure, bbox, category, regime, result);
    }

    public CaseSlice withDepartment(String value) {
        return new CaseSlice(period, channel, rubric, district, blankToNull(value), status, measure, bbox, category, regime, result);
    }

    public CaseSlice withStatus(CaseStatus value) {
        return new CaseSlice(period, channel, rubric, district, department, value, measure, bbox, category, regime, result);
    }

    public CaseSlice withMeasure(Measure value) {
        return new CaseSlice(period, channel, rubric, district, department, status, value, bbox, category, regime, result);
    }

    /** Only ПОС messages of this category as the platform sent it; {@link #NO_CATEGORY} for those without one. */
    public CaseSlice withCategory(String value) {
        return new CaseSlice(period, channel, rubric, district, department, status, measure, bbox,
                value == null || value.isBlank() ? null : value, regime, result);
    }

    /** Only the cases of the channels of this regime. */
    public CaseSlice withRegime(Channel.Regime value) {
        return new CaseSlice(period, channel, rubric, district, department, status, measure, bbox, category, value, result);
    }

    /** Only the appeals of these result types ({@link #NO_RESULT} for none given); none means any. */
    public CaseSlice withResult(Collection<ResultType> types, boolean none) {
        String value = none ? NO_RESULT : types == null || types.isEmpty() ? null
                : types.stream().distinct().sorted().map(Enum::name).collect(Collectors.joining(","));
        return new CaseSlice(period, channel, rubric, district, department, status, measure, bbox, category, regime, value);
    }

    /** The result types of the filter, in their order; empty when there is none or it asks for appeals without a type. */
    public List<ResultType> resultTypes() {
        if (result == null || NO_RESULT.equals(result)) {
            return List.of();
        }
        return Arrays.stream(result.split(",")).map(ResultType::valueOf).toList();
    }

    /** The result filter for people: «Поддержано (всего)», «Тип не указан»…; null without one. */
    public String resultTitle() {
        if (result == null) {
            return null;
        }
        String known = RESULT_CHOICES.get(result);
        return known != null ? known : resultTypes().stream().map(ResultType::title).collect(Collectors.joining(" или "));
    }

    /** The regime filter for people; null without one. */
    public String regimeTitle() {
        return regime == null ? null : REGIME_TITLES.get(regime);
    }

    public CaseSlice withBbox(Bbox value) {
        return new CaseSlice(period, channel, rubric, district, department, status, measure, value, category, regime, result);
    }

    /**
     * The SQL condition over {@code case_facts c} and its parameters ({@code :from}, {@code :to},
     * {@code :dueLimit} and the filters), as of {@code now}.
     */
    public Where where(Instant now) {
        MapSqlParameterSource params = periodParameters(period, now);
        List<String> conditions = new ArrayList<>();
        conditions.add((measure == null ? Measure.RECEIVED : measure).predicate());
        if (channel != null) {
            conditions.add("c.channel = :channel");
            params.addValue("channel", channel.name());
        }
        if (NO_RUBRIC.equals(rubric)) {
            conditions.add("c.rubric_code is null");
        } else if (rubric != null) {
            conditions.add("(c.rubric_code = :rubric or c.rubric_code like :rubricPrefix)");
            params.addValue("rubric", rubric).addValue("rubricPrefix", rubric + ".%");
        }
        if (district != null) {
            conditions.add("c.district_code = :district");
            params.addValue("district", district);
        }
        if (NO_DEPARTMENT.equals(department)) {
            conditions.add("c.department_code is null");
        } else if (department != null) {
            conditions.add("c.department_code = :department");
            params.addValue("department", department);
        }
        if (status != null) {
            conditions.add("c.status = :status");
            params.addValue("status", status.name());
        }
        if (NO_CATEGORY.equals(category)) {
            conditions.add("c.category is null");
        } else if (category != null) {
            conditions.add("c.category = :category");
            params.addValue("category", category);
        }
        if (regime != null) {
            conditions.add("c.channel in (:regimeChannels)");
            params.addValue("regimeChannels", Arrays.stream(Channel.values()).filter(c -> c.regime() == regime).map(Enum::name).toList());
        }
        if (NO_RESULT.equals(result)) {
            conditions.add("c.result_type is null");
        } else if (result != null) {
            conditions.add("c.result_type in (:results)");
            params.addValue("results", resultTypes().stream().map(Enum::name).toList());
        }
        if (bbox != null) {
            conditions.add("c.latitude between :minLat and :maxLat and c.longitude between :minLon and :maxLon");
            params.addValue("minLat", bbox.minLat()).addValue("maxLat", bbox.maxLat())
                    .addValue("minLon", bbox.minLon()).addValue("maxLon", bbox.maxLon());
        }
        return new Where(String.join(" and ", conditions), params);
    }

    /**
     * {@code :from}, {@code :to} and {@code :dueLimit} for a period: a case is open and overdue
     * when its term fell before the end of the period or before now, whichever is earlier.
     */
    public static MapSqlParameterSource periodParameters(Period period, Instant now) {
        Instant dueLimit = period.end().isBefore(now) ? period.end() : now;
        return new MapSqlParameterSource()
                .addValue("from", java.sql.Timestamp.from(period.start()))
                .addValue("to", java.sql.Timestamp.from(period.end()))
                .addValue("dueLimit", java.sql.Timestamp.from(dueLimit));
    }

    /** The query string of this slice for links: {@code from=...&to=...&channel=...}. */
    public String query() {
        StringBuilder q = new StringBuilder("from=").append(period.from()).append("&to=").append(period.to());
        append(q, "channel", channel == null ? null : channel.name());
        append(q, "rubric", rubric);
        append(q, "district", district);
        append(q, "department", department);
        append(q, "status", status == null ? null : status.name());
        append(q, "measure", measure == null ? null : measure.param());
        append(q, "bbox", bbox == null ? null : bbox.param());
        append(q, "category", category);
        append(q, "regime", regime == null ? null : regime.name());
        append(q, "result", result);
        return q.toString();
    }

    private static void append(StringBuilder q, String name, String value) {
        if (value != null) {
            q.append('&').append(name).append('=').append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** A SQL condition and its named parameters. */
    public record Where(String sql, MapSqlParameterSource params) {
    }
}
