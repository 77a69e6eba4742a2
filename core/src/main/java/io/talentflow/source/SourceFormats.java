package io.talentflow.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/** Recognises compression and format from the bytes themselves, never from the file name. */
final class SourceFormats
{
    static final String UNKNOWN = "unknown";
    private static final int BUFFER = 1 << 16;
    private static final int SNIFF = 8192;

    private SourceFormats()
    {
    }

    /** The stream decompressed when it starts with the gzip magic bytes, buffered either way. */
    static BufferedInputStream decompressed(InputStream raw) throws IOException
    {
        BufferedInputStream in = new BufferedInputStream(raw, BUFFER);
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        return b0 == 0x1f && b1 == 0x8b ? new BufferedInputStream(new GZIPInputStream(in, BUFFER), BUFFER) : in;
    }

    /** The format name of a decompressed stream, leaving the stream where it was. */
    static String detect(BufferedInputStream in) throws IOException
    {
        in.mark(SNIFF);
        byte[] head = in.readNBytes(SNIFF);
        in.reset();
        String text = new String(head, StandardCharsets.UTF_8);
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        char first = i < text.length() ? text.charAt(i) : ' ';
        if (first == '[' || first == '{') {
            boolean openAlex = OpenAlexSniffer.looksLikeOpenAlex(head);
            return openAlex ? OpenAlexReader.FORMAT : first == '[' ? PaperlistsReader.FORMAT : UNKNOWN;
        }
        int eol = text.indexOf('\n', i);
        CsvHeader header = CsvHeader.parse(text.substring(i, eol < 0 ? text.length() : eol).toLowerCase(Locale.ROOT));
        if (header.has(MergedIdsReader.HEADER_COLUMN)) {
            return MergedIdsReader.FORMAT;
        }
        return header.has("author_name") ? CsvAuthorshipReader.FORMAT : UNKNOWN;
    }
}
