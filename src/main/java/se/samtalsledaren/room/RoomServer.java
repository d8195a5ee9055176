package se.samtalsledaren.room;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.sse.SseClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledFuture;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import se.samtalsledaren.model.Participant;
import se.samtalsledaren.model.Role;
import se.samtalsledaren.model.Session;

/**
 * The room's web server: Javalin on Jetty, listening on the given addresses of this computer,
 * serving the participants' pages from the jar. Everything a phone sends is untrusted: the
 * {@code Host} must be one of the room's own addresses, posts must be forms from the room's own
 * pages, bodies, fields and request rates are limited ({@link RoomLimits}), and a refusal is a
 * short message with a 4xx status, never a stack trace. Nothing is served from disk.
 *
 * <p>Routes (participant routes know the participant only from the device cookie):
 * <pre>
 * GET  /              type the room code            POST /            the code: to the join page
 * GET  /{code}        the short address              GET  /j/{token}   the join page (the QR code)
 * POST /j/{token}     join as a listed participant or a walk-in
 * GET  /p/now         the step, timer, floor, hand   GET  /p/state     the same as JSON
 * GET  /p/events      the same, live (server-sent events)
 * POST /p/hand        raise or lower the hand        GET  /p/case      the case text
 * GET  /p/prep        the preparation form           POST /p/prep      changed fields
 * POST /p/leave       this phone leaves              GET  /a/{file}    the stylesheet and script
 * GET  /p/vote        the open dot vote, own dots    POST /p/vote      the whole ballot
 * GET  /p/survey      the open survey round          POST /p/survey    the answers, once
 * </pre>
 *
 * <p>Adding a participant's page: a template {@code src/main/jte/NAME.jte} that calls
 * {@code @template.layout(t = t, title = …, nav = "NAME", content = @`…`)}, a record in
 * {@link Pages} with only what the page shows, a route {@code r.get("/p/NAME", this::namePage)}
 * in {@code configure} that renders it with {@code page(ctx, 200, "NAME", model)}, a link in
 * {@code layout.jte}'s navigation and {@code web.*} texts in both message bundles. An endpoint
 * under {@code /p/} is behind {@code guard} without more: the host check, the rate limits, posts
 * only as same-origin forms, and the participant in {@code participantOf(ctx)}. A post reads its
 * fields with {@code form(ctx, Set.of(…))} (unknown or repeated fields are refused), changes the
 * session only through {@code session.call(cmd -> …)} on the session's thread (new commands go
 * in {@link SessionCommands} and {@link RunnerCommands}), answers JSON to the script
 * ({@code wantsJson}) or redirects for a page without script, and refuses with a {@link Refusal}
 * (status and {@code web.error.*} key). Anything new that phones see live goes into {@link Live}
 * and, if it comes from the session, into the key {@link Streams} compares.
 */
public final class RoomServer implements AutoCloseable {
    /** The device cookie's name. */
    public static final String COOKIE = "sl_device";
    /** The cookie with the phone's long-lived key, which binds the names it joined as to it for the session window. */
    public static final String KEY_COOKIE = "sl_key";
    /** How long a phone keeps its cookie: a working day. */
    static final Duration COOKIE_AGE = Duration.ofHours(12);
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    private static final System.Logger LOG = System.getLogger("se.samtalsledaren.room");
    private static final String DEVICE = "room.participant";
    private static final String DEVICE_TOKEN = "room.deviceToken";
    private static final String FORM = "application/x-www-form-urlencoded";
    /** How long a request body may take to arrive whole; a slower one is cut off (its connection closed). */
    static final Duration BODY_DEADLINE = Duration.ofSeconds(4);
    /** Open connections of one remote address: 40 phones behind one address with a page and a live stream each, and room to spare. */
    static final int CONNECTIONS_PER_ADDRESS = 120;
    /**
     * Request bodies read at once from one address before joining, or from one joined phone (a
     * phone's bodies are small and arrive in milliseconds; forty phones behind one address are
     * counted each on its own).
     */
    static final int BODIES_PER_ADDRESS = 4;
    /** Server threads; request bodies being read never take more than three quarters of them. */
    static final int THREADS = 80;

    /** The server could not start (the port is taken, an address is gone). */
    public static final class StartFailed extends IOException {
        private static final long serialVersionUID = 1L;
        private final int port;

        StartFailed(String message, int port, Throwable cause) {
            super(message, cause);
            this.port = port;
        }

        /** The port asked for. */
        public int port() {
            return port;
        }
    }

    private final Room room;
    private final SessionPort session;
    private final Clock clock;
    private final RoomLimits limits;
    private final long pollMs;
    private final Typing typing;
    private final java.util.concurrent.ScheduledExecutorService timer;
    private final Streams streams;
    private final RateLimiter perDevice;
    private final RateLimiter perAddress;
    private final RateLimiter wrongCodes;
    private final AddressBudget bodies = new AddressBudget(BODIES_PER_ADDRESS, THREADS * 3 / 4);
    private final AddressBudget connections;
    private final TemplateEngine templates = TemplateEngine.createPrecompiled(null, ContentType.Html, null,
            "se.samtalsledaren.room.pages");
    private final ObjectMapper json = new ObjectMapper();
    private final QueuedThreadPool threads;
    private final Runnable onPublish;
    private final Runnable onRoom;
    private final List<InetAddress> addresses;
    private Set<String> hosts = Set.of();
    private volatile boolean airtimeSent;
    private Javalin app;
    private int boundPort;

