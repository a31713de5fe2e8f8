package ru.mcu.security;

import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether the engine refuses a user's logins for now. After a wrong password the engine locks
 * the user for a few seconds (longer after each failure), and after
 * {@code loginMaxAttempts} failures until an administrator unlocks him in Admin; during a lock
 * even the right password is refused. The engine does not say why {@code checkPassword}
 * failed, so the login form asks here first, to tell a locked user so instead of "wrong
 * password". Reads the engine's user table through the public native query.
 */
@Component
class LoginLocks {

    /** What the engine does with the next login of a user. */
    enum Lock {
        /** Checks the password. */
        NONE,
        /** Refuses every password until a few seconds (at most a minute) have passed. */
        TEMPORARY,
        /** Refuses every password until an administrator unlocks the user. */
        PERMANENT
    }

    private static final String LOCKED = "SELECT * FROM ACT_ID_USER WHERE ID_ = #{id} "
            + "AND (ATTEMPTS_ >= #{max} OR LOCK_EXP_TIME_ > #{now})";
    private static final String LOCKED_FOR_GOOD = "SELECT COUNT(*) FROM ACT_ID_USER WHERE ID_ = #{id} AND ATTEMPTS_ >= #{max}";

    private final IdentityService identity;
    private final Clock clock;
    private final int maxAttempts;

    LoginLocks(IdentityService identity, Clock clock,
               @Value("${camunda.bpm.generic-properties.properties.loginMaxAttempts:10}") int maxAttempts) {
        this.identity = identity;
        this.clock = clock;
        this.maxAttempts = maxAttempts;
    }

    Lock of(String user) {
        if (identity.createNativeUserQuery().sql(LOCKED)
                .parameter("id", user).parameter("max", maxAttempts).parameter("now", Date.from(clock.instant()))
                .list().isEmpty()) {
            return Lock.NONE;
        }
        long forGood = identity.createNativeUserQuery().sql(LOCKED_FOR_GOOD)
                .parameter("id", user).parameter("max", maxAttempts).count();
        return forGood > 0 ? Lock.PERMANENT : Lock.TEMPORARY;
    }
}
