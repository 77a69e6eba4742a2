package io.talentflow.store;

import io.talentflow.metrics.Bootstrap;
import io.talentflow.metrics.Counts;
import io.talentflow.metrics.Interval;
import io.talentflow.metrics.Tally;
import io.talentflow.org.Organisation;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes {@link OrganisationReport}s from a store's org_moves, timeline and researchers tables. The
 * intervals come from the same bootstrap as every table of the store (researchers resampled, 200
 * replicates, fixed seed), over the moves of the span asked for.
 */
public final class OrganisationReports
{
    static final String ARRIVAL = "arrival";
    static final String DEPARTURE = "departure";
    private static final String ALL = "all";
    /** Cells by year within one country: "year in US". */
    private static final String YEAR_IN = "year in ";
    private static final String MOVES = """
            SELECT m.researcher_id, r.name, m.year, m.from_organisation, m.to_organisation, m.from_country, m.to_country, m.kind, m.career_age
            FROM org_moves m JOIN researchers r USING (researcher_id)
            WHERE (m.to_organisation = ? OR m.from_organisation = ?) AND m.year BETWEEN ? AND ?
            ORDER BY m.year, m.researcher_id""";

    private OrganisationReports() {}

    /** One cell counted: a side, what it is counted by, and the value. */
    private record Cell(String direction, String by, String key) {}

    /** The report on {@code organisation} for the years {@code since} to {@code until}, both counted. */
    public static OrganisationReport report(Connection connection, StoredOrganisations stored, Organisation organisation, int since, int until)
    {
        String id = organisation.id();
        List<OrganisationReport.PersonMove> people = new ArrayList<>();
        Table.scan(connection, row -> people.add(new OrganisationReport.PersonMove(row.getString(1), row.getString(2), row.getInt(3),
                row.getString(5).equals(id) ? ARRIVAL : DEPARTURE, named(stored, row.getString(4)), row.getString(6),
                named(stored, row.getString(5)), row.getString(7), row.getString(8), row.getInt(9))), MOVES, id, id, since, until);
        Counts<Cell> counts = counts(people, population(connection));
        List<OrganisationReport.YearCount> headcount = new ArrayList<>();
        Table.scan(connection, row -> headcount.add(new OrganisationReport.YearCount(row.getInt(1), row.getLong(2))),
                "SELECT year, count(DISTINCT researcher_id) FROM timeline WHERE organisation = ? AND year BETWEEN ? AND ? GROUP BY year ORDER BY year",
                id, since, until);
        return new OrganisationReport(organisation, stored.lineage(id).subList(1, stored.lineage(id).size()), since, until, headcount,
                side(counts, ARRIVAL, stored), side(counts, DEPARTURE, stored), medianCareerAge(people), people);
    }

    private static long population(Connection connection)
    {
        return ((Number) Table.query(connection, "SELECT count(*) FROM researchers").rows().get(0).get(0)).longValue();
    }

    private static Organisation named(StoredOrganisations stored, String id)
    {
        return stored.organisation(id).orElse(new Organisation(id, id, "", "", ""));
    }

    private static Counts<Cell> counts(List<OrganisationReport.PersonMove> people, long population)
    {
        Map<String, List<Cell>> byResearcher = new LinkedHashMap<>();
        for (OrganisationReport.PersonMove move : people) {
            List<Cell> cells = byResearcher.computeIfAbsent(move.researcherId(), r -> new ArrayList<>());
            boolean arrival = move.direction().equals(ARRIVAL);
            String direction = move.direction();
            cells.add(new Cell(direction, ALL, ALL));
            cells.add(new Cell(direction, "year", String.valueOf(move.year())));
            if (arrival && !move.kind().isEmpty()) {
                cells.add(new Cell(direction, "kind", move.kind()));
            }
            String country = arrival ? move.fromCountry() : move.toCountry();
            if (!country.isEmpty()) {
                cells.add(new Cell(direction, "country", country));
                cells.add(new Cell(direction, YEAR_IN + country, String.valueOf(move.year())));
            }
            cells.add(new Cell(direction, "organisation", (arrival ? move.from() : move.to()).id()));
        }
        Tally<Cell> tally = new Tally<>();
        byResearcher.forEach(tally::add);
        return tally.count((int) Math.max(population, byResearcher.size()), Bootstrap.standard());
    }

    private static OrganisationReport.Side side(Counts<Cell> counts, String direction, StoredOrganisations stored)
    {
        List<OrganisationReport.Count> byCountry = by(counts, direction, "country", stored);
        return new OrganisationReport.Side(count(counts, new Cell(direction, ALL, ALL), ALL), by(counts, direction, "year", stored),
                by(counts, direction, "kind", stored), byCountry, byCountryYear(counts, direction, byCountry, stored),
                by(counts, direction, "organisation", stored));
    }

    private static List<OrganisationReport.Count> by(Counts<Cell> counts, String direction, String by, StoredOrganisations stored)
    {
        Comparator<OrganisationReport.Count> order = by.startsWith("year") ? Comparator.comparing(OrganisationReport.Count::key)
                : Comparator.comparingLong(OrganisationReport.Count::count).reversed().thenComparing(OrganisationReport.Count::key);
        return counts.keys(Cell.class).filter(c -> c.direction().equals(direction) && c.by().equals(by))
                .map(c -> count(counts, c, by.equals("organisation") ? named(stored, c.key()).name() : c.key()))
                .sorted(order).toList();
    }

    /** Per country, in the order of {@code byCountry} (most first), its moves by year. */
    private static Map<String, List<OrganisationReport.Count>> byCountryYear(Counts<Cell> counts, String direction,
            List<OrganisationReport.Count> byCountry, StoredOrganisations stored)
    {
        Map<String, List<OrganisationReport.Count>> years = new LinkedHashMap<>();
        byCountry.forEach(country -> years.put(country.key(), by(counts, direction, YEAR_IN + country.key(), stored)));
        return years;
    }

    private static OrganisationReport.Count count(Counts<Cell> counts, Cell cell, String label)
    {
        Interval interval = counts.interval(cell);
        long count = counts.count(cell);
        return new OrganisationReport.Count(cell.key(), label, count, count == 0 ? 0 : (long) interval.low(), count == 0 ? 0 : (long) interval.high());
    }

    private static double medianCareerAge(List<OrganisationReport.PersonMove> people)
    {
        int[] ages = people.stream().filter(p -> p.direction().equals(ARRIVAL)).mapToInt(OrganisationReport.PersonMove::careerAge).sorted().toArray();
        if (ages.length == 0) {
            return Double.NaN;
        }
        return ages.length % 2 == 1 ? ages[ages.length / 2] : (ages[ages.length / 2 - 1] + ages[ages.length / 2]) / 2.0;
    }
}
