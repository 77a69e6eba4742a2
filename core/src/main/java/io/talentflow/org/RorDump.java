package io.talentflow.org;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * The usable records of a ROR data dump and what was wrong with the rest.
 *
 * @param file the dump's file name and the JSON file read inside it ("v1.59-2025-01-23-ror-data.zip:...json")
 * @param entries usable records, withdrawn ones left out
 * @param withdrawn records ROR marks as withdrawn, left out
 * @param skipped records without an id or names, or not records at all
 * @param problems one sentence per kind of problem, naming the file and a record
 */
record RorDump(String file, List<RegistryEntry> entries, int withdrawn, int skipped, List<String> problems)
{
    RorDump
    {
        requireNonNull(file, "file is null");
        entries = List.copyOf(requireNonNull(entries, "entries is null"));
        problems = List.copyOf(requireNonNull(problems, "problems is null"));
    }
}
