package io.talentflow.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a path on the command line names: a URL, a readable file, or the readable files of a folder
 * (recursively, in sorted path order, hidden files left out). A path that cannot be used becomes an
 * input carrying its error.
 */
final class InputPaths
{
    private InputPaths()
    {
    }

    static List<SourceInput> expand(String name)
    {
        if (name.startsWith("http://") || name.startsWith("https://")) {
            return List.of(new SourceInput(name, true, ""));
        }
        Path path;
        try {
            path = Path.of(name);
        } catch (InvalidPathException e) {
            return List.of(SourceInput.failed(name, name + " is not a valid path."));
        }
        if (!Files.exists(path)) {
            return List.of(SourceInput.failed(name, name + " does not exist."));
        }
        if (!Files.isDirectory(path)) {
            return List.of(Files.isReadable(path) ? SourceInput.file(name)
                    : SourceInput.failed(name, name + " is not readable."));
        }
        List<SourceInput> files = folderFiles(path);
        return files.isEmpty() ? List.of(SourceInput.failed(name, "folder " + name + " has no readable files.")) : files;
    }

    /** A folder given as a symbolic link is walked where it points, its files named below the link as given. */
    private static List<SourceInput> folderFiles(Path folder)
    {
        try {
            Path root = Files.isSymbolicLink(folder) ? folder.toRealPath() : folder;
            try (Stream<Path> walk = Files.walk(root)) {
                return walk.filter(p -> Files.isRegularFile(p) && Files.isReadable(p))
                        .filter(p -> !p.getFileName().toString().startsWith("."))
                        .map(p -> folder.resolve(root.relativize(p)).toString()).sorted().map(SourceInput::file).toList();
            }
        } catch (IOException | UncheckedIOException e) {
            return List.of(SourceInput.failed(folder.toString(), "folder " + folder + " could not be listed: "
                    + PaperlistsReader.reason(e) + "."));
        }
    }
}
