package ru.mcu.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.mcu.support.IntegrationTest;

/**
 * The embedded server runs the major version the application says it does, and a data
 * directory of another major version is refused at start with what to do about it.
 */
class EmbeddedPostgresVersionTest extends IntegrationTest {

    @Autowired
    private JdbcTemplate jdbc;

    @TempDir
    Path dir;

    @Test
    void shouldRunTheMajorVersionItNames() {
        Integer version = jdbc.queryForObject("select current_setting('server_version_num')::int", Integer.class);

        assertThat(version / 10000).isEqualTo(Integer.parseInt(EmbeddedPostgresServer.MAJOR_VERSION));
    }

    @Test
    void shouldRefuseADirectoryOfAnotherMajorVersionSayingHowToUpgrade() throws Exception {
        Files.writeString(dir.resolve("PG_VERSION"), "14\n");

        assertThatThrownBy(() -> EmbeddedPostgresServer.refuseOtherMajorVersion(dir))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PostgreSQL 14")
                .hasMessageContaining("tools/db/upgrade-embedded-postgres.sh")
                .hasMessageContaining("MCU_DATA_DIR");

        Files.writeString(dir.resolve("PG_VERSION"), EmbeddedPostgresServer.MAJOR_VERSION + "\n");
        EmbeddedPostgresServer.refuseOtherMajorVersion(dir);
    }
}
