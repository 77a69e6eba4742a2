package io.talentflow.identity;

import java.util.Arrays;
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
    private static final Pattern PARTS = Pattern.compile("[,;]");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Words that name a whole organisation, not a department, school or lab inside one. */
    private static final Pattern ORGANISATION = Pattern.compile("\\b(universit|institut|college|academy|polytechn|ecole|hochschule)");
    private static final Pattern LEADING_THE = Pattern.compile("^the ");
    /** A company named with its lab or legal form ("Microsoft Research", "Tencent AI Lab", "Alibaba Group"). */
    private static final Pattern COMPANY_SUFFIX = Pattern.compile("( (research|labs?|laboratory|ai|inc|ltd|llc|corp|corporation|group|limited|gmbh))+$");
    private static final Set<String> WEBMAIL = Set.of(
            "gmail.com", "googlemail.com", "qq.com", "163.com", "126.com", "foxmail.com", "outlook.com",
            "hotmail.com", "live.com", "yahoo.com", "icloud.com", "sina.com", "yeah.net", "aliyun.com",
            "protonmail.com", "mail.com");

    private Evidence()
    {
    }

    /**
     * The institution key of a normalised institution or affiliation text, "" when too short to say
     * anything. When the text names a whole organisation in one of its comma-separated parts ("School
     * of Informatics, University of Edinburgh", "Tsinghua University, Beijing, China"), that part alone
     * is the key, so the forms of one institution's name meet.
     */
    static String institution(String name)
    {
        String folded = NameKey.fold(name);
        String[] parts = PARTS.split(folded);
        String organisation = Arrays.stream(parts).filter(part -> ORGANISATION.matcher(part).find()).findFirst().orElseGet(() -> company(parts, folded));
        String key = LEADING_THE.matcher(SEPARATORS.matcher(organisation).replaceAll(" ").trim()).replaceFirst("");
        return key.length() < MIN_INSTITUTION_LENGTH ? "" : key;
    }

    /**
     * A text naming no university or institute: when its first part is a company with its lab or
     * legal form, or one word, that company is the key, so "Microsoft Research, Redmond", "Microsoft
     * Research" and "Microsoft" meet; otherwise the whole text (a first part such as "Department of
     * Computer Science" says nothing alone).
     */
    private static String company(String[] parts, String folded)
    {
        String first = SEPARATORS.matcher(parts[0]).replaceAll(" ").trim();
        String company = COMPANY_SUFFIX.matcher(first).replaceFirst("");
        return !company.isEmpty() && (company.length() < first.length() || company.indexOf(' ') < 0) ? company : folded;
    }

    /** The domain key of an e-mail domain, "" for none or webmail. */
    static String domain(String emailDomain)
    {
        String domain = emailDomain.trim().toLowerCase(Locale.ROOT);
        return WEBMAIL.contains(domain) ? "" : domain;
    }
}
