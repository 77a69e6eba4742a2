package io.talentflow.geo;

import java.util.Set;
import java.util.TreeSet;

import static java.util.Objects.requireNonNull;

/**
 * What one phrase of the gazetteer says: its kind and the countries it may mean (several when the
 * name is ambiguous, none for multinationals and ignored phrases).
 *
 * @param upperOnly true for short acronyms ("MIT", "HIT", "KIT") that are read only when written in
 *     capitals, since in lower case they are ordinary words
 */
record Entry(Kind kind, Set<String> countries, boolean upperOnly)
{
    Entry
    {
        requireNonNull(kind, "kind is null");
        countries = Set.copyOf(requireNonNull(countries, "countries is null"));
    }

    boolean ambiguous()
    {
        return countries.size() > 1;
    }

    /**
     * Two tables naming the same phrase: a multinational wins (its bare name places nothing, even
     * where it is also a place: "Meta" is a department of Colombia), then the one that places, then
     * the stronger kind.
     */
    Entry merge(Entry other)
    {
        if ((kind == Kind.MULTINATIONAL) != (other.kind == Kind.MULTINATIONAL)) {
            return kind == Kind.MULTINATIONAL ? this : other;
        }
        if (countries.isEmpty() != other.countries.isEmpty()) {
            return countries.isEmpty() ? other : this;
        }
        Set<String> union = new TreeSet<>(countries);
        union.addAll(other.countries);
        Kind strongest = kind.compareTo(other.kind) <= 0 ? kind : other.kind;
        return new Entry(strongest, union, upperOnly && other.upperOnly);
    }
}
