package ru.mcu.platform.time;

import java.time.ZoneId;

/**
 * The administration's time zone. All instants are stored in UTC; every local reasoning
 * (days, working hours, the year of a number) happens in Asia/Sakhalin (UTC+11).
 */
public final class LocalZone {

    public static final ZoneId ZONE = ZoneId.of("Asia/Sakhalin");

    private LocalZone() {
    }
}
