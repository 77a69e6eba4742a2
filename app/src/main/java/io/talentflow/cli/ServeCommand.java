package io.talentflow.cli;

import io.javalin.util.JavalinBindException;
import io.talentflow.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "serve", description = "Serve the web dashboard and the JSON API (/api/openapi.json) over a store.")
final class ServeCommand
        implements Callable<Integer>
{
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption storeOption;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "Port to listen on, 0 for any free port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--no-cache", description = "Compute every API answer, keeping none (to measure the uncached server).")
    boolean noCache;

    @Option(names = "--allowed-host", paramLabel = "NAME",
            description = "A further name clients may reach the server by (repeatable); requests naming any other host but localhost and"
                    + " the --host address get 421, so that a web page elsewhere cannot read the API through DNS rebinding.")
    List<String> allowedHosts = new ArrayList<>();

    @Override
    public Integer call()
            throws InterruptedException
    {
        if (port < 0 || port > 65535) {
            throw new UserException("--port " + port + " is not a port number (0 to 65535).");
        }
        HostOption.requireLocal(host);
        WebServer server = start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Serving %s at http://%s:%d/ (API description at /api/openapi.json); Ctrl-C stops.%n", storeOption.store, host, server.port());
        out.flush();
        stopped.await();
        return ExitCodes.DONE;
    }

    private WebServer start()
    {
        // reading every career and paper into memory takes a few seconds on a large store
        if (Files.isRegularFile(storeOption.store)) {
            spec.commandLine().getErr().printf("Reading %s into memory...%n", storeOption.store);
            spec.commandLine().getErr().flush();
        }
        try {
            return WebServer.start(storeOption.store, host, port, !noCache, allowedHosts);
        }
        catch (JavalinBindException e) {
            throw new UserException("Could not listen on " + host + ":" + port + " (" + HostOption.bindProblem(e) + "); choose another --port or --host.");
        }
    }
}
