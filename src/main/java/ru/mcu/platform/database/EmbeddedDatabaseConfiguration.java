package ru.mcu.platform.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Without {@code spring.datasource.url} the application runs on an embedded PostgreSQL whose
 * data stays under {@code mcu.embedded-db.data-dir} between runs. With the URL set, Spring
 * Boot's own data source is used and this configuration stays out of the way.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "release")
    EmbeddedPostgresServer embeddedPostgresServer(EmbeddedDatabaseProperties properties) {
        return EmbeddedPostgresServer.startIn(Path.of(properties.dataDir()), properties.clean(), properties.durable());
    }

    @Bean(destroyMethod = "close")
    @Primary
    DataSource dataSource(EmbeddedPostgresServer server, EmbeddedDatabaseProperties properties) {
        String database = "random".equals(properties.database())
                ? "ctx_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
                : properties.database();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.jdbcUrl(database));
        config.setUsername("postgres");
        config.setPassword("postgres");
        config.setMaximumPoolSize(properties.maxPoolSize());
        config.setPoolName("mcu-embedded");
        // while the database is out of reach a request waits this long for a connection, then
        // is answered 503 (ApiFallbackFilter); the default 30 s would hold clients and threads
        config.setConnectionTimeout(5000);
        return new HikariDataSource(config);
    }
}
