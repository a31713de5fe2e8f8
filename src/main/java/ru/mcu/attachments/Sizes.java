package ru.mcu.attachments;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Sizes of files in Russian: «12 байт», «350 КБ», «1,5 МБ» (binary units, as file managers show them). */
final class Sizes {

    private static final long KIB = 1024;
    private static final long MIB = 1024 * 1024;

    private Sizes() {
    }

    static String human(long bytes) {
        if (bytes < KIB) {
            return bytes + " байт";
        }
        if (bytes < MIB) {
            return scaled(bytes, KIB) + " КБ";
        }
        return scaled(bytes, MIB) + " МБ";
    }

    private static String scaled(long bytes, long unit) {
        BigDecimal value = BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(unit), 1, RoundingMode.HALF_UP).stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0).toPlainString() : value.toPlainString().replace('.', ',');
    }
}
