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
    // A bound on each cache: at 10 million authorships there are millions of distinct names, several
    // hundred MB of parsed names in a heap that bench/scale.sh caps at 4 GB and the build already
    // nearly fills. The full paperlists corpus has 138k distinct names; a full cache is emptied,
    // since every value can be computed again.
    static final int MAX_ENTRIES = 250_000;

    private final int maxEntries;

    /** Author lists at least this long have their keys kept, by list: such a paper meets a block per author. */
    static final int KEEP_PAPERS_FROM = 64;
    private static final int MAX_PAPERS = 10_000;

    private final Map<String, ParsedName> names = new ConcurrentHashMap<>();
    private final Map<Identity, PaperKeys> papers = new ConcurrentHashMap<>();
    private final Map<String, String> institutions = new ConcurrentHashMap<>();
    private final Map<String, String> domains = new ConcurrentHashMap<>();

    EvidenceKeys()
    {
        this(MAX_ENTRIES);
    }

    /** Keys cached up to {@code maxEntries} per kind. */
    EvidenceKeys(int maxEntries)
    {
        this.maxEntries = maxEntries;
    }

    /** The form and fine key of a name. */
    ParsedName name(String name)
    {
        return cached(names, name, EvidenceKeys::parse);
    }

    /**
     * The keys of an author list. The authorships of one paper share their list ({@code
     * OtherAuthors}), so a long list is keyed once for all the blocks its authors fall in.
     */
    PaperKeys paper(List<String> authors)
    {
        if (authors.size() < KEEP_PAPERS_FROM) {
            return new PaperKeys(authors, this);
        }
        Identity list = new Identity(authors);
        PaperKeys known = papers.get(list);
        if (known != null) {
            return known;
        }
        if (papers.size() >= MAX_PAPERS) {
            papers.clear();
        }
        return papers.computeIfAbsent(list, key -> new PaperKeys(authors, this));
    }

    /** A list compared by identity: hashing a paper of thousands of names for every lookup would cost what the cache saves. */
    private record Identity(List<String> list)
    {
        @Override
        public boolean equals(Object other)
        {
            return other instanceof Identity identity && identity.list == list;
        }

        @Override
        public int hashCode()
        {
            return System.identityHashCode(list);
        }
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
    private <V> V cached(Map<String, V> cache, String key, Function<String, V> compute)
    {
        V known = cache.get(key);
        if (known != null) {
            return known;
        }
        if (cache.size() >= maxEntries) {
            cache.clear();
        }
        return cache.computeIfAbsent(key, compute);
    }

    /** The number of keys held, of every kind. */
    int size()
    {
        return names.size() + institutions.size() + domains.size() + papers.size();
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
