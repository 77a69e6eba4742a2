package io.talentflow.geo;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Places an e-mail domain: company domains of multinationals place nothing; then the universities
 * list, academic second-level domains (edu.cn, ac.uk), .edu, and country-code TLDs other than the
 * ones sold as generic names (.io, .ai, .co, .me, .tv, ...).
 */
final class EmailPlacer
{
    private static final Set<String> VANITY = Set.of("io", "ai", "co", "me", "tv", "fm", "cc", "ws", "nu", "tk",
            "to", "la", "sh", "ac", "gg", "ly", "vc", "st", "ms", "im", "am", "ag", "bz", "so", "sc", "cx", "ml",
            "ga", "cf", "gq", "dj", "gd", "pw", "su", "td");
    private static final Set<String> ACADEMIC = Set.of("edu", "ac", "univ", "uni", "ernet", "edus");
    private static final Set<String> SECOND_LEVEL = Set.of("gov", "org", "com", "net", "co", "or", "go", "ne",
            "gob", "gouv", "mil", "res", "sch", "nic", "gv", "in", "govt", "ind", "nom");
    // compiled once: String.matches compiles its pattern on every call, and every authorship's domain is checked
    private static final Pattern DOMAIN = Pattern.compile("[a-z0-9.-]+\\.[a-z0-9-]+");

    private final Map<String, String> universities = new HashMap<>();
    private final Set<String> companies;
    private final Set<String> countryCodes;

    EmailPlacer(Iterable<UniversityList.University> list, Set<String> companies, Set<String> countryCodes)
    {
        for (UniversityList.University u : list) {
            u.domains().forEach(d -> universities.merge(d.toLowerCase(Locale.ROOT), u.country(),
                    (a, b) -> a.equals(b) ? a : ""));
        }
        this.companies = Set.copyOf(companies);
        this.countryCodes = Set.copyOf(countryCodes);
    }

    Placement place(String rawDomain)
    {
        String domain = clean(rawDomain);
        if (domain.isEmpty()) {
            return Placement.unknown("unknown:none");
        }
        for (String d = domain; d != null; d = parent(d)) {
            if (companies.contains(d)) {
                return Placement.unknown("unknown:multinational");
            }
            String country = universities.get(d);
            if (country != null && !country.isEmpty()) {
                return new Placement(country, 0.85, "email:university");
            }
        }
        return byLabels(domain.split("\\."));
    }

    private Placement byLabels(String[] labels)
    {
        String tld = labels[labels.length - 1];
        String second = labels.length > 2 ? labels[labels.length - 2] : "";
        if (tld.equals("edu")) {
            return new Placement("US", 0.8, "email:academic");
        }
        if (tld.equals("gov") || tld.equals("mil")) {
            return new Placement("US", 0.7, "email:cctld");
        }
        String country = tld.equals("uk") ? "GB" : tld.toUpperCase(Locale.ROOT);
        if (tld.length() != 2 || !countryCodes.contains(country)) {
            return Placement.unknown("unknown:none");
        }
        if (ACADEMIC.contains(second)) {
            return new Placement(country, 0.8, "email:academic");
        }
        boolean registryStyle = SECOND_LEVEL.contains(second);
        return VANITY.contains(tld) && !registryStyle ? Placement.unknown("unknown:none")
                : new Placement(country, 0.7, "email:cctld");
    }

    private static String clean(String raw)
    {
        String d = raw.strip().toLowerCase(Locale.ROOT);
        d = d.substring(d.lastIndexOf('@') + 1);
        while (d.endsWith(".")) {
            d = d.substring(0, d.length() - 1);
        }
        return DOMAIN.matcher(d).matches() ? d : "";
    }

    private static String parent(String domain)
    {
        int dot = domain.indexOf('.');
        return dot < 0 || domain.indexOf('.', dot + 1) < 0 ? null : domain.substring(dot + 1);
    }
}
