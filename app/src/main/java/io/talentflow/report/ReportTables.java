package io.talentflow.report;

import java.util.Map;

/**
 * The tables behind the report, each a query over the store; every number in the report comes
 * from one of them, and each is written beside the report as CSV and JSON.
 */
final class ReportTables
{
    static final Map<String, String> QUERIES = Map.of(
            "corridors", """
                    SELECT from_country, to_country, sum(count) AS moves,
                           sum(count) FILTER (WHERE year >= (SELECT max(year) - 9 FROM flows)) AS moves_last_10_years
                    FROM flows WHERE tier = 'all' AND field = 'all'
                    GROUP BY from_country, to_country ORDER BY moves DESC, from_country, to_country""",
            "flows", """
                    SELECT tier, field, year, from_country, to_country, count, low, high FROM flows
                    ORDER BY tier, field, year, from_country, to_country""",
            "net_flows", """
                    WITH f AS (SELECT from_country, to_country, count FROM flows WHERE tier = 'all' AND field = 'all')
                    SELECT country, sum(inflow) AS inflow, sum(outflow) AS outflow, sum(inflow) - sum(outflow) AS net
                    FROM (SELECT to_country AS country, count AS inflow, 0 AS outflow FROM f
                          UNION ALL SELECT from_country, 0, count FROM f)
                    GROUP BY country ORDER BY net DESC, country""",
            "stocks", "SELECT year, country, researchers FROM stocks ORDER BY year, country",
            "classes", """
                    SELECT origin, mobility_class, count(*) AS researchers FROM researchers
                    WHERE origin <> '' GROUP BY origin, mobility_class ORDER BY origin, mobility_class""",
            "coverage", """
                    SELECT venue, field, min(year) AS first_year, max(year) AS last_year, count(DISTINCT year) AS years,
                           count(DISTINCT source_file || '#' || record_index) AS papers, count(*) AS authorships,
                           round(avg(CASE WHEN country <> '' THEN 1 ELSE 0 END), 3) AS placed_share
                    FROM authorships GROUP BY venue, field ORDER BY venue""",
            "sources", "SELECT * FROM sources ORDER BY source_file");

    private ReportTables() {}
}
