package io.talentflow.pipeline;

import io.talentflow.career.PlacedAuthorship;
import io.talentflow.geo.AuthorshipPlacer;
import io.talentflow.geo.PaperContext;
import io.talentflow.geo.Placement;
import io.talentflow.org.OrganisationLinker;
import io.talentflow.source.Authorship;

import java.util.ArrayList;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * The per-file work every engine runs alike: each authorship's placements (with the paper context,
 * complete since a paper never spans files) and the organisation of each of its affiliations.
 * Thread-safe.
 */
public final class FilePlacing
{
    private final AuthorshipPlacer placer;
    private final PaperContext paperContext;
    private final OrganisationLinker linker;

    public FilePlacing(AuthorshipPlacer placer, PaperContext paperContext, OrganisationLinker linker)
    {
        this.placer = requireNonNull(placer, "placer is null");
        this.paperContext = requireNonNull(paperContext, "paperContext is null");
        this.linker = requireNonNull(linker, "linker is null");
    }

    /** The placed authorships of one file, in its order. */
    public List<PlacedAuthorship> place(List<Authorship> file)
    {
        List<List<Placement>> placements = paperContext.placeAll(file, file.stream().map(placer::place).toList());
        List<PlacedAuthorship> placed = new ArrayList<>(file.size());
        for (int i = 0; i < file.size(); i++) {
            placed.add(new PlacedAuthorship(file.get(i), placements.get(i), linker.organisations(file.get(i))));
        }
        return placed;
    }

    public OrganisationLinker linker()
    {
        return linker;
    }
}
