package io.talentflow.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What a path on the command line names: a URL, a file, or every file of a folder (recursively, in
 * sorted path order). Every file a folder holds gets an input: read, skipped with a reason (hidden,
 * a link leading outside the folder, the build's own output) or failed (unreadable, a link to
 * nothing). Links inside the folder are followed. A path that cannot be used becomes an input
 * carrying its error.
 */
final class InputPaths
{
    private final List<Path> outputs;

    /** {@code outputs}: what the build writes (files, or folders whose contents it writes), never read as inputs. */
    InputPaths(List<Path> outputs)
    {
        this.outputs = outputs.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    }

    List<SourceInput> expand(String name)
    {
        if (name.isBlank()) {
            return List.of(SourceInput.failed(name, "An empty path names no input."));
        }
        if (name.startsWith("http://") || name.startsWith("https://")) {
            return List.of(new SourceInput(name, true, ""));
        }
        Path path;
        try {
            path = Path.of(name);
        } catch (InvalidPathException e) {
            return List.of(SourceInput.failed(name, name + " is not a valid path."));
        }
        if (!Files.isDirectory(path)) {
            return List.of(one(path, name));
        }
        List<SourceInput> files = folder(path);
        return files.stream().allMatch(f -> !f.skipped().isEmpty() || !f.error().isEmpty())
                ? concat(files, SourceInput.failed(name, "folder " + name + " has no readable files.")) : files;
    }

    private SourceInput one(Path path, String name)
    {
        if (!Files.exists(path)) {
            return SourceInput.failed(name, Files.isSymbolicLink(path) ? name + " is a link to nothing." : name + " does not exist.");
        }
        if (isOutput(path)) {
            return SourceInput.skip(name, SourceInput.OWN_OUTPUT);
        }
        if (!Files.isRegularFile(path)) {
            return SourceInput.skip(name, "not a regular file");
        }
        return Files.isReadable(path) ? SourceInput.file(name) : SourceInput.failed(name, name + " is not readable.");
    }

    private List<SourceInput> folder(Path root)
    {
        List<SourceInput> out = new ArrayList<>();
        try {
            visit(root, root.toRealPath(), new HashSet<>(), out);
        } catch (IOException | RuntimeException e) {
            return List.of(SourceInput.failed(root.toString(), "folder " + root + " could not be listed: " + PaperlistsReader.reason(e) + "."));
        }
        out.sort(Comparator.comparing(SourceInput::name));
        return out;
    }

    private void visit(Path folder, Path realRoot, Set<Path> visited, List<SourceInput> out) throws IOException
    {
        if (!visited.add(folder.toRealPath())) {
            out.add(SourceInput.skip(folder.toString(), "a link to a folder that is read already"));
            return;
        }
        List<Path> children;
        try (Stream<Path> list = Files.list(folder)) {
            children = list.sorted().toList();
        }
        for (Path child : children) {
            String name = child.toString();
            if (isScratch(child)) {
                // made by this very build, after the user's folder was as they left it: no line, or
                // its name (process id, time) would make two builds of the same files differ
                continue;
            }
            if (child.getFileName().toString().startsWith(".")) {
                out.add(SourceInput.skip(name, Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)
                        ? SourceInput.HIDDEN_FOLDER : SourceInput.HIDDEN_FILE));
            } else if (Files.isSymbolicLink(child) && Files.exists(child) && !child.toRealPath().startsWith(realRoot)) {
                out.add(SourceInput.skip(name, "a link to " + child.toRealPath() + ", outside the folder"));
            } else if (Files.isDirectory(child) && !isOutput(child)) {
                visit(child, realRoot, visited, out);
            } else {
                out.add(one(child, name));
            }
        }
    }

    private boolean isScratch(Path path)
    {
        return Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) && outputs.contains(path.toAbsolutePath().normalize());
    }

    /** The store, its temporary and write-ahead files (of this build or a killed one) and anything in an output folder. */
    private boolean isOutput(Path path)
    {
        Path p = path.toAbsolutePath().normalize();
        for (Path output : outputs) {
            String name = p.getFileName().toString();
            String own = output.getFileName().toString();
            boolean sibling = p.getParent() != null && p.getParent().equals(output.getParent());
            if (p.startsWith(output) || sibling && (name.startsWith(own + ".tmp-") || name.equals(own + ".wal"))) {
                return true;
            }
        }
        return false;
    }

    private static List<SourceInput> concat(List<SourceInput> files, SourceInput last)
    {
        List<SourceInput> out = new ArrayList<>(files);
        out.add(last);
        return out;
    }
}
