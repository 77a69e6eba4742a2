package io.talentflow.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static io.talentflow.source.JsonValues.object;
import static io.talentflow.source.JsonValues.objects;
import static io.talentflow.source.JsonValues.text;
import static io.talentflow.source.JsonValues.texts;

/** Turns one OpenAlex work into one authorship per named author. */
final class OpenAlexWork
{
    /** The venue key of works without a source. */
    static final String DEFAULT_VENUE = "openalex";

    private OpenAlexWork()
    {
    }

    /** Why the work cannot be used ("" when it can): wrong-typed or missing fields. */
    static String problem(Map<String, Object> work)
    {
        Object authorships = work.get("authorships");
        if (authorships != null && !(authorships instanceof List)) {
            return "the field \"authorships\" is " + JsonValues.describe(authorships) + ", not an array";
        }
        Object year = work.get("publication_year");
        if (year != null && !(year instanceof Long)) {
            return "the field \"publication_year\" is " + JsonValues.describe(year) + ", not a whole number";
        }
        return year(work) == 0 ? "the work has no usable publication_year" : "";
    }

    static int year(Map<String, Object> work)
    {
        return work.get("publication_year") instanceof Long y ? SourceName.parseYear(y.toString()) : 0;
    }

    /** The authorships of the named authors, in order; empty when the work names nobody. */
    static List<Authorship> authorships(Map<String, Object> work, String paperId, String sourceFile, int index,
                                        OpenAlexIds ids, String url)
    {
        List<Map<String, Object>> named = objects(work, "authorships").stream()
                .filter(a -> !name(a).isEmpty()).toList();
        List<String> names = named.stream().map(OpenAlexWork::name).toList();
        String venue = venue(work);
        String title = TextCleaner.clean(text(work, "title").isEmpty() ? text(work, "display_name") : text(work, "title"));
        List<Authorship> out = new ArrayList<>(named.size());
        for (int position = 0; position < named.size(); position++) {
            Map<String, Object> a = named.get(position);
            out.add(new Authorship(sourceFile, index, paperId, venue, year(work), title, "", "", position,
                    names.get(position), OtherAuthors.of(names, position), affiliations(a), "", "", authorIds(object(a, "author"), a, ids),
                    List.of(), url));
        }
        return out;
    }

    /** The work's link: its DOI, else the landing page of its primary location, else its page on OpenAlex. */
    static String link(Map<String, Object> work, Ledger ledger)
    {
        String id = OpenAlexIds.shortId(text(work, "id"));
        return PaperLinks.first(List.of(PaperLinks.doi(text(work, "doi")), text(object(work, "primary_location"), "landing_page_url"),
                id.isEmpty() ? "" : OpenAlexIds.PREFIX + id), ledger);
    }

    private static String name(Map<String, Object> authorship)
    {
        String name = TextCleaner.clean(text(object(authorship, "author"), "display_name"));
        return name.isEmpty() ? TextCleaner.clean(text(authorship, "raw_author_name")) : name;
    }

    /** A lower-case key of the work's source: its abbreviation or name, or "openalex". */
    static String venue(Map<String, Object> work)
    {
        Map<String, Object> source = object(object(work, "primary_location"), "source");
        String name = text(source, "abbreviated_title").isBlank() ? text(source, "display_name") : text(source, "abbreviated_title");
        String key = TextCleaner.clean(name).toLowerCase(Locale.ROOT);
        return key.isEmpty() ? DEFAULT_VENUE : key;
    }

    static Map<IdScheme, String> authorIds(Map<String, Object> author, Map<String, Object> extra, OpenAlexIds ids)
    {
        Map<IdScheme, String> out = Identifiers.newMap();
        String id = OpenAlexIds.shortId(text(author, "id"));
        if (!id.isEmpty()) {
            out.put(IdScheme.OPENALEX, ids.canonical(id));
        }
        String orcid = Identifiers.orcid(text(author, "orcid"));
        orcid = orcid.isEmpty() ? Identifiers.orcid(text(extra, "raw_orcid")) : orcid;
        if (!orcid.isEmpty()) {
            out.put(IdScheme.ORCID, orcid);
        }
        return out;
    }

    /**
     * The raw affiliation strings paired with their institutions: by {@code institution_ids} in the
     * newer schema, by position (or the only institution) in the older one; institutions no string
     * names come last, without text.
     */
    static List<Affiliation> affiliations(Map<String, Object> authorship)
    {
        Map<String, Map<String, Object>> institutions = new LinkedHashMap<>();
        for (Map<String, Object> inst : objects(authorship, "institutions")) {
            String id = OpenAlexIds.shortId(text(inst, "id"));
            institutions.put(id.isEmpty() ? "#" + institutions.size() : id, inst);
        }
        Set<String> used = new LinkedHashSet<>();
        Set<Affiliation> out = new LinkedHashSet<>();
        if (authorship.get("affiliations") instanceof List<?> l && !l.isEmpty()) {
            pairByInstitutionIds(authorship, institutions, used, out);
        } else {
            pairByPosition(authorship, institutions, used, out);
        }
        institutions.forEach((id, inst) -> {
            if (!used.contains(id)) {
                out.add(affiliation("", inst));
            }
        });
        return List.copyOf(out);
    }

    private static void pairByInstitutionIds(Map<String, Object> authorship, Map<String, Map<String, Object>> institutions,
                                             Set<String> used, Set<Affiliation> out)
    {
        for (Map<String, Object> paired : objects(authorship, "affiliations")) {
            List<String> instIds = texts(paired, "institution_ids").stream().map(OpenAlexIds::shortId).toList();
            String first = instIds.stream().filter(institutions::containsKey).findFirst().orElse("");
            used.addAll(instIds);
            out.add(affiliation(text(paired, "raw_affiliation_string"), institutions.getOrDefault(first, Map.of())));
        }
    }

    private static void pairByPosition(Map<String, Object> authorship, Map<String, Map<String, Object>> institutions,
                                       Set<String> used, Set<Affiliation> out)
    {
        List<String> raw = new ArrayList<>(texts(authorship, "raw_affiliation_strings"));
        raw.addAll(texts(authorship, "raw_affiliation_string"));
        List<String> keys = List.copyOf(institutions.keySet());
        boolean pairs = keys.size() == raw.size() || keys.size() == 1;
        for (int i = 0; i < raw.size(); i++) {
            String key = !pairs ? "" : keys.size() == 1 ? keys.get(0) : keys.get(i);
            used.add(key);
            out.add(affiliation(raw.get(i), institutions.getOrDefault(key, Map.of())));
        }
    }

    private static Affiliation affiliation(String text, Map<String, Object> institution)
    {
        return new Affiliation(TextCleaner.clean(text), TextCleaner.clean(text(institution, "display_name")),
                text(institution, "country_code").trim().toUpperCase(Locale.ROOT));
    }
}
