package io.talentflow.org;

import java.util.Set;

/**
 * Which organisations are units of their parent rather than organisations a researcher joins: the
 * labs, institutes and centres of a university or research institute, and a university's schools named
 * after it ("Indiana University School of Medicine"). A university under a university system, a
 * hospital, a company or a government body is not a unit; nor is an academy's institute.
 */
final class Units
{
    private static final Set<String> UNITS = Set.of("facility", "other", "nonprofit", "archive");
    /** Organisations whose labs and centres are their units: universities and research institutes. */
    private static final Set<String> PARENTS = Set.of("education", "facility");

    private final OrganisationRegistry registry;

    Units(OrganisationRegistry registry)
    {
        this.registry = registry;
    }

    /** Whether {@code entry} is a unit of {@code parent}. */
    boolean unitOf(int entry, int parent)
    {
        RegistryEntry p = registry.entry(parent);
        if (!PARENTS.contains(p.type())) {
            return false;
        }
        String type = registry.entry(entry).type();
        if (!type.equals("education")) {
            return UNITS.contains(type);
        }
        return p.type().equals("education") && words(registry.entry(entry)).contains(words(p)) && !words(registry.entry(entry)).equals(words(p));
    }

    /** The organisation a researcher of {@code entry} works for: its nearest parent that it is no unit of. */
    int employer(int entry)
    {
        int e = entry;
        for (int depth = 0; depth < 3 && registry.parent(e) >= 0 && unitOf(e, registry.parent(e)); depth++) {
            e = registry.parent(e);
        }
        return e;
    }

    private static String words(RegistryEntry e)
    {
        return " " + String.join(" ", WordSplitter.split(e.displayName()).canonical()) + " ";
    }
}
