package io.talentflow.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Expands the job's source paths (any Hadoop file system) into files as core
 * {@code Inputs.expand} does locally: folders recursively in sorted order, hidden files skipped,
 * and files named as the local engine names them (the source as given, then the path below it),
 * so both engines give the same ledger and authorship ids.
 */
final class SourceFiles
{
    /**
     * OpenAlex snapshot manifests hold no records; {@code Inputs.expand} takes them out of the inputs
     * too (the job does not check part record counts against them).
     */
    private static final String MANIFEST = "manifest";

    private SourceFiles() {}

    static List<SourceFile> expand(List<String> sources, Configuration configuration)
    {
        List<SourceFile> files = new ArrayList<>();
        sources.forEach(source -> files.addAll(expand(source, configuration)));
        return IntStream.range(0, files.size())
                .mapToObj(i -> new SourceFile(i, files.get(i).name(), files.get(i).path(), files.get(i).error()))
                .toList();
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
                return List.of(new SourceFile(0, source, fs.makeQualified(path).toString(), ""));
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
            if (!file.getName().startsWith(".") && !file.getName().equals(MANIFEST)) {
                files.add(new SourceFile(0, prefix + "/" + file.toUri().getPath().substring(rootLength), file.toString(), ""));
            }
        }
        files.sort(java.util.Comparator.comparing(SourceFile::name));
        return files;
    }

    private static SourceFile failed(String name, String error)
    {
        return new SourceFile(0, name, "", error);
    }
}
