package ru.mcu.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the demo seeds.
 *
 * @param users    create the demo users
 * @param appeals  file the demo appeals (only into an empty database)
 * @param password the password of every demo user
 */
@ConfigurationProperties("mcu.demo")
public record DemoProperties(boolean users, boolean appeals, String password) {
}
