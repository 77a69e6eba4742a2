package io.talentflow.org;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * What the registry knows of one organisation, before relations are checked.
 *
 * @param names every name, the display name first
 * @param domains web and e-mail domains ("tsinghua.edu.cn")
 * @param countries the country code of each location
 * @param cities the city of each location, as written
 * @param parents the ids of its parent organisations
 * @param active false for organisations that no longer exist ("inactive"); withdrawn records are never entries
 */
record RegistryEntry(String id, List<OrgName> names, String type, List<String> domains, List<String> countries,
        List<String> cities, List<String> parents, boolean active)
{
    RegistryEntry
    {
        requireNonNull(id, "id is null");
        names = List.copyOf(requireNonNull(names, "names is null"));
        requireNonNull(type, "type is null");
        domains = List.copyOf(requireNonNull(domains, "domains is null"));
        countries = List.copyOf(requireNonNull(countries, "countries is null"));
        cities = List.copyOf(requireNonNull(cities, "cities is null"));
        parents = List.copyOf(requireNonNull(parents, "parents is null"));
    }

    String displayName()
    {
        return names.get(0).value();
    }

    /** The country of its one location, or "" when it has none or several. */
    String country()
    {
        return countries.stream().distinct().count() == 1 ? countries.get(0) : "";
    }
}
