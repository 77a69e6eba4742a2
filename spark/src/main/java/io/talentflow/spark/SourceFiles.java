package io.talentflow.spark;

import io.talentflow.source.Inputs;
import io.talentflow.source.SourceInput;
import io.talentflow.source.SourceLabels;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Expands the job's source paths (any Hadoop file system) into files as core
 * {@code Inputs.expand} does locally: folders recursively in sorted order, hidden files and folders
 * listed as skipped, a file named twice read once, and files labelled as the local engine labels
 * them (their path below the folder given, or their file name; {@code SourceLabels}), so both
 * engines give the same ledger and ids. As locally, {@code Inputs.prepare} then reads the OpenAlex
 * {@code merged_ids} files and snapshot manifests, here on the driver.
 */
final class SourceFiles
{
    private SourceFiles() {}

    /** The files to read, in input order; {@code inputs} holds the id merges and manifests found among them. */
    static List<SourceFile> expand(List<String> sources, Configuration configuration, Inputs inputs)
    {
        List<SourceFile> listed = once(uniquelyLabelled(sources.stream().flatMap(source -> expand(source, configuration).stream()).toList()));
        Map<String, String> paths = listed.stream().collect(Collectors.toMap(SourceFile::name, SourceFile::path, (first, same) -> first));
        List<SourceInput> files = inputs.prepare(listed.stream()
                        .map(file -> new SourceInput(file.name(), false, file.error(), file.skipped(), file.label())).toList(),
                name -> open(paths.get(name), configuration));
        return IntStream.range(0, files.size())
                .mapToObj(i -> {
                    SourceInput file = files.get(i);
                    boolean readable = file.error().isEmpty() && file.skipped().isEmpty();
                    return new SourceFile(i, file.name(), file.label(), readable ? paths.get(file.name()) : "", file.error(), file.skipped());
                })
                .toList();
    }

    private static List<SourceFile> uniquelyLabelled(List<SourceFile> files)
    {
        List<String> labels = SourceLabels.unique(files.stream().map(SourceFile::label).toList());
        return IntStream.range(0, files.size()).mapToObj(i -> files.get(i).withLabel(labels.get(i))).toList();
    }

    private static List<SourceFile> once(List<SourceFile> files)
    {
        Map<String, String> first = new HashMap<>();
        List<SourceFile> out = new ArrayList<>(files.size());
        for (SourceFile file : files) {
            String earlier = file.path().isEmpty() ? null : first.putIfAbsent(file.path(), file.label());
            out.add(earlier == null ? file : new SourceFile(0, file.name(), file.label(), "", "", SourceInput.givenTwice(earlier)));
        }
        return out;
    }

    private static InputStream open(String path, Configuration configuration)
            throws IOException
    {
        Path file = new Path(path);
        return file.getFileSystem(configuration).open(file);
    }

    private static List<SourceFile> expand(String source, Configuration configuration)
    {
        if (source.isBlank()) {
            return List.of(failed(source, "An empty path names no input."));
        }
        try {
            Path path = new Path(source);
            FileSystem fs = path.getFileSystem(configuration);
            if (!fs.exists(path)) {
                return List.of(failed(source, source + " does not exist."));
            }
            if (fs.getFileStatus(path).isFile()) {
                return List.of(new SourceFile(0, source, path.getName(), fs.makeQualified(path).toString(), "", ""));
            }
            List<SourceFile> files = folderFiles(source, fs, fs.makeQualified(path));
            return files.stream().allMatch(file -> file.path().isEmpty()) ? concat(files, failed(source, "folder " + source + " has no readable files."))
                    : files;
        }
        catch (IOException | IllegalArgumentException e) {
            return List.of(failed(source, source + " could not be listed: " + e.getMessage() + "."));
        }
    }

    private static List<SourceFile> folderFiles(String source, FileSystem fs, Path root)
            throws IOException
    {
        String prefix = source.replaceAll("/+$", "");
        int rootLength = root.toUri().getPath().replaceAll("/+$", "").length() + 1;
        Map<String, SourceFile> files = new LinkedHashMap<>();
        RemoteIterator<LocatedFileStatus> listing = fs.listFiles(root, true);
        while (listing.hasNext()) {
            Path file = listing.next().getPath();
            SourceFile entry = entry(prefix, file.toUri().getPath().substring(rootLength), file.toString());
            files.putIfAbsent(entry.name(), entry);
        }
        List<SourceFile> sorted = new ArrayList<>(files.values());
        sorted.sort(java.util.Comparator.comparing(SourceFile::name));
        return sorted;
    }

    /** The file at {@code relative}, or the skipped line of the first hidden file or folder on its way. */
    private static SourceFile entry(String prefix, String relative, String path)
    {
        String[] parts = relative.split("/");
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].startsWith(".")) {
                String hidden = String.join("/", java.util.Arrays.copyOfRange(parts, 0, i + 1));
                return new SourceFile(0, prefix + "/" + hidden, hidden, "", "", i == parts.length - 1 ? SourceInput.HIDDEN_FILE : SourceInput.HIDDEN_FOLDER);
            }
        }
        return new SourceFile(0, prefix + "/" + relative, relative, path, "", "");
    }

    private static List<SourceFile> concat(List<SourceFile> files, SourceFile last)
    {
        List<SourceFile> out = new ArrayList<>(files);
        out.add(last);
        return out;
    }

    private static SourceFile failed(String name, String error)
    {
        return new SourceFile(0, name, SourceLabels.fileName(name), "", error, "");
    }
}
