package io.talentflow.spark;

import io.talentflow.career.PlacedAuthorship;
import io.talentflow.org.OrganisationRegistry;
import io.talentflow.pipeline.FilePlacing;
import io.talentflow.pipeline.Stages;
import io.talentflow.source.Authorship;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Country placement and organisation linking on an executor, as the local engine does them. The
 * resolver and the linker take seconds to build (gazetteers, the universities list, the organisation
 * registry), so each executor JVM builds them once per universities list and every task there shares
 * them. Organisations come from the project's own table, as in a local build without a ROR dump.
 */
final class Placing
{
    private static final Map<String, Placing> BY_LIST = new ConcurrentHashMap<>();

    private final FilePlacing placing;

    private Placing(String universities)
    {
        this.placing = Stages.placing(universities.isEmpty() ? Optional.empty() : Optional.of(Path.of(universities)),
                OrganisationRegistry.load(Optional.empty()));
    }

    /** The placing for a universities list path on this executor ("" for the built-in tables only). */
    static Placing forList(String universities)
    {
        return BY_LIST.computeIfAbsent(universities, Placing::new);
    }

    /** Places one file's authorships and links their organisations as the local engine does. */
    List<PlacedAuthorship> place(List<Authorship> file)
    {
        return placing.place(file);
    }
}
