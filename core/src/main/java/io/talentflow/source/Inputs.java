package io.talentflow.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipException;

/**
 * The entry point of the source stage: expands paths (files, folders, http(s) URLs) into inputs
 * and reads one input into a sink, detecting compression and format from content. Every input
 * gives exactly one ledger line, even when it cannot be read. Safe to use from several threads,
 * one input per thread.
 */
public final class Inputs
{
    private static final SourceReader PAPERLISTS = new PaperlistsReader();
    private static final SourceReader CSV = new CsvAuthorshipReader();

    private static final AuthorshipSink DISCARD = new AuthorshipSink()
    {
        @Override
        public void accept(Authorship authorship)
        {
        }

        @Override
        public void reject(Rejection rejection)
        {
        }
    };

    private final UrlOpener urls;
    private final OpenAlexIds openAlexIds = new OpenAlexIds();
    private final SourceReader openAlex;
    private final SourceReader mergedIds = new MergedIdsReader(openAlexIds);
    private final SnapshotChecks snapshots = new SnapshotChecks();

    /** Opens an input by its name, for inputs listed elsewhere (for example on a distributed file system). */
    @FunctionalInterface
    public interface Opener
    {
        InputStream open(String name) throws IOException;
    }

    /** Inputs reading URLs under the {@linkplain Deadlines#standard() standard deadlines}, keeping AI works of OpenAlex. */
    public Inputs()
    {
        this(WorkSelection.AI);
    }

    /** Inputs keeping the OpenAlex records of {@code selection}. */
    public Inputs(WorkSelection selection)
    {
        this(Deadlines.standard(), selection);
    }

    /** Inputs reading URLs under {@code deadlines}, keeping AI works. */
    public Inputs(Deadlines deadlines)
    {
        this(deadlines, WorkSelection.AI);
    }

    /** Inputs reading URLs under {@code deadlines}, keeping the OpenAlex records of {@code selection}. */
    public Inputs(Deadlines deadlines, WorkSelection selection)
    {
        this.urls = new UrlOpener(deadlines);
        this.openAlex = new OpenAlexReader(java.util.Objects.requireNonNull(selection, "selection is null"), openAlexIds);
    }

    /**
     * Inputs keeping the OpenAlex records of {@code selection} that apply the OpenAlex id merges
     * {@code mergedIds} (as {@link #mergedIds} gives them) to every OpenAlex author id they read.
     */
    public Inputs(WorkSelection selection, Map<String, String> mergedIds)
    {
        this(selection);
        mergedIds.forEach(openAlexIds::merge);
    }

    /**
     * The inputs named by {@code paths}, in order; folders are searched recursively in sorted path
     * order. A path that cannot be used becomes an input carrying its error; every file of a folder
     * is an input, read or skipped with a reason. OpenAlex snapshot {@code manifest} files are
     * skipped: they set the record counts {@link #readInput} checks parts against, and give an error
     * line when they list parts that are absent. Local
     * {@code merged_ids} files are read here first, so that every OpenAlex author id read later,
     * in any file, is the id that survived the merge.
     */
    public List<SourceInput> expand(List<String> paths)
    {
        return expand(paths, List.of());
    }

    /**
     * {@link #expand(List)} for a build that writes {@code outputs} (its store and staging: files,
     * or folders whose contents it writes), which are skipped wherever the paths lead to them. An
     * input named a second time (by any path to the same file, or the same URL) is skipped.
     */
    public List<SourceInput> expand(List<String> paths, List<Path> outputs)
    {
        InputPaths expander = new InputPaths(outputs);
        List<SourceInput> out = once(paths.stream().flatMap(path -> expander.expand(path).stream()).toList());
        return prepare(out, name -> Files.newInputStream(Path.of(name)));
    }

    private static List<SourceInput> once(List<SourceInput> inputs)
    {
        Map<String, String> first = new HashMap<>();
        List<SourceInput> out = new ArrayList<>(inputs.size());
        for (SourceInput input : inputs) {
            boolean readable = input.error().isEmpty() && input.skipped().isEmpty();
            String earlier = readable ? first.putIfAbsent(identity(input), input.name()) : null;
            out.add(earlier == null ? input : SourceInput.skip(input.name(), SourceInput.givenTwice(earlier)));
        }
        return out;
    }

