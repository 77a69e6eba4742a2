package io.talentflow.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.InetAddress;

import static org.assertj.core.api.Assertions.assertThat;

class TestServeCommand
{
    @ParameterizedTest
    @ValueSource(strings = {"-1", "65536"})
    void serve_portOutOfRange_exits2WithSentence(String port)
    {
        CliResult result = CliResult.run("serve", "--port", port, "--store", "missing.duckdb");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("--port " + port + " is not a port number").doesNotContain("\tat ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"192.0.2.1", "no-such-host.invalid", "300.1.1.1"})
    void serve_hostNotOfThisMachine_exits2NamingTheHostNotThePort(String host)
    {
        CliResult result = CliResult.run("serve", "--host", host, "--port", "0", "--store", "missing.duckdb");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("--host").contains(host).doesNotContain("in use").doesNotContain("\tat ");
    }

    @Test
    void serve_missingStore_exits2NamingIt()
    {
        CliResult result = CliResult.run("serve", "--port", "0", "--store", "no-such-store.duckdb");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("no-such-store.duckdb does not exist");
    }

    @Test
    void serve_portTaken_exits2NamingThePort()
            throws IOException
    {
        try (TestingStore store = new TestingStore(); ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CliResult result = store.run("serve", "--port", String.valueOf(taken.getLocalPort()));
            assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(result.err()).contains("Could not listen on 127.0.0.1:" + taken.getLocalPort()).doesNotContain("\tat ");
        }
    }

    @Test
    void serve_help_saysItBindsToThisMachineByDefault()
    {
        assertThat(CliResult.run("help", "serve").out()).containsPattern("default: 127\\.0\\.0\\.1,\\s+this\\s+machine");
    }
}
