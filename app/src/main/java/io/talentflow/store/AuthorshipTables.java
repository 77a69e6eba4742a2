package io.talentflow.store;

import io.talentflow.geo.PaperSets;
import io.talentflow.geo.Placement;
import io.talentflow.pipeline.AuthorshipOutcome;
import io.talentflow.pipeline.Segment;
import io.talentflow.source.Affiliation;
import io.talentflow.source.Authorship;
import io.talentflow.source.IdScheme;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The rows of the per-authorship tables: authorships (with the strongest placement), every placement,
 * and identifiers, keyed by the authorship id (its number in input order, stable for the same input).
 */
final class AuthorshipTables
{
    private static final Affiliation NONE = new Affiliation("", "", "");

    private AuthorshipTables() {}

    /** Writers by table name. */
    static Map<String, BiConsumer<RowSink, AuthorshipOutcome>> writers()
    {
        return Map.of(
                "authorships", AuthorshipTables::authorshipRow,
                "placements", AuthorshipTables::placementRows,
                "author_ids", AuthorshipTables::idRows);
    }

    static Placement strongest(List<Placement> placements)
    {
        return placements.stream()
                .max(Comparator.comparingDouble(Placement::confidence))
                .orElse(Placement.unknown("unknown:none"));
    }

    private static void authorshipRow(RowSink table, AuthorshipOutcome outcome)
    {
        Authorship a = outcome.placed().authorship();
        Placement placement = strongest(outcome.placed().placements());
        Affiliation first = a.affiliations().isEmpty() ? NONE : a.affiliations().get(0);
        table.add(outcome.id()).add(a.sourceFile()).add(a.recordIndex()).add(a.paperId()).add(a.venue())
                .add(Segment.fieldOf(a.venue())).add(a.year()).add(a.title()).add(a.status()).add(a.track())
                .add(a.position()).add(a.name()).add(outcome.researcherId())
                .add(placement.country()).add(placement.confidence()).add(placement.basis())
                .add(first.institution().isEmpty() ? first.text() : first.institution())
                .add(a.emailDomain()).add(a.role()).add(a.url()).endRow();
    }

    private static void placementRows(RowSink table, AuthorshipOutcome outcome)
    {
        Authorship authorship = outcome.placed().authorship();
        List<Placement> placements = outcome.placed().placements();
        for (int index = 0; index < placements.size(); index++) {
            Placement placement = placements.get(index);
            Affiliation affiliation = index < authorship.affiliations().size() ? authorship.affiliations().get(index)
                    : PaperSets.fromSet(placement) ? paperSet(authorship) : NONE;
            table.add(outcome.id()).add(index).add(affiliation.text()).add(affiliation.institution()).add(affiliation.sourceCountry())
                    .add(placement.country()).add(placement.confidence()).add(placement.basis()).add(outcome.placed().organisation(index))
                    .endRow();
        }
    }

    /** A placement from the paper's set of affiliations shows the set as the source gave it. */
    private static Affiliation paperSet(Authorship authorship)
    {
        return new Affiliation(String.join("; ", authorship.paperAffiliations().stream().map(Affiliation::text).toList()), "", "");
    }

    private static void idRows(RowSink table, AuthorshipOutcome outcome)
    {
        Map<IdScheme, String> ids = outcome.placed().authorship().ids();
        for (IdScheme scheme : IdScheme.values()) {
            String value = ids.get(scheme);
            if (value != null) {
                table.add(outcome.id()).add(scheme.label()).add(value).endRow();
            }
        }
    }
}
