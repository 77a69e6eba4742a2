package io.talentflow.pipeline;

import io.talentflow.career.Career;
import io.talentflow.career.CareerMeasures;
import io.talentflow.geo.Placement;
import io.talentflow.metrics.Flow;
import io.talentflow.metrics.OrganisationMeasures;
import io.talentflow.metrics.SegmentTables;
import io.talentflow.metrics.Stock;
import io.talentflow.source.Authorship;
import io.talentflow.source.Rejection;
import io.talentflow.source.SourceSummary;

import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * Everything one build produced, aligned by index where lists run in parallel: the i-th authorship
 * has the i-th placements, the i-th organisations (one per affiliation) and the i-th researcher id.
 *
 * @param careerMeasures one per career, in the same order
 * @param flows flows by segment (see {@link Segment}); the whole corpus is {@link Segment#ALL}
 * @param tables the analytics tables by segment
 * @param organisationMeasures moves between organisations and headcounts
 */
public record BuildResult(
        List<SourceSummary> ledger,
        List<Rejection> rejections,
        List<Authorship> authorships,
        List<List<Placement>> placements,
        List<List<String>> organisations,
        List<String> researcherIds,
        List<Career> careers,
        List<CareerMeasures> careerMeasures,
        Map<Segment, List<Flow>> flows,
        Map<Segment, SegmentTables> tables,
        List<Stock> stocks,
        OrganisationMeasures organisationMeasures)
{
    public BuildResult
    {
        ledger = List.copyOf(requireNonNull(ledger, "ledger is null"));
        rejections = List.copyOf(requireNonNull(rejections, "rejections is null"));
        requireNonNull(authorships, "authorships is null");
        requireNonNull(placements, "placements is null");
        requireNonNull(researcherIds, "researcherIds is null");
        requireNonNull(organisations, "organisations is null");
        if (placements.size() != authorships.size() || organisations.size() != authorships.size() || researcherIds.size() != authorships.size()) {
            throw new IllegalArgumentException("placements, organisations and researcher ids must align with authorships");
        }
        careers = List.copyOf(requireNonNull(careers, "careers is null"));
        careerMeasures = List.copyOf(requireNonNull(careerMeasures, "careerMeasures is null"));
        if (careerMeasures.size() != careers.size()) {
            throw new IllegalArgumentException("career measures must align with careers");
        }
        flows = Map.copyOf(requireNonNull(flows, "flows is null"));
        tables = Map.copyOf(requireNonNull(tables, "tables is null"));
        stocks = List.copyOf(requireNonNull(stocks, "stocks is null"));
        requireNonNull(organisationMeasures, "organisationMeasures is null");
    }

    /** The result of a build from its summary and its authorships in id order. */
    static BuildResult of(BuildSummary summary, List<Rejection> rejections, List<AuthorshipOutcome> authorships,
            List<CareerMeasures> researchers)
    {
        return new BuildResult(summary.ledger(), rejections,
                authorships.stream().map(outcome -> outcome.placed().authorship()).toList(),
                authorships.stream().map(outcome -> outcome.placed().placements()).toList(),
                authorships.stream().map(outcome -> outcome.placed().organisations()).toList(),
                authorships.stream().map(AuthorshipOutcome::researcherId).toList(),
                researchers.stream().map(CareerMeasures::career).toList(),
                researchers,
                summary.measures().flows(), summary.measures().tables(), summary.measures().stocks(), summary.measures().organisations());
    }

    /** The analytics of this build. */
    public Measures measures()
    {
        return new Measures(flows, tables, stocks, organisationMeasures);
    }
}
