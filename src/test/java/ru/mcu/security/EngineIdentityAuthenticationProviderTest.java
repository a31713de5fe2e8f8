package ru.mcu.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The remembered credentials: never a wrong password, never longer than the TTL; the webapps
 * the engine lets the user open; a locked user told so.
 */
class EngineIdentityAuthenticationProviderTest {

    private final IdentityService identity = mock(IdentityService.class);
    private final AuthorizationService authorizations = mock(AuthorizationService.class);
    private final LoginLocks locks = mock(LoginLocks.class);

    @BeforeEach
    void engineKnowsTheClerk() {
        GroupQuery query = mock(GroupQuery.class);
        Group group = mock(Group.class);
        when(group.getId()).thenReturn("dept-roads");
        when(identity.createGroupQuery()).thenReturn(query);
        when(query.groupMember(anyString())).thenReturn(query);
        when(query.list()).thenReturn(List.of(group));
        TenantQuery tenants = mock(TenantQuery.class);
        Tenant tenant = mock(Tenant.class);
        when(tenant.getId()).thenReturn("sakhalin");
        when(identity.createTenantQuery()).thenReturn(tenants);
        when(tenants.userMember(anyString())).thenReturn(tenants);
        when(tenants.includingGroupsOfUser(true)).thenReturn(tenants);
        when(tenants.list()).thenReturn(List.of(tenant));
        when(identity.checkPassword("roads-clerk", "right")).thenReturn(true);
        when(locks.of(anyString())).thenReturn(LoginLocks.Lock.NONE);
        when(authorizations.isUserAuthorized("roads-clerk", List.of("dept-roads"), Permissions.ACCESS, Resources.APPLICATION, "tasklist"))
                .thenReturn(true);
    }

    private static Authentication login(String user, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
    }

    @Test
    void shouldAskTheEngineOnceWithinTheTtlForTheRightPassword() {
        EngineIdentityAuthenticationProvider provider = new EngineIdentityAuthenticationProvider(identity, authorizations, locks, Duration.ofMinutes(1));

        Authentication first = provider.authenticate(login("roads-clerk", "right"));
        Authentication second = provider.authenticate(login("roads-clerk", "right"));

        assertThat(second.isAuthenticated()).isTrue();
        assertThat(second.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("GROUP_dept-roads", "TENANT_sakhalin", "APP_tasklist");
        assertThat(second.getAuthorities()).isEqualTo(first.getAuthorities());
        verify(identity, times(1)).checkPassword("roads-clerk", "right");
    }

    @Test
    void shouldNeverLetAWrongPasswordThroughWhileTheRightOneIsRemembered() {
        EngineIdentityAuthenticationProvider provider = new EngineIdentityAuthenticationProvider(identity, authorizations, locks, Duration.ofMinutes(1));
        provider.authenticate(login("roads-clerk", "right"));

        assertThatThrownBy(() -> provider.authenticate(login("roads-clerk", "wrong"))).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> provider.authenticate(login("roads-clerk", "righ"))).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> provider.authenticate(login("other-clerk", "right"))).isInstanceOf(BadCredentialsException.class);
        // each wrong password reached the engine, which counts failed attempts and locks the user
        verify(identity).checkPassword("roads-clerk", "wrong");
        verify(identity).checkPassword("roads-clerk", "righ");
    }

    @Test
    void shouldRefuseARemovedUserOnceTheTtlHasPassed() {
        java.util.concurrent.atomic.AtomicLong ticker = new java.util.concurrent.atomic.AtomicLong(Long.MAX_VALUE - 100);
        EngineIdentityAuthenticationProvider provider = new EngineIdentityAuthenticationProvider(identity, authorizations, locks,
                Duration.ofMillis(300), ticker::get);
        provider.authenticate(login("roads-clerk", "right"));

        // removed in Admin: the engine no longer knows him; within the TTL he is still remembered
        when(identity.checkPassword("roads-clerk", "right")).thenReturn(false);
        ticker.addAndGet(Duration.ofMillis(299).toNanos());
        provider.authenticate(login("roads-clerk", "right"));
        // the ticker overflows on the way, as System.nanoTime may
        ticker.addAndGet(Duration.ofMillis(2).toNanos());

        assertThatThrownBy(() -> provider.authenticate(login("roads-clerk", "right"))).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void shouldAskTheEngineEveryTimeWhenTheCacheIsOff() {
        EngineIdentityAuthenticationProvider provider = new EngineIdentityAuthenticationProvider(identity, authorizations, locks, Duration.ZERO);

        provider.authenticate(login("roads-clerk", "right"));
        provider.authenticate(login("roads-clerk", "right"));

        verify(identity, times(2)).checkPassword("roads-clerk", "right");
    }

    @Test
    void shouldTellALockedUserSoWithoutAskingTheEngineToCheckHisPassword() {
        EngineIdentityAuthenticationProvider provider = new EngineIdentityAuthenticationProvider(identity, authorizations, locks, Duration.ZERO);
        when(locks.of("roads-clerk")).thenReturn(LoginLocks.Lock.TEMPORARY);
        assertThatThrownBy(() -> provider.authenticate(login("roads-clerk", "right")))
                .isExactlyInstanceOf(LockedException.class);

        when(locks.of("roads-clerk")).thenReturn(LoginLocks.Lock.PERMANENT);
        assertThatThrownBy(() -> provider.authenticate(login("roads-clerk", "right")))
                .isInstanceOf(EngineIdentityAuthenticationProvider.LockedForGood.class);
        verify(identity, never()).checkPassword(anyString(), anyString());
    }
}
