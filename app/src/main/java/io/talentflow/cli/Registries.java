package io.talentflow.cli;

import io.talentflow.org.OrganisationRegistry;
import io.talentflow.pipeline.FilePlacing;
import io.talentflow.pipeline.Stages;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds and loads the organisation registry: the ROR dump named by {@code --ror}, else
 * {@code $TALENTFLOW_ROR}, else the newest dump in the download cache, else the shared sample beside a
 * development checkout. Without a dump the registry is the project's own table alone, and says so.
 */
final class Registries
{
    static final String SAMPLE = "ror-sample-v2.zip";

    private Registries() {}

    static Optional<Path> find(Path option, Path cacheRoot)
    {
        if (option != null) {
            if (!Files.isRegularFile(option)) {
                throw new UserException("No such file: " + option + " (--ror).");
            }
            return Optional.of(option);
        }
        String env = System.getenv("TALENTFLOW_ROR");
        if (env != null && !env.isBlank()) {
            return Optional.of(Path.of(env));
        }
        return Stream.concat(RorDownloads.cached(cacheRoot).stream(), Stream.of(Path.of("..", "shared", "data", "ror", SAMPLE)))
                .filter(Files::isRegularFile)
                .findFirst();
    }

    /** Loads the registry, printing what it holds and what was wrong with the dump to {@code err}. */
    static OrganisationRegistry load(Optional<Path> dump, PrintStream err)
    {
        OrganisationRegistry registry;
        try {
            registry = OrganisationRegistry.load(dump);
        }
        catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        err.println("Organisations: " + registry.summary());
        registry.problems().forEach(problem -> err.println("  " + problem));
        return registry;
    }

    /** Placement and linking over the registry of {@code --ror} (or the default dump), with the universities list when there is one. */
    static FilePlacing placing(Path rorOption, PrintStream err)
    {
        return Stages.placing(Universities.find(), load(find(rorOption, Downloads.cacheRoot(null)), err));
    }
}
