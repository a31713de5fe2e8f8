package ru.mcu.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.mcu.support.Api;
import ru.mcu.support.IntegrationTest;
import ru.mcu.support.Json;

/**
 * The engine REST API checks HTTP Basic like the application's API: a refusal says in Russian
 * what is missing, and a good check is remembered for a short time instead of costing the
 * engine's password hash, user query and tenant query on every call.
 */
class EngineRestAuthenticationTest extends IntegrationTest {

    private static final String USER = "engine-rest-wrong-password";
    private static final String TENANT = "engine-rest-tenant";
    private static final String TENANT_MEMBER = "engine-rest-tenant-member";
    private static final String OUTSIDER = "engine-rest-no-tenant";

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private IdentityService identity;

    @Autowired
    private RepositoryService repository;

    @Autowired
    private AuthorizationService authorizations;

    @Test
    void shouldRefuseACallWithoutCredentialsInRussian() {
        ResponseEntity<String> anonymous = rest.getForEntity("/engine-rest/task", String.class);

        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
        assertThat(Json.parse(anonymous.getBody()).get("message").asText()).startsWith("Требуется вход");

        // a user of this test: a wrong password locks its user for a moment, and the demo users serve other tests
        if (identity.createUserQuery().userId(USER).count() == 0) {
            User user = identity.newUser(USER);
            user.setPassword("demo");
            identity.saveUser(user);
        }
        HttpHeaders wrong = new HttpHeaders();
        wrong.setBasicAuth(USER, "not-the-password");
        assertThat(rest.exchange("/engine-rest/task", HttpMethod.GET, new HttpEntity<>(wrong), String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.getForEntity("/engine-rest/engine", String.class).getStatusCode()).as("the engines' list is public")
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void shouldNotAskTheEngineForThePasswordOnEveryCall() {
        jdbc.execute("create extension if not exists pg_stat_statements");
        Api api = new Api(rest);
        assertThat(api.get("roads-clerk", "/engine-rest/task?maxResults=1").getStatusCode()).isEqualTo(HttpStatus.OK);
        long before = userLookups();

        for (int i = 0; i < 5; i++) {
            assertThat(api.get("roads-clerk", "/engine-rest/task?maxResults=1").getStatusCode()).isEqualTo(HttpStatus.OK);
        }

        assertThat(userLookups() - before).as("the engine's password checks of five calls").isLessThan(5);
    }

    @Test
    void shouldKnowTheUsersTenantsFromTheLoginWithoutAskingOnEveryCall() {
        jdbc.execute("create extension if not exists pg_stat_statements");
        if (identity.createTenantQuery().tenantId(TENANT).count() == 0) {
            identity.saveTenant(identity.newTenant(TENANT));
            for (String id : new String[] {TENANT_MEMBER, OUTSIDER}) {
                User user = identity.newUser(id);
                user.setPassword("demo");
                identity.saveUser(user);
                Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
                read.setUserId(id);
                read.setResource(Resources.DEPLOYMENT);
                read.setResourceId(Authorization.ANY);
                read.addPermission(Permissions.READ);
                authorizations.saveAuthorization(read);
            }
            identity.createTenantUserMembership(TENANT, TENANT_MEMBER);
            repository.createDeployment().name("tenant-only").tenantId(TENANT)
                    .addString("tenant-note.txt", "only for the tenant").deploy();
        }
        String deployments = "/engine-rest/deployment?name=tenant-only";
        Api api = new Api(rest);
        assertThat(Json.parse(api.get(TENANT_MEMBER, deployments).getBody())).as("the tenant's deployment, seen by its member")
                .hasSize(1);
        long before = tenantLookups();

        for (int i = 0; i < 3; i++) {
            assertThat(Json.parse(api.get(TENANT_MEMBER, deployments).getBody())).hasSize(1);
        }
        assertThat(Json.parse(api.get(OUTSIDER, deployments).getBody())).as("hidden from a user of no tenant").isEmpty();

        assertThat(tenantLookups() - before).as("tenant queries of three remembered calls and one new login").isEqualTo(1);
    }

    private long tenantLookups() {
        Long calls = jdbc.queryForObject("select coalesce(sum(calls), 0) from pg_stat_statements"
                + " where regexp_replace(lower(query), '\\s+', ' ', 'g') like '%from act_id_tenant%'", Long.class);
        return calls == null ? 0 : calls;
    }

    private long userLookups() {
        // the engine's password check reads the user by id (selectUserById); other lookups of users
        // (names for the pages, the job executor's recipients) are queries by criteria
        Long calls = jdbc.queryForObject("select coalesce(sum(calls), 0) from pg_stat_statements"
                + " where regexp_replace(lower(query), '\\s+', ' ', 'g') like 'select % from act_id_user where id_ = $1%'", Long.class);
        return calls == null ? 0 : calls;
    }
}
