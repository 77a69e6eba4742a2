package io.talentflow.identity;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How institutions and e-mail domains are compared: an institution is its folded words (too short
 * ones say nothing); an e-mail domain counts unless it is webmail, which anyone can hold.
 */
final class Evidence
{
    private static final int MIN_INSTITUTION_LENGTH = 3;
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> WEBMAIL = Set.of(
            "gmail.com", "googlemail.com", "qq.com", "163.com", "126.com", "foxmail.com", "outlook.com",
            "hotmail.com", "live.com", "yahoo.com", "icloud.com", "sina.com", "yeah.net", "aliyun.com",
            "protonmail.com", "mail.com");

    private Evidence()
    {
    }

    /** The institution key of a normalised institution or affiliation text, "" when too short to say anything. */
    static String institution(String name)
    {
        String key = SEPARATORS.matcher(NameKey.fold(name)).replaceAll(" ").trim();
        return key.length() < MIN_INSTITUTION_LENGTH ? "" : key;
    }

    /** The domain key of an e-mail domain, "" for none or webmail. */
    static String domain(String emailDomain)
    {
        String domain = emailDomain.trim().toLowerCase(Locale.ROOT);
        return WEBMAIL.contains(domain) ? "" : domain;
    }
}
