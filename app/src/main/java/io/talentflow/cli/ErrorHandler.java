package io.talentflow.cli;

import io.talentflow.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * The one place where failures become output: a plain sentence on stderr, the stack trace only
 * with {@code --debug}.
 */
final class ErrorHandler
        implements IExecutionExceptionHandler, IParameterExceptionHandler
{
    @Override
    public int handleExecutionException(Exception exception, CommandLine command, ParseResult parseResult)
    {
        PrintWriter err = command.getErr();
        if (OutOfMemory.find(exception) != null) {
            return outOfMemory(exception, err, debug(parseResult));
        }
        boolean expected = exception instanceof UserException || exception instanceof StoreException
                || exception instanceof UncheckedIOException;
        err.println("talentflow: " + (expected ? exception.getMessage() : "internal error: " + exception));
        if (debug(parseResult)) {
            exception.printStackTrace(err);
        }
        else if (!expected) {
            err.println("Run again with --debug for the stack trace.");
        }
        err.flush();
        return expected ? ExitCodes.USAGE : ExitCodes.INTERNAL;
    }

    /** Out of memory is not a bug to report with a stack trace but a limit the user can raise: exit code 3 with how. */
    static int outOfMemory(Throwable failure, PrintWriter err, boolean debug)
    {
        err.println("talentflow: " + OutOfMemory.sentence());
        if (debug) {
            failure.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.INTERNAL;
    }

    @Override
    public int handleParseException(ParameterException exception, String[] args)
    {
        CommandLine command = exception.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("talentflow: " + exception.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(exception, err);
        err.println("See '" + command.getCommandSpec().qualifiedName() + " --help'.");
        err.flush();
        return ExitCodes.USAGE;
    }

    private static boolean debug(ParseResult parseResult)
    {
        for (ParseResult result = parseResult; result != null; result = result.subcommand()) {
            if (result.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }
}
