package ru.mcu.cases;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The citizen's access code to his own case: derived from the case number with a secret kept
 * in the database (created on first use), so it can be put into any later e-mail without
 * storing it, and checked in constant time. Eight characters without look-alikes (0/O, 1/I).
 */
@Component
public class AccessCodes {

    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private final JdbcTemplate jdbc;
    private volatile byte[] secret;

    AccessCodes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public String codeFor(String caseNumber) {
        byte[] mac = mac(caseNumber);
        StringBuilder code = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            code.append(ALPHABET[(mac[i] & 0xff) % ALPHABET.length]);
        }
        return code.toString();
    }

    /** Whether {@code code} opens {@code caseNumber}; case and spaces of the code are ignored. */
    public boolean matches(String caseNumber, String code) {
        if (caseNumber == null || code == null) {
            return false;
        }
        String given = code.replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT);
        return MessageDigest.isEqual(codeFor(caseNumber).getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
    }

    private byte[] mac(String caseNumber) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(secret(), "HmacSHA256"));
            return hmac.doFinal(caseNumber.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] secret() {
        byte[] s = secret;
        if (s == null) {
            s = loadOrCreate();
            secret = s;
        }
        return s;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    byte[] loadOrCreate() {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        jdbc.update("insert into app_secret (name, value) values ('access-code', ?) on conflict (name) do nothing",
                Base64.getEncoder().encodeToString(fresh));
        String stored = jdbc.queryForObject("select value from app_secret where name = 'access-code'", String.class);
        return Base64.getDecoder().decode(stored);
    }
}
