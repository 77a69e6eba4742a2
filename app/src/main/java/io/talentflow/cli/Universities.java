package io.talentflow.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the Hipo world universities list: {@code $TALENTFLOW_UNIVERSITIES}, else the download cache,
 * else the shared data folder beside a development checkout. Without it, placement uses only the
 * built-in tables.
 */
final class Universities
{
    static final String FILE = "world_universities_and_domains.json";

    private Universities() {}

    static Optional<Path> find()
    {
        return find(Downloads.cacheRoot(null));
    }

    static Optional<Path> find(Path cacheRoot)
    {
        String env = System.getenv("TALENTFLOW_UNIVERSITIES");
        if (env != null && !env.isBlank()) {
            return Optional.of(Path.of(env));
        }
        return Stream.of(cacheRoot.resolve("hipo").resolve(FILE), Path.of("..", "shared", "data", "hipo", FILE))
                .filter(Files::isRegularFile)
                .findFirst();
    }
}
