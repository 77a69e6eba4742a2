package io.talentflow.web;

import io.talentflow.career.Career;
import io.talentflow.store.Researchers;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import static java.util.Objects.requireNonNull;

/**
 * What the server keeps in memory so that the endpoints asked most (person search, person pages,
 * flows and corridors) answer without a query. For the full paperlists corpus (150k researchers,
 * 385k authorships) the server's heap holds about 190 MB after loading, 125 MB more than the search
 * index alone, read in a few seconds when the server starts; it grows with the authorships. The
 * other endpoints aggregate over whole tables and query the store.
 */
record ServedData(PeopleIndex people, ResearcherDetails researchers, Corridors corridors)
{
    ServedData
    {
        requireNonNull(people, "people is null");
        requireNonNull(researchers, "researchers is null");
        requireNonNull(corridors, "corridors is null");
    }

    /**
     * Reads everything at once: the papers on one connection while the careers and the search index are read and
     * built on another; the corridors last, as their movers' evidence links come from the papers.
     */
    static ServedData load(ConnectionPool pool)
    {
        CompletableFuture<Map<String, List<ResearcherDetails.Paper>>> papers = CompletableFuture.supplyAsync(() -> pool.withUnlimitedConnection(ResearcherDetails::papers));
        List<Career> careers = pool.withUnlimitedConnection(Researchers::all);
        PeopleIndex people = PeopleIndex.of(careers.stream().map(PeopleIndex.Person::of).toList());
        ResearcherDetails researchers = new ResearcherDetails(careers, join(papers));
        Corridors corridors = pool.withUnlimitedConnection(connection -> Corridors.load(connection, researchers::evidenceUrls));
        return new ServedData(people, researchers, corridors);
    }

    private static <T> T join(CompletableFuture<T> future)
    {
        try {
            return future.join();
        }
        catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
