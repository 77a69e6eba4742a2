package io.talentflow.store;

import io.talentflow.metrics.OrganisationCount;
import io.talentflow.metrics.OrganisationMeasures;
import io.talentflow.metrics.TableRow;
import io.talentflow.org.OrgName;
import io.talentflow.org.Organisation;
import io.talentflow.org.OrganisationRegistry;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The rows of the organisation tables of a build: the organisations the researchers' years name, with
 * their parents (orgs) and every name of each (org_names, for resolving names later without the
 * registry), the moves into and out of each with their intervals (org_flows), and the headcounts.
 */
final class OrganisationTables
{
    private OrganisationTables() {}

    static Map<String, Consumer<RowSink>> writers(OrganisationMeasures measures, OrganisationRegistry registry)
    {
        Map<String, Organisation> stored = stored(measures, registry);
        Map<String, Consumer<RowSink>> writers = new LinkedHashMap<>();
        writers.put("orgs", table -> stored.values().forEach(o -> table.add(o.id()).add(o.name()).add(o.country()).add(o.type())
                .add(o.parent()).endRow()));
        writers.put("org_names", table -> stored.keySet().forEach(id -> registry.names(id).forEach(name -> nameRow(table, id, name))));
        writers.put("org_flows", table -> measures.flows().forEach(row -> flowRow(table, row)));
        writers.put("org_headcount", table -> measures.headcounts().forEach(count -> headcountRow(table, count)));
        return writers;
    }

    /** The organisations named and their parents, by id. */
    private static Map<String, Organisation> stored(OrganisationMeasures measures, OrganisationRegistry registry)
    {
        Map<String, Organisation> stored = new TreeMap<>();
        measures.referenced().forEach(id -> registry.lineage(id).forEach(o -> stored.putIfAbsent(o.id(), o)));
        return stored;
    }

    private static void nameRow(RowSink table, String id, OrgName name)
    {
        table.add(id).add(name.value()).add(name.kind().label()).endRow();
    }

    private static void flowRow(RowSink table, TableRow row)
    {
        table.add((String) row.key().get(0)).add(((Number) row.key().get(1)).longValue()).add(((Number) row.key().get(2)).longValue())
                .add((String) row.key().get(3)).add((String) row.key().get(4)).add((String) row.key().get(5))
                .add(row.count()).add(row.low()).add(row.high()).add(row.thin()).endRow();
    }

    private static void headcountRow(RowSink table, OrganisationCount count)
    {
        table.add(count.organisation()).add(count.year()).add(count.researchers()).endRow();
    }
}
