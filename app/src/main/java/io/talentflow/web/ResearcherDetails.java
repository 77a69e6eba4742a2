package io.talentflow.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.talentflow.career.Career;
import io.talentflow.output.PersonView;
import io.talentflow.store.Table;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Every researcher's career and papers held in memory, for the person endpoint. From the store it
 * took four queries of about a millisecond each, so person pages capped a 2-core server at about
 * 600 answers a second; from memory, about 20,000. The papers are the larger part:
 * a row per authorship, with each paper's name and title, institution names and codes shared
 * between rows.
 */
final class ResearcherDetails
{
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String PAPERS = """
            SELECT researcher_id, year, venue || year || '/' || paper_id AS paper, title, status, institution, country,
                   round(country_confidence, 3) AS confidence, country_basis AS basis, paper_url
            FROM authorships ORDER BY researcher_id, year, venue, paper_id, author_position""";

    private final Map<String, Career> careers;
    private final Map<String, List<Paper>> papers;

    ResearcherDetails(List<Career> careers, Map<String, List<Paper>> papers)
    {
        this.careers = new HashMap<>(careers.size() * 2);
        careers.forEach(career -> this.careers.put(career.researcherId(), career));
        this.papers = requireNonNull(papers, "papers is null");
    }

    /** Every researcher's papers, by researcher id, in the order the person endpoint lists them. */
    static Map<String, List<Paper>> papers(Connection connection)
    {
        Map<String, String> shared = new HashMap<>();
        Map<String, List<Paper>> papers = new HashMap<>();
        Table.scan(connection, row -> papers.computeIfAbsent(row.getString(1), id -> new ArrayList<>(2)).add(new Paper(row.getInt(2),
                share(shared, row.getString(3)), share(shared, row.getString(4)), share(shared, row.getString(5)), share(shared, row.getString(6)),
                share(shared, row.getString(7)), row.getDouble(8), share(shared, row.getString(9)), share(shared, row.getString(10)))), PAPERS);
        return papers;
    }

    private static String share(Map<String, String> shared, String text)
    {
        return shared.computeIfAbsent(text, same -> same);
    }

    /**
     * The person page of researcher {@code id}: the career as {@link PersonView}, each move with the links of its
     * evidence, then a page of papers.
     */
    Optional<Map<String, Object>> person(String id, PageRequest page)
    {
        return Optional.ofNullable(careers.get(id)).map(career -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> result = MAPPER.convertValue(new PersonView(career), LinkedHashMap.class);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> moves = (List<Map<String, Object>>) result.get("moves");
            moves.forEach(move -> move.put("evidence_urls", evidenceUrls(id, ((List<?>) move.get("evidence")).toArray(String[]::new))));
            result.putAll(Pages.of("papers", papers.getOrDefault(id, List.of()), page));
            return result;
        });
    }

    /** The links of those of {@code keys} (paper keys of researcher {@code id}) whose source gave one, in the order of the keys. */
    Map<String, String> evidenceUrls(String id, String... keys)
    {
        Map<String, String> urls = new LinkedHashMap<>();
        List<Paper> own = papers.getOrDefault(id, List.of());
        for (String key : keys) {
            own.stream().filter(paper -> paper.paper().equals(key) && !paper.url().isEmpty()).findFirst()
                    .ifPresent(paper -> urls.put(key, paper.url()));
        }
        return urls;
    }

    /** One authorship of a researcher as the person endpoint lists it; {@code url} links the paper ("" when the source gave none). */
    record Paper(int year, String paper, String title, String status, String institution, String country, double confidence, String basis,
            String url)
    {
        Paper
        {
            requireNonNull(paper, "paper is null");
            requireNonNull(title, "title is null");
            requireNonNull(status, "status is null");
            requireNonNull(institution, "institution is null");
            requireNonNull(country, "country is null");
            requireNonNull(basis, "basis is null");
            requireNonNull(url, "url is null");
        }
    }
}
