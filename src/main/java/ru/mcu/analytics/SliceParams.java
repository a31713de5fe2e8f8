package ru.mcu.analytics;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import ru.mcu.cases.CaseStatus;
import ru.mcu.cases.Channel;
import ru.mcu.cases.ResultType;
import ru.mcu.platform.FieldError;
import ru.mcu.platform.InvalidInput;
import ru.mcu.platform.time.LocalZone;

/**
 * Reads the filters of the analytics pages and API from request parameters, answering 400 with
 * every wrong one. Dates are local days ({@code 2026-11-16}); without either the period is the
 * last complete month ({@link Period#monthBefore}), the one a page should open on; with one of
 * them only, the other is the first of this month or today, as before.
 */
public final class SliceParams {

    private final List<FieldError> errors = new ArrayList<>();

    private SliceParams() {
    }

    /** The slice the parameters describe. */
    public static CaseSlice parse(Clock clock, String from, String to, String channel, String rubric, String district,
                                  String department, String status, String measure, String bbox) {
        return parse(clock, from, to, channel, rubric, district, department, status, measure, bbox, null);
    }

    /** As above, with the ПОС category as the platform sent it ({@link CaseSlice#NO_CATEGORY} for none). */
    public static CaseSlice parse(Clock clock, String from, String to, String channel, String rubric, String district,
                                  String department, String status, String measure, String bbox, String category) {
        return parse(clock, from, to, channel, rubric, district, department, status, measure, bbox, category, null, null);
    }

    /**
     * As above, with the legal regime ({@code APPEAL_59FZ}: the 59-ФЗ appeals of every channel) and
     * the result type ({@code EXPLAINED}, a comma-separated list such as {@code SUPPORTED,MEASURES_TAKEN},
     * or {@link CaseSlice#NO_RESULT} for appeals without one).
     */
    public static CaseSlice parse(Clock clock, String from, String to, String channel, String rubric, String district,
                                  String department, String status, String measure, String bbox, String category,
                                  String regime, String result) {
        SliceParams p = new SliceParams();
        LocalDate today = LocalDate.ofInstant(clock.instant(), LocalZone.ZONE);
        boolean neither = (from == null || from.isBlank()) && (to == null || to.isBlank());
        Period opening = Period.monthBefore(today);
        LocalDate fromDay = p.date("from", from, neither ? opening.from() : today.withDayOfMonth(1));
        LocalDate toDay = p.date("to", to, neither ? opening.to() : today);
        Period period = null;
        if (fromDay != null && toDay != null) {
            if (toDay.isBefore(fromDay)) {
                p.errors.add(new FieldError("to", "Конец периода раньше начала"));
            } else {
                period = new Period(fromDay, toDay);
            }
        }
        Channel ch = p.enumValue("channel", channel, Channel.class);
        CaseStatus st = p.enumValue("status", status, CaseStatus.class);
        Measure m = Measure.fromParam(measure);
        if (m == null && measure != null && !measure.isBlank()) {
            p.errors.add(new FieldError("measure", "Неизвестный показатель: " + measure));
        }
        Channel.Regime rg = p.enumValue("regime", regime, Channel.Regime.class);
        Set<ResultType> types = EnumSet.noneOf(ResultType.class);
        boolean noResult = result != null && result.strip().equalsIgnoreCase(CaseSlice.NO_RESULT);
        if (!noResult && result != null && !result.isBlank()) {
            for (String part : result.split(",")) {
                ResultType t = p.enumValue("result", part, ResultType.class);
                if (t != null) {
                    types.add(t);
                }
            }
        }
        CaseSlice.Bbox box = null;
        try {
            box = CaseSlice.Bbox.parse(bbox);
        } catch (IllegalArgumentException e) {
            p.errors.add(new FieldError("bbox", "Ожидается minLat,minLon,maxLat,maxLon"));
        }
        p.check();
        return CaseSlice.of(period).withChannel(ch).withRubric(rubric).withDistrict(district).withDepartment(department)
                .withStatus(st).withMeasure(m).withBbox(box).withCategory(category)
                .withRegime(rg).withResult(types, noResult);
    }

    /** A local date parameter, or the default when blank. */
    public static LocalDate date(String name, String value, LocalDate defaultValue, boolean required) {
        SliceParams p = new SliceParams();
        LocalDate d = p.date(name, value, required ? null : defaultValue);
        if (d == null && required) {
            p.errors.add(new FieldError(name, "Обязательный параметр (дата ГГГГ-ММ-ДД)"));
        }
        p.check();
        return d;
    }

    private LocalDate date(String name, String value, LocalDate defaultValue) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, "Ожидается дата ГГГГ-ММ-ДД: " + value));
            return null;
        }
    }

    private <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(name, "Недопустимое значение: " + value));
            return null;
        }
    }

    private void check() {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
