package io.talentflow.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Checks snapshot part files against the {@code manifest} of their entity folder. Manifests are
 * taken out of the inputs (they hold no records); each part read is checked against its expected
 * record count, and the parts a manifest lists but the inputs lack are summarised on one line.
 */
final class SnapshotChecks
{
    /** The manifest that names a part, and the count it lists (-1: the manifest does not list the part). */
    private record Expected(String manifest, long count) {}

    private static final String MANIFEST = "a snapshot manifest: the record counts it lists are checked against the parts";

    private final Map<String, Expected> byFile = new ConcurrentHashMap<>();

    /**
     * The inputs with each manifest as a skipped line (it holds no records), or as an error line when
     * it is unreadable or lists parts the inputs lack.
     */
    List<SourceInput> register(List<SourceInput> inputs, Inputs.Opener opener)
    {
        Set<String> present = inputs.stream().filter(i -> !isManifest(i) && !i.remote())
                .map(i -> SnapshotManifest.key(Path.of(i.name()))).collect(Collectors.toSet());
        List<SourceInput> out = new ArrayList<>();
        for (SourceInput input : inputs) {
            if (!isManifest(input)) {
                out.add(input);
                continue;
            }
            String absent = registerManifest(input, opener, present, inputs);
            out.add(absent.isEmpty() ? input.skippedBecause(MANIFEST) : new SourceInput(input.name(), false, absent, "", input.label()));
        }
        return out;
    }

    private static boolean isManifest(SourceInput input)
    {
        return !input.remote() && input.error().isEmpty() && input.skipped().isEmpty()
                && Path.of(input.name()).getFileName().toString().equals(SnapshotManifest.FILE_NAME);
    }

    private String registerManifest(SourceInput input, Inputs.Opener opener, Set<String> present, List<SourceInput> inputs)
    {
        String name = input.name();
        SnapshotManifest manifest;
        try {
            manifest = SnapshotManifest.read(Path.of(name), opener.open(name));
        } catch (IOException | RuntimeException e) {
            return input.label() + " is not a snapshot manifest: " + PaperlistsReader.reason(e) + ".";
        }
        long absentParts = 0;
        long absentRecords = 0;
        for (Map.Entry<String, Long> part : manifest.counts().entrySet()) {
            if (present.contains(part.getKey())) {
                byFile.put(part.getKey(), new Expected(input.label(), part.getValue()));
            } else {
                absentParts++;
                absentRecords += part.getValue();
            }
        }
        inputs.stream().filter(i -> !i.remote() && i.error().isEmpty() && manifest.covers(i.name()) && !isManifest(i))
                .map(i -> SnapshotManifest.key(Path.of(i.name())))
                .forEach(key -> byFile.putIfAbsent(key, new Expected(input.label(), -1)));
        return absentParts == 0 ? "" : String.format("%s lists %,d parts (%,d records) that are not among the inputs"
                + " (the inputs hold %,d of its %,d parts).", input.label(), absentParts, absentRecords,
                manifest.counts().size() - absentParts, manifest.counts().size());
    }

    /** The summary of the part read from {@code name} with a sentence added when its record count differs from its manifest. */
    SourceSummary check(String name, SourceSummary summary)
    {
        Expected expected = byFile.get(SnapshotManifest.key(Path.of(name)));
        if (expected == null || expected.count() == summary.recordsRead()) {
            return summary;
        }
        String problem = expected.count() < 0
                ? String.format("%s is not listed in %s, so its record count cannot be checked.", summary.sourceFile(), expected.manifest())
                : String.format("%s has %,d records but %s lists %,d.", summary.sourceFile(), summary.recordsRead(),
                        expected.manifest(), expected.count());
        return summary.withError(summary.error().isEmpty() ? problem : summary.error() + " " + problem);
    }
}
