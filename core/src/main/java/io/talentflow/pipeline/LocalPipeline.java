package io.talentflow.pipeline;

import io.talentflow.career.Career;
import io.talentflow.career.CareerBuilder;
import io.talentflow.career.PlacedAuthorship;
import io.talentflow.geo.AuthorshipPlacer;
import io.talentflow.geo.PaperContext;
import io.talentflow.geo.Placement;
import io.talentflow.identity.Disambiguator;
import io.talentflow.source.Authorship;
import io.talentflow.source.Inputs;
import io.talentflow.source.ProgressListener;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;

import static java.util.Objects.requireNonNull;

/**
 * Runs every stage on one machine: read, place, disambiguate, rebuild careers, measure. Stages run
 * in parallel over a fixed pool, and results are assembled in input order so that the same input
 * always gives the same output.
 */
public final class LocalPipeline
{
    private final Inputs inputs;
    private final AuthorshipPlacer placer;
    private final PaperContext paperContext;
    private final Disambiguator disambiguator;
    private final CareerBuilder careerBuilder;
    private final int threads;

    public LocalPipeline(Inputs inputs, AuthorshipPlacer placer, PaperContext paperContext, Disambiguator disambiguator,
            CareerBuilder careerBuilder, int threads)
    {
        this.inputs = requireNonNull(inputs, "inputs is null");
        this.placer = requireNonNull(placer, "placer is null");
        this.paperContext = requireNonNull(paperContext, "paperContext is null");
        this.disambiguator = requireNonNull(disambiguator, "disambiguator is null");
        this.careerBuilder = requireNonNull(careerBuilder, "careerBuilder is null");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.threads = threads;
    }

    public BuildResult build(List<String> paths, ProgressListener progress)
    {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            SourceStage.Output<List<Placement>> read = SourceStage.read(inputs, paths, pool, progress, this::place);
            List<Authorship> authorships = read.authorships();
            List<List<Placement>> placements = read.derived();
            List<String> ids = timed(progress, "identify", authorships.size(), () -> disambiguator.assign(authorships));
            Map<String, List<PlacedAuthorship>> byResearcher = group(authorships, placements, ids);
            List<Career> careers = timed(progress, "careers", byResearcher.size(), () -> inPool(pool,
                    () -> byResearcher.entrySet().parallelStream().map(e -> careerBuilder.build(e.getKey(), e.getValue())).toList()));
            Measures measures = timed(progress, "measure", careers.size(), () -> Measures.compute(careers, byResearcher));
            return new BuildResult(read.ledger(), read.rejections(), authorships, placements, ids, careers,
                    measures.careerMeasures(), measures.flows(), measures.tables(), measures.stocks());
        }
        finally {
            pool.shutdownNow();
        }
    }

    /** Places one file's authorships; papers never span files, so the paper context is complete. */
    private List<List<Placement>> place(List<Authorship> file)
    {
        return paperContext.placeAll(file, file.stream().map(placer::place).toList());
    }

    /** Authorships by researcher, researchers in id order (hashing first: far fewer string comparisons than a tree). */
    private static Map<String, List<PlacedAuthorship>> group(List<Authorship> authorships, List<List<Placement>> placements, List<String> ids)
    {
        Map<String, List<PlacedAuthorship>> byResearcher = new HashMap<>();
        for (int i = 0; i < authorships.size(); i++) {
            byResearcher.computeIfAbsent(ids.get(i), id -> new ArrayList<>())
                    .add(new PlacedAuthorship(authorships.get(i), placements.get(i)));
        }
        Map<String, List<PlacedAuthorship>> ordered = new LinkedHashMap<>();
        byResearcher.keySet().stream().sorted().forEach(id -> ordered.put(id, byResearcher.get(id)));
        return ordered;
    }

    private static <T> T inPool(ForkJoinPool pool, Supplier<T> work)
    {
        return pool.submit(work::get).join();
    }

    private static <T> T timed(ProgressListener progress, String task, long total, Supplier<T> work)
    {
        progress.start(task, total);
        T result = work.get();
        progress.step(total);
        progress.done();
        return result;
    }
}
