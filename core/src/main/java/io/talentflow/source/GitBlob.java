package io.talentflow.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Git's blob hash of a file: SHA-1 of {@code "blob " + length + "\0" + bytes}, as git trees list it. */
public final class GitBlob
{
    private GitBlob() {}

    public static String sha(Path file) throws IOException
    {
        MessageDigest digest = sha1();
        digest.update(("blob " + Files.size(file) + "\0").getBytes(StandardCharsets.US_ASCII));
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The file's blob hash, or "" when it does not exist or cannot be read. */
    static String shaOrEmpty(Path file)
    {
        try {
            return Files.isRegularFile(file) ? sha(file) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static MessageDigest sha1()
    {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-1", e);
        }
    }
}
