package io.talentflow.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.talentflow.org.Organisation;
import io.talentflow.store.OrganisationReport;
import io.talentflow.store.StoredOrganisations;

import java.util.List;

/** The JSON shape of {@code org --json} and {@code /api/orgs} (docs/API.md). */
public final class OrganisationView
{
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private OrganisationView() {}

    /** The report on one organisation. */
    public static ObjectNode report(String query, OrganisationReport report)
    {
        ObjectNode root = MAPPER.createObjectNode().put("query", query);
        root.set("organisation", organisation(report.organisation()));
        ArrayNode parents = root.putArray("parents");
        report.parents().forEach(p -> parents.add(organisation(p)));
        root.put("since", report.since()).put("until", report.until());
        ArrayNode headcount = root.putArray("headcount");
        report.headcount().forEach(y -> headcount.addObject().put("year", y.year()).put("researchers", y.researchers()));
        root.set("arrivals", side(report.arrivals(), true).put("median_career_age", median(report.medianCareerAge())));
        root.set("departures", side(report.departures(), false));
        ArrayNode people = root.putArray("people");
        report.people().forEach(p -> people.add(person(p)));
        return root;
    }

    /** The organisations a query may mean, most researchers first. */
    public static ObjectNode candidates(String query, List<StoredOrganisations.Candidate> candidates)
    {
        ObjectNode root = MAPPER.createObjectNode().put("query", query);
        ArrayNode list = root.putArray("candidates");
        candidates.forEach(c -> list.add(organisation(c.organisation()).put("researchers", c.researchers())));
        return root;
    }

    /** One organisation: id, name, country, type, parent. */
    public static ObjectNode organisation(Organisation o)
    {
        return MAPPER.createObjectNode().put("id", o.id()).put("name", o.name()).put("country", o.country()).put("type", o.type())
                .put("parent", o.parent());
    }

    private static ObjectNode side(OrganisationReport.Side side, boolean arrivals)
    {
        ObjectNode node = MAPPER.createObjectNode();
        node.set("total", count(side.total()));
        node.set("by_year", counts(side.byYear(), "year"));
        if (arrivals) {
            node.set("by_kind", counts(side.byKind(), "kind"));
        }
        node.set("by_country", counts(side.byCountry(), "country"));
        ArrayNode byCountryYear = node.putArray("by_country_year");
        side.byCountryYear().forEach((country, years) -> years.forEach(c -> byCountryYear.add(count(c).put("country", country)
                .put("year", Integer.parseInt(c.key())))));
        ArrayNode organisations = node.putArray("by_organisation");
        side.byOrganisation().forEach(c -> organisations.add(count(c).put("id", c.key()).put("name", c.label())));
        return node;
    }

    private static ArrayNode counts(List<OrganisationReport.Count> counts, String key)
    {
        ArrayNode list = MAPPER.createArrayNode();
        counts.forEach(c -> {
            ObjectNode node = count(c);
            if (key.equals("year")) {
                node.put(key, Integer.parseInt(c.key()));
            }
            else {
                node.put(key, c.key());
            }
            list.add(node);
        });
        return list;
    }

    private static ObjectNode count(OrganisationReport.Count c)
    {
        return MAPPER.createObjectNode().put("count", c.count()).put("low", c.low()).put("high", c.high());
    }

    private static ObjectNode person(OrganisationReport.PersonMove p)
    {
        ObjectNode node = MAPPER.createObjectNode().put("researcher_id", p.researcherId()).put("name", p.name()).put("year", p.year())
                .put("direction", p.direction());
        node.set("from", MAPPER.createObjectNode().put("id", p.from().id()).put("name", p.from().name()));
        node.put("from_country", p.fromCountry());
        node.set("to", MAPPER.createObjectNode().put("id", p.to().id()).put("name", p.to().name()));
        return node.put("to_country", p.toCountry()).put("kind", p.kind()).put("career_age", p.careerAge());
    }

    private static Double median(double value)
    {
        return Double.isNaN(value) ? null : value;
    }
}
