package io.talentflow.geo;

import io.talentflow.source.Affiliation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import static java.util.Objects.requireNonNull;

/**
 * Places affiliation texts and e-mail domains in countries (ISO 3166-1 alpha-2; Hong Kong, Macau and
 * Taiwan are HK, MO and TW). Evidence, strongest first: country names in several languages, named
 * labs of multinationals, regions and address codes, cities, institution names (the built-in table
 * and, when given, the world universities list), then the script of CJK text. Multinationals named
 * without a location are not placed. Thread-safe; results are cached.
 */
public final class CountryResolver
{
    private static final int CACHE_LIMIT = 200_000;

    /**
     * The kinds of text evidence an organisation the text names outranks. Measured on affiliations/dev.tsv
     * (docs/METHODS.md, "Organisations"): the organisation's country was right more often than a city,
     * region, institution name or lab of the same text, and answered most texts left unknown; a country
     * name in the text stays the stronger evidence.
     */
    private static final Set<String> OUTRANKED_BY_ORGANISATION = Set.of(Kind.LAB.basis, Kind.REGION.basis, Kind.CITY.basis,
            Kind.INSTITUTION.basis, "text:script", "unknown:none", "unknown:ambiguous", EvidenceJudge.SEVERAL, Kind.MULTINATIONAL.basis);

    private final Gazetteer gazetteer;
    private final RegionCodes regionCodes = new RegionCodes();
    private final EmailPlacer email;
    private final Set<String> codes;
    private final Function<String, Placement> organisations;
    private final ConcurrentHashMap<String, Resolution> cache = new ConcurrentHashMap<>();

    private CountryResolver(Gazetteer gazetteer, EmailPlacer email, Set<String> codes, Function<String, Placement> organisations)
    {
        this.gazetteer = gazetteer;
        this.email = email;
        this.codes = codes;
        this.organisations = organisations;
    }

    /**
     * A resolver using the built-in tables and the world universities list at {@code universityList}
     * (Hipo's {@code world_universities_and_domains.json}); a null or missing path gives a resolver
     * with the built-in tables only.
     *
     * @throws UncheckedIOException when the file exists but cannot be read
     * @throws IllegalArgumentException when the file is not a JSON array
     */
    public static CountryResolver create(Path universityList)
    {
        List<UniversityList.University> universities = UniversityList.read(universityList);
        Gazetteer g = new Gazetteer();
        g.load("institutions.tsv", Kind.INSTITUTION);
        g.load("multinationals.tsv", Kind.MULTINATIONAL);
        g.load("cities.tsv", Kind.CITY);
        g.load("cities-extra.tsv", Kind.CITY);
        g.load("regions.tsv", Kind.REGION);
        g.load("regions-extra.tsv", Kind.REGION);
        g.load("labs.tsv", Kind.LAB);
        g.load("countries.tsv", Kind.COUNTRY);
        g.load("countries-extra.tsv", Kind.COUNTRY);
        g.load("ignored.tsv", Kind.IGNORED);
        UniversityNames.addTo(g, universities);
        Set<String> codes = countryCodes(g);
        return new CountryResolver(g, new EmailPlacer(universities, lines("company-domains.txt"), codes), Set.copyOf(codes), text -> null);
    }

    /**
     * A resolver with the same tables that also asks {@code organisations} where the organisation a text
     * names is (a placement with basis "org", or unknown), and takes that over the weaker kinds of text
     * evidence. The function must not call back into this resolver.
     */
    public CountryResolver withOrganisations(Function<String, Placement> organisations)
    {
        return new CountryResolver(gazetteer, email, codes, requireNonNull(organisations, "organisations is null"));
    }

    /** Where the text places its author; never throws, whatever the text. */
    public Placement resolve(String affiliationText)
    {
        return resolution(affiliationText).placement();
    }

    /**
     * The countries the deciding evidence of the text names: one when it is placed, several when
     * it names several countries ("unknown:several-countries"), none otherwise.
     */
    public SortedSet<String> countries(String affiliationText)
    {
        return resolution(affiliationText).countries();
    }

    /** Where an e-mail domain ("cs.stanford.edu", "user@tsinghua.edu.cn") places its owner. */
    public Placement fromEmailDomain(String domain)
    {
        return domain == null ? Placement.unknown("unknown:none") : email.place(domain);
    }

    /**
     * A source's own country field ("United States", "Hong Kong", "Korea", or an ISO code such as
     * OpenAlex's "GB" or "HK") as a placement with basis "source" and the lowest confidence.
     */
    public Placement fromSourceCountry(String countryName)
    {
        String code = countryName == null ? "" : countryName.trim().toUpperCase(java.util.Locale.ROOT);
        if (code.length() == 2 && codes.contains(code)) {
            return new Placement(code, 0.5, "source");
        }
        Placement p = resolve(countryName == null ? "" : countryName);
        return p.known() ? new Placement(p.country(), 0.5, "source") : Placement.unknown("unknown:none");
    }

