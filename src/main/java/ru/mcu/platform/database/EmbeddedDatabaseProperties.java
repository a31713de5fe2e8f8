package ru.mcu.platform.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL server used when no {@code spring.datasource.url} is given.
 *
 * @param dataDir       where the cluster lives; kept between runs unless {@code clean} is set
 * @param database      the database to use inside the cluster; {@code random} makes a fresh one
 *                      per application context (tests)
 * @param clean         wipe the data directory before start (tests only)
 * @param maxPoolSize   connections the application keeps open to it
 * @param durable       {@code fsync} and synchronous commit on (the default); {@code false} is
 *                      for tests only, where speed matters more than surviving a power cut
 */
@ConfigurationProperties("mcu.embedded-db")
public record EmbeddedDatabaseProperties(String dataDir, String database, boolean clean, Integer maxPoolSize, Boolean durable) {

    public EmbeddedDatabaseProperties {
        if (dataDir == null || dataDir.isBlank()) {
            dataDir = "data/postgres";
        }
        if (database == null || database.isBlank()) {
            database = "mcu";
        }
        if (maxPoolSize == null) {
            maxPoolSize = 20;
        }
        if (durable == null) {
            durable = true;
        }
    }
}
