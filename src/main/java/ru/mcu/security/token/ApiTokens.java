package ru.mcu.security.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.mcu.cases.Channel;
import ru.mcu.platform.FieldError;
import ru.mcu.platform.InvalidInput;
import ru.mcu.security.audit.AuditAction;
import ru.mcu.security.audit.AuditLog;

/**
 * API tokens of the channels' integrations: one per integration and channel, shown once when
 * issued, kept only as the SHA-256 of the secret, revocable. A token files cases of its own
 * channel and does nothing else.
 */
@Service
public class ApiTokens {

    /** Every token starts with this, so that a leaked one is easy to recognise in logs and code. */
    static final String PREFIX = "mcu_";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;

    ApiTokens(JdbcTemplate jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** A token as listed: never its secret. */
    public record TokenView(long id, String name, String channel, Instant createdAt, String createdBy,
                            Instant revokedAt, String revokedBy, Instant lastUsedAt) {
    }

    /** A token just issued, with its secret, shown this once. */
    public record IssuedToken(long id, String name, String channel, String token) {
    }

    /** The integration a valid token belongs to. */
    public record Holder(long id, String name, Channel channel) {
    }

    @Transactional
    public IssuedToken issue(String name, Channel channel, String actor) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new InvalidInput("name", "Укажите название интеграции, до 200 символов");
        }
        if (channel == null) {
            throw new InvalidInput("channel",
                    "Укажите канал: LETTER, EPGU, SITE, RECEPTION, POS или INCIDENT");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Long id = jdbc.queryForObject("""
                insert into api_token (name, channel, token_hash, created_at, created_by) values (?, ?, ?, ?, ?) returning id
                """, Long.class, name.strip(), channel.name(), hash(token), Timestamp.from(clock.instant()), actor);
        audit.record(actor, AuditAction.TOKEN_CREATED, "API", null, "Токен №" + id + " «" + name.strip() + "», канал " + channel);
        return new IssuedToken(id, name.strip(), channel.name(), token);
    }

    @Transactional
    public boolean revoke(long id, String actor) {
        int revoked = jdbc.update("update api_token set revoked_at = ?, revoked_by = ? where id = ? and revoked_at is null",
                Timestamp.from(clock.instant()), actor, id);
        if (revoked > 0) {
            audit.record(actor, AuditAction.TOKEN_REVOKED, "API", null, "Токен №" + id);
        }
        return revoked > 0 || jdbc.queryForObject("select count(*) from api_token where id = ?", Integer.class, id) > 0;
    }

    @Transactional(readOnly = true)
    public List<TokenView> list() {
        return jdbc.query("""
                select id, name, channel, created_at, created_by, revoked_at, revoked_by, last_used_at from api_token order by id
                """, (rs, i) -> new TokenView(rs.getLong("id"), rs.getString("name"), rs.getString("channel"),
                instant(rs.getTimestamp("created_at")), rs.getString("created_by"), instant(rs.getTimestamp("revoked_at")),
                rs.getString("revoked_by"), instant(rs.getTimestamp("last_used_at"))));
    }

    /** The integration holding {@code token}, if it is a valid, unrevoked token; notes its use. */
    @Transactional
    public Optional<Holder> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 200) {
            return Optional.empty();
        }
        List<Holder> found = jdbc.query("""
                update api_token set last_used_at = ? where token_hash = ? and revoked_at is null returning id, name, channel
                """, (rs, i) -> new Holder(rs.getLong("id"), rs.getString("name"), Channel.valueOf(rs.getString("channel"))),
                Timestamp.from(clock.instant()), hash(token));
        return found.stream().findFirst();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
