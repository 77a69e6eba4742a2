package io.talentflow.source;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
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
        List<SourceInput> out = paths.stream()
                .flatMap(path -> expander.expand(path).stream().map(input -> input.withLabel(SourceLabels.of(path, input.name()))))
                .toList();
        return prepare(once(labelledOnce(out)), name -> Files.newInputStream(Path.of(name)));
    }

    /** The inputs with every label made unique, so that a label names one input of a build. */
    private static List<SourceInput> labelledOnce(List<SourceInput> inputs)
    {
        List<String> labels = SourceLabels.unique(inputs.stream().map(SourceInput::label).toList());
        return java.util.stream.IntStream.range(0, inputs.size()).mapToObj(i -> inputs.get(i).withLabel(labels.get(i))).toList();
    }

    private static List<SourceInput> once(List<SourceInput> inputs)
    {
        Map<String, String> first = new HashMap<>();
        List<SourceInput> out = new ArrayList<>(inputs.size());
        for (SourceInput input : inputs) {
            boolean readable = input.error().isEmpty() && input.skipped().isEmpty();
            String earlier = readable ? first.putIfAbsent(identity(input), input.label()) : null;
            out.add(earlier == null ? input : input.skippedBecause(SourceInput.givenTwice(earlier)));
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
     * The ledger line of a snapshot part read with {@link #readStream} from the input named
     * {@code name}, with a sentence added when its record count differs from the manifest
     * {@link #prepare} read, as {@link #readInput} gives it.
     */
    public SourceSummary checked(String name, SourceSummary summary)
    {
        return summary.format().equals(SourceFormats.UNKNOWN) ? summary : snapshots.check(name, summary);
    }

    /** Reads one input into {@code sink} and returns its ledger line. */
    public SourceSummary readInput(SourceInput input, AuthorshipSink sink)
    {
        if (!input.skipped().isEmpty()) {
            return SourceSummary.skipped(input.label(), input.skipped());
        }
        if (!input.error().isEmpty()) {
            return failure(input.label(), input.error());
        }
        try (InputStream raw = open(input)) {
            SourceSummary summary = read(input.label(), raw, sink);
            return input.remote() ? summary : checked(input.name(), summary);
        } catch (ZipException e) {
            return failure(input.label(), PaperlistsReader.damaged(located(input), e));
        } catch (IOException | UncheckedIOException e) {
            return failure(input.label(), located(input) + " could not be read: " + PaperlistsReader.reason(e) + ".");
        }
    }

    /**
     * Reads one already opened input (for example a stream from a distributed file system) labelled
     * {@code label} into {@code sink}, as {@link #readInput} reads a file but without snapshot
     * manifest checks ({@link #checked} adds them); closes {@code raw}.
     */
    public SourceSummary readStream(String label, InputStream raw, AuthorshipSink sink)
    {
        try (raw) {
            return read(label, raw, sink);
        } catch (IOException | UncheckedIOException e) {
            return failure(label, label + " could not be read: " + PaperlistsReader.reason(e) + ".");
        }
    }

    /** Reads the input and digests all of its bytes, those after the last record included. */
    private SourceSummary read(String label, InputStream raw, AuthorshipSink sink)
            throws IOException
    {
        DigestInputStream digesting = new DigestInputStream(raw, Digests.sha256());
        BufferedInputStream in = SourceFormats.decompressed(keptOpen(digesting));
        String format = SourceFormats.detect(in);
        SourceSummary summary = format.equals(SourceFormats.UNKNOWN)
                ? failure(label, label + " is in an unknown format (neither paperlists or OpenAlex JSON nor a CSV with an author_name column).")
                : reader(format).read(label, in, sink);
        return digested(summary, digesting);
    }

    /**
     * The line with the digest of all the input's bytes. When the rest cannot be read (a stalled
     * or endless body), the line keeps what the reader counted, since its authorships are already
     * in the sink, and gets no digest.
     */
    private static SourceSummary digested(SourceSummary summary, DigestInputStream digesting)
    {
        try {
            digesting.transferTo(OutputStream.nullOutputStream());
            return summary.withSha256(HexFormat.of().formatHex(digesting.getMessageDigest().digest()));
        }
        catch (IOException | UncheckedIOException e) {
            return summary.error().isEmpty()
                    ? summary.withError(summary.sourceFile() + " could not be read to its end: " + PaperlistsReader.reason(e) + ".") : summary;
        }
    }

    /** A URL that fails is named as given (the server is at fault); a file by its label, as everywhere in the store. */
    private static String located(SourceInput input)
    {
        return input.remote() ? input.name() : input.label();
    }

    /** Readers may close what they read (the JSON parser does): the bytes after the last record must still be digested. */
    private static InputStream keptOpen(InputStream in)
    {
        return new FilterInputStream(in)
        {
            @Override
            public void close()
            {
            }
        };
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