    private RoomServer(Room room, SessionPort session, Clock clock, List<InetAddress> addresses, long pollMs) {
        this.room = Objects.requireNonNull(room);
        this.session = Objects.requireNonNull(session);
        this.clock = Objects.requireNonNull(clock);
        this.limits = room.limits();
        this.pollMs = pollMs;
        this.addresses = List.copyOf(addresses);
        this.timer = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "room-typing");
            t.setDaemon(true);
            return t;
        });
        this.typing = new Typing(session, clock, limits, timer);
        this.perDevice = new RateLimiter(clock, limits.perDevice(), 4 * limits.maxDevices());
        this.perAddress = new RateLimiter(clock, limits.perAddress(), 10_000);
        this.wrongCodes = new RateLimiter(clock, limits.wrongCodes(), 10_000);
        this.streams = new Streams(room, s -> stateJson(s.participantId, s.text), limits.maxStreams());
        this.onPublish = () -> streams.sessionChanged(session.snapshot());
        this.onRoom = () -> {
            // Only the settings change what phones are sent; joins and connections do not.
            if (room.showOwnAirtime() != airtimeSent) {
                airtimeSent = room.showOwnAirtime();
                streams.all();
            }
        };
        this.airtimeSent = room.showOwnAirtime();
        this.connections = new AddressBudget(CONNECTIONS_PER_ADDRESS, Math.max(CONNECTIONS_PER_ADDRESS, 4 * limits.maxStreams()));
        this.threads = new QueuedThreadPool(THREADS, 2, 60_000);
        threads.setName("room-http");
        threads.setDaemon(true);
    }

    /**
     * Starts serving {@code room} on {@code addresses} at {@code port} (0: a free port, the same
     * on every address).
     *
     * @param pollMs how often a page without live events asks for the state
     */
    public static RoomServer start(Room room, SessionPort session, Clock clock, List<InetAddress> addresses, int port,
                                   long pollMs) throws StartFailed {
        if (addresses.isEmpty()) {
            throw new IllegalArgumentException("no address to listen on");
        }
        RoomServer server = new RoomServer(room, session, clock, addresses, pollMs);
        server.listen(port);
        return server;
    }

    private void listen(int requested) throws StartFailed {
        int port = requested;
        for (int attempt = 0; ; attempt++) {
            int chosen = port == 0 ? freePort(addresses.get(0), requested) : port;
            try {
                app = Javalin.create(config -> configure(config, chosen));
                app.start();
                boundPort = chosen;
                break;
            } catch (RuntimeException e) {
                stopQuietly();
                if (requested != 0 || attempt >= 4) {
                    throw new StartFailed("port " + chosen + ": " + rootMessage(e), chosen, e);
                }
                // Another program took the free port between looking and binding: try another.
            }
        }
        Set<String> h = new LinkedHashSet<>();
        for (InetAddress a : addresses) {
            h.add(hostOf(a) + ":" + boundPort);
        }
        hosts = Set.copyOf(h);
        session.addListener(onPublish);
        room.addListener(onRoom);
    }

    private static int freePort(InetAddress address, int requested) throws StartFailed {
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress(address, 0));
            return s.getLocalPort();
        } catch (IOException e) {
            throw new StartFailed(address.getHostAddress() + ": " + e.getMessage(), requested, e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }

    /** The port the room listens on. */
    public int port() {
        return boundPort;
    }

    /** The address of the room on {@code address}, e.g. {@code http://192.168.1.23:8765}. */
    public String base(InetAddress address) {
        return "http://" + hostOf(address) + ":" + boundPort;
    }

    /** The join address the QR code carries. */
    public String joinUrl(InetAddress address) {
        return base(address) + "/j/" + room.token();
    }

    /** The short address with the room code, to type by hand. */
    public String shortUrl(InetAddress address) {
        return base(address) + "/" + room.code();
    }

    public List<InetAddress> addresses() {
        return addresses;
    }

    static String hostOf(InetAddress a) {
        return a instanceof Inet6Address ? "[" + a.getHostAddress().replaceAll("%.*$", "") + "]" : a.getHostAddress();
    }

    /**
     * Puts typing that waits for its batch into the session now and takes no more (an edit after
     * it is refused, and the phone keeps its text): the room is closing. On the session's thread.
     */
    public void flushTyping() {
        typing.flushHere();
    }

    /** Stops the server: every phone's access ends, open streams are closed. */
    @Override
    public void close() {
        session.removeListener(onPublish);
        room.removeListener(onRoom);
        streams.close();
        stopQuietly();
        // Typing already accepted still reaches the session: the last batch runs, then the timer ends.
        timer.shutdown();
    }

    private void stopQuietly() {
        if (app != null) {
            try {
                app.stop();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "room server did not stop cleanly", e);
            }
        }
    }

    // ---- configuration ----------------------------------------------------------------------

    private void configure(JavalinConfig config, int port) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.startup.startupWatcherEnabled = false;
        config.http.maxRequestSize = limits.maxBodyBytes();
        config.http.generateEtags = false;
        config.http.strictContentTypes = true;
        config.http.asyncTimeout = 20_000;
        config.http.compressionStrategy = CompressionStrategy.NONE;
        config.router.ignoreTrailingSlashes = true;
        config.jetty.threadPool = threads;
        config.jetty.modifyServer(server -> {
            server.setErrorHandler(new PlainErrors());
            server.addBean(new NetworkConnectionLimit(4 * limits.maxStreams(), server));
        });
        config.jetty.modifyHttpConfiguration(http -> {
            http.setSendServerVersion(false);
            http.setSendXPoweredBy(false);
            http.setRequestHeaderSize(8 * 1024);
        });
        for (InetAddress a : addresses) {
            config.jetty.addConnector((server, http) -> {
                ServerConnector c = new ServerConnector(server, new HttpConnectionFactory(http));
                c.setHost(a.getHostAddress());
                c.setPort(port);
                c.setIdleTimeout(30_000);
                c.addBean(new PerAddress(connections));
                return c;
            });
        }
        var r = config.routes;
        r.before(this::guard);
        r.exception(Exception.class, (e, ctx) -> refuse(ctx, e));
        // Javalin's own answers (no such route, wrong method, too large) name the path and the
        // library; the room's short message replaces them.
        r.exception(HttpResponseException.class, (e, ctx) -> refuse(ctx, e));
        r.error(404, "*", ctx -> {
            if (ctx.result() == null) {
                refuse(ctx, new Refusal(404, "web.error.notFound"));
            }
        });
        r.get("/a/{file}", this::asset);
        r.get("/j/{token}", this::joinPage);
        r.post("/j/{token}", this::join);
        r.get("/p", ctx -> ctx.redirect("/p/now", io.javalin.http.HttpStatus.SEE_OTHER));
        r.get("/p/now", this::nowPage);
        r.get("/p/state", this::state);
        r.sse("/p/events", this::events);
        r.post("/p/hand", this::hand);
        r.get("/p/case", this::casePage);
        r.get("/p/prep", this::prepPage);
        r.post("/p/prep", this::prep);
        r.post("/p/leave", this::leave);
        r.get("/p/vote", this::votePage);
        r.post("/p/vote", this::vote);
        r.get("/p/survey", this::surveyPage);
        r.post("/p/survey", this::survey);
        r.get("/", ctx -> page(ctx, 200, "code", new Pages.Code(text(ctx), "", "")));
        r.post("/", this::code);
        r.get("/{code}", this::shortAddress);
    }

    /**
     * Closes a new connection at once when its remote address already holds its share of the
     * server's connections, so one address (slow headers, hoarded sockets) cannot fill the
     * server-wide limit and lock the phones out.
     */
    private static final class PerAddress implements org.eclipse.jetty.io.Connection.Listener {
        private final AddressBudget budget;
        private final Map<org.eclipse.jetty.io.Connection, String> counted = new java.util.concurrent.ConcurrentHashMap<>();

        PerAddress(AddressBudget budget) {
            this.budget = budget;
        }

        @Override
        public void onOpened(org.eclipse.jetty.io.Connection connection) {
            String from = remote(connection);
            if (budget.tryAcquire(from)) {
                counted.put(connection, from);
            } else {
                connection.getEndPoint().close();
            }
        }

        @Override
        public void onClosed(org.eclipse.jetty.io.Connection connection) {
            String from = counted.remove(connection);
            if (from != null) {
                budget.release(from);
            }
        }

        private static String remote(org.eclipse.jetty.io.Connection connection) {
            java.net.SocketAddress a = connection.getEndPoint().getRemoteSocketAddress();
            return a instanceof InetSocketAddress i && i.getAddress() != null ? i.getAddress().getHostAddress() : String.valueOf(a);
        }
    }

    /** Jetty's own error answers (a malformed request never reaches Javalin): a status and one line. */
    private static final class PlainErrors extends ErrorHandler {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            response.getHeaders().put("Content-Type", "text/plain; charset=utf-8");
            response.getHeaders().put("Content-Security-Policy", CSP);
            response.getHeaders().put("X-Content-Type-Options", "nosniff");
            response.write(true, java.nio.ByteBuffer.wrap(("HTTP " + response.getStatus() + "\n").getBytes(StandardCharsets.UTF_8)),
                    callback);
            return true;
        }
    }

    // ---- every request ----------------------------------------------------------------------

    /**
     * Runs before every route: the room's own host only, security headers, posts only as forms
     * from the room's own pages, size and rate limits, and the device behind {@code /p/}.
     */
    private void guard(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin"); // "no-referrer" makes Chromium post forms with Origin: null
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
        ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        ctx.header("Cache-Control", "no-store");
        String host = ctx.header("Host");
        if (host == null || !hosts.contains(host.toLowerCase(Locale.ROOT))) {
            // DNS rebinding and strangers' names for this computer: the room answers only to its own addresses.
            throw new Refusal(421, "web.error.wrongHost");
        }
        String path = ctx.path();
        boolean participantRoute = path.equals("/p") || path.startsWith("/p/");
        Optional<String> deviceToken = Optional.ofNullable(ctx.cookie(COOKIE)).filter(Tokens::looksLikeToken);
        Optional<String> participant = deviceToken.flatMap(room::participantOf);
        Duration wait = participant.isPresent() ? perDevice.acquire(deviceToken.get()) : perAddress.acquire(address(ctx));
        if (!wait.isZero()) {
            ctx.header("Retry-After", Long.toString(Math.max(1, (wait.toMillis() + 999) / 1000)));
            throw new Refusal(429, "web.error.tooMany");
        }
        if (ctx.method() == io.javalin.http.HandlerType.POST) {
            checkPost(ctx);
        }
        if (participantRoute) {
            if (participant.isEmpty()) {
                if (deviceToken.isPresent()) {
                    ctx.header("Set-Cookie", COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict");
                }
                throw new Refusal(401, "web.error.notJoined");
            }
            ctx.attribute(DEVICE, participant.get());
            ctx.attribute(DEVICE_TOKEN, deviceToken.get());
        }
    }

    private void checkPost(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin != null && !origin.equalsIgnoreCase("http://" + ctx.header("Host"))) {
            throw new Refusal(403, "web.error.forbidden");
        }
        String site = ctx.header("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            throw new Refusal(403, "web.error.forbidden");
        }
        String type = Objects.requireNonNullElse(ctx.header("Content-Type"), "");
        int semicolon = type.indexOf(';');
        String mime = (semicolon < 0 ? type : type.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
        if (!mime.equals(FORM) || !knownCharset(type)) {
            throw new Refusal(415, "web.error.badRequest");
        }
        if (ctx.contentLength() > limits.maxBodyBytes()) {
            throw new Refusal(413, "web.error.tooLarge");
        }
    }

    /** Whether a content type's charset, if it names one, is one this Java can decode. */
    static boolean knownCharset(String contentType) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i);\\s*charset\\s*=\\s*\"?([^\";\\s]*)").matcher(contentType);
        if (!m.find()) {
            return true;
        }
        try {
            return java.nio.charset.Charset.isSupported(m.group(1));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The remote address as the connection has it (no forwarded-for header is believed). */
    private static String address(Context ctx) {
        return ctx.req().getRemoteAddr();
    }

    /** The form's fields, each once; anything else is a bad request. */
    private Map<String, String> form(Context ctx, Set<String> allowed) {
        Map<String, List<String>> raw = readForm(ctx);
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : raw.entrySet()) {
            if (!allowed.contains(e.getKey()) && !allowed.contains("*")) {
                throw new Refusal(400, "web.error.badField");
            }
            if (e.getValue().size() != 1) {
                throw new Refusal(400, "web.error.badRequest");
            }
            out.put(e.getKey(), e.getValue().get(0));
        }
        return out;
    }

    /**
     * Reads the form's body on one of the server's threads, within {@link #BODY_DEADLINE} and
     * {@link #BODIES_PER_ADDRESS} at once per address: a body that trickles in is cut off with its
     * connection, and more slow bodies from one address are refused without being read, so they
     * never hold the threads the phones' requests need.
     */
    private Map<String, List<String>> readForm(Context ctx) {
        return withBody(ctx, ctx::formParamMap).orElseThrow(() -> new Refusal(429, "web.error.tooMany"));
    }

    /** Runs {@code read} (which reads the body) within the address's share and the deadline; empty when the share is used up. */
    private <T> Optional<T> withBody(Context ctx, java.util.function.Supplier<T> read) {
        String device = ctx.attribute(DEVICE_TOKEN);
        String from = device != null ? "device " + device : address(ctx);
        if (!bodies.tryAcquire(from)) {
            return Optional.empty();
        }
        ScheduledFuture<?> deadline = null;
        try {
            org.eclipse.jetty.ee10.servlet.ServletContextRequest request =
                    org.eclipse.jetty.ee10.servlet.ServletContextRequest.getServletContextRequest(ctx.req());
            if (request != null) {
                org.eclipse.jetty.io.EndPoint endPoint = request.getConnectionMetaData().getConnection().getEndPoint();
                deadline = timer.schedule(() -> endPoint.close(), BODY_DEADLINE.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            }
            return Optional.of(read.get());
        } finally {
            if (deadline != null) {
                deadline.cancel(false);
            }
            bodies.release(from);
        }
    }

    /** A text as typed: line ends as \n, control characters other than tab and line end removed. */
    static String clean(String s) {
        String t = s.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder sb = new StringBuilder(t.length());
        t.codePoints().filter(c -> c == '\n' || c == '\t' || !Character.isISOControl(c) && c != 0xFEFF
                && Character.getType(c) != Character.SURROGATE && c != 0x2028 && c != 0x2029).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    private static boolean wantsJson(Context ctx) {
        String accept = ctx.header("Accept");
        return accept != null && accept.contains("application/json") && !accept.contains("text/html");
    }

    private static WebText text(Context ctx) {
        return WebText.forAcceptLanguage(ctx.header("Accept-Language"));
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    // ---- answers ----------------------------------------------------------------------------

    private void page(Context ctx, int status, String template, Object model) {
        StringOutput out = new StringOutput();
        templates.render(template + ".jte", model, out);
        ctx.status(status).contentType("text/html; charset=utf-8").result(out.toString());
    }

    private void message(Context ctx, int status, String titleKey, String textKey, Object[] args, String href, String link) {
        WebText t = text(ctx);
        page(ctx, status, "message", new Pages.Message(t, t.get(titleKey), t.get(textKey, args), href, link));
    }

    /** Any failure as a short answer: the refusal's status and message, or 500 without details. */
    private void refuse(Context ctx, Throwable failure) {
        Throwable e = failure;
        while ((e instanceof CompletionException || e instanceof java.util.concurrent.ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        Refusal r;
        if (e instanceof Refusal refusal) {
            r = refusal;
        } else if (e instanceof HttpResponseException h) {
            r = new Refusal(h.getStatus(), switch (h.getStatus()) {
                case 404 -> "web.error.notFound";
                case 405 -> "web.error.method";
                case 413 -> "web.error.tooLarge";
                case 400, 415 -> "web.error.badRequest";
                default -> "web.error.server";
            });
        } else if (e instanceof java.util.concurrent.RejectedExecutionException) {
            r = new Refusal(503, "web.error.noRoom");
        } else if (causedBy(e, IllegalArgumentException.class) instanceof java.nio.charset.IllegalCharsetNameException
                || causedBy(e, IllegalArgumentException.class) instanceof java.nio.charset.UnsupportedCharsetException) {
            r = new Refusal(415, "web.error.badRequest");
        } else if (causedBy(e, IOException.class) != null) {
            // The phone went away or was cut off (early end of a body, a timeout): the client's doing, one line.
            LOG.log(System.Logger.Level.INFO, "room request " + ctx.method() + " " + ctx.path() + " from " + address(ctx)
                    + " ended early: " + causedBy(e, IOException.class));
            r = new Refusal(400, "web.error.badRequest");
            ctx.header("Connection", "close");
        } else {
            LOG.log(System.Logger.Level.WARNING, "room request " + ctx.method() + " " + ctx.path() + " failed", e);
            r = new Refusal(500, "web.error.server");
        }
        drainBody(ctx, r);
        WebText t = text(ctx);
        String message = t.get(r.key(), r.args());
        String accept = Objects.requireNonNullElse(ctx.header("Accept"), "");
        if (accept.contains("text/html")) {
            page(ctx, r.status(), "message", new Pages.Message(t, t.get("web.error.title"), message, "", ""));
        } else {
            ctx.status(r.status()).contentType("text/plain; charset=utf-8").result(message);
        }
    }

    /** The first cause of {@code e} (itself included) that is a {@code type}, or null. */
    private static Throwable causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return t;
            }
        }
        return null;
    }

    /**
     * Reads what is left of a refused post's body, so a phone reads the answer instead of a
     * connection reset while it was still sending; but only within the address's share of body
     * reads and {@link #BODY_DEADLINE}, and never for a stranger's host name or a body over the
     * limit: those are answered at once and the connection is closed without reading on.
     */
    private void drainBody(Context ctx, Refusal r) {
        if (ctx.method() != io.javalin.http.HandlerType.POST) {
            return;
        }
        boolean read = false;
        if (r.status() != 413 && r.status() != 421 && ctx.contentLength() <= limits.maxBodyBytes()) {
            try {
                read = withBody(ctx, ctx::bodyAsBytes).isPresent();
            } catch (RuntimeException e) {
                read = false;
            }
        }
        if (!read) {
            ctx.header("Connection", "close");
        }
    }

    // ---- the code and the join page -----------------------------------------------------------

    private void code(Context ctx) {
        String typed = form(ctx, Set.of("code")).getOrDefault("code", "");
        String code = Tokens.normaliseCode(typed);
        if (codeMatches(ctx, code)) {
            ctx.redirect("/j/" + room.token(), io.javalin.http.HttpStatus.SEE_OTHER);
            return;
        }
        WebText t = text(ctx);
        page(ctx, 404, "code", new Pages.Code(t, t.get("web.code.wrong"), typed.length() > 12 ? "" : typed));
    }

    private void shortAddress(Context ctx) {
        String code = Tokens.normaliseCode(ctx.pathParam("code"));
        if (code == null) {
            throw new Refusal(404, "web.error.notFound");
        }
        if (!codeMatches(ctx, code)) {
            throw new Refusal(404, "web.error.noRoom");
        }
        ctx.redirect("/j/" + room.token(), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    /**
     * Whether a typed code is the room's. Wrong guesses are counted per address; once an address
     * has used its guesses it gets "too many" for right and wrong codes alike, so guessing on
     * teaches it nothing.
     */
    private boolean codeMatches(Context ctx, String code) {
        return guess(ctx, code != null && same(code, room.code()));
    }

    private boolean guess(Context ctx, boolean right) {
        String from = address(ctx);
        if (wrongCodes.exhausted(from)) {
            throw new Refusal(429, "web.error.tooMany");
        }
        if (!right) {
            wrongCodes.acquire(from);
        }
        return right;
    }

    private void checkToken(Context ctx) {
        if (!guess(ctx, same(ctx.pathParam("token"), room.token()))) {
            throw new Refusal(404, "web.error.noRoom");
        }
    }

    private void joinPage(Context ctx) {
        checkToken(ctx);
        joinForm(ctx, 200, "", "", "");
    }

    private void joinForm(Context ctx, int status, String error, String name, String role) {
        WebText t = text(ctx);
        Session s = session.snapshot();
        String joinedAs = Optional.ofNullable(ctx.cookie(COOKIE)).flatMap(room::participantOf)
                .flatMap(s::participant).map(Participant::name).orElse("");
        List<Pages.Choice> choices = new ArrayList<>();
        for (Participant p : s.participants()) {
            choices.add(new Pages.Choice(p.id(), p.name() + " (" + t.get("role." + p.role().key()).toLowerCase(t.locale()) + ")",
                    room.taken(p.id())));
        }
        Map<String, String> roles = new LinkedHashMap<>();
        for (Role r : Role.values()) {
            roles.put(r.key(), t.get("role." + r.key()));
        }
        page(ctx, status, "join", new Pages.Join(t, "/j/" + room.token(), session.caseData().label(), joinedAs, choices,
                room.walkInsAllowed(), roles, name, role, error));
    }

    private void join(Context ctx) {
        checkToken(ctx);
        Map<String, String> f = form(ctx, Set.of("participant", "name", "role"));
        WebText t = text(ctx);
        if (f.containsKey("participant") && f.size() == 1) {
            String id = f.get("participant");
            if (session.snapshot().participant(id).isEmpty()) {
                joinForm(ctx, 404, t.get("web.error.unknownParticipant"), "", "");
                return;
            }
            if (room.claims().claim(id, deviceKey(ctx)) != RoomClaims.Claim.MINE) {
                joinForm(ctx, 409, t.get("web.error.nameBound"), "", "");
                return;
            }
            joined(ctx, id, false);
        } else if (f.containsKey("name") && f.containsKey("role") && f.size() == 2) {
            walkIn(ctx, t, f.get("name"), f.get("role"));
        } else {
            throw new Refusal(400, "web.error.badRequest");
        }
    }

    private void walkIn(Context ctx, WebText t, String typedName, String roleKey) {
        String name = Names.normalise(typedName);
        String shownName = name.length() > limits.maxNameChars() ? "" : name;
        if (!room.walkInsAllowed()) {
            joinForm(ctx, 403, t.get("web.error.noWalkIns"), shownName, roleKey);
            return;
        }
        Optional<Role> role = Role.fromKey(roleKey);
        if (name.isEmpty() || name.length() > limits.maxNameChars() || role.isEmpty()) {
            joinForm(ctx, 400, t.get("web.error.name", limits.maxNameChars()), shownName, roleKey);
            return;
        }
        // The place is taken before the session is asked, so walk-ins at the same moment cannot pass the cap.
        if (!room.claims().reserveWalkIn(limits.maxWalkIns())) {
            joinForm(ctx, 503, t.get("web.error.full"), shownName, roleKey);
            return;
        }
        Participant p = new Participant("gast-" + new Tokens().publicId(), name, role.get(), "");
        String deviceKey = deviceKey(ctx);
        ctx.future(() -> onServer(session.call(cmd -> {
            Session s = cmd.session();
            String key = Names.key(name);
            if (s.participants().stream().anyMatch(x -> Names.key(x.name()).equals(key))) {
                return false;
            }
            if (s.participants().size() >= 200) {
                throw new Refusal(503, "web.error.full");
            }
            List<Participant> all = new ArrayList<>(s.participants());
            all.add(p);
            cmd.setParticipants(all);
            return true;
        }).whenComplete((added, e) -> {
            if (e != null || !added) {
                room.claims().unreserveWalkIn();
            }
        })).thenAccept(added -> {
            if (added) {
                room.claims().claim(p.id(), deviceKey);
                joined(ctx, p.id(), true);
            } else {
                joinForm(ctx, 409, t.get("web.error.nameTaken"), name, roleKey);
            }
        }));
    }

    /**
     * The phone's long-lived key from its cookie, or a new one (sent with the join's answer): the
     * names it joins as are bound to it for the session window, across the room's openings.
     */
    private static String deviceKey(Context ctx) {
        String key = ctx.attribute(KEY_COOKIE);
        if (key == null) {
            key = Optional.ofNullable(ctx.cookie(KEY_COOKIE)).filter(Tokens::looksLikeToken).orElseGet(() -> new Tokens().token());
            ctx.attribute(KEY_COOKIE, key);
        }
        return key;
    }

    private void joined(Context ctx, String participantId, boolean walkIn) {
        String deviceToken = room.join(participantId, walkIn);
        ctx.header("Set-Cookie", COOKIE + "=" + deviceToken + "; Path=/; Max-Age=" + COOKIE_AGE.toSeconds()
                + "; HttpOnly; SameSite=Strict");
        ctx.res().addHeader("Set-Cookie", KEY_COOKIE + "=" + deviceKey(ctx) + "; Path=/; Max-Age=" + COOKIE_AGE.toSeconds()
                + "; HttpOnly; SameSite=Strict");
        ctx.redirect("/p/now", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    // ---- the participant's pages --------------------------------------------------------------

    private static String participantOf(Context ctx) {
        return Objects.requireNonNull(ctx.attribute(DEVICE));
    }

    private Participant me(Context ctx, Session s) {
        return s.participant(participantOf(ctx)).orElseThrow(() -> new Refusal(401, "web.error.notJoined"));
    }

    private Live live(Session s, String participantId, WebText t) {
        return Live.of(s, session.caseData(), participantId, room.showOwnAirtime(), clock, t);
    }

    private String stateJson(String participantId, WebText t) {
        Session s = session.snapshot();
        if (s.participant(participantId).isEmpty()) {
            throw new Refusal(401, "web.error.notJoined");
        }
        return toJson(live(s, participantId, t));
    }

    private String toJson(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void nowPage(Context ctx) {
        Session s = session.snapshot();
        Participant me = me(ctx, s);
        WebText t = text(ctx);
        Live live = live(s, me.id(), t);
        page(ctx, 200, "now", new Pages.Now(t, me.name(), live, toJson(live), pollMs));
    }

    private void state(Context ctx) {
        ctx.contentType("application/json; charset=utf-8").result(stateJson(participantOf(ctx), text(ctx)));
    }

    private void events(SseClient client) {
        Context ctx = client.ctx();
        try {
            streams.add(client, Objects.requireNonNull(ctx.attribute(DEVICE_TOKEN)), participantOf(ctx), text(ctx));
            client.keepAlive();
        } catch (Refusal r) {
            client.close();
        }
    }

    private void hand(Context ctx) {
        Map<String, String> f = form(ctx, Set.of("up"));
        String up = f.get("up");
        if (!"1".equals(up) && !"0".equals(up)) {
            throw new Refusal(400, "web.error.badRequest");
        }
        String me = participantOf(ctx);
        WebText t = text(ctx);
        boolean json = wantsJson(ctx);
        ctx.future(() -> onServer(session.call(cmd -> {
            if (cmd.session().participant(me).isEmpty()) {
                throw new Refusal(401, "web.error.notJoined");
            }
            if (up.equals("1")) {
                cmd.raiseHand(me);
            } else {
                cmd.lowerHand(me);
            }
            return cmd.session();
        })).thenAccept(s -> {
            if (json) {
                ctx.contentType("application/json; charset=utf-8").result(toJson(live(s, me, t)));
            } else {
                ctx.redirect("/p/now", io.javalin.http.HttpStatus.SEE_OTHER);
            }
        }));
    }

    private void casePage(Context ctx) {
        page(ctx, 200, "case", Pages.Reading.of(text(ctx), session.caseData()));
    }

    private void prepPage(Context ctx) {
        Session s = session.snapshot();
        Participant me = me(ctx, s);
        WebText t = text(ctx);
        Map<String, String> texts = RoomPreparations.fields(session.caseData(), RoomPreparations.of(s, me.id()));
        List<Pages.PrepStep> steps = new ArrayList<>();
        for (int step = 1; step <= 5; step++) {
            String key = se.samtalsledaren.model.Phase.ofStep(step).key();
            List<Pages.Field> fields = new ArrayList<>();
            for (Live.QuestionView q : Live.questionsOf(session.caseData(), se.samtalsledaren.model.Phase.ofStep(step))) {
                fields.add(new Pages.Field("q" + q.number(), t.get("web.prep.question", q.number()), q.text(),
                        texts.get("q" + q.number())));
            }
            fields.add(new Pages.Field("s" + step, t.get("web.prep.own"), "", texts.get("s" + step)));
            steps.add(new Pages.PrepStep(t.get("phase." + key), t.get("phase." + key + ".purpose"), fields));
        }
        page(ctx, 200, "prep", new Pages.Prep(t, me.name(), steps, limits.maxTextChars(), "1".equals(ctx.queryParam("saved"))));
    }

    private void prep(Context ctx) {
        Map<String, String> f = form(ctx, Set.of("*"));
        Map<String, String> edits = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : f.entrySet()) {
            if (!RoomPreparations.isField(session.caseData(), e.getKey())) {
                throw new Refusal(400, "web.error.badField");
            }
            String text = clean(e.getValue());
            if (text.length() > limits.maxTextChars()) {
                throw new Refusal(413, "web.error.tooLong", limits.maxTextChars());
            }
            edits.put(e.getKey(), text);
        }
        if (edits.isEmpty()) {
            throw new Refusal(400, "web.error.badRequest");
        }
        typing.edit(participantOf(ctx), edits);
        if (wantsJson(ctx)) {
            ctx.status(204);
        } else {
            ctx.redirect("/p/prep?saved=1", io.javalin.http.HttpStatus.SEE_OTHER);
        }
    }

    private void leave(Context ctx) {
        String token = Objects.requireNonNull(ctx.attribute(DEVICE_TOKEN));
        room.leave(token);
        perDevice.forget(token);
        ctx.header("Set-Cookie", COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict");
        message(ctx, 200, "web.left.title", "web.left.text", new Object[0], "", "");
    }

    // ---- the dot vote and the survey (issue 19) ---------------------------------------------------

    private void votePage(Context ctx) {
        Session s = session.snapshot();
        Participant me = me(ctx, s);
        page(ctx, 200, "vote", voteModel(s, me, text(ctx), "1".equals(ctx.queryParam("saved")), ""));
    }

    /** The open vote as this participant sees it: the solutions voted on and their own dots only. */
    private static Pages.Vote voteModel(Session s, Participant me, WebText t, boolean saved, String error) {
        Optional<se.samtalsledaren.model.VoteRun> open = s.dotVote().open();
        if (open.isEmpty()) {
            return new Pages.Vote(t, me.name(), false, 0, false, 0, List.of(), false, error);
        }
        se.samtalsledaren.model.VoteRun run = open.get();
        Map<String, Integer> mine = run.ballot(me.id());
        List<Pages.VoteRow> rows = new ArrayList<>();
        for (String id : run.solutionIds()) {
            s.solutions().stream().filter(x -> x.id().equals(id)).findFirst()
                    .ifPresent(x -> rows.add(new Pages.VoteRow(id, x.text(), mine.getOrDefault(id, 0))));
        }
        int left = run.dots() - se.samtalsledaren.session.DotVotes.placed(mine);
        return new Pages.Vote(t, me.name(), true, run.dots(), run.stack(), left, rows, saved, error);
    }

    /**
     * The participant's whole ballot ({@code d.<solution>} = dots; a solution left out has none):
     * placing, moving and taking back dots are all this one post, so the same post twice changes
     * nothing. The vote's rules are checked on the session's thread.
     */
    private void vote(Context ctx) {
        Map<String, String> f = form(ctx, Set.of("*"));
        Map<String, Integer> ballot = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : f.entrySet()) {
            if (!e.getKey().startsWith("d.") || e.getKey().length() > 80) {
                throw new Refusal(400, "web.error.badField");
            }
            String v = e.getValue().strip();
            if (!v.matches("\\d{0,2}")) {
                throw new Refusal(400, "web.vote.number");
            }
            ballot.put(e.getKey().substring(2), v.isEmpty() ? 0 : Integer.parseInt(v));
        }
        String me = participantOf(ctx);
        WebText t = text(ctx);
        boolean json = wantsJson(ctx);
        ctx.future(() -> onServer(session.call(cmd -> {
            Participant p = joined(cmd, me);
            try {
                cmd.setBallot(me, ballot);
                return voteModel(cmd.session(), p, t, true, "");
            } catch (se.samtalsledaren.session.Refused r) {
                return voteModel(cmd.session(), p, t, false, t.get("web.refused." + r.reason().name()));
            }
        })).thenAccept(model -> {
            if (json) {
                ctx.status(model.error().isEmpty() ? 200 : 409).contentType("application/json; charset=utf-8")
                        .result(toJson(Map.of("left", model.left(), "error", model.error())));
            } else if (model.error().isEmpty()) {
                ctx.redirect("/p/vote?saved=1", io.javalin.http.HttpStatus.SEE_OTHER);
            } else {
                page(ctx, 409, "vote", model);
            }
        }));
    }

    /** The participant behind a phone, on the session's thread: one the facilitator removed is no longer let in. */
    private static Participant joined(SessionCommands cmd, String participantId) {
        return cmd.session().participant(participantId).orElseThrow(() -> new Refusal(401, "web.error.notJoined"));
    }

    private void surveyPage(Context ctx) {
        String me = participantOf(ctx);
        WebText t = text(ctx);
        ctx.future(() -> onServer(session.call(cmd -> {
            return surveyModel(cmd.session(), joined(cmd, me), t, cmd.hasAnswered(me), "");
        })).thenAccept(model -> page(ctx, 200, "survey", model)));
    }

    private Pages.Survey surveyModel(Session s, Participant me, WebText t, boolean answered, String error) {
        se.samtalsledaren.model.Survey survey = s.survey();
        String heading = survey.title().isBlank() ? t.get("web.survey.title") : survey.title();
        Optional<se.samtalsledaren.model.SurveyRound> open = survey.openRound();
        if (open.isEmpty()) {
            return new Pages.Survey(t, me.name(), heading, false, "", false, List.of(), List.of(), 0, error);
        }
        List<Pages.SurveyItem> questions = survey.questions().stream().map(q -> new Pages.SurveyItem(q.id(), q.label())).toList();
        List<Pages.Choice> answers = new ArrayList<>();
        for (int v : List.of(1, 2, 3, 4, 5, se.samtalsledaren.model.SurveyScale.DONT_KNOW)) {
            answers.add(new Pages.Choice(Integer.toString(v), t.get("survey.answer." + v), false));
        }
        return new Pages.Survey(t, me.name(), heading, true, t.get("survey.round." + open.get().when().key()).toLowerCase(t.locale()),
                answered, questions, answers, se.samtalsledaren.model.SurveyComment.MAX_TEXT, error);
    }

    /**
     * The participant's answers to the open round ({@code q.<question>} = 1..5 or 0 for vet inte,
     * {@code c.<question>} = a comment), taken once. Only the role reaches the session.
     */
    private void survey(Context ctx) {
        Map<String, String> f = form(ctx, Set.of("*"));
        Map<String, Integer> values = new LinkedHashMap<>();
        Map<String, String> comments = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : f.entrySet()) {
            String key = e.getKey();
            if (key.length() > 80 || !(key.startsWith("q.") || key.startsWith("c."))) {
                throw new Refusal(400, "web.error.badField");
            }
            if (key.startsWith("q.")) {
                if (!e.getValue().matches("[0-5]")) {
                    throw new Refusal(400, "web.error.badRequest");
                }
                values.put(key.substring(2), Integer.parseInt(e.getValue()));
            } else {
                String text = clean(e.getValue()).strip();
                if (text.length() > se.samtalsledaren.model.SurveyComment.MAX_TEXT) {
                    throw new Refusal(413, "web.error.tooLong", se.samtalsledaren.model.SurveyComment.MAX_TEXT);
                }
                if (!text.isEmpty()) {
                    comments.put(key.substring(2), text);
                }
            }
        }
        String me = participantOf(ctx);
        WebText t = text(ctx);
        boolean json = wantsJson(ctx);
        ctx.future(() -> onServer(session.call(cmd -> {
            Participant p = joined(cmd, me);
            try {
                cmd.answerSurvey(me, values, comments);
                return surveyModel(cmd.session(), p, t, true, "");
            } catch (se.samtalsledaren.session.Refused r) {
                return surveyModel(cmd.session(), p, t, cmd.hasAnswered(me), t.get("web.refused." + r.reason().name()));
            }
        })).thenAccept(model -> {
            int status = model.error().isEmpty() ? (json ? 204 : 303) : 409;
            if (json) {
                ctx.status(status).contentType("text/plain; charset=utf-8").result(model.error());
            } else if (model.error().isEmpty()) {
                ctx.redirect("/p/survey", io.javalin.http.HttpStatus.SEE_OTHER);
            } else {
                page(ctx, 409, "survey", model);
            }
        }));
    }

    /** A future completed on the session's thread, carried on on one of the server's threads. */
    private <T> CompletableFuture<T> onServer(CompletableFuture<T> f) {
        Executor io = threads;
        return f.handleAsync((v, e) -> {
            if (e != null) {
                throw e instanceof CompletionException c ? c : new CompletionException(e);
            }
            return v;
        }, io);
    }

    // ---- the stylesheet and the script ----------------------------------------------------------

    private static final Map<String, byte[]> ASSETS = loadAssets("room.css", "room.js");

    private static Map<String, byte[]> loadAssets(String... names) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (String n : names) {
            try (InputStream in = RoomServer.class.getResourceAsStream("assets/" + n)) {
                out.put(n, Objects.requireNonNull(in, n).readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Map.copyOf(out);
    }

    private void asset(Context ctx) {
        String name = ctx.pathParam("file");
        byte[] body = ASSETS.get(name);
        if (body == null) {
            throw new Refusal(404, "web.error.notFound");
        }
        ctx.header("Cache-Control", "no-cache");
        ctx.contentType(name.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8").result(body);
    }
}
