package io.talentflow.web;

import io.talentflow.report.SourceLine;
import io.talentflow.store.Table;

import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL of every endpoint that queries the store, in one place; the endpoints answered from
 * memory read their rows once when the server starts ({@link ServedData}). The pipeline and institution
 * figures are computed from researchers, timeline and authorships here; when the store gains
 * precomputed tables for them only these queries change. Parameters always bind; no value is ever
 * spliced into SQL. An empty string stands for "no filter" where a filter is optional.
 */
final class DashboardQueries
{
    /** "movers": researchers with at least one move between countries, whatever their class. */
    static final List<String> CLASSES = List.of("all", "movers", "stayer", "migrant", "returnee", "traveller", "insufficient");
    static final List<String> INSTITUTION_ORDER = List.of("researchers", "arrivals");

    /**
     * Run once on each pooled connection. Many small concurrent requests are served faster by one
     * thread per query than by each query spreading over every core.
     */
    static final List<String> SETUP = List.of("SET threads = 1");

    private static final String SUMMARY = """
            SELECT (SELECT count(*) FROM researchers) AS researchers, (SELECT count(*) FROM authorships) AS authorships,
                   (SELECT count(DISTINCT source_file || '#' || record_index) FROM authorships) AS papers,
                   (SELECT count(*) FROM moves) AS moves,
                   (SELECT count(DISTINCT country) FROM timeline WHERE country <> '') AS countries,
                   (SELECT min(year) FROM authorships) AS first_year, (SELECT max(year) FROM authorships) AS last_year""";
    private static final String CLASS_COUNTS = """
            SELECT mobility_class, count(*) AS researchers FROM researchers WHERE (? = '' OR origin = ?)
            GROUP BY mobility_class ORDER BY researchers DESC, mobility_class""";
    private static final String COUNTRIES = """
            SELECT origin AS country, count(*) AS researchers FROM researchers WHERE origin <> ''
            GROUP BY origin ORDER BY researchers DESC, country""";
    private static final String CORRIDORS = """
            SELECT from_country AS "from", to_country AS "to", sum(count) AS moves FROM flows
            WHERE tier = ? AND field = ? AND year BETWEEN ? AND ? AND (? = '' OR from_country = ?) AND (? = '' OR to_country = ?)
            GROUP BY from_country, to_country ORDER BY moves DESC, from_country, to_country""";
    // early career: the last placed country in a researcher's first three active years. Countries kept
    // by name: the largest origins and, apart from them, the largest destinations of those who left,
    // so that one origin (origin=CN) still shows where its people went.
    private static final String PIPELINE_PATHS = """
            WITH early AS (
                SELECT t.researcher_id, arg_max(t.country, t.year) AS early_career
                FROM timeline t JOIN researchers r USING (researcher_id)
                WHERE t.country <> '' AND t.year <= r.first_year + 2 GROUP BY t.researcher_id),
            selected AS (
                SELECT r.origin, e.early_career, r.current FROM researchers r JOIN early e USING (researcher_id)
                WHERE r.origin <> '' AND (? = '' OR r.origin = ?)
                  AND (? = 'all' OR r.mobility_class = ? OR (? = 'movers' AND r.moves > 0))),
            """;
    // those of the selection whose current country is unknown: not a destination, so apart from the links
    private static final String PIPELINE_UNKNOWN = PIPELINE_PATHS.stripTrailing().replaceAll(",$", "") + " SELECT count(*) FROM selected WHERE current = ''";
    private static final String PIPELINE = PIPELINE_PATHS + """
            paths AS (SELECT * FROM selected WHERE current <> ''),
            top AS (SELECT origin AS country FROM paths GROUP BY origin ORDER BY count(*) DESC, origin LIMIT ?),
            destinations AS (SELECT current AS country FROM paths WHERE current <> origin GROUP BY current ORDER BY count(*) DESC, current LIMIT ?),
            kept AS (SELECT country FROM top UNION SELECT country FROM destinations)
            SELECT CASE WHEN origin IN (SELECT country FROM kept) THEN origin ELSE 'other' END AS origin,
                   CASE WHEN early_career IN (SELECT country FROM kept) THEN early_career ELSE 'other' END AS early_career,
                   CASE WHEN current IN (SELECT country FROM kept) THEN current ELSE 'other' END AS current,
                   count(*) AS researchers
            FROM paths GROUP BY ALL ORDER BY researchers DESC, origin, early_career, current""";
    private static final String COUNTRY_KNOWN = """
            SELECT (SELECT count(*) FROM stocks WHERE country = ?) + (SELECT count(*) FROM researchers WHERE origin = ? OR current = ?)""";
    private static final String STOCK = "SELECT year, researchers FROM stocks WHERE country = ? ORDER BY year";
    private static final String MIGRATION = """
            SELECT year, coalesce(sum(count) FILTER (WHERE to_country = ?), 0) AS inflow,
                   coalesce(sum(count) FILTER (WHERE from_country = ?), 0) AS outflow
            FROM flows WHERE tier = 'all' AND field = 'all' AND (from_country = ? OR to_country = ?) GROUP BY year ORDER BY year""";
    private static final String DESTINATIONS = """
            SELECT to_country AS country, count(*) AS moves FROM moves WHERE from_country = ?
            GROUP BY to_country ORDER BY moves DESC, country LIMIT 10""";
    private static final String ORIGINS = """
            SELECT from_country AS country, count(*) AS moves FROM moves WHERE to_country = ?
            GROUP BY from_country ORDER BY moves DESC, country LIMIT 10""";
    // arrivals: researchers whose move lands them at the institution they list first in the move's first year of papers there
    private static final String INSTITUTIONS = """
            WITH arrivals AS (
                SELECT split_part(t.institutions, '; ', 1) AS institution, count(DISTINCT m.researcher_id) AS arrivals
                FROM moves m JOIN timeline t ON t.researcher_id = m.researcher_id AND t.year = m.latest
                WHERE m.year BETWEEN ? AND ? AND (? = '' OR m.to_country = ?) GROUP BY 1),
            totals AS (
                SELECT institution, mode(country) AS country, count(DISTINCT researcher_id) AS researchers, count(*) AS authorships
                FROM authorships WHERE institution <> '' AND year BETWEEN ? AND ? AND (? = '' OR country = ?) GROUP BY institution)
            SELECT t.institution, t.country, t.researchers, t.authorships, coalesce(a.arrivals, 0) AS arrivals
            FROM totals t LEFT JOIN arrivals a USING (institution)
            ORDER BY CASE WHEN ? = 'arrivals' THEN coalesce(a.arrivals, 0) ELSE t.researchers END DESC, t.institution""";
    // what the build read per venue-year (the coverage table: accepted papers, and those not accepted apart), and what it lacks
    private static final String COVERAGE = """
            SELECT venue, field, year, papers, authorships, placed_share, not_accepted FROM coverage ORDER BY venue, year, field""";
    private static final String COVERAGE_GAPS = "SELECT venue, year, status, reason FROM coverage_gaps ORDER BY venue, year, status";

