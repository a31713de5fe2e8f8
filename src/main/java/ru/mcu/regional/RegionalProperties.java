package ru.mcu.regional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code mcu.regional}: the term a request of the ЦУР gets when none is entered, in working days
 * after the day it was received (the production calendar decides which days work; default 5).
 */
@ConfigurationProperties("mcu.regional")
public record RegionalProperties(Integer requestTermWorkingDays) {

    public RegionalProperties {
        requestTermWorkingDays = requestTermWorkingDays == null || requestTermWorkingDays <= 0 ? 5 : requestTermWorkingDays;
    }
}
