package io.talentflow.org;

import io.talentflow.geo.CountryResolver;
import io.talentflow.geo.Placement;
import io.talentflow.source.Affiliation;
import io.talentflow.source.Authorship;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

import static java.util.Objects.requireNonNull;

/**
 * Links affiliation texts to the organisations of a registry: names written out or abbreviated,
 * acronyms where the text supports them, labels in other scripts, web and e-mail domains, and the
 * places the text names, most specific organisation first. An unlinked text is better than a wrong
 * link: weak evidence links nothing. Thread-safe; results are cached.
 */
public final class OrganisationLinker
{
    /** The basis of placements by organisation. */
    public static final String BASIS = "org";
    /** The confidence of a placement by a perfect link: as strong as a named lab, below a country name. */
    private static final double MAX_CONFIDENCE = 0.9;
    private static final int CACHE_LIMIT = 200_000;
    private static final int MAX_CACHED_CHARS = 1000;

    private final OrganisationRegistry registry;
    private final CountryResolver places;
    private final NameIndex index;
    private final CandidateFinder finder;
    private final LinkDecision decision;
    private final Units units;
    private final ConcurrentHashMap<String, Link> cache = new ConcurrentHashMap<>();

    /** A linker over {@code registry}; {@code places} reads the countries and cities a text names. */
    public OrganisationLinker(OrganisationRegistry registry, CountryResolver places)
    {
        this.registry = requireNonNull(registry, "registry is null");
        this.places = requireNonNull(places, "places is null");
        this.index = NameIndex.build(registry, places::isPlace);
        this.finder = new CandidateFinder(index, new Relatives(registry), places);
        this.decision = new LinkDecision(registry, index, places);
        this.units = new Units(registry);
    }

    public OrganisationRegistry registry()
    {
        return registry;
    }

    /** The resolver this linker reads places with (without organisations). */
    public CountryResolver places()
    {
        return places;
    }

    /** The organisations the text names; {@link Link#NONE} when none is named clearly. Never throws. */
    public Link link(String text)
    {
        return link(text, "");
    }

    /** The organisations the text names, with the author's e-mail domain as one more piece of evidence. */
    public Link link(String text, String emailDomain)
    {
        String t = text == null ? "" : text;
        String d = emailDomain == null ? "" : emailDomain.strip().toLowerCase(java.util.Locale.ROOT);
        if (t.isBlank() && d.isEmpty()) {
            return Link.NONE;
        }
        String key = d.isEmpty() ? t : t + "\u0000" + d;
        Link cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        Link link = compute(t, d);
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        if (key.length() <= MAX_CACHED_CHARS) {
            cache.put(key, link);
        }
        return link;
    }

    /**
     * Where the organisation the text names is: its country with basis "org" and the link's strength as
     * confidence (at most {@link #MAX_CONFIDENCE}), when the first organisation linked has one location;
     * unknown otherwise (nothing linked, or the parent of a multinational).
     */
    public Placement placement(String text)
    {
        Link link = link(text);
        if (!link.linked() || link.first().country().isEmpty()) {
            return Placement.unknown("unknown:none");
        }
        return new Placement(link.first().country(), Math.round(MAX_CONFIDENCE * link.score() * 1000) / 1000.0, BASIS);
    }

    /**
     * The organisation of each affiliation of an authorship ("" when none), as a career sees it: the one
     * the researcher works for, so a university's lab or institute counts as the university (the first
     * linked organisation, or its nearest parent it is no unit of; see {@link Units}). It is linked from
     * the text, else the source's institution name, else, for an author with one affiliation, the
     * e-mail domain alone (it says nothing of which of several affiliations it belongs to, and a text
     * that named nothing adds nothing to it).
     */
    public List<String> organisations(Authorship authorship)
    {
        List<String> out = new ArrayList<>(authorship.affiliations().size());
        boolean one = authorship.affiliations().size() == 1;
        for (Affiliation a : authorship.affiliations()) {
            Link link = link(a.text());
            link = link.linked() ? link : link(a.institution());
            link = link.linked() || !one ? link : link("", authorship.emailDomain());
            out.add(link.linked() ? registry.entry(units.employer(registry.index(link.first().id()))).id() : "");
        }
        return out;
    }

    private Link compute(String text, String emailDomain)
    {
        TextView t = TextView.of(text, index);
        List<String> domains = new ArrayList<>(t.words().domains());
        if (!emailDomain.isEmpty()) {
            domains.add(emailDomain.substring(emailDomain.lastIndexOf('@') + 1));
        }
        return decision.decide(t, finder.names(t), finder.acronyms(t), finder.domains(domains), places.placeCountries(text));
    }
}
