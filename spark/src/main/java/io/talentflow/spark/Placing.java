package io.talentflow.spark;

import io.talentflow.geo.AuthorshipPlacer;
import io.talentflow.geo.PaperContext;
import io.talentflow.geo.PaperlistsPlacer;
import io.talentflow.geo.Placement;
import io.talentflow.pipeline.Stages;
import io.talentflow.source.Authorship;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Country placement on an executor. The resolver takes seconds to build (gazetteers, the
 * universities list), so each executor JVM builds it once per universities list and every task
 * there shares it.
 */
final class Placing
{
    private static final Map<String, Placing> BY_LIST = new ConcurrentHashMap<>();

    private final AuthorshipPlacer placer;
    private final PaperContext paperContext;

    private Placing(String universities)
    {
        var resolver = Stages.resolver(universities.isEmpty() ? Optional.empty() : Optional.of(Path.of(universities)));
        this.placer = new PaperlistsPlacer(resolver);
        this.paperContext = new PaperContext(resolver);
    }

    /** The placing for a universities list path on this executor ("" for the built-in tables only). */
    static Placing forList(String universities)
    {
        return BY_LIST.computeIfAbsent(universities, Placing::new);
    }

    /** Places one file's authorships as the local engine does; papers never span files, so the paper context is complete. */
    List<List<Placement>> place(List<Authorship> file)
    {
        return paperContext.placeAll(file, file.stream().map(placer::place).toList());
    }
}
