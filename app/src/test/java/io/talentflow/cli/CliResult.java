package io.talentflow.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import static java.util.Objects.requireNonNull;

/** What one in-process run of the CLI printed and returned. */
record CliResult(int exitCode, String out, String err)
{
    CliResult
    {
        requireNonNull(out, "out is null");
        requireNonNull(err, "err is null");
    }

    /** {@link #run} with {@code input} as standard input. */
    static synchronized CliResult runWithStdin(String input, String... args)
    {
        InputStream original = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return run(args);
        }
        finally {
            System.setIn(original);
        }
    }

    /** Runs the CLI in this JVM, capturing picocli's writers and System.err (used for progress). */
    static synchronized CliResult run(String... args)
    {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        try {
            int code = TalentflowCommand.commandLine()
                    .setOut(new PrintWriter(out, true))
                    .setErr(new PrintWriter(err, true))
                    .execute(args);
            return new CliResult(code, out.toString(), err + stderr.toString(StandardCharsets.UTF_8));
        }
        finally {
            System.setErr(original);
        }
    }
}
