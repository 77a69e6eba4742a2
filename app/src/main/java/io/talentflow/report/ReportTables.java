package io.talentflow.report;

import java.util.List;
import java.util.Map;

/**
 * The tables behind the report. Each store table named in {@link #EXPORTED} is written beside the
 * report whole, as CSV and JSON; the report itself embeds only the rows its charts draw
 * ({@link #DRAWN}, per segment), which keeps it light: the organisations table alone is several
 * megabytes, of which a few dozen rows are drawn.
 */
final class ReportTables
{
    static final List<String> EXPORTED = List.of("corridors", "early_moves", "trends", "net_flows", "pipeline", "origins", "stay_rates",
            "returnees", "organisations", "org_flows", "early_career", "stocks", "coverage", "coverage_gaps", "sources");

    private static final String SEGMENT = "tier, field";
    /**
     * Per segment, the eight largest origins; early-career and current countries outside them and
     * outside the eight largest destinations of their movers are grouped as "other", so that the
     * destinations stay named under any filter. Shares are count / base (the origin's researchers).
     */
    private static final String PIPELINE = """
            WITH ranked AS (SELECT tier, field, origin FROM pipeline GROUP BY tier, field, origin
                    QUALIFY row_number() OVER (PARTITION BY tier, field ORDER BY sum(count) DESC, origin) <= 8),
                paths AS (SELECT p.* FROM pipeline p JOIN ranked USING (tier, field, origin)),
                destinations AS (SELECT tier, field, current AS country FROM paths WHERE current NOT IN ('', origin) GROUP BY tier, field, current
                    QUALIFY row_number() OVER (PARTITION BY tier, field ORDER BY sum(count) DESC, current) <= 8),
                kept AS (SELECT tier, field, origin AS country FROM ranked UNION SELECT * FROM destinations)
            SELECT p.tier, p.field, p.origin,
                   CASE WHEN p.early_country = '' OR e.country IS NOT NULL THEN p.early_country ELSE 'other' END AS early_country,
                   CASE WHEN p.current = '' OR c.country IS NOT NULL THEN p.current ELSE 'other' END AS current,
                   sum(p.count) AS count, max(p.base) AS base
            FROM paths p LEFT JOIN kept e ON e.tier = p.tier AND e.field = p.field AND e.country = p.early_country
                LEFT JOIN kept c ON c.tier = p.tier AND c.field = p.field AND c.country = p.current
            GROUP BY ALL ORDER BY p.tier, p.field, p.origin, count DESC, early_country, current""";
    /** Whole span only: per segment the 15 organisations with most arrivals (with their partners) and with most returns. */
    private static final String ORGANISATIONS = """
            WITH span AS (SELECT * FROM organisations WHERE last_year - first_year = (SELECT max(last_year - first_year) FROM organisations)),
                top AS (SELECT tier, field, direction, institution, country FROM span
                    WHERE partner_country = 'all' AND direction IN ('arrival', 'return')
                    QUALIFY row_number() OVER (PARTITION BY tier, field, direction ORDER BY count DESC, institution, country) <= 15)
            SELECT tier, field, direction, institution, country, partner_country, count, low, high, thin
            FROM span JOIN top USING (tier, field, direction, institution, country)
            WHERE direction = 'arrival' OR partner_country = 'all'
            ORDER BY tier, field, direction, institution, country, partner_country""";

    /**
     * Whole span only: the 12 organisations with most arrivals, their arrivals by origin kind, and the
     * median career age of all their arrivals.
     */
    private static final String ORG_FLOWS = """
            WITH span AS (SELECT * FROM org_flows WHERE last_year - first_year = (SELECT max(last_year - first_year) FROM org_flows)),
                top AS (SELECT organisation_id FROM span WHERE direction = 'arrival' AND partner_kind = 'all'
                    ORDER BY count DESC, organisation_id LIMIT 12),
                ages AS (SELECT to_organisation AS organisation_id, median(career_age) AS median_career_age FROM org_moves GROUP BY ALL)
            SELECT s.organisation_id, o.name, o.country, s.partner_kind, s.partner, s.count, s.low, s.high, s.thin, a.median_career_age
            FROM span s JOIN top USING (organisation_id) JOIN orgs o USING (organisation_id) LEFT JOIN ages a USING (organisation_id)
            WHERE s.direction = 'arrival' AND s.partner_kind IN ('all', 'origin')
            ORDER BY s.organisation_id, s.partner_kind, s.partner""";

