package io.talentflow.synth;

import io.talentflow.source.ProgressListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Generates a synthetic world with known truth: a corpus in {@code DIR/corpus} and the truth in
 * {@code DIR/truth} (formats and model in docs/SYNTH.md). Papers are written year by year as they
 * are made, so memory holds the population, never the papers.
 */
public final class SynthWorld
{
    /** First and last publication year of every world. */
    public static final int FIRST_YEAR = Population.FIRST_YEAR;
    public static final int LAST_YEAR = Population.LAST_YEAR;

    private SynthWorld()
    {
    }

    /**
     * Writes the world into {@code dir}, which must be absent or empty.
     *
     * @throws IllegalArgumentException when {@code dir} exists and is not an empty folder
     */
    public static SynthSummary generate(SynthSettings settings, Path dir, ProgressListener progress)
            throws IOException
    {
        requireEmpty(dir);
        SplittableRandom random = new SplittableRandom(settings.seed());
        Institutions institutions = Institutions.load();
        List<Person> people = new ArrayList<>(new Population(institutions, NamePools.load(), random).create(settings.researchers()));
        Path corpus = dir.resolve("corpus");
        Files.createDirectories(corpus);
        long[] counts = new long[2];
        long moves;
        try (TruthWriter truth = new TruthWriter(dir.resolve("truth")); CorpusWriter writer = writer(settings.format(), corpus)) {
            moves = truth.people(people);
            PaperMaker maker = new PaperMaker(institutions, people, random);
            progress.start("synth", LAST_YEAR - FIRST_YEAR + 1);
            for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                maker.year(year, paper -> write(paper, writer, truth, counts));
                writer.endYear(year);
                progress.step(1);
            }
            truth.careers(people, institutions);
            progress.done();
        }
        return new SynthSummary(settings.researchers(), counts[0], counts[1], moves);
    }

    private static void write(Paper paper, CorpusWriter writer, TruthWriter truth, long[] counts)
    {
        try {
            CorpusWriter.Location location = writer.write(paper);
            for (int i = 0; i < paper.authors().size(); i++) {
                truth.authorship(location, i, paper.authors().get(i).person(), paper.year());
            }
            counts[0]++;
            counts[1] += paper.authors().size();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CorpusWriter writer(SynthFormat format, Path corpus)
    {
        return format == SynthFormat.PAPERLISTS ? new PaperlistsWriter(corpus) : new OpenAlexWriter(corpus);
    }

    private static void requireEmpty(Path dir)
            throws IOException
    {
        if (!Files.exists(dir)) {
            return;
        }
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + " exists and is not a folder.");
        }
        try (Stream<Path> entries = Files.list(dir)) {
            if (entries.findAny().isPresent()) {
                throw new IllegalArgumentException(dir + " is not empty; give an empty or new folder.");
            }
        }
    }
}