    private static String identity(SourceInput input)
    {
        try {
            return input.remote() ? input.name() : Path.of(input.name()).toRealPath().toString();
        } catch (IOException | RuntimeException e) {
            return input.name();
        }
    }

    /**
     * Finishes a listing of inputs made elsewhere (for example on a distributed file system, in
     * the order {@link #expand} gives) as {@code expand} finishes its own: reads the
     * {@code merged_ids} files and the snapshot manifests among them through {@code opener}, and
     * returns the inputs with each manifest as a skipped input, or as one that carries an error
     * when it lists parts the inputs lack. {@link #checked} then checks ledger lines against the manifests.
     */
    public List<SourceInput> prepare(List<SourceInput> listed, Opener opener)
    {
        for (SourceInput input : listed) {
            if (!input.remote() && input.error().isEmpty() && input.skipped().isEmpty() && input.name().contains("merged_ids")) {
                readMergedIds(input.name(), opener);
            }
        }
        return snapshots.register(listed, opener);
    }

    private void readMergedIds(String name, Opener opener)
    {
        try {
            readStream(name, opener.open(name), DISCARD);
        } catch (IOException e) {
            // the file's own ledger line, when it is read as an input, says why
        }
    }

    /** The OpenAlex id merges read so far: merged author id to the id it was merged into, both short. */
    public Map<String, String> mergedIds()
    {
        return openAlexIds.merges();
    }

    /**
     * The ledger line of a snapshot part read with {@link #readStream}, with a sentence added when
     * its record count differs from the manifest {@link #prepare} read, as {@link #readInput} gives it.
     */
    public SourceSummary checked(SourceSummary summary)
    {
        return summary.format().equals(SourceFormats.UNKNOWN) ? summary : snapshots.check(summary);
    }

    /** Reads one input into {@code sink} and returns its ledger line. */
    public SourceSummary readInput(SourceInput input, AuthorshipSink sink)
    {
        if (!input.skipped().isEmpty()) {
            return SourceSummary.skipped(input.name(), input.skipped());
        }
        if (!input.error().isEmpty()) {
            return failure(input.name(), input.error());
        }
        try (InputStream raw = open(input)) {
            SourceSummary summary = read(input.name(), raw, sink);
            return input.remote() ? summary : checked(summary);
        } catch (ZipException e) {
            return failure(input.name(), PaperlistsReader.damaged(input.name(), e));
        } catch (IOException | UncheckedIOException e) {
            return failure(input.name(), input.name() + " could not be read: " + PaperlistsReader.reason(e) + ".");
        }
    }

    /**
     * Reads one already opened input (for example a stream from a distributed file system) named
     * {@code name} into {@code sink}, as {@link #readInput} reads a file but without snapshot
     * manifest checks ({@link #checked} adds them); closes {@code raw}.
     */
    public SourceSummary readStream(String name, InputStream raw, AuthorshipSink sink)
    {
        try (raw) {
            return read(name, raw, sink);
        } catch (IOException | UncheckedIOException e) {
            return failure(name, name + " could not be read: " + PaperlistsReader.reason(e) + ".");
        }
    }

    private SourceSummary read(String name, InputStream raw, AuthorshipSink sink)
            throws IOException
    {
        BufferedInputStream in = SourceFormats.decompressed(raw);
        String format = SourceFormats.detect(in);
        if (format.equals(SourceFormats.UNKNOWN)) {
            return failure(name, name + " is in an unknown format (neither paperlists or OpenAlex JSON nor a CSV with an author_name column).");
        }
        return reader(format).read(name, in, sink);
    }

    private SourceReader reader(String format)
    {
        return switch (format) {
            case CsvAuthorshipReader.FORMAT -> CSV;
            case OpenAlexReader.FORMAT -> openAlex;
            case MergedIdsReader.FORMAT -> mergedIds;
            default -> PAPERLISTS;
        };
    }

    /** A ledger line for an input that gave nothing. */
    public static SourceSummary failure(String name, String error)
    {
        return new SourceSummary(name, SourceFormats.UNKNOWN, 0, 0, 0, 0, error);
    }

    private InputStream open(SourceInput input) throws IOException
    {
        return input.remote() ? urls.open(input.name()) : Files.newInputStream(Path.of(input.name()));
    }
}