    // the whole span only: yearly rows cannot be summed into an interval
    private static final String NET_FLOWS = """
            SELECT country, inflow, outflow, net, net_low, net_high, thin FROM net_flows
            WHERE tier = ? AND field = ? AND last_year - first_year = (SELECT max(last_year - first_year) FROM net_flows)
            ORDER BY net DESC, country""";
    private static final String NET_FLOW_SPAN = "SELECT min(first_year) AS first_year, max(last_year) AS last_year FROM net_flows";

    private DashboardQueries() {}

    static Map<String, Object> summary(Connection connection)
    {
        Map<String, Object> summary = new LinkedHashMap<>(Pages.rows(Table.query(connection, SUMMARY)).get(0));
        summary.put("classes", Pages.rows(Table.query(connection, CLASS_COUNTS, "", "")));
        summary.put("source", SourceLine.of(connection));
        return summary;
    }

    static Map<String, Object> countries(Connection connection, PageRequest page)
    {
        return Pages.of(connection, "countries", page, COUNTRIES);
    }

    static Map<String, Object> corridors(Connection connection, Filter filter, String from, String to, PageRequest page)
    {
        return Pages.of(connection, "corridors", page, CORRIDORS, filter.tier(), filter.field(), filter.since(), filter.until(),
                from, from, to, to);
    }

    static Map<String, Object> pipeline(Connection connection, String origin, String mobilityClass, int top, PageRequest page)
    {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("stages", List.of("origin", "early_career", "current"));
        result.putAll(Pages.of(connection, "links", page, PIPELINE, origin, origin, mobilityClass, mobilityClass, mobilityClass, top, top));
        result.put("unknown_current", unknownCurrent(connection, origin, mobilityClass));
        return result;
    }

    private static long unknownCurrent(Connection connection, String origin, String mobilityClass)
    {
        return ((Number) Table.query(connection, PIPELINE_UNKNOWN, origin, origin, mobilityClass, mobilityClass, mobilityClass)
                .rows().get(0).get(0)).longValue();
    }

    static boolean countryKnown(Connection connection, String country)
    {
        return ((Number) Table.query(connection, COUNTRY_KNOWN, country, country, country).rows().get(0).get(0)).longValue() > 0;
    }

    static Map<String, Object> country(Connection connection, String country)
    {
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("country", country);
        profile.put("stock", Pages.rows(Table.query(connection, STOCK, country)));
        profile.put("migration", Pages.rows(Table.query(connection, MIGRATION, country, country, country, country)));
        profile.put("destinations", Pages.rows(Table.query(connection, DESTINATIONS, country)));
        profile.put("origins", Pages.rows(Table.query(connection, ORIGINS, country)));
        profile.put("classes", Pages.rows(Table.query(connection, CLASS_COUNTS, country, country)));
        profile.put("institutions", institutions(connection, country, Filter.ALL, "researchers", new PageRequest(1, 10)).get("institutions"));
        return profile;
    }

    static Map<String, Object> institutions(Connection connection, String country, Filter years, String order, PageRequest page)
    {
        return Pages.of(connection, "institutions", page, INSTITUTIONS, years.since(), years.until(), country, country,
                years.since(), years.until(), country, country, order);
    }

    static Map<String, Object> coverage(Connection connection, PageRequest page)
    {
        Map<String, Object> coverage = new LinkedHashMap<>(Pages.of(connection, "coverage", page, COVERAGE));
        coverage.put("gaps", Pages.rows(Table.query(connection, COVERAGE_GAPS)));
        return coverage;
    }

    static Map<String, Object> netFlows(Connection connection, Filter segment, PageRequest page)
    {
        Map<String, Object> result = new LinkedHashMap<>(Pages.rows(Table.query(connection, NET_FLOW_SPAN)).get(0));
        result.putAll(Pages.of(connection, "net_flows", page, NET_FLOWS, segment.tier(), segment.field()));
        return result;
    }
}
