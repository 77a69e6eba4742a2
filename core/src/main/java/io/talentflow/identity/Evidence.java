package io.talentflow.identity;

import io.talentflow.source.Affiliation;
import io.talentflow.source.Authorship;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What an authorship shares with others of the same name: co-author name keys, institutions and a
 * non-webmail e-mail domain, as feature strings ("c:...", "i:...", "d:...").
 */
final class Evidence
{
    static final String COAUTHOR = "c:";
    private static final int MIN_INSTITUTION_LENGTH = 3;
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> WEBMAIL = Set.of(
            "gmail.com", "googlemail.com", "qq.com", "163.com", "126.com", "foxmail.com", "outlook.com",
            "hotmail.com", "live.com", "yahoo.com", "icloud.com", "sina.com", "yeah.net", "aliyun.com",
            "protonmail.com", "mail.com");

    private Evidence()
    {
    }

    /**
     * The features of one authorship; co-authors with the author's own fine key are skipped.
     * {@code nameKeys} gives the fine key of a name (a cache of {@link NameKey#fine}).
     */
    static List<String> features(Authorship authorship, Function<String, String> nameKeys)
    {
        String blockKey = nameKeys.apply(authorship.name());
        List<String> features = new ArrayList<>();
        for (String coauthor : authorship.coauthors()) {
            String key = nameKeys.apply(coauthor);
            // a second author of the same name says nothing about which of them this is
            if (!key.isEmpty() && !key.equals(blockKey)) {
                features.add(COAUTHOR + key);
            }
        }
        for (Affiliation affiliation : authorship.affiliations()) {
            String institution = institution(affiliation);
            if (institution.length() >= MIN_INSTITUTION_LENGTH) {
                features.add("i:" + institution);
            }
        }
        String domain = authorship.emailDomain().trim().toLowerCase(Locale.ROOT);
        if (!domain.isEmpty() && !WEBMAIL.contains(domain)) {
            features.add("d:" + domain);
        }
        return features;
    }

    /** The normalised institution, or the affiliation text when the source has no institution. */
    static String institution(Affiliation affiliation)
    {
        String name = affiliation.institution().isBlank() ? affiliation.text() : affiliation.institution();
        return SEPARATORS.matcher(NameKey.fold(name)).replaceAll(" ").trim();
    }
}
