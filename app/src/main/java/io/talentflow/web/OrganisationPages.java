package io.talentflow.web;

import io.talentflow.output.OrganisationView;
import io.talentflow.store.OrganisationReport;
import io.talentflow.store.OrganisationReports;
import io.talentflow.store.StoredOrganisations;

import java.sql.Connection;
import java.util.Map;

/**
 * {@code /api/orgs}: without {@code q}, the organisations of the store, most researchers first; with
 * {@code q}, the report on the organisation it names (as {@code org --json}), or its candidates when
 * it names several. The store's organisations are read once, on first use.
 */
final class OrganisationPages
{
    private static final String LIST = """
            SELECT o.organisation_id AS id, o.name, o.country, o.type, o.parent, count(DISTINCT t.researcher_id) AS researchers
            FROM orgs o LEFT JOIN timeline t ON t.organisation = o.organisation_id
            GROUP BY o.organisation_id, o.name, o.country, o.type, o.parent
            ORDER BY researchers DESC, id""";

    private StoredOrganisations stored;

    Map<String, Object> list(Connection connection, PageRequest page)
    {
        return Pages.of(connection, "organisations", page, LIST);
    }

    Object report(Connection connection, String query, Filter years)
    {
        StoredOrganisations organisations = stored(connection);
        StoredOrganisations.Match match = organisations.find(query);
        if (!match.candidates().isEmpty()) {
            return OrganisationView.candidates(query, match.candidates());
        }
        var organisation = match.organisation().orElseThrow(() -> ApiException.notFound("No organisation in this store is named '"
                + (query.length() > 60 ? query.substring(0, 60) + "..." : query) + "'."));
        OrganisationReport report = OrganisationReports.report(connection, organisations, organisation, years.since(), years.until());
        return OrganisationView.report(query, report);
    }

    private synchronized StoredOrganisations stored(Connection connection)
    {
        if (stored == null) {
            stored = StoredOrganisations.read(connection);
        }
        return stored;
    }
}