    /** Every country any phrase of the text may mean, ambiguous names included. */
    Set<String> namedCountries(String text)
    {
        Set<String> named = new java.util.TreeSet<>();
        if (text != null) {
            gazetteer.scan(TextNormalizer.tokens(text)).forEach(m -> named.addAll(m.entry().countries()));
        }
        return named;
    }

    /**
     * The multinationals an affiliation names in its text or institution, bare or by one of their
     * labs, by their shortest name ("microsoft" for "Microsoft Research Asia" and "Microsoft").
     */
    public Set<String> multinationals(Affiliation affiliation)
    {
        Set<String> names = multinationals(affiliation.text());
        names.addAll(multinationals(affiliation.institution()));
        return names;
    }

    /**
     * The countries the places of a text may be in: country names, regions, address codes and cities
     * (a city name shared by several countries gives each of them); institutions and labs are not
     * places. For checking that an organisation named in the text is where the text says.
     */
    public Set<String> placeCountries(String text)
    {
        Set<String> named = new java.util.TreeSet<>();
        if (text != null && !text.isBlank()) {
            Tokens t = TextNormalizer.tokens(text);
            for (Match m : gazetteer.scan(t)) {
                Kind k = m.entry().kind();
                if (k == Kind.COUNTRY || k == Kind.REGION || k == Kind.CITY) {
                    named.addAll(m.entry().countries());
                }
            }
            regionCodes.scan(t).forEach(m -> named.addAll(m.entry().countries()));
        }
        return named;
    }

    /**
     * Whether every word of the text belongs to a place name (a country, region or city: "Nanjing",
     * "South Africa", "USA"); false for a blank text.
     */
    public boolean isPlace(String text)
    {
        if (text == null || text.isBlank()) {
            return false;
        }
        Tokens t = TextNormalizer.tokens(text);
        int covered = 0;
        for (Match m : gazetteer.scan(t)) {
            Kind k = m.entry().kind();
            covered += k == Kind.COUNTRY || k == Kind.REGION || k == Kind.CITY ? m.end() - m.start() + 1 : 0;
        }
        return t.size() > 0 && covered == t.size();
    }

    /**
     * The multinationals the text names, bare or by one of their labs, by their shortest name
     * ("google" for "Google Research" and "Google Zurich").
     */
    Set<String> multinationals(String text)
    {
        Set<String> names = new java.util.TreeSet<>();
        if (text != null) {
            Tokens t = TextNormalizer.tokens(text);
            for (Match m : gazetteer.scan(t)) {
                Kind k = m.entry().kind();
                String name = k == Kind.LAB || k == Kind.MULTINATIONAL ? gazetteer.shortestPrefix(t, m, Kind.MULTINATIONAL) : null;
                if (name != null) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    Resolution resolution(String text)
    {
        if (text == null || text.isBlank()) {
            return Resolution.unknown("unknown:none");
        }
        Resolution cached = cache.get(text);
        if (cached != null) {
            return cached;
        }
        Resolution r = compute(text);
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        if (text.length() <= 1000) {
            cache.put(text, r);
        }
        return r;
    }

    private Resolution compute(String text)
    {
        Tokens t = TextNormalizer.tokens(text);
        List<Match> matches = new ArrayList<>(gazetteer.scan(t));
        matches.addAll(regionCodes.scan(t));
        Resolution r = EvidenceJudge.judge(matches);
        Resolution judged = r.placement().known() || !r.countries().isEmpty() ? r : ScriptHint.judge(t, r);
        if (!OUTRANKED_BY_ORGANISATION.contains(judged.placement().basis())) {
            return judged;
        }
        Placement organisation = organisations.apply(text);
        return organisation != null && organisation.known() && firstNamed(judged, organisation.country(), matches)
                ? new Resolution(organisation, new java.util.TreeSet<>(Set.of(organisation.country()))) : judged;
    }

    /**
     * Where the text names several countries, whether {@code country} is the one it names first: the
     * organisation linked may be a later one of several ("The Chinese University of Hong Kong; YouTu
     * Lab, Tencent" without CUHK in the registry), and the first named is the author's. True otherwise.
     */
    private static boolean firstNamed(Resolution judged, String country, List<Match> matches)
    {
        if (!judged.placement().basis().equals(EvidenceJudge.SEVERAL)) {
            return true;
        }
        return matches.stream()
                .filter(m -> m.entry().countries().size() == 1 && judged.countries().containsAll(m.entry().countries()))
                .min(java.util.Comparator.comparingInt(Match::start))
                .map(m -> m.entry().countries().contains(country))
                .orElse(true);
    }

    private static Set<String> countryCodes(Gazetteer g)
    {
        Set<String> codes = new HashSet<>();
        for (String line : lines("countries.tsv")) {
            codes.add(line.substring(0, line.indexOf('\t')));
        }
        return codes;
    }

    private static Set<String> lines(String resource)
    {
        Set<String> out = new HashSet<>();
        try (InputStream in = CountryResolver.class.getResourceAsStream(resource)) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip());
                }
            }
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("cannot read resource " + resource, e);
        }
        return out;
    }
}
