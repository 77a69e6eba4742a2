package io.talentflow.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import static io.talentflow.source.JsonValues.list;
import static io.talentflow.source.JsonValues.object;
import static io.talentflow.source.JsonValues.objects;
import static io.talentflow.source.JsonValues.text;

/**
 * Turns one OpenAlex author entity into placements: one authorship per (institution, year) of its
 * {@code affiliations}, under the venue {@link #VENUE}, carrying the author's OpenAlex id so that
 * identity joins them with the same author's works.
 */
final class OpenAlexAuthor
{
    /** The venue key of placements read from author entities; they are not papers. */
    static final String VENUE = "openalex-authors";

    private OpenAlexAuthor()
    {
    }

    /** Why the author cannot be used ("" when it can). */
    static String problem(Map<String, Object> author)
    {
        Object affiliations = author.get("affiliations");
        if (affiliations != null && !(affiliations instanceof List)) {
            return "the field \"affiliations\" is " + JsonValues.describe(affiliations) + ", not an array";
        }
        return TextCleaner.clean(text(author, "display_name")).isEmpty() ? "the author has no display_name" : "";
    }

    /** One placement per institution and year, institutions in the record's order, years ascending. */
    static List<Authorship> placements(Map<String, Object> author, String authorId, String sourceFile, int index,
                                       OpenAlexIds ids)
    {
        String name = TextCleaner.clean(text(author, "display_name"));
        Map<IdScheme, String> authorIds = OpenAlexWork.authorIds(author, Map.of(), ids);
        List<Authorship> out = new ArrayList<>();
        for (Map<String, Object> affiliation : objects(author, "affiliations")) {
            Map<String, Object> institution = object(affiliation, "institution");
            Affiliation place = new Affiliation("", TextCleaner.clean(text(institution, "display_name")),
                    text(institution, "country_code").trim().toUpperCase(Locale.ROOT));
            if (place.isEmpty()) {
                continue;
            }
            String paperId = ids.canonical(authorId) + "/" + OpenAlexIds.shortId(text(institution, "id"));
            for (int year : years(affiliation)) {
                out.add(new Authorship(sourceFile, index, paperId, VENUE, year, "", "", "", out.size(), name, List.of(),
                        List.of(place), "", "", authorIds));
            }
        }
        return out;
    }

    private static TreeSet<Integer> years(Map<String, Object> affiliation)
    {
        TreeSet<Integer> years = new TreeSet<>();
        for (Object y : list(affiliation, "years")) {
            int year = y instanceof Long n ? SourceName.parseYear(n.toString()) : 0;
            if (year != 0) {
                years.add(year);
            }
        }
        return years;
    }
}
