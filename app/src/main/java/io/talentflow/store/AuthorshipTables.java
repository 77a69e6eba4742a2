package io.talentflow.store;

import io.talentflow.geo.Placement;
import io.talentflow.pipeline.BuildResult;
import io.talentflow.pipeline.Segment;
import io.talentflow.source.Affiliation;
import io.talentflow.source.Authorship;
import io.talentflow.source.IdScheme;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Stages the per-authorship tables: authorships (with the strongest placement), every placement,
 * and identifiers. The authorship id is the index in the build, stable for the same input.
 */
final class AuthorshipTables
{
    private static final Affiliation NONE = new Affiliation("", "", "");

    private AuthorshipTables() {}

    static Map<String, Consumer<BulkTable>> stagers(BuildResult result)
    {
        return Map.of(
                "authorships", table -> forEach(result, (i, authorship) -> authorshipRow(table, i, authorship,
                        result.researcherIds().get(i), strongest(result.placements().get(i)))),
                "placements", table -> forEach(result, (i, authorship) -> placementRows(table, i, authorship, result.placements().get(i))),
                "author_ids", table -> forEach(result, (i, authorship) -> idRows(table, i, authorship.ids())));
    }

    static Placement strongest(List<Placement> placements)
    {
        return placements.stream()
                .max(Comparator.comparingDouble(Placement::confidence))
                .orElse(Placement.unknown("unknown:none"));
    }

    private static void forEach(BuildResult result, IndexedAuthorship action)
    {
        List<Authorship> authorships = result.authorships();
        for (int i = 0; i < authorships.size(); i++) {
            action.accept(i, authorships.get(i));
        }
    }

    private static void authorshipRow(BulkTable table, int id, Authorship a, String researcherId, Placement placement)
    {
        Affiliation first = a.affiliations().isEmpty() ? NONE : a.affiliations().get(0);
        table.add(id).add(a.sourceFile()).add(a.recordIndex()).add(a.paperId()).add(a.venue())
                .add(Segment.fieldOf(a.venue())).add(a.year()).add(a.title()).add(a.status()).add(a.track())
                .add(a.position()).add(a.name()).add(researcherId)
                .add(placement.country()).add(placement.confidence()).add(placement.basis())
                .add(first.institution().isEmpty() ? first.text() : first.institution())
                .add(a.emailDomain()).add(a.role()).endRow();
    }

    private static void placementRows(BulkTable table, int id, Authorship authorship, List<Placement> placements)
    {
        for (int index = 0; index < placements.size(); index++) {
            Affiliation affiliation = index < authorship.affiliations().size() ? authorship.affiliations().get(index) : NONE;
            Placement placement = placements.get(index);
            table.add(id).add(index).add(affiliation.text()).add(affiliation.institution()).add(affiliation.sourceCountry())
                    .add(placement.country()).add(placement.confidence()).add(placement.basis()).endRow();
        }
    }

    private static void idRows(BulkTable table, int id, Map<IdScheme, String> ids)
    {
        for (IdScheme scheme : IdScheme.values()) {
            String value = ids.get(scheme);
            if (value != null) {
                table.add(id).add(scheme.label()).add(value).endRow();
            }
        }
    }

    @FunctionalInterface
    private interface IndexedAuthorship
    {
        void accept(int index, Authorship authorship);
    }
}
