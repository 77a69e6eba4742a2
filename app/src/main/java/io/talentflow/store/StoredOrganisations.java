package io.talentflow.store;

import io.talentflow.geo.CountryResolver;
import io.talentflow.org.Link;
import io.talentflow.org.OrgName;
import io.talentflow.org.Organisation;
import io.talentflow.org.OrganisationLinker;
import io.talentflow.org.OrganisationRegistry;

import java.sql.Connection;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The organisations a store names (its orgs and org_names tables), and the organisation a user means by
 * a name: an id ("https://ror.org/03cve4549", "03cve4549", "tf:deepseek"), any of its names, labels,
 * aliases or acronyms written alike ("清华大学", "THU", "tsinghua university"), else what the linker
 * reads in the name as in an affiliation ("Tsinghua"). A name several organisations share is ambiguous:
 * its candidates, most researchers first.
 */
public final class StoredOrganisations
{
    private static final String ROR = "https://ror.org/";

    private final OrganisationRegistry registry;
    private final Map<String, List<String>> byName = new HashMap<>();
    private final Map<String, Long> researchers;
    private OrganisationLinker linker;

    private StoredOrganisations(OrganisationRegistry registry, Map<String, Long> researchers)
    {
        this.registry = registry;
        this.researchers = researchers;
        for (Organisation o : registry.organisations()) {
            registry.names(o.id()).forEach(name -> byName.computeIfAbsent(key(name.value()), k -> new ArrayList<>()).add(o.id()));
        }
    }

    /** The organisations of the store at {@code connection}. */
    public static StoredOrganisations read(Connection connection)
    {
        List<Organisation> organisations = new ArrayList<>();
        Table.scan(connection, row -> organisations.add(new Organisation(row.getString(1), row.getString(2), row.getString(3),
                row.getString(4), row.getString(5))), "SELECT organisation_id, name, country, type, parent FROM orgs ORDER BY organisation_id");
        Map<String, List<OrgName>> names = new HashMap<>();
        Table.scan(connection, row -> names.computeIfAbsent(row.getString(1), k -> new ArrayList<>())
                        .add(new OrgName(row.getString(2), OrgName.Kind.valueOf(row.getString(3).toUpperCase(Locale.ROOT)))),
                "SELECT organisation_id, name, kind FROM org_names ORDER BY organisation_id, kind, name");
        Map<String, Long> researchers = new HashMap<>();
        Table.scan(connection, row -> researchers.put(row.getString(1), row.getLong(2)),
                "SELECT organisation, count(DISTINCT researcher_id) FROM timeline WHERE organisation <> '' GROUP BY organisation");
        return new StoredOrganisations(OrganisationRegistry.of(organisations, names), researchers);
    }

    /** The organisation {@code query} names, or the candidates when it names several (empty: none). */
    public Match find(String query)
    {
        String q = requireNonNull(query, "query is null").strip();
        Optional<Organisation> byId = registry.organisation(q).or(() -> registry.organisation(ROR + q));
        if (byId.isPresent()) {
            return new Match(q, byId, List.of());
        }
        List<String> named = byName.getOrDefault(key(q), List.of()).stream().distinct().toList();
        if (named.size() == 1) {
            return new Match(q, registry.organisation(named.get(0)), List.of());
        }
        if (named.size() > 1) {
            return new Match(q, Optional.empty(), candidates(named));
        }
        Link link = linker().link(q);
        return new Match(q, link.linked() ? Optional.of(link.first()) : Optional.empty(), List.of());
    }

    /** The organisation with this id, if the store names it. */
    public Optional<Organisation> organisation(String id)
    {
        return registry.organisation(id);
    }

    /** The organisation and its parents, nearest first. */
    public List<Organisation> lineage(String id)
    {
        return registry.lineage(id);
    }

    /** How many researchers had the organisation as their main one in some year. */
    public long researchers(String id)
    {
        return researchers.getOrDefault(id, 0L);
    }

    private List<Candidate> candidates(List<String> ids)
    {
        return ids.stream().map(id -> new Candidate(registry.organisation(id).orElseThrow(), researchers(id)))
                .sorted(Comparator.comparingLong(Candidate::researchers).reversed().thenComparing(c -> c.organisation().id()))
                .toList();
    }

    // built on first use: most lookups are by id or by an exact name
    private synchronized OrganisationLinker linker()
    {
        if (linker == null) {
            linker = new OrganisationLinker(registry, CountryResolver.create(null));
        }
        return linker;
    }

    /** A name as looked up: lower case, without diacritics, punctuation or spaces. */
    private static String key(String name)
    {
        String folded = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return folded.replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** What a query found: the organisation, or the candidates it may mean. */
    public record Match(String query, Optional<Organisation> organisation, List<Candidate> candidates)
    {
        public Match
        {
            requireNonNull(query, "query is null");
            requireNonNull(organisation, "organisation is null");
            candidates = List.copyOf(requireNonNull(candidates, "candidates is null"));
        }
    }

    /** One organisation a name may mean, with the researchers whose main organisation it was. */
    public record Candidate(Organisation organisation, long researchers)
    {
        public Candidate
        {
            requireNonNull(organisation, "organisation is null");
        }
    }
}
