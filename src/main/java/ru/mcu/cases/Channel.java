package ru.mcu.cases;

/** How a case reached the МЦУ; decides its legal regime and its number prefix. */
public enum Channel {
    /** Written letter (59-ФЗ). */
    LETTER(Regime.APPEAL_59FZ, "A", "Письменное обращение"),
    /** Единый портал госуслуг (59-ФЗ). */
    EPGU(Regime.APPEAL_59FZ, "A", "ЕПГУ"),
    /** The administration's website (59-ФЗ). */
    SITE(Regime.APPEAL_59FZ, "A", "Официальный сайт"),
    /** Personal reception, recorded in a reception card (59-ФЗ). */
    RECEPTION(Regime.APPEAL_59FZ, "A", "Личный приём"),
    /** Платформа обратной связи (ПП РФ № 1802). */
    POS(Regime.POS, "P", "Платформа обратной связи"),
    /** A social-media post found by «Инцидент Менеджмент». */
    INCIDENT(Regime.INCIDENT, "I", "Инцидент Менеджмент");

    /** The legal regime a channel's cases are handled under. */
    public enum Regime { APPEAL_59FZ, POS, INCIDENT }

    private final Regime regime;
    private final String numberPrefix;
    private final String title;

    Channel(Regime regime, String numberPrefix, String title) {
        this.regime = regime;
        this.numberPrefix = numberPrefix;
        this.title = title;
    }

    public Regime regime() {
        return regime;
    }

    public String numberPrefix() {
        return numberPrefix;
    }

    /** Russian name for people. */
    public String title() {
        return title;
    }

    public boolean isAppeal() {
        return regime == Regime.APPEAL_59FZ;
    }
}
