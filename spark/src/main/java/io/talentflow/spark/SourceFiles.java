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
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Expands the job's source paths (any Hadoop file system) into files as core
 * {@code Inputs.expand} does locally: folders recursively in sorted order, hidden files skipped,
 * and files labelled as the local engine labels them (their path below the folder given, or their
 * file name; {@code SourceLabels}), so both engines give the same ledger and ids. As locally,
 * {@code Inputs.prepare} then reads the OpenAlex {@code merged_ids} files and snapshot manifests,
 * here on the driver.
 */
final class SourceFiles
{
    private SourceFiles() {}

    /** The files to read, in input order; {@code inputs} holds the id merges and manifests found among them. */
    static List<SourceFile> expand(List<String> sources, Configuration configuration, Inputs inputs)
    {
        List<SourceFile> listed = new ArrayList<>();
        sources.forEach(source -> listed.addAll(expand(source, configuration)));
        List<String> labels = SourceLabels.unique(listed.stream().map(SourceFile::label).toList());
        Map<String, String> paths = listed.stream().collect(Collectors.toMap(SourceFile::name, SourceFile::path, (first, same) -> first));
        List<SourceInput> files = inputs.prepare(IntStream.range(0, listed.size())
                        .mapToObj(i -> new SourceInput(listed.get(i).name(), false, listed.get(i).error(), labels.get(i))).toList(),
                name -> open(paths.get(name), configuration));
        return IntStream.range(0, files.size())
                .mapToObj(i -> new SourceFile(i, files.get(i).name(), files.get(i).label(),
                        files.get(i).error().isEmpty() ? paths.get(files.get(i).name()) : "", files.get(i).error()))
                .toList();
    }

    private static InputStream open(String path, Configuration configuration)
            throws IOException
    {
        Path file = new Path(path);
        return file.getFileSystem(configuration).open(file);
    }

    private static List<SourceFile> expand(String source, Configuration configuration)
    {
        try {
            Path path = new Path(source);
            FileSystem fs = path.getFileSystem(configuration);
            if (!fs.exists(path)) {
                return List.of(failed(source, source + " does not exist."));
            }
            if (fs.getFileStatus(path).isFile()) {
                return List.of(new SourceFile(0, source, path.getName(), fs.makeQualified(path).toString(), ""));
            }
            List<SourceFile> files = folderFiles(source, fs, fs.makeQualified(path));
            return files.isEmpty() ? List.of(failed(source, "folder " + source + " has no readable files.")) : files;
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
        List<SourceFile> files = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> listing = fs.listFiles(root, true);
        while (listing.hasNext()) {
            Path file = listing.next().getPath();
            if (!file.getName().startsWith(".")) {
                String relative = file.toUri().getPath().substring(rootLength);
                files.add(new SourceFile(0, prefix + "/" + relative, relative, file.toString(), ""));
            }
        }
        files.sort(java.util.Comparator.comparing(SourceFile::name));
        return files;
    }

    private static SourceFile failed(String name, String error)
    {
        return new SourceFile(0, name, SourceLabels.fileName(name), "", error);
    }
}
