package io.talentflow.source;

import io.talentflow.source.PaperRecord.Field;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns one paperlists record into its authorships, aligning the parallel per-author fields. */
final class PaperAuthors
{
    private final PaperRecord record;
    private final AuthorList authors;
    private final String venue;
    private final String[] affText;
    private final List<List<String>> institutions;
    private final List<List<String>> countries;

    PaperAuthors(PaperRecord record, String venue)
    {
        this.record = record;
        this.venue = venue;
        this.authors = AuthorList.parse(record.get(Field.AUTHOR), venue.startsWith("siggraph"));
        String aff = record.has(Field.AFF) ? record.get(Field.AFF) : record.get(Field.AFFS);
        this.affText = authors.perAuthor(aff);
        boolean[] hasAff = mask(affText);
        this.institutions = lookUp(authors.perAuthor(record.get(Field.AFF_UNIQUE_INDEX), hasAff), Field.AFF_UNIQUE_NORM);
        this.countries = lookUp(authors.perAuthor(record.get(Field.AFF_COUNTRY_UNIQUE_INDEX), hasAff,
                nonEmpty(institutions)), Field.AFF_COUNTRY_UNIQUE);
    }

    /** Authorships of the named authors, in order; empty when the paper names nobody. */
    List<Authorship> build(String sourceFile, int recordIndex, int year)
    {
        List<String> names = new ArrayList<>(authors.size());
        for (int i = 0; i < authors.size(); i++) {
            if (authors.named(i)) {
                names.add(authors.name(i));
            }
        }
        PerAuthor extra = new PerAuthor(authors);
        String paperId = record.has(Field.ID) ? record.get(Field.ID) : "#" + recordIndex;
        // the paper's fields are cleaned once and shared by its authorships
        String title = TextCleaner.clean(record.get(Field.TITLE));
        String status = record.get(Field.STATUS).trim();
        String track = record.get(Field.TRACK).trim();
        List<Authorship> out = new ArrayList<>(names.size());
        List<String> paper = List.copyOf(names);
        for (int i = 0, position = 0; i < authors.size(); i++) {
            if (authors.named(i)) {
                out.add(new Authorship(sourceFile, recordIndex, paperId, venue, year, title, status, track,
                        position, names.get(position), OtherAuthors.of(paper, position),
                        affiliations(i), extra.domain(i), extra.role(i), extra.ids(i, venue)));
                position++;
            }
        }
        return out;
    }

    /** The per-author fields that are not affiliations. */
    private final class PerAuthor
    {
        private final String[] domain;
        private final String[] email;
        private final String[] authorIds;
        private final String[] orcid;
        private final String[] dblp;
        private final String[] role;

        PerAuthor(AuthorList list)
        {
            domain = list.perAuthor(record.get(Field.AFF_DOMAIN));
            email = list.perAuthor(record.get(Field.EMAIL));
            authorIds = list.perAuthor(record.get(Field.AUTHORIDS));
            orcid = list.perAuthor(record.get(Field.ORCID));
            dblp = list.perAuthor(record.get(Field.DBLP));
            role = list.perAuthor(record.get(Field.POSITION));
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
    }

    private List<Affiliation> affiliations(int i)
    {
        List<String> text = Fields.splitPlus(TextCleaner.clean(affText[i]));
        List<String> inst = institutions.get(i);
        List<String> country = countries.get(i);
        int n = Math.max(text.size(), Math.max(inst.size(), country.size()));
        List<Affiliation> out = new ArrayList<>(n);
        for (int j = 0; j < n; j++) {
            Affiliation a = new Affiliation(pick(text, j, n), pick(inst, j, n), pick(country, j, n));
            if (!a.isEmpty() && !out.contains(a)) {
                out.add(a);
            }
        }
        return out;
    }

    // Lists of the same length pair up; a single value applies to every part of a '+' join.
    private static String pick(List<String> parts, int j, int n)
    {
        if (parts.size() == n) {
            return parts.get(j);
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return j < parts.size() ? parts.get(j) : "";
    }

    /** Resolves "0+2" index entries into names of the unique list; indexes outside it are ignored. */
    private List<List<String>> lookUp(String[] indexes, Field uniqueList)
    {
        List<String> unique = Fields.split(record.get(uniqueList), ';');
        List<List<String>> out = new ArrayList<>(indexes.length);
        for (String entry : indexes) {
            List<String> names = new ArrayList<>(1);
            for (String part : Fields.split(entry, '+')) {
                int k = Fields.index(part);
                String name = k >= 0 && k < unique.size() ? TextCleaner.clean(unique.get(k)) : "";
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
            out.add(names);
        }
        return out;
    }

    private static boolean[] mask(String[] values)
    {
        boolean[] out = new boolean[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = !values[i].isEmpty();
        }
        return out;
    }

    private static boolean[] nonEmpty(List<List<String>> lists)
    {
        boolean[] out = new boolean[lists.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = !lists.get(i).isEmpty();
        }
        return out;
    }

    private static String firstPart(String value)
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
