package se.samtalsledaren.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One simulated phone: a JDK {@link HttpClient} that keeps the room's cookie as a browser would
 * (and records every answer, so tests can search all of them for leaks).
 */
final class Phone {
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    final String base;
    String cookie;
    /** The phone's long-lived key cookie ({@link RoomServer#KEY_COOKIE}), kept across the room's openings. */
    String key;
    String language = "sv-SE,sv;q=0.9,en;q=0.5";
    final List<HttpResponse<String>> seen = new ArrayList<>();

    Phone(String base) {
        this.base = base;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).header("Accept", "text/html").GET().build());
    }

    HttpResponse<String> getJson(String path) throws IOException, InterruptedException {
        return send(request(path).header("Accept", "application/json").GET().build());
    }

    HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
        return postRaw(path, encode(form), "text/html");
    }

    HttpResponse<String> postJson(String path, Map<String, String> form) throws IOException, InterruptedException {
        return postRaw(path, encode(form), "application/json");
    }

    HttpResponse<String> postRaw(String path, String body, String accept) throws IOException, InterruptedException {
        return send(request(path).header("Accept", accept).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
                .header("Accept-Language", language);
        if (cookie != null || key != null) {
            b.header("Cookie", (cookie != null ? RoomServer.COOKIE + "=" + cookie : "")
                    + (cookie != null && key != null ? "; " : "") + (key != null ? RoomServer.KEY_COOKIE + "=" + key : ""));
        }
        return b;
    }

    HttpResponse<String> send(HttpRequest r) throws IOException, InterruptedException {
        HttpResponse<String> res = HTTP.send(r, HttpResponse.BodyHandlers.ofString());
        synchronized (seen) {
            seen.add(res);
        }
        for (String c : res.headers().allValues("Set-Cookie")) {
            String v = c.substring(c.indexOf('=') + 1, c.indexOf(';'));
            if (c.startsWith(RoomServer.KEY_COOKIE + "=")) {
                key = v.isEmpty() ? null : v;
            } else {
                cookie = v.isEmpty() ? null : v;
            }
        }
        return res;
    }

    /** Joins as a listed participant; asserts the room let it in. */
    void join(String token, String participantId) throws IOException, InterruptedException {
        HttpResponse<String> r = post("/j/" + token, Map.of("participant", participantId));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).hasValue("/p/now");
        assertThat(cookie).isNotNull();
    }

    /** What a stream's reader adds once the connection has ended. */
    static final String END = "<end of stream>";

    /** A live stream as the phone opened it: the answer's status and its lines, read on a thread of their own. */
    record Events(int status, String type, java.util.concurrent.BlockingQueue<String> lines) {}

    /** Opens the live stream ({@code /p/events}) as a browser's EventSource does. */
    Events events() throws IOException, InterruptedException {
        HttpResponse<java.util.stream.Stream<String>> r = HttpClient.newHttpClient().send(request("/p/events")
                .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofLines());
        java.util.concurrent.BlockingQueue<String> lines = new java.util.concurrent.LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try {
                java.util.Iterator<String> it = r.body().iterator();
                while (it.hasNext()) {
                    lines.add(it.next());
                }
            } catch (RuntimeException e) {
                // the connection was closed
            }
            lines.add(END);
        }, "sse-reader");
        reader.setDaemon(true);
        reader.start();
        return new Events(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), lines);
    }

    /** The live stream's lines; asserts it opened as an event stream. */
    java.util.concurrent.BlockingQueue<String> listen() throws IOException, InterruptedException {
        Events e = events();
        assertThat(e.status()).isEqualTo(200);
        assertThat(e.type()).startsWith("text/event-stream");
        return e.lines();
    }

    static String encode(Map<String, String> form) {
        return form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
