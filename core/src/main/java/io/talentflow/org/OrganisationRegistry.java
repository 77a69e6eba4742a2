package io.talentflow.org;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every organisation talentflow can link to: the records of a ROR data dump (when one is given)
 * and the project's own table, which adds AI companies and labs ROR lacks and corrects what ROR gets
 * wrong for this field (a multinational's parent has no country; its located children carry theirs).
 * Immutable and thread-safe.
 */
public final class OrganisationRegistry
{
    private final List<RegistryEntry> entries;
    private final Map<String, Integer> byId;
    private final int[] parents;
    private final int[][] children;
    private final List<String> problems;
    private final String summary;

    OrganisationRegistry(List<RegistryEntry> entries, List<String> problems, String summary)
    {
        this.entries = List.copyOf(entries);
        this.byId = new HashMap<>(entries.size() * 2);
        for (int i = 0; i < entries.size(); i++) {
            byId.put(entries.get(i).id(), i);
        }
        this.parents = new int[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            List<String> p = entries.get(i).parents();
            parents[i] = p.isEmpty() ? -1 : byId.getOrDefault(p.get(0), -1);
        }
        this.children = new int[entries.size()][];
        int[] count = new int[entries.size()];
        for (int p : parents) {
            count[Math.max(p, 0)] += p >= 0 ? 1 : 0;
        }
        for (int i = 0; i < entries.size(); i++) {
            children[i] = new int[count[i]];
        }
        int[] filled = new int[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            if (parents[i] >= 0) {
                children[parents[i]][filled[parents[i]]++] = i;
            }
        }
        this.problems = List.copyOf(problems);
        this.summary = summary;
    }

    /**
     * The registry of the ROR dump at {@code rorDump} (a zip of schema-2 records) and the project's own
     * table; without a dump, the own table alone.
     *
     * @throws IllegalArgumentException with one sentence naming the file when the dump is not a zip or
     *     holds no JSON array of schema-2 records
     */
    public static OrganisationRegistry load(Optional<Path> rorDump)
    {
        return RegistryMerge.merge(rorDump.map(RorDumpReader::read), OwnTable.read());
    }

    /**
     * A registry of the given organisations and their names (by organisation id; the display name is added
     * when missing): for a store, which keeps the organisations it names.
     */
    public static OrganisationRegistry of(List<Organisation> organisations, Map<String, List<OrgName>> names)
    {
        List<RegistryEntry> entries = new ArrayList<>(organisations.size());
        for (Organisation o : organisations) {
            List<OrgName> all = new ArrayList<>(List.of(new OrgName(o.name(), OrgName.Kind.DISPLAY)));
            names.getOrDefault(o.id(), List.of()).stream().filter(n -> !n.value().equals(o.name()) || n.kind() != OrgName.Kind.DISPLAY)
                    .forEach(all::add);
            entries.add(new RegistryEntry(o.id(), all, o.type(), List.of(), o.country().isEmpty() ? List.of() : List.of(o.country()),
                    List.of(), o.parent().isEmpty() ? List.of() : List.of(o.parent()), true));
        }
        return new OrganisationRegistry(entries, List.of(), String.format("%,d organisations from the store.", entries.size()));
    }

    /** Every name of an organisation, the display name first; empty for an unknown id. */
    public List<OrgName> names(String id)
    {
        Integer i = byId.get(id);
        return i == null ? List.of() : entries.get(i).names();
    }

    /** The organisation and its parents, nearest first; empty for an unknown id. */
    public List<Organisation> lineage(String id)
    {
        List<Organisation> out = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (int i = index(id); i >= 0 && seen.add(i); i = parents[i]) {
            out.add(organisation(i));
        }
        return out;
    }

    /** The organisation with this id (a ROR URL, or a tf: id). */
    public Optional<Organisation> organisation(String id)
    {
        Integer i = byId.get(id);
        return i == null ? Optional.empty() : Optional.of(organisation(i));
    }

    /** Every organisation, in registry order (the dump's, then the project's own table). */
    public List<Organisation> organisations()
    {
        List<Organisation> all = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            all.add(organisation(i));
        }
        return all;
    }

    public int size()
    {
        return entries.size();
    }

    /** One sentence per problem met reading the dump (skipped records, relations to missing records). */
    public List<String> problems()
    {
        return problems;
    }

    /** What the registry holds and where it comes from, in one sentence. */
    public String summary()
    {
        return summary;
    }

    Organisation organisation(int i)
    {
        RegistryEntry e = entries.get(i);
        return new Organisation(e.id(), e.displayName(), e.country(), e.type(), parents[i] < 0 ? "" : entries.get(parents[i]).id());
    }

    List<RegistryEntry> entries()
    {
        return entries;
    }

    RegistryEntry entry(int i)
    {
        return entries.get(i);
    }

    /** The index of an entry's parent, or -1. */
    int parent(int i)
    {
        return parents[i];
    }

    /** The indexes of an entry's children, in registry order. */
    int[] children(int i)
    {
        return children[i];
    }

    int index(String id)
    {
        return byId.getOrDefault(id, -1);
    }
}
