package ru.mcu.analytics.regional;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.mcu.analytics.Period;
import ru.mcu.platform.FieldError;
import ru.mcu.platform.InvalidInput;

/**
 * The month or quarter a report is for: {@code 2026-10} or {@code 2026-Q4}. Without a value, the
 * last complete month. The running month or quarter is reported up to today; one that has not
 * begun, or a value of another form, is refused (400 naming {@code period}).
 *
 * @param value  the parameter's canonical form ({@code 2026-10}, {@code 2026-Q4})
 * @param title  for people: «Октябрь 2026», «IV квартал 2026», with «(по 18 ноября)» when running
 * @param period its days
 */
public record ReportPeriod(String value, String title, Period period) {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[QqКк]([1-4])");
    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    public static ReportPeriod parse(String value, LocalDate today) {
        if (value == null || value.isBlank()) {
            YearMonth last = YearMonth.from(today).minusMonths(1);
            return month(last, today);
        }
        String v = value.strip();
        Matcher m = MONTH.matcher(v);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                throw bad("Месяц в виде ГГГГ-ММ (например, 2026-10) или квартал в виде ГГГГ-Qn (например, 2026-Q3)");
            }
            return month(YearMonth.of(Integer.parseInt(m.group(1)), month), today);
        }
        Matcher q = QUARTER.matcher(v);
        if (q.matches()) {
            int year = Integer.parseInt(q.group(1));
            int quarter = Integer.parseInt(q.group(2));
            LocalDate from = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
            LocalDate to = from.plusMonths(3).minusDays(1);
            String title = ROMAN[quarter - 1] + " квартал " + year;
            return of(year + "-Q" + quarter, title, from, to, today);
        }
        throw bad("Месяц в виде ГГГГ-ММ (например, 2026-10) или квартал в виде ГГГГ-Qn (например, 2026-Q3)");
    }

    private static ReportPeriod month(YearMonth month, LocalDate today) {
        String name = DateTimeFormatter.ofPattern("LLLL yyyy", RU).format(month);
        return of(month.toString(), Character.toUpperCase(name.charAt(0)) + name.substring(1), month.atDay(1), month.atEndOfMonth(), today);
    }

    private static ReportPeriod of(String value, String title, LocalDate from, LocalDate to, LocalDate today) {
        if (from.isAfter(today)) {
            throw bad("Период ещё не наступил");
        }
        if (from.getYear() < 2000) {
            throw bad("Слишком ранний период");
        }
        if (!to.isBefore(today)) {
            return new ReportPeriod(value, title + " (по " + DateTimeFormatter.ofPattern("d MMMM", RU).format(today) + ")", new Period(from, today));
        }
        return new ReportPeriod(value, title, new Period(from, to));
    }

    private static InvalidInput bad(String message) {
        return new InvalidInput("period", message);
    }

    /** The choices of the page's select: the last 13 months and the last 5 quarters, newest first. */
    public static List<ReportPeriod> choices(LocalDate today) {
        List<ReportPeriod> list = new java.util.ArrayList<>();
        YearMonth m = YearMonth.from(today);
        for (int i = 0; i < 13; i++) {
            list.add(month(m.minusMonths(i), today));
        }
        LocalDate q = LocalDate.of(today.getYear(), (today.getMonthValue() - 1) / 3 * 3 + 1, 1);
        for (int i = 0; i < 5; i++) {
            LocalDate from = q.minusMonths(3L * i);
            list.add(parse(from.getYear() + "-Q" + ((from.getMonthValue() - 1) / 3 + 1), today));
        }
        return list;
    }
}
