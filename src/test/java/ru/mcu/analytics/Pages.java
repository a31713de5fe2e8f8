package ru.mcu.analytics;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The application's pages as a browser sees them: form login with CSRF, a session cookie, no
 * redirects followed (so a redirect to the login page can be seen).
 */
public final class Pages {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private String session;

    public Pages(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Logs in through the login form; the demo password is {@code demo}. */
    public Pages login(String user) {
        HttpResponse<String> form = get("/login");
        remember(form);
        String token = csrf(form.body());
        HttpResponse<String> done = post("/login", "username=" + user + "&password=demo&_csrf=" + token);
        remember(done);
        if (done.statusCode() != 302 || done.headers().firstValue("Location").orElse("").contains("error")) {
            throw new AssertionError("Login of " + user + " failed: " + done.statusCode() + " " + done.headers().map());
        }
        return this;
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> bytes(String path) {
        return send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Posts a form with the CSRF token of the page at {@code formPage}. */
    public HttpResponse<String> submit(String formPage, String path, String... keyValues) {
        String token = csrf(get(formPage).body());
        StringBuilder body = new StringBuilder("_csrf=").append(token);
        for (int i = 0; i < keyValues.length; i += 2) {
            body.append('&').append(keyValues[i]).append('=').append(URLEncoder.encode(keyValues[i + 1], StandardCharsets.UTF_8));
        }
        return post(path, body.toString());
    }

    private HttpResponse<String> post(String path, String form) {
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        if (session != null) {
            b.header("Cookie", "JSESSIONID=" + session);
        }
        return b;
    }

    private void remember(HttpResponse<?> response) {
        response.headers().allValues("Set-Cookie").forEach(c -> {
            Matcher m = SESSION.matcher(c);
            if (m.find()) {
                session = m.group(1);
            }
        });
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new AssertionError("No CSRF token in the page");
        }
        return m.group(1);
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(request, handler);
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
