package io.talentflow.org;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Joins the ROR records and the project's own table into one registry: a row of the own table that
 * names a ROR record in the dump corrects that record (its name, country, type and parent, plus its
 * names and domains); the others stand under their tf: ids. A company whose children are located in
 * several countries is a multinational and loses its country. Parent links to records missing from
 * the dump are dropped and counted.
 */
final class RegistryMerge
{
    private static final int EXAMPLES = 3;

    private RegistryMerge() {}

    static OrganisationRegistry merge(Optional<RorDump> dump, List<OwnTable.Row> own)
    {
        Map<String, RegistryEntry> byId = new LinkedHashMap<>();
        dump.ifPresent(d -> d.entries().forEach(e -> byId.putIfAbsent(e.id(), e)));
        Map<String, String> ownIds = ownIds(own, byId);
        int merged = 0;
        for (OwnTable.Row row : own) {
            RegistryEntry ror = row.ror().isEmpty() ? null : byId.get(row.ror());
            RegistryEntry entry = ror == null ? withParents(row.entry(), mapped(row.entry().parents(), ownIds)) : correct(ror, row.entry(), ownIds);
            merged += ror == null ? 0 : 1;
            byId.put(entry.id(), entry);
        }
        Set<String> fixed = new HashSet<>(ownIds.values());
        List<String> problems = new ArrayList<>(dump.map(RorDump::problems).orElse(List.of()));
        List<RegistryEntry> entries = unplaceMultinationals(checkParents(byId, problems), fixed);
        return new OrganisationRegistry(entries, problems, summary(dump, own.size(), merged, entries.size()));
    }

    /** Where each tf: id ends up: the ROR id of the same organisation when the dump has it. */
    private static Map<String, String> ownIds(List<OwnTable.Row> own, Map<String, RegistryEntry> ror)
    {
        Map<String, String> ids = new HashMap<>();
        own.forEach(row -> ids.put(row.entry().id(), ror.containsKey(row.ror()) ? row.ror() : row.entry().id()));
        return ids;
    }

    private static RegistryEntry correct(RegistryEntry ror, RegistryEntry own, Map<String, String> ownIds)
    {
        List<OrgName> names = new ArrayList<>(List.of(own.names().get(0)));
        ror.names().forEach(n -> names.add(n.kind() == OrgName.Kind.DISPLAY ? new OrgName(n.value(), OrgName.Kind.LABEL) : n));
        names.addAll(own.names().subList(1, own.names().size()));
        List<String> domains = new ArrayList<>(ror.domains());
        own.domains().stream().filter(d -> !domains.contains(d)).forEach(domains::add);
        boolean samePlace = own.countries().equals(List.of(ror.country()));
        List<String> cities = samePlace && !ror.cities().isEmpty() ? ror.cities() : own.cities();
        List<String> parents = own.parents().isEmpty() ? ror.parents() : mapped(own.parents(), ownIds);
        return new RegistryEntry(ror.id(), names, own.type(), domains, own.countries(), cities, parents, ror.active());
    }

    private static List<String> mapped(List<String> ids, Map<String, String> ownIds)
    {
        return ids.stream().map(id -> ownIds.getOrDefault(id, id)).toList();
    }

    private static RegistryEntry withParents(RegistryEntry e, List<String> parents)
    {
        return new RegistryEntry(e.id(), e.names(), e.type(), e.domains(), e.countries(), e.cities(), parents, e.active());
    }

    private static List<RegistryEntry> checkParents(Map<String, RegistryEntry> byId, List<String> problems)
    {
        List<RegistryEntry> out = new ArrayList<>(byId.size());
        List<String> examples = new ArrayList<>();
        int missing = 0;
        for (RegistryEntry e : byId.values()) {
            List<String> known = e.parents().stream().filter(byId::containsKey).toList();
            if (known.size() < e.parents().size() && examples.size() < EXAMPLES) {
                examples.add(e.id() + " names " + e.parents().stream().filter(p -> !byId.containsKey(p)).findFirst().orElseThrow());
            }
            missing += e.parents().size() - known.size();
            out.add(known.size() == e.parents().size() ? e : withParents(e, known));
        }
        if (missing > 0) {
            problems.add(String.format("%,d parent relations name records missing from the dump and were ignored (%s).", missing,
                    String.join("; ", examples)));
        }
        return out;
    }

    /** Companies with children in several countries lose their country, unless the own table sets it. */
    private static List<RegistryEntry> unplaceMultinationals(List<RegistryEntry> entries, Set<String> fixed)
    {
        Map<String, Set<String>> childCountries = new HashMap<>();
        for (RegistryEntry e : entries) {
            String country = e.country();
            e.parents().forEach(p -> childCountries.computeIfAbsent(p, k -> new HashSet<>()).add(country));
        }
        List<RegistryEntry> out = new ArrayList<>(entries.size());
        for (RegistryEntry e : entries) {
            Set<String> abroad = new HashSet<>(childCountries.getOrDefault(e.id(), Set.of()));
            abroad.remove(e.country());
            abroad.remove("");
            boolean multinational = e.type().equals("company") && abroad.size() >= 2 && !fixed.contains(e.id());
            out.add(multinational ? new RegistryEntry(e.id(), e.names(), e.type(), e.domains(), List.of(), List.of(), e.parents(), e.active()) : e);
        }
        return out;
    }

    private static String summary(Optional<RorDump> dump, int own, int merged, int total)
    {
        String ownPart = String.format("the project's own table (%,d rows, %,d of them correcting ROR records)", own, merged);
        return dump.map(d -> String.format("%,d organisations from the ROR dump %s (%,d withdrawn records left out, %,d skipped) and %s.",
                total, d.file(), d.withdrawn(), d.skipped(), ownPart))
                .orElse(String.format("%,d organisations from %s only: no ROR dump was given.", total, ownPart));
    }
}
