package io.talentflow.org;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Files of the shared data folder (../shared/data, named by the talentflow.shared.data property), when present. */
final class SharedData
{
    private SharedData() {}

    static Optional<Path> path(String relative)
    {
        String root = System.getProperty("talentflow.shared.data");
        Path p = root == null ? null : Path.of(root).resolve(relative);
        return p != null && Files.exists(p) ? Optional.of(p) : Optional.empty();
    }
}
