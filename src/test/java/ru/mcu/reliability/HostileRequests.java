package ru.mcu.reliability;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A deterministic corpus (fixed seed) of malformed and hostile requests against every endpoint
 * of the application's API: wrong content types, broken JSON, huge bodies, wrong types,
 * unicode and NUL bytes, SQL-ish strings, path traversal, bad dates, negative numbers, unknown
 * case numbers, missing or forged credentials. Requests are raw bytes, so that the corpus can
 * say what a real client library would refuse to send.
 *
 * <p>Requests that could be valid change only intake (new appeals, messages, incidents with
 * external ids starting with {@code hostile-}); every request to an administrator's endpoint
 * that changes something carries a body or a path that cannot be valid, so that the corpus
 * never alters the calendar, the policies or the tokens other tests rely on.
 */
final class HostileRequests {

    /** One raw request; {@code user} null for none, else a demo user or a forged header. */
    record Request(String method, String target, String contentType, byte[] body, String authorization) {
        String describe() {
            String shown = target.length() > 120 ? target.substring(0, 120) + "…(" + target.length() + ")" : target;
            return method + " " + shown.replace("\0", "\\0") + " [" + contentType + ", " + (body == null ? 0 : body.length) + " bytes, "
                    + (authorization == null ? "no auth" : authorization.substring(0, Math.min(20, authorization.length()))) + "]";
        }
    }

    private static final String[] NUMBERS = {
        "A-2026-999999", "Z-0000-000000", "../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f%2e%2e%2f",
        "A-2026-000001'%20OR%20'1'='1", "A-2026-000001;DROP%20TABLE%20cases", "-1", "0", "%00", "A-2026-%00",
        "%D0%90-2026-000001", "A-99999999999999999999-1", "a".repeat(3000), "%F0%9F%98%80", "%C0%AF", "null", "%25",
        "A-2026-00000000000000000000000000000001"};

    private static final String[] STRINGS = {
        "'; drop table cases; --", "\" OR \"1\"=\"1", "1' union select password_ from act_id_user --", "\\u0000", "\u0000",
        "a\u0000b", "\uD800", "\uDFFF\uD800", "\u202Eevil\u202C", "😀".repeat(50), "<script>alert(1)</script>",
        "${jndi:ldap://127.0.0.1/x}", "#{7*7}", "../../../../etc/passwd", "%00", "\r\nX-Injected: 1", "", " ", "\t\n",
        "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "Ж".repeat(30000), "x".repeat(70000), "-1", "1e400", "NaN", "2026-02-30T10:00:00+11:00", "0000-00-00"};

    private static final String[] DATES = {
        "2026-13-45T10:00:00%2B11:00", "2026-02-30T10:00:00%2B11:00", "yesterday", "-999999999-01-01T00:00:00Z",
        "%2B999999999-12-31T23:59:59Z", "2026-11-20", "1970-01-01T00:00:00Z", "%00", "2026-11-20T10:00:00", "9999-99-99",
        "2026-W47", "''", "1'%20OR%20'1'='1"};

    private static final String[] INTS = {"-1", "-2147483649", "99999999999999999999", "abc", "1.5", "0x10", "%00", "", "NaN", "1e9"};

    private static final String[] BROKEN_JSON = {
        "{", "}", "[", "{\"channel\":", "{\"channel\": \"SITE\",}", "null", "[]", "\"text\"", "42", "{'channel': 'SITE'}",
        "{\"a\":1}{\"b\":2}", "\u0000", "{\"text\": \"\\ud800\"}", "{\"text\": \"\\u0000\"}", "{\"\u0000\": 1}",
        "{\"receivedAt\": \"2026-02-30T10:00:00+11:00\"}", "{\"location\": {\"lat\": 1e400, \"lon\": -1e400}}",
        "{\"location\": \"north\"}", "{\"citizen\": [1,2,3]}", "{\"externalId\": {\"$ne\": null}}", "{\"score\": -5}",
        "{\"score\": 99999999999999999999}", "{\"score\": \"five\"}", "{\"days\": [{\"date\": \"2026-02-30\"}]}"};

    private static final String[] CONTENT_TYPES = {
        "application/json", "text/plain", "application/xml", "multipart/form-data", "multipart/form-data; boundary=x",
        "application/json; charset=utf-16", "application/x-www-form-urlencoded", "text/csv", "*/*", "application/json\u0000",
        "", null};

    /** Endpoints: method, path template ({n} a case number, {id} a number, {y} a year, {d} a date), kind of endpoint. */
    private static final String[][] ENDPOINTS = {
        {"POST", "/api/appeals", "intake"},
        {"POST", "/api/pos/messages", "intake"},
        {"POST", "/api/incidents", "intake"},
        {"GET", "/api/appeals/{n}", "read"},
        {"GET", "/api/cases/{n}", "read"},
        {"GET", "/api/cases?status={s}&channel={s}&from={t}&to={t}&page={i}&size={i}", "read"},
        {"GET", "/api/appeals?department={s}&rubric={s}&page={i}", "read"},
        {"GET", "/api/cases/{n}/duplicates", "read"},
        {"POST", "/api/cases/{n}/link", "change"},
        {"DELETE", "/api/cases/{n}/link", "change"},
        {"POST", "/api/cases/{n}/convert", "change"},
        {"POST", "/api/cases/{n}/rating", "change"},
        {"GET", "/api/deadlines/preview?channel={s}&rubric={s}&receivedAt={t}&importance={s}", "read"},
        {"GET", "/api/deadlines/policies", "read"},
        {"GET", "/api/deadlines/policies/history", "read"},
        {"PUT", "/api/deadlines/policies/{id}", "admin"},
        {"POST", "/api/deadlines/policies", "admin"},
        {"DELETE", "/api/deadlines/policies/{id}", "admin"},
        {"POST", "/api/imports?channel={s}", "admin"},
        {"GET", "/api/imports", "read"},
        {"GET", "/api/imports/{id}", "read"},
        {"GET", "/api/imports/{id}/report", "read"},
        {"GET", "/api/calendar/{y}", "read"},
        {"PUT", "/api/calendar/{y}/days/{d}", "admin"},
        {"POST", "/api/calendar/{y}/confirm", "admin"},
        {"POST", "/api/calendar/{y}/import", "admin"},
        {"GET", "/api/calendar/{y}/history", "read"},
        {"POST", "/api/admin/tokens", "admin"},
        {"GET", "/api/admin/tokens", "read"},
        {"DELETE", "/api/admin/tokens/{id}", "admin"},
        {"GET", "/api/ratings?from={t}&to={t}&channel={s}&minSample={i}", "read"},
        {"GET", "/api/analytics/heatmap?from={t}&to={t}&channel={s}&rubric={s}&department={s}&status={s}", "read"},
        {"GET", "/api/analytics/growth?week={s}&channel={s}", "read"},
        {"GET", "/api/analytics/export/cases.csv?from={t}&to={t}&channel={s}", "read"},
        {"GET", "/api/analytics/export/cases.xlsx?from={t}&to={t}&status={s}", "read"},
        {"GET", "/api/analytics/notes/week?week={s}&channel={s}", "read"},
        {"GET", "/api/analytics/notes/week.pdf?week={s}", "read"},
        {"GET", "/api/audit?from={t}&to={t}&actor={s}&caseNumber={n}&kind={s}&page={i}", "read"},
        {"PATCH", "/api/appeals", "intake"},
        {"GET", "/api/../../../etc/passwd", "read"},
        {"GET", "/api/%2e%2e/%2e%2e/etc/passwd", "read"},
        {"GET", "/api/cases/{n}/../../admin/tokens", "read"},
    };

    private final Random random;
    private int sequence;

    HostileRequests(long seed) {
        this.random = new Random(seed);
    }

    /** The next {@code count} requests of the corpus. */
    List<Request> next(int count) {
        List<Request> requests = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            requests.add(next());
        }
        return requests;
    }

