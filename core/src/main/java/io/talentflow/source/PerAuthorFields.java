package io.talentflow.source;

import io.talentflow.source.PaperRecord.Field;

import java.util.Map;

/**
 * The per-author fields of one record that are not affiliations: e-mail domains, identifiers and
 * roles. A field that aligns with no author is left out, and its values are counted in the ledger.
 */
final class PerAuthorFields
{
    private final String[] domain;
    private final String[] email;
    private final String[] authorIds;
    private final String[] orcid;
    private final String[] dblp;
    private final String[] role;

    PerAuthorFields(PaperRecord record, AuthorList list, Ledger ledger)
    {
        domain = aligned(record, Field.AFF_DOMAIN, list, ledger);
        email = aligned(record, Field.EMAIL, list, ledger);
        authorIds = aligned(record, Field.AUTHORIDS, list, ledger);
        orcid = aligned(record, Field.ORCID, list, ledger);
        dblp = aligned(record, Field.DBLP, list, ledger);
        role = aligned(record, Field.POSITION, list, ledger);
    }

    /** The field per author, or all "" (and its values counted) when it aligns with no author. */
    static String[] aligned(PaperRecord record, Field field, AuthorList list, Ledger ledger, boolean[]... subsets)
    {
        String value = record.get(field);
        String[] out = list.perAuthor(value, subsets);
        if (out != null) {
            return out;
        }
        ledger.note(unaligned(field), Fields.split(value, ';').size());
        return list.perAuthor("");
    }

    /** The ledger note counting the values of {@code field} that align with no author. */
    static String unaligned(Field field)
    {
        return "unaligned " + field.name().toLowerCase(java.util.Locale.ROOT) + " values";
    }

    String domain(int i)
    {
        String d = Identifiers.emailDomain(firstPart(domain[i]));
        d = d.isEmpty() ? Identifiers.emailDomain(firstPart(email[i])) : d;
        return d.isEmpty() && authorIds[i].indexOf('@') > 0 ? Identifiers.emailDomain(authorIds[i]) : d;
    }

    String role(int i)
    {
        return TextCleaner.clean(firstPart(role[i]));
    }

    Map<IdScheme, String> ids(int i, String venueKey)
    {
        Map<IdScheme, String> ids = Identifiers.newMap();
        Identifiers.addAuthorId(ids, authorIds[i], venueKey);
        putIfPresent(ids, IdScheme.ORCID, Identifiers.orcid(orcid[i]));
        putIfPresent(ids, IdScheme.DBLP, Identifiers.dblp(dblp[i]));
        return ids;
    }

    static String firstPart(String value)
    {
        int plus = value.indexOf('+');
        return plus < 0 ? value : value.substring(0, plus);
    }

    private static void putIfPresent(Map<IdScheme, String> ids, IdScheme scheme, String value)
    {
        if (!value.isEmpty()) {
            ids.put(scheme, value);
        }
    }
}
