package ru.mcu.deadline;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.mcu.calendar.ProductionCalendar;

/** The term arithmetic over the application's production calendar, as a bean for every module. */
@Configuration(proxyBeanMethods = false)
class DeadlineConfiguration {

    @Bean
    TermArithmetic termArithmetic(ProductionCalendar calendar) {
        return new TermArithmetic(calendar);
    }
}
