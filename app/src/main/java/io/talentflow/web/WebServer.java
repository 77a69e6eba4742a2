package io.talentflow.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.talentflow.store.StoreException;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Closeable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The web dashboard and JSON API over one store: Javalin on the given address, read-only
 * connections from a small pool, every query parameterised and time-limited. Clients get JSON
 * errors with one plain sentence, never a stack trace; no CORS headers are sent.
 */
public final class WebServer
        implements Closeable
{
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    private static final Duration QUERY_LIMIT = Duration.ofSeconds(10);
    // queries run one thread each (DashboardQueries.SETUP), so a few more connections than cores keep them busy
    private static final int CONNECTIONS = 2 * Math.max(2, Runtime.getRuntime().availableProcessors());
    // Jetty's selector and acceptor threads, then a few request threads per core. Most answers come
    // from memory in microseconds: with Jetty's default of 200 threads, 200 clients' requests all ran
    // at once and each took as long as the slowest (p50 30 ms); queued for a few threads, p50 10 ms.
    private static final int THREADS = 8 + 4 * Runtime.getRuntime().availableProcessors();
    private static final String SECURITY_POLICY = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'";

    // the dashboard's pages share one HTML shell whose script draws the page named by the path
    private static final List<String> PAGES = List.of("/", "/corridors", "/pipeline", "/countries", "/people", "/organisations");

    private final ConnectionPool pool;
    private final Javalin app;

    private WebServer(ConnectionPool pool, Javalin app)
    {
        this.pool = pool;
        this.app = app;
    }

    /** Opens the store and starts serving; port 0 picks a free port (see {@link #port()}). */
    public static WebServer start(Path store, String host, int port)
    {
        return start(store, host, port, true);
    }

    /** As {@link #start(Path, String, int)}; without {@code cache} every answer is computed (for measuring). */
    public static WebServer start(Path store, String host, int port, boolean cache)
    {
        ConnectionPool pool = new ConnectionPool(store, CONNECTIONS, QUERY_LIMIT, DashboardQueries.SETUP);
        try {
            ServedData served = ServedData.load(pool);
            // Settle the heap once while nobody waits: the data just read would otherwise reach the old
            // generation through the first minutes of requests and set off a full collection among
            // them (a 0.55 s pause under load with the parallel collector).
            System.gc();
            Javalin app = Javalin.create(WebServer::configure);
            routes(app, pool, served, new ResponseCache(cache ? ResponseCache.MAX_ENTRIES : 0));
            app.start(host, port);
            return new WebServer(pool, app);
        }
        catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    public int port()
    {
        return app.port();
    }

    private static void configure(JavalinConfig config)
    {
        config.showJavalinBanner = false;
        config.startupWatcherEnabled = false;
        config.http.prefer405over404 = true;
        config.jetty.threadPool = new QueuedThreadPool(THREADS, Math.min(THREADS, 8));
        // a 10 KB parameter must reach validation (a 400 naming it) rather than Jetty's header limit
        config.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(64 * 1024));
        config.jetty.modifyServer(server -> server.setErrorHandler(quietErrors()));
        config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(quietErrors()));
        config.staticFiles.add(files -> {
            files.hostedPath = "/static";
            files.directory = "/io/talentflow/web/static";
            files.location = Location.CLASSPATH;
        });
        config.staticFiles.enableWebjars();
    }

    private static ErrorHandler quietErrors()
    {
        ErrorHandler handler = new ErrorHandler();
        handler.setShowStacks(false);
        handler.setShowServlet(false);
        handler.setShowMessageInTitle(false);
        return handler;
    }

    private static void routes(Javalin app, ConnectionPool pool, ServedData served, ResponseCache cache)
    {
        app.before(WebServer::securityHeaders);
        for (ApiRoutes.Route route : ApiRoutes.routes(served)) {
            app.get(route.path(), context -> context.contentType("application/json").result(answer(context, route, pool, cache)));
        }
        app.get("/api/openapi.json", context -> context.contentType("application/json").result(Resources.text("/io/talentflow/web/openapi.json")));
        PAGES.forEach(path -> app.get(path, context -> context.html(Resources.text("/io/talentflow/web/index.html"))));
        app.exception(ApiException.class, (e, context) -> error(context, e.status(), e.getMessage()));
        app.exception(HttpResponseException.class, WebServer::httpError);
        app.exception(StoreException.class, WebServer::storeFailure);
        app.exception(Exception.class, (e, context) -> internal(context, e));
    }

    /** A person who mistypes a page's address gets a page back; a program asking the API gets JSON. */
    private static void httpError(HttpResponseException e, Context context)
    {
        if (e.getStatus() == 404 && !context.path().startsWith("/api/")) {
            context.status(404).html(Resources.text("/io/talentflow/web/404.html"));
            return;
        }
        error(context, e.getStatus(), e.getStatus() == 404 ? "No such page: " + context.path() : e.getMessage());
    }

    private static byte[] answer(Context context, ApiRoutes.Route route, ConnectionPool pool, ResponseCache cache)
            throws JsonProcessingException
    {
        String request = context.path() + "?" + context.queryString();
        Optional<byte[]> cached = cache.get(request);
        if (cached.isPresent()) {
            return cached.get();
        }
        var work = route.endpoint().prepare(context, Params.of(context, route.parameters()));
        byte[] answer = MAPPER.writeValueAsBytes(work.answer(pool));
        cache.put(request, answer);
        return answer;
    }

    private static void securityHeaders(Context context)
    {
        context.header("X-Content-Type-Options", "nosniff");
        context.header("Content-Security-Policy", SECURITY_POLICY);
        context.header("Referrer-Policy", "no-referrer");
    }

    private static void storeFailure(StoreException e, Context context)
    {
        // DuckDB reports a statement cancelled at its query timeout as an interrupt
        if (String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("interrupt")) {
            error(context, 503, "The query took longer than " + QUERY_LIMIT.toSeconds() + " s and was stopped; narrow the filters.");
            return;
        }
        internal(context, e);
    }

    private static void internal(Context context, Exception e)
    {
        LOG.error("{} {} failed", context.method(), context.path(), e);
        error(context, 500, "Internal error; the server log has the details.");
    }

    private static void error(Context context, int status, String message)
    {
        context.status(status).json(new ErrorBody(message, status));
    }

    record ErrorBody(String error, int status) {}

    @Override
    public void close()
    {
        app.stop();
        pool.close();
    }
}
