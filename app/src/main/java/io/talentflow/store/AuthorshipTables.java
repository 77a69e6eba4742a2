package io.talentflow.store;

import io.talentflow.geo.Placement;
import io.talentflow.pipeline.BuildResult;
import io.talentflow.pipeline.Segment;
import io.talentflow.source.Affiliation;
import io.talentflow.source.Authorship;
import io.talentflow.source.IdScheme;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Writes the per-authorship tables: authorships (with the strongest placement), every placement,
 * and identifiers. The authorship id is the index in the build, stable for the same input.
 */
final class AuthorshipTables
{
    private AuthorshipTables() {}

    static void write(DuckDBConnection connection, BuildResult result)
            throws SQLException
    {
        try (DuckDBAppender authorships = appender(connection, "authorships");
                DuckDBAppender placements = appender(connection, "placements");
                DuckDBAppender ids = appender(connection, "author_ids")) {
            for (int i = 0; i < result.authorships().size(); i++) {
                Authorship authorship = result.authorships().get(i);
                List<Placement> placed = result.placements().get(i);
                authorshipRow(authorships.beginRow(), i, authorship, result.researcherIds().get(i), strongest(placed)).endRow();
                writePlacements(placements, i, authorship, placed);
                writeIds(ids, i, authorship.ids());
            }
        }
    }

    static Placement strongest(List<Placement> placements)
    {
        return placements.stream()
                .max(Comparator.comparingDouble(Placement::confidence))
                .orElse(Placement.unknown("unknown:none"));
    }

    private static DuckDBAppender authorshipRow(DuckDBAppender row, int id, Authorship a, String researcherId, Placement placement)
            throws SQLException
    {
        Affiliation first = a.affiliations().isEmpty() ? new Affiliation("", "", "") : a.affiliations().get(0);
        return row.append(id).append(a.sourceFile()).append(a.recordIndex()).append(a.paperId()).append(a.venue())
                .append(Segment.fieldOf(a.venue())).append(a.year()).append(a.title()).append(a.status()).append(a.track())
                .append(a.position()).append(a.name()).append(researcherId)
                .append(placement.country()).append(placement.confidence()).append(placement.basis())
                .append(first.institution().isEmpty() ? first.text() : first.institution())
                .append(a.emailDomain()).append(a.role());
    }

    private static void writePlacements(DuckDBAppender rows, int id, Authorship authorship, List<Placement> placements)
            throws SQLException
    {
        for (int index = 0; index < placements.size(); index++) {
            Affiliation affiliation = index < authorship.affiliations().size()
                    ? authorship.affiliations().get(index)
                    : new Affiliation("", "", "");
            Placement placement = placements.get(index);
            rows.beginRow().append(id).append(index).append(affiliation.text()).append(affiliation.institution())
                    .append(affiliation.sourceCountry()).append(placement.country()).append(placement.confidence())
                    .append(placement.basis()).endRow();
        }
    }

    private static void writeIds(DuckDBAppender rows, int id, Map<IdScheme, String> ids)
            throws SQLException
    {
        for (IdScheme scheme : IdScheme.values()) {
            String value = ids.get(scheme);
            if (value != null) {
                rows.beginRow().append(id).append(scheme.label()).append(value).endRow();
            }
        }
    }

    private static DuckDBAppender appender(DuckDBConnection connection, String table)
            throws SQLException
    {
        return connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table);
    }
}
