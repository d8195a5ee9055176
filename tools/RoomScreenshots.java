import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Screenshots of the room's pages as a phone shows them (360 x 640 CSS pixels, device pixel ratio
 * 2), taken with the system's Chromium, headless, driven over the DevTools protocol with the JDK's
 * own WebSocket client. Joins as a participant the way a phone does (the join page's button), so
 * the device cookie is real. Run by tools/room-screenshots.sh; needs no library.
 *
 * <pre>java tools/RoomScreenshots.java CHROMIUM BASE TOKEN OUTDIR [LANGUAGE]</pre>
 */
public final class RoomScreenshots {
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private final Map<Integer, CompletableFuture<String>> waiting = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private WebSocket socket;

    public static void main(String[] args) throws Exception {
        String chromium = args[0];
        String base = args[1];
        String token = args[2];
        Path out = Files.createDirectories(Path.of(args[3]));
        String language = args.length > 4 ? args[4] : "sv";
        Path profile = Files.createTempDirectory("room-shots");
        Process browser = new ProcessBuilder(chromium, "--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--lang=" + language, "--user-data-dir=" + profile, "--remote-debugging-port=0",
                "about:blank").redirectErrorStream(true).start();
        try {
            String devtools = null;
            BufferedReader lines = new BufferedReader(new InputStreamReader(browser.getInputStream(), StandardCharsets.UTF_8));
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.startsWith("DevTools listening on ")) {
                    devtools = line.substring("DevTools listening on ".length()).strip();
                    break;
                }
            }
            if (devtools == null) {
                throw new IllegalStateException("Chromium did not start its DevTools endpoint");
            }
            Thread drain = new Thread(() -> lines.lines().forEach(l -> { }));
            drain.setDaemon(true);
            drain.start();
            new RoomScreenshots().run(devtools, base, token, out, language);
        } finally {
            browser.destroy();
            browser.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private void run(String devtools, String base, String token, Path out, String language) throws Exception {
        // The browser endpoint; attach to a page target and talk to it through the flattened session.
        socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(devtools), new Listener()).join();
        String target = field(call(null, "Target.createTarget", "{\"url\":\"about:blank\"}"), "targetId");
        String session = field(call(null, "Target.attachToTarget", "{\"targetId\":\"" + target + "\",\"flatten\":true}"), "sessionId");
        call(session, "Page.enable", "{}");
        call(session, "Network.enable", "{}");
        call(session, "Network.setExtraHTTPHeaders", "{\"headers\":{\"Accept-Language\":\"" + language + "\"}}");
        call(session, "Emulation.setDeviceMetricsOverride",
                "{\"width\":360,\"height\":640,\"deviceScaleFactor\":2,\"mobile\":true}");
        String suffix = language.equals("sv") ? "" : "-" + language;
        shoot(session, base + "/", out.resolve("01-code" + suffix + ".png"));
        shoot(session, base + "/j/" + token, out.resolve("02-join" + suffix + ".png"));
        // Join as a participant, as a phone does: the button posts the join form.
        String participant = language.equals("sv") ? "p3" : "p5";
        call(session, "Runtime.evaluate", "{\"expression\":\"document.querySelector('button[value=" + participant + "]').click()\"}");
        waitForPath(session, "/p/now");
        shoot(session, base + "/p/now", out.resolve("03-now" + suffix + ".png"));
        call(session, "Runtime.evaluate", "{\"expression\":\"document.getElementById('hand-button').click()\"}");
        waitForText(session, "hand-status", language.equals("sv") ? "uppe" : "up");
        capture(session, out.resolve("04-hand-up" + suffix + ".png"), false);
        capture(session, out.resolve("04-now-full" + suffix + ".png"), true);
        shoot(session, base + "/p/case", out.resolve("05-case" + suffix + ".png"));
        shoot(session, base + "/p/prep", out.resolve("06-prep" + suffix + ".png"));
        call(session, "Runtime.evaluate", "{\"expression\":\"var a=document.getElementById('q1');a.focus();"
                + "a.value='Att det tar tid innan beslutet syns i verksamheten.';a.dispatchEvent(new Event('input',{bubbles:true}));\"}");
        waitForText(session, "save-status", language.equals("sv") ? "Sparat" : "Saved");
        capture(session, out.resolve("07-prep-saved" + suffix + ".png"), false);
        capture(session, out.resolve("08-prep-full" + suffix + ".png"), true);
        shoot(session, base + "/p/vote", out.resolve("09-vote" + suffix + ".png"));
        call(session, "Runtime.evaluate", "{\"expression\":\"var i=document.querySelectorAll('#vote-form input');"
                + "i[0].value='2';i[1].value='1';document.getElementById('vote-save').click()\"}");
        waitForText(session, "vote-status", language.equals("sv") ? "Sparat" : "Saved");
        capture(session, out.resolve("10-vote-saved" + suffix + ".png"), false);
        capture(session, out.resolve("10-vote-full" + suffix + ".png"), true);
        shoot(session, base + "/p/survey", out.resolve("11-survey" + suffix + ".png"));
        capture(session, out.resolve("12-survey-full" + suffix + ".png"), true);
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "").join();
    }

    private void shoot(String session, String url, Path file) throws Exception {
        call(session, "Page.navigate", "{\"url\":\"" + url + "\"}");
        waitForPath(session, URI.create(url).getPath());
        capture(session, file, false);
    }

    private void capture(String session, Path file, boolean fullPage) throws Exception {
        String params = fullPage ? "{\"format\":\"png\",\"captureBeyondViewport\":true,\"clip\":{\"x\":0,\"y\":0,\"width\":360,"
                + "\"height\":" + evaluateNumber(session, "document.documentElement.scrollHeight") + ",\"scale\":1}}"
                : "{\"format\":\"png\"}";
        String data = field(call(session, "Page.captureScreenshot", params), "data");
        Files.write(file, Base64.getDecoder().decode(data));
        System.out.println(file);
    }

    private String evaluateNumber(String session, String expression) throws Exception {
        String r = call(session, "Runtime.evaluate", "{\"expression\":\"" + expression + "\",\"returnByValue\":true}");
        Matcher m = Pattern.compile("\"value\":(\\d+)").matcher(r);
        return m.find() ? m.group(1) : "640";
    }

    /** Waits (up to 10 s) until the page is at {@code path} and loaded. */
    private void waitForPath(String session, String path) throws Exception {
        waitFor(session, "location.pathname === '" + path + "' && document.readyState === 'complete'");
    }

    private void waitForText(String session, String id, String text) throws Exception {
        waitFor(session, "document.getElementById('" + id + "').textContent.indexOf('" + text + "') >= 0");
    }

    private void waitFor(String session, String condition) throws Exception {
        for (int attempt = 0; attempt < 50; attempt++) {
            // A navigation destroys the page's context under a running wait: ask again in the new page.
            String r = call(session, "Runtime.evaluate", "{\"expression\":\"" + waitExpression(condition)
                    + "\",\"awaitPromise\":true,\"returnByValue\":true}", true);
            if (r.contains("\"value\":true")) {
                return;
            }
        }
        String where = call(session, "Runtime.evaluate", "{\"expression\":\"location.href + ' ' + document.title + ' '"
                + " + document.body.innerText.slice(0, 300)\",\"returnByValue\":true}", true);
        throw new IllegalStateException("page never satisfied " + condition + "; it shows " + where);
    }

    private static String waitExpression(String condition) {
        return "new Promise(function(ok){var n=0;(function t(){if(" + condition.replace("\"", "\\\"")
                + "){ok(true);}else if(++n>20){ok(false);}else{setTimeout(t,50);}})();})";
    }

    private String call(String session, String method, String params) throws Exception {
        return call(session, method, params, false);
    }

    private String call(String session, String method, String params, boolean errorsAllowed) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<String> answer = new CompletableFuture<>();
        waiting.put(id, answer);
        String msg = "{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params
                + (session == null ? "" : ",\"sessionId\":\"" + session + "\"") + "}";
        socket.sendText(msg, true).join();
        String r = answer.get(30, TimeUnit.SECONDS);
        if (!errorsAllowed && r.contains("\"error\":")) {
            throw new IllegalStateException(method + ": " + r);
        }
        return r;
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                String msg = text.toString();
                text.setLength(0);
                Matcher m = ID.matcher(msg);
                if (msg.startsWith("{\"id\":") && m.find()) {
                    CompletableFuture<String> f = waiting.remove(Integer.parseInt(m.group(1)));
                    if (f != null) {
                        f.complete(msg);
                    }
                }
            }
            ws.request(1);
            return null;
        }
    }

}
