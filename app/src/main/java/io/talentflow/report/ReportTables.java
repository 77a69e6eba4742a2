package io.talentflow.report;

import java.util.Map;

/**
 * The tables behind the report, each read from a store table of the same name (precomputed by the
 * build, so the report only reads); every number in the report comes from one of them, and each is
 * written beside the report as CSV and JSON.
 */
final class ReportTables
{
    static final Map<String, String> QUERIES = Map.ofEntries(
            table("corridors", "tier, field, year, from_country, to_country"),
            table("early_moves", "tier, field, year, from_country, to_country"),
            table("trends", "tier, field, first_period, from_country, to_country"),
            table("net_flows", "tier, field, first_year, last_year, country"),
            table("pipeline", "tier, field, origin, early_country, current"),
            table("origins", "tier, field, origin, outcome"),
            table("stay_rates", "tier, field, year, origin"),
            table("returnees", "tier, field, year, from_country, to_country"),
            table("organisations", "tier, field, first_year, last_year, institution, country, direction, partner_country"),
            table("early_career", "tier, field, year, country"),
            table("stocks", "year, country"),
            table("coverage", "venue, year"),
            table("coverage_gaps", "venue, year"),
            table("sources", "source_file"));

    private ReportTables() {}

    private static Map.Entry<String, String> table(String name, String order)
    {
        return Map.entry(name, "SELECT * FROM " + name + " ORDER BY " + order);
    }
}
