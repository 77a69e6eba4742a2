package io.talentflow.identity;

import io.talentflow.source.Authorship;
import io.talentflow.source.SourceSummary;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * What each input of a build is: its name within its source and a digest of its bytes. Researcher
 * ids hash an authorship's place in what it came from ({@link #key}), so they, and the bootstrap
 * draws that follow them, are the same for the same files wherever they are read from, and change
 * when a file's contents do.
 */
public final class SourceIdentities
        implements Serializable
{
    /** For work where ids only group (evaluation): an authorship's place in its file is its key. */
    public static final SourceIdentities NONE = new SourceIdentities(Map.of());

    private static final long serialVersionUID = 1L;
    private static final int DIGEST_CHARACTERS = 16;

    /** Digest prefix by input label. */
    private final Map<String, String> digests;

    private SourceIdentities(Map<String, String> digests)
    {
        this.digests = requireNonNull(digests, "digests is null");
    }

    /** The identities of the inputs of a ledger. */
    public static SourceIdentities of(List<SourceSummary> ledger)
    {
        Map<String, String> digests = new HashMap<>();
        for (SourceSummary line : ledger) {
            if (!line.sha256().isEmpty()) {
                digests.put(line.sourceFile(), line.sha256().substring(0, Math.min(DIGEST_CHARACTERS, line.sha256().length())));
            }
        }
        return new SourceIdentities(digests);
    }

    /** "label@digest#record#position": where the authorship sits in what its input is. */
    String key(Authorship authorship)
    {
        String digest = digests.get(authorship.sourceFile());
        return digest == null ? authorship.key()
                : authorship.sourceFile() + "@" + digest + "#" + authorship.recordIndex() + "#" + authorship.position();
    }
}