    static final Map<String, String> DRAWN = Map.ofEntries(
            Map.entry("corridors", top("corridors", "from_country, to_country", "sum(count)", 6,
                    "tier, field, year, from_country, to_country, count, low, high, thin", "year")),
            Map.entry("trends", """
                    SELECT * EXCLUDE (rank) FROM (SELECT *, row_number() OVER (PARTITION BY tier, field, first_period
                        ORDER BY first_moves + second_moves DESC, from_country, to_country) AS rank FROM trends)
                    WHERE rank <= 15 ORDER BY tier, field, first_period, rank"""),
            Map.entry("pipeline", PIPELINE),
            Map.entry("origins", top("origins", "origin", "max(base)", 12, "tier, field, origin, outcome, count, base, share, share_low, share_high, thin", "outcome")),
            Map.entry("stay_rates", top("stay_rates", "origin", "sum(base)", 5, "tier, field, year, origin, count, base, share, share_low, share_high, thin", "year")),
            Map.entry("early_career", top("early_career", "country", "sum(count)", 6, "tier, field, year, country, count, base, share, share_low, share_high, thin", "year")),
            Map.entry("stocks", """
                    SELECT year, country, researchers FROM stocks WHERE country IN (SELECT country FROM stocks GROUP BY country
                        ORDER BY sum(researchers) DESC, country LIMIT 8) ORDER BY year, country"""),
            Map.entry("returnees", """
                    SELECT tier, field, year, count, low, high, base, share, share_low, share_high, thin FROM returnees
                    WHERE from_country = 'all' AND to_country = 'all' ORDER BY tier, field, year"""),
            Map.entry("early_moves", """
                    SELECT tier, field, from_country, to_country, sum(count) AS count FROM early_moves GROUP BY tier, field, from_country, to_country
                    QUALIFY row_number() OVER (PARTITION BY tier, field ORDER BY sum(count) DESC, from_country, to_country) <= 10
                    ORDER BY tier, field, count DESC, from_country, to_country"""),
            Map.entry("net_flows", """
                    SELECT tier, field, country, inflow, outflow, net, net_low, net_high, thin FROM net_flows
                    WHERE last_year - first_year = (SELECT max(last_year - first_year) FROM net_flows) ORDER BY tier, field, country"""),
            Map.entry("organisations", ORGANISATIONS),
            Map.entry("org_flows", ORG_FLOWS),
            Map.entry("coverage", "SELECT venue, year, papers, authorships, placed_share FROM coverage ORDER BY venue, year"),
            Map.entry("coverage_gaps", "SELECT * FROM coverage_gaps ORDER BY venue, year"));

    private ReportTables() {}

    /**
     * The rows of {@code table} whose {@code key} is among the {@code limit} largest of its segment
     * by {@code measure}, with {@code columns}, ordered by segment, key and {@code order}.
     */
    private static String top(String table, String key, String measure, int limit, String columns, String order)
    {
        return "SELECT " + columns + " FROM " + table + " JOIN (SELECT " + SEGMENT + ", " + key + " FROM " + table + " GROUP BY " + SEGMENT + ", " + key
                + " QUALIFY row_number() OVER (PARTITION BY " + SEGMENT + " ORDER BY " + measure + " DESC, " + key + ") <= " + limit
                + ") USING (" + SEGMENT + ", " + key + ") ORDER BY " + SEGMENT + ", " + key + ", " + order;
    }
}
