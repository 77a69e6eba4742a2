package io.talentflow.metrics;

import io.talentflow.career.CareerMeasures;
import io.talentflow.career.OrganisationYear;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.TreeMap;

import static java.util.Objects.requireNonNull;

/**
 * What the build says about organisations over all researchers: the moves into and out of each
 * (see {@link OrganisationFlowTable}, with bootstrap intervals over researchers as for every count)
 * and its headcount by year.
 *
 * @param flows key: organisation, first_year, last_year, direction, partner_kind, partner
 * @param headcounts per organisation and year, the researchers whose main organisation it was
 * @param referenced every organisation a researcher's year names (main or concurrent), sorted
 */
public record OrganisationMeasures(List<TableRow> flows, List<OrganisationCount> headcounts, List<String> referenced)
{
    public static final OrganisationMeasures NONE = new OrganisationMeasures(List.of(), List.of(), List.of());

    public OrganisationMeasures
    {
        flows = List.copyOf(requireNonNull(flows, "flows is null"));
        headcounts = List.copyOf(requireNonNull(headcounts, "headcounts is null"));
        referenced = List.copyOf(requireNonNull(referenced, "referenced is null"));
    }

    /** The measures of {@code researchers} (any order: the bootstrap orders them by id). */
    public static OrganisationMeasures compute(List<CareerMeasures> researchers, Bootstrap bootstrap)
    {
        NetFlowTable.Span span = NetFlowTable.Span.of(researchers);
        Tally<OrganisationFlowTable.Cell> tally = new Tally<>();
        Map<String, Map<Integer, Long>> counts = new TreeMap<>();
        Set<String> referenced = new TreeSet<>();
        for (CareerMeasures measures : researchers) {
            List<OrganisationFlowTable.Cell> cells = new ArrayList<>();
            OrganisationFlowTable.add(measures, span, cells);
            tally.add(measures.researcherId(), cells);
            for (OrganisationYear year : measures.organisationYears()) {
                counts.computeIfAbsent(year.main(), o -> new TreeMap<>()).merge(year.year(), 1L, Long::sum);
                referenced.add(year.main());
                referenced.addAll(year.concurrent());
            }
        }
        List<OrganisationCount> headcounts = new ArrayList<>();
        counts.forEach((organisation, years) -> years.forEach((year, n) -> headcounts.add(new OrganisationCount(organisation, year, n))));
        return new OrganisationMeasures(OrganisationFlowTable.rows(tally.count(researchers.size(), bootstrap)), headcounts,
                List.copyOf(referenced));
    }
}
