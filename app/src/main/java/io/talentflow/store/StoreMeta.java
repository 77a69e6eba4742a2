package io.talentflow.store;

import io.talentflow.source.Digests;
import io.talentflow.source.SourceSummary;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The {@code meta} table of a build, the same whichever engine ran it and wherever its inputs were
 * read from: how many inputs, and one digest of what they were (each input's name within its
 * source and the digest of its bytes, in input order).
 */
public final class StoreMeta
{
    private StoreMeta() {}

    public static Map<String, String> of(List<SourceSummary> ledger)
    {
        MessageDigest inputs = Digests.sha256();
        ledger.forEach(line -> inputs.update((line.sourceFile() + "\t" + line.sha256() + "\n").getBytes(StandardCharsets.UTF_8)));
        return Map.of("inputs", String.valueOf(ledger.size()), "inputs_sha256", HexFormat.of().formatHex(inputs.digest()),
                "talentflow_version", "0.1.0");
    }
}
