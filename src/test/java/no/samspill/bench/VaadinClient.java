package no.samspill.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One browser session replayed at the level of Vaadin's protocol: the login form with Spring Security's CSRF token,
 * the UI's start, and then round trips that keep the sync id, the client id and the UI's security key, as
 * Vaadin's client does. It keeps only what the next request needs (the session cookie, the node of each element id
 * and of each grid), so that the client's own memory stays small beside the server's sessions it measures. Every
 * request names its journey step in {@code X-Bench-Step}, for the server-side timer.
 */
final class VaadinClient {

    static final String STEP_HEADER = "X-Bench-Step";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern COOKIE = Pattern.compile("JSESSIONID=([^;]+)");
    private static final String CLICK_DATA = "{\"event.screenX\":0,\"event.screenY\":0,\"event.clientX\":0,"
            + "\"event.clientY\":0,\"event.detail\":1,\"event.button\":0,\"event.ctrlKey\":false,"
            + "\"event.shiftKey\":false,\"event.altKey\":false,\"event.metaKey\":false}";

    private final HttpClient http;
    private final String base;
    private String cookie = "";
    private String securityKey = "";
    private int syncId;
    private int clientId;
    private int history;
    private final Map<String, Integer> nodesById = new HashMap<>();
    private final List<Integer> newGrids = new ArrayList<>();
    private final Map<Integer, String> tags = new HashMap<>();

    VaadinClient(HttpClient http, String base) {
        this.http = http;
        this.base = base;
    }

    /** A new client on the same connection pool, for a session that starts over. */
    interface Factory {
        VaadinClient create();
    }

    Factory factory() {
        return () -> new VaadinClient(http, base);
    }

