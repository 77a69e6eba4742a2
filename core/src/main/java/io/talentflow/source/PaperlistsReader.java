package io.talentflow.source;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Reads paperlists files (one JSON array of paper objects) one paper at a time, giving one
 * {@link Authorship} per named author. Stateless and safe to share between threads.
 */
public final class PaperlistsReader implements SourceReader
{
    /** The format name in the ledger. */
    public static final String FORMAT = "paperlists";


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
            return ledger.summary(FORMAT, "");
        } catch (IOException | RuntimeException e) {
            return ledger.summary(FORMAT, sourceFile + " breaks at record " + index + ": " + reason(e) + ".");
        }
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
        List<Authorship> authorships = new PaperAuthors(record, venue).build(sourceFile, index, year(record, name));
        if (authorships.isEmpty()) {
            ledger.reject(index, "the paper has no authors");
        } else {
            ledger.ingest(authorships);
        }
    }

    private static String problem(PaperRecord record, SourceName name)
    {
        if (!record.typeError().isEmpty()) {
            return "the " + record.typeError();
        }
        if (!record.has(PaperRecord.Field.AUTHOR)) {
            return "the paper has no author field";
        }
        return year(record, name) == 0 ? "the paper has no usable year (none in the record or the file name)" : "";
    }

    private static int year(PaperRecord record, SourceName name)
    {
        int year = SourceName.parseYear(record.get(PaperRecord.Field.YEAR));
        return year != 0 ? year : name.year();
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
