package io.talentflow.career;

import java.io.Serializable;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * One researcher's rebuilt career.
 *
 * @param origin first confident country ("" when none)
 * @param current the country the researcher settled in, when it was placed at most two years before
 *     the last active year ("" otherwise: the papers say nothing about where they are now)
 * @param lastSeen the last placed year and its country, said even when {@code current} is empty
 * @param timeline one entry per active year, in year order
 */
public record Career(
        String researcherId,
        String name,
        List<String> aliases,
        int authorships,
        int firstYear,
        int lastYear,
        String origin,
        String current,
        LastSeen lastSeen,
        MobilityClass mobilityClass,
        List<YearCountry> timeline,
        List<Move> moves)
        implements Serializable
{
    public Career
    {
        requireNonNull(researcherId, "researcherId is null");
        requireNonNull(name, "name is null");
        aliases = List.copyOf(requireNonNull(aliases, "aliases is null"));
        requireNonNull(origin, "origin is null");
        requireNonNull(current, "current is null");
        requireNonNull(lastSeen, "lastSeen is null");
        requireNonNull(mobilityClass, "mobilityClass is null");
        timeline = List.copyOf(requireNonNull(timeline, "timeline is null"));
        moves = List.copyOf(requireNonNull(moves, "moves is null"));
    }
}
