package io.talentflow.cli;

import picocli.CommandLine.Option;

/** The {@code --threads} option of the commands that build; a value below 1 is a usage error naming it. */
final class ThreadsOption
{
    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
    Integer threads;

    int threads()
    {
        if (threads == null) {
            return Runtime.getRuntime().availableProcessors();
        }
        if (threads < 1) {
            throw new UserException("--threads " + threads + " is not a number of worker threads; give 1 or more.");
        }
        return threads;
    }
}
