package io.talentflow.source;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TestHttpFetch
{
    private static final Deadlines QUICK = new Deadlines(Duration.ofSeconds(5), Duration.ofMillis(300), Duration.ofSeconds(2));
    private static final byte[] BODY = "[{\"title\": \"t\", \"author\": \"Ann Lee\"}]".repeat(40).getBytes(StandardCharsets.UTF_8);

    private static byte[] fetch(URI url) throws IOException
    {
        try (InputStream body = HttpFetch.open(url, QUICK, Map.of()).body()) {
            return body.readAllBytes();
        }
    }

    @Test
    void open_answeredBody_readsItWhole() throws IOException
    {
        try (TestingHttpServer server = new TestingHttpServer().put("a.json", BODY)) {
            assertThat(fetch(server.base().resolve("a.json"))).isEqualTo(BODY);
        }
    }

    @Test
    void open_statusOtherThan200_failsSayingIt() throws IOException
    {
        try (TestingHttpServer server = new TestingHttpServer()) {
            assertThatThrownBy(() -> fetch(server.base().resolve("gone.json")))
                    .isInstanceOf(TransferException.class).hasMessage("the server answered HTTP 404");
        }
    }

    @Test
    void open_answerLaterThanTheDeadline_failsWaitingForIt() throws IOException
    {
        try (TestingHttpServer server = new TestingHttpServer(Fixtures.path("icra2023.json").getParent(), 2_000)) {
            assertThatThrownBy(() -> fetch(server.base().resolve("slow/icra2023.json")))
                    .isInstanceOf(TransferException.class).hasMessage("no answer within 300 ms");
        }
    }

    @Test
    void read_bodyThatStalls_failsAfterTheIdleDeadline() throws IOException
    {
        try (TestingHttpServer server = new TestingHttpServer().stall("a.json", BODY)) {
            assertThatThrownBy(() -> fetch(server.base().resolve("a.json")))
                    .isInstanceOf(TransferException.class).hasMessage("the transfer stalled: no data for 300 ms");
        }
    }

    @Test
    void read_bodyThatDrips_failsAsTooSlow() throws IOException
    {
        try (TestingHttpServer server = new TestingHttpServer().drip("a.json", BODY, 20)) {
            assertThatThrownBy(() -> fetch(server.base().resolve("a.json")))
                    .isInstanceOf(TransferException.class).hasMessageStartingWith("the transfer is too slow: ").hasMessageEndingWith(" bytes in 300 ms");
        }
    }

    @Test
    void read_bodyThatNeverEnds_failsAtTheTotalDeadline() throws IOException
    {
        try (TestingHttpServer server = new TestingHttpServer().endless("a.json")) {
            assertThatThrownBy(() -> fetch(server.base().resolve("a.json")))
                    .isInstanceOf(TransferException.class).hasMessage("the transfer took longer than 2 s");
        }
    }

    @Test
    void open_closedPortOrUnknownHost_failsNamingTheHost() throws IOException
    {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        int closed = port;
        assertThatThrownBy(() -> fetch(URI.create("http://127.0.0.1:" + closed + "/a.json")))
                .isInstanceOf(TransferException.class).hasMessage("the connection to 127.0.0.1 was refused");
        assertThatThrownBy(() -> fetch(URI.create("http://no-such-host.invalid/a.json")))
                .isInstanceOf(TransferException.class).hasMessage("the host no-such-host.invalid is not known (no network, or no name service)");
    }

    @Test
    void open_notHttp_isRefused()
    {
        assertThatThrownBy(() -> fetch(URI.create("file:///etc/passwd")))
                .isInstanceOf(TransferException.class).hasMessage("only http and https URLs are read");
    }
}
