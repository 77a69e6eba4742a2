package io.talentflow.source;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.zip.ZipException;

/**
 * Reads paperlists files (one JSON array of paper objects) one paper at a time, giving one
 * {@link Authorship} per named author. Stateless and safe to share between threads.
 */
public final class PaperlistsReader implements SourceReader
{
    /** The format name in the ledger. */
    public static final String FORMAT = "paperlists";
    /** The ledger note counting rejected and withdrawn submissions that were kept as evidence. */
    static final String NOT_ACCEPTED = "papers not accepted (rejected or withdrawn), kept as evidence";

    @Override
    public String format()
    {
        return FORMAT;
    }

    @Override
    public SourceSummary read(String sourceFile, InputStream in, AuthorshipSink sink)
    {
        Ledger ledger = new Ledger(sourceFile, sink);
        SourceName name = SourceName.of(sourceFile);
        int index = 0;
        try (JsonParser parser = JsonValues.JSON.createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_ARRAY) {
                return ledger.summary(FORMAT, sourceFile + " is not a JSON array of papers.");
            }
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken(), index++) {
                readRecord(t, parser, index, name, ledger, sourceFile);
            }
            return ledger.summary(FORMAT, afterTheArray(parser, sourceFile));
        } catch (ZipException e) {
            return ledger.summary(FORMAT, damaged(sourceFile, e));
        } catch (IOException | RuntimeException e) {
            return ledger.summary(FORMAT, sourceFile + " breaks at record " + index + ": " + reason(e) + ".");
        }
    }

    /**
     * "" when nothing but white space follows the array. Reading to the end also makes a gzip stream
     * check its trailer, so a damaged file is an error even when its JSON looks complete.
     */
    private static String afterTheArray(JsonParser parser, String sourceFile) throws IOException
    {
        try {
            return parser.nextToken() == null ? "" : sourceFile + " has more data after the end of its JSON array.";
        } catch (JsonProcessingException e) {
            return sourceFile + " has more data after the end of its JSON array: " + reason(e) + ".";
        }
    }

    static String damaged(String sourceFile, ZipException e)
    {
        return sourceFile + " is damaged: its gzip data fail their check (" + reason(e) + ").";
    }

    private static void readRecord(JsonToken token, JsonParser parser, int index, SourceName name,
                                   Ledger ledger, String sourceFile) throws IOException
    {
        if (token == null) {
            throw new java.io.EOFException("the JSON array is not closed");
        }
        if (token != JsonToken.START_OBJECT) {
            parser.skipChildren();
            ledger.reject(index, "the record is " + PaperRecord.describe(token) + ", not a JSON object");
            return;
        }
        PaperRecord record = PaperRecord.read(parser);
        String problem = problem(record, name);
        if (!problem.isEmpty()) {
            ledger.reject(index, problem);
            return;
        }
        String venue = record.has(PaperRecord.Field.VENUE)
                ? record.get(PaperRecord.Field.VENUE).trim().toLowerCase(java.util.Locale.ROOT) : name.venue();
        List<Authorship> authorships = new PaperAuthors(record, authors(record), venue, ledger)
                .build(sourceFile, index, year(record, name));
        if (authorships.isEmpty()) {
            ledger.reject(index, Rejection.AUTHORS_NOT_PUBLIC + " (the author list is empty)");
            return;
        }
        ledger.ingest(authorships);
        ledger.note(NOT_ACCEPTED, authorships.get(0).accepted() ? 0 : 1);
    }

    private static String problem(PaperRecord record, SourceName name)
    {
        if (!record.typeError().isEmpty()) {
            return "the " + record.typeError();
        }
        if (!record.has(PaperRecord.Field.AUTHOR) && !record.has(PaperRecord.Field.AUTHORS)) {
            return "the paper has no author field";
        }
        return year(record, name) == 0 ? "the paper has no usable year (none in the record or the file name)" : "";
    }

    private static int year(PaperRecord record, SourceName name)
    {
        int year = SourceName.parseYear(record.get(PaperRecord.Field.YEAR));
        return year != 0 ? year : name.year();
    }

    /** The author list: {@code author}, or {@code authors} where a file names the field so (ICLR 2023, NeurIPS 2022-2023). */
    private static String authors(PaperRecord record)
    {
        String author = record.get(PaperRecord.Field.AUTHOR);
        return author.isBlank() && record.has(PaperRecord.Field.AUTHORS) ? record.get(PaperRecord.Field.AUTHORS) : author;
    }

    /** A short phrase for a parse failure: Jackson's message without its location block. */
    static String reason(Exception e)
    {
        String message = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        if (message == null || message.isBlank()) {
            message = e.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        String line = (newline < 0 ? message : message.substring(0, newline)).trim();
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }
}
