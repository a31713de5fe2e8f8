package ru.mcu.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks a login against the engine's users: the one login of the staff for the application's
 * pages, the webapps (Tasklist, Cockpit, Admin) and the API. Each Camunda group becomes an
 * authority {@code GROUP_<id>}, and each webapp the engine lets the user open (its
 * {@code APPLICATION} authorization, as the webapps themselves check it) an authority
 * {@code APP_<app>}. A user the engine has locked after wrong passwords is refused with a
 * {@link LockedException} ({@link LockedForGood} after the last allowed attempt), so that the
 * login page can tell him so.
 * <p>
 * HTTP Basic sends the password with every request, and the engine's check (a salted SHA-512
 * and two queries) cost an intake 5 % of its CPU; so a successful check is remembered for
 * {@code mcu.security.credential-cache-ttl} (30 s by default, {@code PT0S} turns it off), as a
 * salted SHA-256 of user and password that lives only in this process. A wrong password is
 * never remembered; a changed password, a removed user or a changed group or tenant membership takes
 * effect after at most the TTL (docs/performance.md).
 */
@Component
class EngineIdentityAuthenticationProvider implements AuthenticationProvider {

    private static final int MAX_REMEMBERED = 10_000;

    /** The webapps whose access is an authority {@code APP_<app>}. */
    static final List<String> WEBAPPS = List.of("tasklist", "cockpit", "admin");

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final LoginLocks locks;
    private final long ttlNanos;
    private final LongSupplier nanoTime;
    private final byte[] salt = new byte[16];
    private final Map<String, Checked> recent = new ConcurrentHashMap<>();

    @Autowired
    EngineIdentityAuthenticationProvider(IdentityService identity, AuthorizationService authorizations, LoginLocks locks,
                                         @Value("${mcu.security.credential-cache-ttl:PT30S}") Duration ttl) {
        this(identity, authorizations, locks, ttl, System::nanoTime);
    }

    /** With the ticker the remembered checks expire by ({@link System#nanoTime()} but in tests). */
    EngineIdentityAuthenticationProvider(IdentityService identity, AuthorizationService authorizations, LoginLocks locks,
                                         Duration ttl, LongSupplier nanoTime) {
        this.identity = identity;
        this.authorizations = authorizations;
        this.locks = locks;
        this.ttlNanos = ttl.toNanos();
        this.nanoTime = nanoTime;
        new SecureRandom().nextBytes(salt);
    }

    private record Checked(byte[] digest, List<SimpleGrantedAuthority> authorities, long until) {
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String user = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (user == null || credentials == null) {
            throw new BadCredentialsException("Неверное имя пользователя или пароль");
        }
        byte[] digest = digest(user, credentials.toString());
        Checked checked = recent.get(user);
        if (checked != null && nanoTime.getAsLong() - checked.until() < 0 && MessageDigest.isEqual(checked.digest(), digest)) {
            return UsernamePasswordAuthenticationToken.authenticated(user, null, checked.authorities());
        }
        // a locked user is refused whatever the password, and the engine counts no attempt
        switch (locks.of(user)) {
            case PERMANENT -> {
                recent.remove(user);
                throw new LockedForGood("Учётная запись заблокирована после неудачных попыток входа");
            }
            case TEMPORARY -> {
                recent.remove(user);
                throw new LockedException("Вход временно заблокирован после неверного пароля");
            }
            case NONE -> {
                // the engine checks the password
            }
        }
        if (!identity.checkPassword(user, credentials.toString())) {
            recent.remove(user);
            throw new BadCredentialsException("Неверное имя пользователя или пароль");
        }
        List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
        List<SimpleGrantedAuthority> granted = new ArrayList<>();
        groups.forEach(id -> granted.add(new SimpleGrantedAuthority(Roles.GROUP + id)));
        // the tenants are remembered with the login, as the groups are: the engine REST API would
        // otherwise ask for them on every call
        identity.createTenantQuery().userMember(user).includingGroupsOfUser(true).list()
                .forEach(t -> granted.add(new SimpleGrantedAuthority(Roles.TENANT + t.getId())));
        for (String app : WEBAPPS) {
            if (authorizations.isUserAuthorized(user, groups, Permissions.ACCESS, Resources.APPLICATION, app)) {
                granted.add(new SimpleGrantedAuthority(Roles.APP + app));
            }
        }
        List<SimpleGrantedAuthority> authorities = List.copyOf(granted);
        if (ttlNanos > 0) {
            if (recent.size() >= MAX_REMEMBERED) {
                recent.clear();
            }
            recent.put(user, new Checked(digest, authorities, nanoTime.getAsLong() + ttlNanos));
        }
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }

    private byte[] digest(String user, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            sha.update(user.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return sha.digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The user reached the engine's last allowed failed attempt: locked until an administrator unlocks him. */
    static final class LockedForGood extends LockedException {
        LockedForGood(String message) {
            super(message);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
