package io.talentflow.source;

import io.talentflow.source.PaperRecord.Field;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns one paperlists record into its authorships, aligning the parallel per-author fields. An
 * {@code aff} list that aligns with no author (shorter or longer than the author list) is the paper's
 * set of affiliations: CVPR and ICCV 2020-2024 give one entry per distinct affiliation, and OpenReview
 * exports leave out the authors whose profile has none, so no entry can be given to an author.
 */
final class PaperAuthors
{
    /** The ledger note counting papers whose {@code aff} is the paper's set rather than a per-author list. */
    static final String PAPER_AFFILIATIONS = "papers whose aff is the paper's set, not per author";

    private final PaperRecord record;
    private final AuthorList authors;
    private final String venue;
    private final String[] affText;
    private final List<Affiliation> paperSet;
    private final List<List<String>> institutions;
    private final List<List<String>> countries;
    private final PerAuthorFields extra;
    private final String url;

    PaperAuthors(PaperRecord record, String author, String venue, Ledger ledger)
    {
        this.record = record;
        this.venue = venue;
        this.authors = AuthorList.parse(author);
        String aff = record.has(Field.AFF) ? record.get(Field.AFF) : record.get(Field.AFFS);
        String[] perAuthor = authors.perAuthor(aff);
        this.paperSet = perAuthor == null ? paperSet(aff) : List.of();
        ledger.note(PAPER_AFFILIATIONS, paperSet.isEmpty() ? 0 : 1);
        this.affText = perAuthor == null ? authors.perAuthor("") : perAuthor;
        boolean[] hasAff = mask(affText);
        this.institutions = lookUp(PerAuthorFields.aligned(record, Field.AFF_UNIQUE_INDEX, authors, ledger, hasAff),
                Field.AFF_UNIQUE_NORM);
        this.countries = lookUp(PerAuthorFields.aligned(record, Field.AFF_COUNTRY_UNIQUE_INDEX, authors, ledger, hasAff,
                nonEmpty(institutions)), Field.AFF_COUNTRY_UNIQUE);
        this.extra = new PerAuthorFields(record, authors, ledger);
        this.url = PaperLinks.first(record.links(), ledger);
        ledger.note(PaperLinks.NOT_HTTP, record.linksNotText());
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
                        affiliations(i), extra.domain(i), extra.role(i), extra.ids(i, venue), paperSet, url));
                position++;
            }
        }
        return out;
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

    /** The distinct entries of an {@code aff} list that is the paper's set, as text-only affiliations. */
    private static List<Affiliation> paperSet(String aff)
    {
        Set<String> distinct = new LinkedHashSet<>();
        for (String entry : Fields.split(aff, ';')) {
            String text = TextCleaner.clean(entry);
            if (!text.isEmpty()) {
                distinct.add(text);
            }
        }
        return distinct.stream().map(text -> new Affiliation(text, "", "")).toList();
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
}
