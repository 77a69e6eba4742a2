package io.talentflow.source;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The digest that identifies an input by its bytes, and that researcher ids are hashed with. */
public final class Digests
{
    private Digests() {}

    public static MessageDigest sha256()
    {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
