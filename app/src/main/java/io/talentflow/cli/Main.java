package io.talentflow.cli;

import java.io.PrintWriter;
import java.util.List;

/** The talentflow command line. */
public final class Main
{
    private Main() {}

    public static void main(String[] args)
    {
        int code;
        try {
            code = TalentflowCommand.commandLine().execute(args);
        }
        catch (OutOfMemoryError e) {
            // picocli hands only exceptions to the error handler; an error thrown by the command itself arrives here
            code = ErrorHandler.outOfMemory(e, new PrintWriter(System.err, true), List.of(args).contains("--debug"));
        }
        System.exit(code);
    }
}