    /** Logs in through the form, as a browser does, and starts a UI on the route. */
    void login(String user, String password, String route) throws IOException, InterruptedException {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base + "/login")).GET(), "login");
        Matcher csrf = CSRF.matcher(page.body());
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String form = "username=" + encode(user) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), "login");
        String location = login.headers().firstValue("Location").orElse("");
        if (login.statusCode() != 302 || location.contains("error") || location.contains("throttled")) {
            throw new IllegalStateException("login of " + user + " refused: " + login.statusCode() + " " + location);
        }
        HttpResponse<String> init = send(HttpRequest.newBuilder(URI.create(base + "/?v-r=init&location="
                + encode(route) + "&query=")).GET(), "init");
        JsonNode uidl = JSON.readTree(init.body()).path("appConfig").path("uidl");
        securityKey = uidl.path("Vaadin-Security-Key").asString();
        if (securityKey.isEmpty()) {
            throw new IllegalStateException("no UI started for " + user + ": " + init.body().substring(0,
                    Math.min(300, init.body().length())));
        }
        syncId = uidl.path("syncId").asInt();
        read(uidl);
        navigate(route, "open");
    }

    /** A navigation inside the UI, as a click on a menu link sends it. */
    void navigate(String route, String step) throws IOException, InterruptedException {
        newGrids.clear();
        nodesById.clear();
        String data = "{\"route\":" + JSON.writeValueAsString(route) + ",\"query\":\"\",\"appShellTitle\":\"\","
                + "\"historyState\":{\"idx\":" + history++ + "},\"trigger\":\"\"}";
        rpc("{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":" + data + "}", step);
    }

    /** What the browser asks next after a navigation: the first rows of every grid the page attached. */
    void gridRows(String step) throws IOException, InterruptedException {
        if (newGrids.isEmpty()) {
            return;
        }
        List<String> calls = new ArrayList<>();
        for (int grid : List.copyOf(newGrids)) {
            calls.add("{\"type\":\"publishedEventHandler\",\"node\":" + grid + ",\"templateEventMethodName\":"
                    + "\"setViewportRange\",\"templateEventMethodArgs\":[0,50],\"promise\":0}");
        }
        newGrids.clear();
        rpc(String.join(",", calls), step);
    }

    /** Types a value into the field with that element id, and sends it as the field's change event would. */
    void type(String elementId, String value, String step) throws IOException, InterruptedException {
        rpc("{\"type\":\"mSync\",\"node\":" + node(elementId) + ",\"feature\":1,\"property\":\"value\",\"value\":"
                + JSON.writeValueAsString(value) + "}", step);
    }

    /** Selects the tab at the index in the page's last tab strip, as a click on the tab does. */
    void selectTab(int index, String step) throws IOException, InterruptedException {
        int strip = tags.entrySet().stream().filter(e -> e.getValue().equals("vaadin-tabs"))
                .mapToInt(Map.Entry::getKey).max().orElseThrow(() -> new IllegalStateException("no tab strip"));
        rpc("{\"type\":\"mSync\",\"node\":" + strip + ",\"feature\":1,\"property\":\"selected\",\"value\":" + index
                + "}", step);
    }

    void click(String elementId, String step) throws IOException, InterruptedException {
        rpc("{\"type\":\"event\",\"node\":" + node(elementId) + ",\"event\":\"click\",\"data\":" + CLICK_DATA + "}",
                step);
    }

    boolean has(String elementId) {
        return nodesById.containsKey(elementId);
    }

    private int node(String elementId) {
        Integer node = nodesById.get(elementId);
        if (node == null) {
            throw new IllegalStateException("no element #" + elementId + " on the page");
        }
        return node;
    }

    private void rpc(String invocations, String step) throws IOException, InterruptedException {
        String body = "{\"csrfToken\":\"" + securityKey + "\",\"rpc\":[" + invocations + "],\"syncId\":" + syncId
                + ",\"clientId\":" + clientId + "}";
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=0"))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)), step);
        String text = response.body().startsWith("for(;;);") ? response.body().substring(8) : response.body();
        JsonNode reply = JSON.readTree(text);
        if (reply.isArray()) {
            reply = reply.get(0);
        }
        if (response.statusCode() != 200 || reply.path("meta").has("appError")
                || reply.path("meta").path("sessionExpired").asBoolean(false)) {
            throw new IllegalStateException(step + ": " + response.statusCode() + " " + text.substring(0,
                    Math.min(400, text.length())));
        }
        if (Boolean.getBoolean("bench.debug")) {
            System.out.println("<<< " + step + " " + body.substring(0, Math.min(600, body.length())) + "\n>>> "
                    + text.substring(0, Math.min(6000, text.length())));
        }
        syncId = reply.path("syncId").asInt(syncId);
        clientId++;
        read(reply);
    }

    /** Keeps the node of each element id and of each new grid, from the changes of a response. */
    private void read(JsonNode uidl) {
        for (JsonNode change : uidl.path("changes")) {
            String type = change.path("type").asString();
            int node = change.path("node").asInt();
            if (type.equals("detach")) {
                tags.remove(node);
                continue;
            }
            if (!type.equals("put") || !change.has("value")) {
                continue;
            }
            String key = change.path("key").asString();
            if (key.equals("tag")) {
                // only the tags the journeys look for: the client's memory must stay small beside the sessions
                String tag = change.path("value").asString();
                if (tag.equals("vaadin-tabs")) {
                    tags.put(node, "vaadin-tabs");
                } else if (tag.equals("vaadin-grid")) {
                    newGrids.add(node);
                }
            } else if (key.equals("id") && change.path("value").isString()) {
                nodesById.put(change.path("value").asString(), node);
            }
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String step)
            throws IOException, InterruptedException {
        if (!cookie.isEmpty()) {
            request.header("Cookie", "JSESSIONID=" + cookie);
        }
        HttpResponse<String> response = http.send(request.header(STEP_HEADER, step).build(),
                HttpResponse.BodyHandlers.ofString());
        for (String set : response.headers().allValues("Set-Cookie")) {
            Matcher m = COOKIE.matcher(set);
            if (m.find()) {
                cookie = m.group(1);
            }
        }
        return response;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
