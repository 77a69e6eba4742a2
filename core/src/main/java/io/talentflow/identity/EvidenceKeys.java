package io.talentflow.identity;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The parsed names and the institution and e-mail domain keys of one disambiguation, each computed
 * once per distinct text and shared by every block: a co-author's name or an affiliation recurs in
 * many blocks, and normalising it is most of the cost of a block's features. Thread-safe.
 */
final class EvidenceKeys
{
    private final Map<String, ParsedName> names = new ConcurrentHashMap<>();
    private final Map<String, String> institutions = new ConcurrentHashMap<>();
    private final Map<String, String> domains = new ConcurrentHashMap<>();

    /** The form and fine key of a name. */
    ParsedName name(String name)
    {
        return cached(names, name, EvidenceKeys::parse);
    }

    /** {@link Evidence#institution} of an institution or affiliation text. */
    String institution(String text)
    {
        return cached(institutions, text, Evidence::institution);
    }

    /** {@link Evidence#domain} of an e-mail domain. */
    String domain(String emailDomain)
    {
        return cached(domains, emailDomain, Evidence::domain);
    }

    // a plain get first: computeIfAbsent locks the bin even when the key is there, and the cores then wait on each other
    private static <V> V cached(Map<String, V> cache, String key, Function<String, V> compute)
    {
        V known = cache.get(key);
        return known != null ? known : cache.computeIfAbsent(key, compute);
    }

    private static ParsedName parse(String name)
    {
        List<String> tokens = NameKey.tokens(name);
        return tokens.isEmpty() ? ParsedName.UNUSABLE : new ParsedName(NameForm.of(tokens), NameKey.fine(tokens));
    }

    /** A name's form (null when unusable) and fine key ("" when unusable). */
    record ParsedName(NameForm form, String fine)
    {
        static final ParsedName UNUSABLE = new ParsedName(null, "");
    }
}
