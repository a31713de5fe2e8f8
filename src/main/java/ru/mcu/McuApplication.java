package ru.mcu;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The case-management system of a Municipal Control Center (МЦУ): appeals, ПОС messages and
 * incidents as BPMN process instances on an embedded Camunda 7 engine.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class McuApplication {

    public static void main(String[] args) {
        SpringApplication.run(McuApplication.class, args);
    }
}
