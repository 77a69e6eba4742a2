package io.talentflow.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.talentflow.store.StoreException;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Closeable;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The web dashboard and JSON API over one store: Javalin on the given address, read-only
 * connections used by a small pool of query threads of their own, every query parameterised and
 * time-limited, answers cached by request in normal form within a bound in bytes. Clients get JSON
 * errors with one plain sentence, never a stack trace; every answer carries the security headers;
 * requests naming another host are refused (421); no CORS headers are sent.
 */
public final class WebServer
        implements Closeable
{
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    private static final Duration QUERY_LIMIT = Duration.ofSeconds(10);
    // queries run one thread each (DashboardQueries.SETUP): half the cores for them leaves the rest to
    // the answers from memory, which must stay fast however many clients wait for queries
    private static final int QUERY_THREADS = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    private static final int QUERIES_WAITING = 256;
    // Jetty's selector and acceptor threads, then a few request threads per core. Most answers come
    // from memory in microseconds: with Jetty's default of 200 threads, 200 clients' requests all ran
    // at once and each took as long as the slowest (p50 30 ms); queued for a few threads, p50 10 ms.
    private static final int THREADS = 8 + 4 * Runtime.getRuntime().availableProcessors();
    private static final String JSON = "application/json";
    private static final String ALLOW = "GET, HEAD";

    // the dashboard's pages share one HTML shell whose script draws the page named by the path
    private static final List<String> PAGES = List.of("/", "/corridors", "/pipeline", "/countries", "/people", "/organisations", "/net-flows");
    private static final String SHELL = "/io/talentflow/web/index.html";
    // the not-found page is the shell itself with a message in place of the page, so that the two cannot drift
    private static final String LOADING = "<main id=\"main\"><p class=\"note\">Loading…</p></main>";
    private static final String NOT_FOUND = "<main id=\"main\" data-status=\"404\"><h1>No such page</h1><p class=\"error\" id=\"notfound\">There is no page at this address."
            + " The dashboard's pages are listed above; the JSON API is described at <a href=\"/api/openapi.json\">/api/openapi.json</a>.</p></main>";

    private final Serving serving;
    private final Javalin app;

    private WebServer(Serving serving, Javalin app)
    {
        this.serving = serving;
        this.app = app;
    }

    /** What answering needs: connections, cached answers, the query threads and the hosts to answer for. */
    private record Serving(ConnectionPool pool, ResponseCache cache, QueryPool queries, AllowedHosts hosts) {}

    /** Opens the store and starts serving; port 0 picks a free port (see {@link #port()}). */
    public static WebServer start(Path store, String host, int port)
    {
        return start(store, host, port, true, List.of());
    }

    /**
     * As {@link #start(Path, String, int)}; without {@code cache} every answer is computed (for
     * measuring); {@code allowedHosts} are further names clients may reach the server by.
     */
    public static WebServer start(Path store, String host, int port, boolean cache, List<String> allowedHosts)
    {
        ConnectionPool pool = new ConnectionPool(store, QUERY_THREADS, QUERY_LIMIT, DashboardQueries.SETUP);
        Serving serving = new Serving(pool, new ResponseCache(cache ? ResponseCache.MAX_BYTES : 0), new QueryPool(QUERY_THREADS, QUERIES_WAITING),
                new AllowedHosts(host, allowedHosts));
        try {
            ServedData served = ServedData.load(pool);
            // Settle the heap once while nobody waits: the data just read would otherwise reach the old
            // generation through the first minutes of requests and set off a full collection among
            // them (a 0.55 s pause under load with the parallel collector).
            System.gc();
            Javalin app = Javalin.create(WebServer::configure);
            routes(app, served, serving);
            app.start(host, port);
            return new WebServer(serving, app);
        }
        catch (RuntimeException e) {
            serving.queries().close();
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
        config.jetty.modifyServer(server -> server.setErrorHandler(new ErrorPages()));
        config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new ErrorPages()));
        config.staticFiles.add(files -> {
            files.hostedPath = "/static";
            files.directory = "/io/talentflow/web/static";
            files.location = Location.CLASSPATH;
        });
        config.staticFiles.enableWebjars();
    }

    private static void routes(Javalin app, ServedData served, Serving serving)
    {
        app.before(context -> {
            SecurityHeaders.ALL.forEach(context::header);
            serving.hosts().check(context);
        });
        for (ApiRoutes.Route route : ApiRoutes.routes(served)) {
            app.get(route.path(), context -> answer(context, route, serving));
        }
        app.get("/api/openapi.json", context -> context.contentType(JSON).result(Resources.text("/io/talentflow/web/openapi.json")));
        PAGES.forEach(path -> app.get(path, context -> context.html(Resources.text(SHELL))));
        app.exception(ApiException.class, (e, context) -> error(context, e.status(), e.getMessage()));
        app.exception(HttpResponseException.class, WebServer::httpFailure);
        app.exception(StoreException.class, WebServer::storeFailure);
        app.exception(Exception.class, (e, context) -> internal(context, e));
    }

    /**
     * Validates the request, then answers it from the cache, from memory on this thread, or with
     * queries on a query thread, keeping the answer under the request's normal form.
     */
    private static void answer(Context context, ApiRoutes.Route route, Serving serving)
    {
        Params params = Params.of(context, route.parameters());
        ApiRoutes.Work work = route.endpoint().prepare(params);
        String key = params.key(route.path());
        Optional<byte[]> cached = serving.cache().get(key);
        if (cached.isPresent()) {
            context.contentType(JSON).result(cached.get());
        }
        else if (route.cost() == ApiRoutes.Cost.MEMORY) {
            context.contentType(JSON).result(computed(key, work, serving));
        }
        else {
            var answer = serving.queries().submit(() -> computed(key, work, serving));
            context.future(() -> answer.thenAccept(bytes -> context.contentType(JSON).result(bytes)));
        }
    }

    private static byte[] computed(String key, ApiRoutes.Work work, Serving serving)
    {
        try {
            byte[] answer = MAPPER.writeValueAsBytes(work.answer(serving.pool()));
            serving.cache().put(key, answer);
            return answer;
        }
        catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Javalin's own refusals: no such path (404: a page for a person who mistyped an address, JSON
     * for a program asking the API), or a method other than GET and HEAD (405, with Allow).
     */
    private static void httpFailure(HttpResponseException e, Context context)
    {
        if (e.getStatus() == 404 && !context.path().startsWith("/api/")) {
            context.status(404).html(notFoundPage());
            return;
        }
        if (e.getStatus() == 405) {
            context.header("Allow", ALLOW);
            error(context, 405, context.method() + " is not allowed here; this server answers " + ALLOW + " only.");
            return;
        }
        error(context, e.getStatus(), e.getStatus() == 404 ? "No such page: " + context.path() : e.getMessage());
    }

    private static String notFoundPage()
    {
        String shell = Resources.text(SHELL);
        if (!shell.contains(LOADING)) {
            throw new IllegalStateException(SHELL + " has no " + LOADING + " to put the not-found message in");
        }
        return shell.replace(LOADING, NOT_FOUND).replace("<title>talentflow</title>", "<title>No such page · talentflow</title>");
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
        if (status == 503) {
            context.header("Retry-After", "1");
        }
        context.status(status).json(new ErrorBody(message, status));
    }

    record ErrorBody(String error, int status) {}

    @Override
    public void close()
    {
        app.stop();
        serving.queries().close();
        serving.pool().close();
    }
}
