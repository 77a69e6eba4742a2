package io.talentflow.geo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Resolvers shared by the tests: building one reads every table. */
final class Resolvers
{
    static final CountryResolver BUILT_IN = CountryResolver.create(null);
    private static CountryResolver withList;

    private Resolvers()
    {
    }

    static Optional<Path> sharedData(String relative)
    {
        String root = System.getProperty("talentflow.shared.data");
        Path p = root == null ? null : Path.of(root).resolve(relative);
        return p != null && Files.exists(p) ? Optional.of(p) : Optional.empty();
    }

    /** The resolver with the world universities list, or null when the shared data is absent. */
    static synchronized CountryResolver withUniversityList()
    {
        Optional<Path> hipo = sharedData("hipo/world_universities_and_domains.json");
        if (withList == null && hipo.isPresent()) {
            withList = CountryResolver.create(hipo.get());
        }
        return withList;
    }
}
