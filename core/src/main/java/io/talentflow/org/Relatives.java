package io.talentflow.org;

import java.util.List;

/** Parent and child relations between registry entries, a few generations deep. */
final class Relatives
{
    private static final int GENERATIONS = 3;

    private final OrganisationRegistry registry;

    Relatives(OrganisationRegistry registry)
    {
        this.registry = registry;
    }

    /** Whether {@code a} is a parent, grandparent... of {@code b}. */
    boolean ancestor(int a, int b)
    {
        int p = registry.parent(b);
        for (int depth = 0; p >= 0 && depth < GENERATIONS; depth++, p = registry.parent(p)) {
            if (p == a) {
                return true;
            }
        }
        return false;
    }

    boolean related(int a, int b)
    {
        return a != b && (ancestor(a, b) || ancestor(b, a));
    }

    boolean anyRelated(int entry, List<Integer> others)
    {
        for (int other : others) {
            if (related(entry, other)) {
                return true;
            }
        }
        return false;
    }

    /** An entry's parents and grandparents, and its children. */
    List<Integer> near(int entry)
    {
        List<Integer> out = new java.util.ArrayList<>(lineage(entry).subList(1, lineage(entry).size()));
        for (int child : registry.children(entry)) {
            out.add(child);
        }
        return out;
    }

    /** The entry and its ancestors, nearest first. */
    List<Integer> lineage(int entry)
    {
        List<Integer> out = new java.util.ArrayList<>(GENERATIONS + 1);
        for (int e = entry; e >= 0 && out.size() <= GENERATIONS; e = registry.parent(e)) {
            out.add(e);
        }
        return out;
    }
}
