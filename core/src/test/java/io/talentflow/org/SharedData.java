package io.talentflow.org;

import io.talentflow.geo.CountryResolver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Files of the shared data folder (../shared/data, named by the talentflow.shared.data property), when present. */
final class SharedData
{
    private SharedData() {}

    static Optional<Path> path(String relative)
    {
        String root = System.getProperty("talentflow.shared.data");
        Path p = root == null ? null : Path.of(root).resolve(relative);
        return p != null && Files.exists(p) ? Optional.of(p) : Optional.empty();
    }

    /** A linker over the ROR sample, placing with the universities list; empty when either file is absent. */
    static Optional<OrganisationLinker> sampleLinker()
            throws IOException
    {
        Optional<Path> sample = path("ror/ror-sample-v2.zip");
        Optional<Path> hipo = path("hipo/world_universities_and_domains.json");
        if (sample.isEmpty() || hipo.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new OrganisationLinker(OrganisationRegistry.load(sample), CountryResolver.create(hipo.get())));
    }
}