    private Request next() {
        String[] endpoint = ENDPOINTS[random.nextInt(ENDPOINTS.length)];
        String method = endpoint[0];
        String kind = endpoint[2];
        String target = fill(endpoint[1], kind);
        String authorization = authorization(kind);
        String contentType = "application/json";
        byte[] body = null;
        if (!"GET".equals(method)) {
            body = body(endpoint[1], kind);
            if (random.nextInt(5) == 0) {
                contentType = pick(CONTENT_TYPES);
            }
        }
        if (random.nextInt(40) == 0) {
            // a huge body: over the API's limit of 256 KiB
            body = ("{\"text\": \"" + "я".repeat(200_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        }
        return new Request(random.nextInt(60) == 0 ? pick(new String[] {"TRACE", "OPTIONS", "HEAD", "FOO", "GET"}) : method,
                target, contentType, body, authorization);
    }

    private String fill(String template, String kind) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                out.append(template.substring(i));
                break;
            }
            out.append(template, i, open);
            int close = template.indexOf('}', open);
            String slot = template.substring(open + 1, close);
            out.append(switch (slot) {
                case "n" -> pick(NUMBERS);
                case "id" -> pick(INTS);
                case "y" -> pick(new String[] {"2026", "-2026", "99999", "0", "abc", "2026.5", "%00", "1' or '1'='1"});
                case "d" -> pick(new String[] {"2026-02-30", "2026-13-01", "yesterday", "2025-01-01", "%00", "../x"});
                case "t" -> pick(DATES);
                case "i" -> pick(INTS);
                default -> urlish(pick(STRINGS));
            });
            i = close + 1;
        }
        return out.toString();
    }

    /** A query value as a careless client would send it: partly encoded, sometimes raw. */
    private String urlish(String value) {
        if (value.length() > 200) {
            value = value.substring(0, 200);
        }
        if (random.nextBoolean()) {
            return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
        // raw: quotes, braces, angle brackets and non-ASCII as they are, which a strict server
        // must refuse cleanly; only what would break the request line itself is encoded
        StringBuilder raw = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c <= ' ' || c == 0x7f || c == '&' || c == '#' || c == '%') {
                raw.append(String.format("%%%02X", (int) c));
            } else {
                raw.append(c);
            }
        }
        return raw.toString();
    }

    private byte[] body(String template, String kind) {
        int choice = random.nextInt(4);
        if (choice == 0) {
            return pick(BROKEN_JSON).getBytes(StandardCharsets.UTF_8);
        }
        if (choice == 1 && !"intake".equals(kind)) {
            // wrong types everywhere
            return "{\"name\": 5, \"channel\": [\"POS\"], \"score\": \"x\", \"targetNumber\": {}, \"kind\": 1.5, \"days\": \"all\"}"
                    .getBytes(StandardCharsets.UTF_8);
        }
        if ("intake".equals(kind)) {
            return intake(template).getBytes(StandardCharsets.UTF_8);
        }
        // a plausible object with hostile strings, never valid for an administrator's change
        return ("{\"targetNumber\": " + json(pick(NUMBERS)) + ", \"score\": " + pick(INTS.length > 0 ? new String[] {"-1", "0", "6", "99999999999", "\"3\"", "null"} : INTS)
                + ", \"comment\": " + json(pick(STRINGS)) + ", \"name\": " + json(pick(STRINGS)) + ", \"channel\": " + json(pick(STRINGS))
                + ", \"kind\": " + json(pick(STRINGS)) + ", \"date\": " + json(pick(STRINGS)) + "}").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * An intake body that is valid except for one field made hostile (or, one time in five,
     * valid with hostile but acceptable text), so that the hostile value travels as far into
     * the application as it can: validation, the database, the engine.
     */
    private String intake(String path) {
        String id = "hostile-" + (sequence++);
        Map<String, String> fields = new LinkedHashMap<>();
        if (path.startsWith("/api/pos")) {
            fields.put("externalId", json(id));
            fields.put("category", json("Дороги"));
            fields.put("text", json("Яма на дороге у дома 48"));
            fields.put("author", "{\"fullName\": \"Ли Анна\", \"email\": \"lee@example.ru\"}");
            fields.put("address", json("ул. Сахалинская, 48"));
            fields.put("location", "{\"lat\": 46.96, \"lon\": 142.74}");
        } else if (path.startsWith("/api/incidents")) {
            fields.put("externalId", json(id));
            fields.put("network", json("vk"));
            fields.put("url", json("https://vk.com/wall-1_2"));
            fields.put("author", json("Анна С."));
            fields.put("text", json("Третий день не убирают снег во дворе"));
            fields.put("importance", json("HIGH"));
        } else {
            fields.put("channel", json("SITE"));
            fields.put("externalId", json(id));
            fields.put("kind", json("COMPLAINT"));
            fields.put("citizen", "{\"fullName\": \"Иванова Мария\", \"email\": \"ivanova@example.ru\"}");
            fields.put("text", json("Во дворе не вывозят мусор"));
            fields.put("rubric", json("waste.collection"));
            fields.put("district", json("center"));
            fields.put("receivedAt", json("2026-11-20T10:15:00+11:00"));
            fields.put("location", "{\"lat\": 46.96, \"lon\": 142.74}");
        }
        List<String> names = new ArrayList<>(fields.keySet());
        String target = random.nextInt(5) == 0 ? "text" : names.get(random.nextInt(names.size()));
        if (!fields.containsKey(target)) {
            target = "text";
        }
        String hostile = switch (random.nextInt(6)) {
            case 0 -> pick(new String[] {"5", "-1", "1e400", "true", "[]", "{}", "null", "[\"SITE\"]"});
            case 1 -> target.equals("location")
                    ? pick(new String[] {"{\"lat\": 91, \"lon\": 142}", "{\"lat\": \"north\"}", "{\"lat\": -1e400, \"lon\": 1e400}", "\"46.96,142.74\""})
                    : json(pick(STRINGS));
            case 2 -> "{\"fullName\": " + json(pick(STRINGS)) + ", \"email\": " + json(pick(STRINGS)) + ", \"phone\": " + json(pick(STRINGS)) + "}";
            default -> json(pick(STRINGS));
        };
        fields.put(target, hostile);
        return fields.entrySet().stream().map(e -> json(e.getKey()) + ": " + e.getValue())
                .collect(java.util.stream.Collectors.joining(", ", "{", "}"));
    }

    private String authorization(String kind) {
        return switch (random.nextInt(10)) {
            case 0 -> null;
            case 1 -> "Basic " + Base64.getEncoder().encodeToString("nobody-at-all:guess".getBytes(StandardCharsets.UTF_8));
            case 2 -> "Basic !!!not-base64!!!";
            case 3 -> "Bearer mcu_" + "A".repeat(43);
            case 4 -> "Bearer ' OR 1=1 --";
            default -> "Basic " + Base64.getEncoder().encodeToString(
                    (("admin".equals(kind) ? "demo" : "intake".equals(kind) ? "mcu-registrar" : "mcu-head") + ":demo")
                            .getBytes(StandardCharsets.UTF_8));
        };
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    /** A JSON string literal; NUL and lone surrogates escaped as JSON allows. */
    static String json(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || Character.isSurrogate(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
