package io.talentflow.store;

import java.util.List;
import java.util.Map;

/** The {@code meta} table of a build, the same whichever engine ran it. */
public final class StoreMeta
{
    private StoreMeta() {}

    public static Map<String, String> of(List<String> sources)
    {
        return Map.of("sources", String.join(" ", sources), "talentflow_version", "0.1.0", "input_digest", InputDigest.of(sources));
    }
}
