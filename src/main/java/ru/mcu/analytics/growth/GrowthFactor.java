package ru.mcu.analytics.growth;

import java.util.List;
import ru.mcu.analytics.CaseSlice;

/**
 * A topic, a place or a topic in a place whose cases grew beyond noise from one week to the
 * next, with the rubrics that grew most inside it (the "why").
 *
 * @param topic     top-level rubric code, or null for a district factor
 * @param district  district code, or null for a topic factor
 * @param count     cases received this week
 * @param previous  cases received the week before
 * @param z         (count − previous) / √(count + previous)
 */
public record GrowthFactor(Level level, String topic, String topicName, String district, String districtName,
                           long count, long previous, double z, List<Driver> drivers, CaseSlice slice) {

    /** What kind of factor. */
    public enum Level {
        TOPIC("Тема"), DISTRICT("Место"), TOPIC_IN_DISTRICT("Тема в месте");

        private final String title;

        Level(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    /** A rubric inside the factor: its cases this week and the week before. */
    public record Driver(String rubric, String name, long count, long previous) {
    }

    /** For people: «Дороги — Луговое». */
    public String title() {
        if (topic != null && district != null) {
            return topicName + " — " + districtName;
        }
        return topic != null ? topicName : districtName;
    }

    /** Growth in percent of the previous week, or null when the previous week had none. */
    public Long growthPercent() {
        return previous == 0 ? null : Math.round(100.0 * (count - previous) / previous);
    }
}
