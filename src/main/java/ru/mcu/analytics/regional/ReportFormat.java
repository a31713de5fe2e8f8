package ru.mcu.analytics.regional;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How the page and the PDF write a value of a column: «12», «85,3 %», «4,2», «—» for nothing measured. */
@org.springframework.stereotype.Component("reportFormat")
public final class ReportFormat {

    /** For templates: {@code @reportFormat.text(kind, value)}. */
    public String text(ReportDocument.Kind kind, Object value) {
        return format(kind, value);
    }

    public static String format(ReportDocument.Kind kind, Object value) {
        if (value == null) {
            return "—";
        }
        DecimalFormat one = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("ru")));
        return switch (kind) {
            case SHARE -> value instanceof Number n ? one.format(n.doubleValue() * 100) + " %" : value.toString();
            case DECIMAL -> value instanceof Number n ? new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("ru")))
                    .format(n.doubleValue()) : value.toString();
            default -> value.toString();
        };
    }
}
