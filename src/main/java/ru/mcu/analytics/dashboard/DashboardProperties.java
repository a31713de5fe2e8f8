package ru.mcu.analytics.dashboard;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the morning dashboard.
 *
 * @param riskWorkingDays a term ending within this many working days (today counts when it is
 *                        one) is at risk while no draft answer is written
 * @param riskListSize    how many of the cases at risk the dashboard names
 */
@ConfigurationProperties("mcu.analytics.dashboard")
public record DashboardProperties(Integer riskWorkingDays, Integer riskListSize) {

    public DashboardProperties {
        riskWorkingDays = riskWorkingDays == null ? 2 : riskWorkingDays;
        riskListSize = riskListSize == null ? 10 : riskListSize;
    }
}
