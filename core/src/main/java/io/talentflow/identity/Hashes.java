package io.talentflow.identity;

import io.talentflow.source.Digests;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/** Short stable hashes for keys and researcher ids. */
final class Hashes
{
    // one digest per thread: looking the algorithm up for every researcher id costs more than the hash
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(Digests::sha256);

    private Hashes()
    {
    }

    /** The first 12 hex characters of the SHA-256 of the UTF-8 text. */
    static String hex12(String text)
    {
        byte[] digest = SHA_256.get().digest(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 6);
    }
}
