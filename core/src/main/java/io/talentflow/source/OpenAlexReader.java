package io.talentflow.source;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads OpenAlex works and authors one record at a time: JSON Lines (the bulk snapshot), API
 * result pages ({@code {"meta":…, "results":[…]}}), a JSON array of records or a single record.
 * Works give one authorship per named author, authors one placement per institution and year;
 * other entities and records outside the selection are counted as left out. Safe to share
 * between threads.
 */
final class OpenAlexReader implements SourceReader
{
    static final String FORMAT = "openalex";

    private static final Set<String> KEEP = Set.of("id", "doi", "title", "display_name", "publication_year", "primary_location",
            "authorships", "concepts", "topics", "primary_topic", "orcid", "affiliations", "x_concepts");
    private static final Set<String> PAGE_KEYS = Set.of("meta", "results", "group_by");
    private static final Map<Character, String> ENTITIES = Map.of('I', "institution", 'S', "source", 'P', "publisher",
            'F', "funder", 'C', "concept", 'T', "topic");

    private final WorkSelection selection;
    private final OpenAlexIds ids;

    OpenAlexReader(WorkSelection selection, OpenAlexIds ids)
    {
        this.selection = selection;
        this.ids = ids;
    }

    @Override
    public String format()
    {
        return FORMAT;
    }

    @Override
    public SourceSummary read(String sourceFile, InputStream in, AuthorshipSink sink)
    {
        Records records = new Records(sourceFile, new Ledger(sourceFile, sink));
        try (JsonParser parser = JsonValues.JSON.createParser(in)) {
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                records.readRoot(t, parser);
            }
            return records.ledger.summary(FORMAT, "");
        } catch (IOException | RuntimeException e) {
            return records.ledger.summary(FORMAT, sourceFile + " breaks at record " + records.index + ": "
                    + PaperlistsReader.reason(e) + ".");
        }
    }

    /** The state of one file: its ledger and the index of the next record. */
    private final class Records
    {
        private final String sourceFile;
        private final Ledger ledger;
        private int index;

        Records(String sourceFile, Ledger ledger)
        {
            this.sourceFile = sourceFile;
            this.ledger = ledger;
        }

        void readRoot(JsonToken token, JsonParser parser) throws IOException
        {
            if (token == JsonToken.START_ARRAY) {
                readArray(parser);
            } else if (token == JsonToken.START_OBJECT && parser.nextToken() == JsonToken.FIELD_NAME
                    && PAGE_KEYS.contains(parser.currentName())) {
                readPage(parser);
            } else {
                readRecord(token, parser);
            }
        }

        private void readPage(JsonParser parser) throws IOException
        {
            JsonToken t = parser.currentToken();
            for (; t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
                boolean results = parser.currentName().equals("results");
                if (parser.nextToken() == JsonToken.START_ARRAY && results) {
                    readArray(parser);
                } else {
                    parser.skipChildren();
                }
            }
            if (t != JsonToken.END_OBJECT) {
                throw new java.io.EOFException("the result page is not closed");
            }
        }

        private void readArray(JsonParser parser) throws IOException
        {
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                if (t == null) {
                    throw new java.io.EOFException("the JSON array is not closed");
                }
                readRecord(t, parser);
            }
        }

        // For a root object the parser is already past START_OBJECT, on its first field.
        private void readRecord(JsonToken token, JsonParser parser) throws IOException
        {
            if (token != JsonToken.START_OBJECT) {
                parser.skipChildren();
                ledger.reject(index++, "the record is " + PaperRecord.describe(token) + ", not a JSON object");
                return;
            }
            Map<String, Object> record = JsonValues.readObject(parser, KEEP);
            String problem = accept(record);
            if (!problem.isEmpty()) {
                ledger.reject(index, problem);
            }
            index++;
        }

        /** Ingests the record, or says why not. */
        private String accept(Map<String, Object> record)
        {
            String id = OpenAlexIds.shortId(JsonValues.text(record, "id"));
            char kind = id.isEmpty() ? (record.containsKey("authorships") ? 'W' : '?') : id.charAt(0);
            return switch (kind) {
                case 'W' -> acceptWork(record, id.isEmpty() ? "#" + index : id);
                case 'A' -> acceptAuthor(record, id);
                case '?' -> "the record has neither an OpenAlex id nor authorships";
                default -> Rejection.OUTSIDE_SELECTION + ": an OpenAlex " + ENTITIES.getOrDefault(kind, "entity")
                        + ", not a work or an author";
            };
        }

        private String acceptWork(Map<String, Object> work, String paperId)
        {
            String problem = OpenAlexWork.problem(work);
            if (!problem.isEmpty()) {
                return problem;
            }
            if (selection == WorkSelection.AI && !AiSelection.isAiWork(work)) {
                return Rejection.OUTSIDE_SELECTION + ": the work has no AI concept, topic or source";
            }
            return ingest(OpenAlexWork.authorships(work, paperId, sourceFile, index, ids, OpenAlexWork.link(work, ledger)),
                    "the work has no named authors");
        }

        private String acceptAuthor(Map<String, Object> author, String authorId)
        {
            String problem = OpenAlexAuthor.problem(author);
            if (!problem.isEmpty()) {
                return problem;
            }
            if (selection == WorkSelection.AI && !AiSelection.isAiAuthor(author)) {
                return Rejection.OUTSIDE_SELECTION + ": the author has no AI concept or topic";
            }
            return ingest(OpenAlexAuthor.placements(author, authorId, sourceFile, index, ids),
                    "the author has no affiliation with an institution and a year");
        }

        private String ingest(List<Authorship> authorships, String whenEmpty)
        {
            if (authorships.isEmpty()) {
                return whenEmpty;
            }
            ledger.ingest(authorships);
            return "";
        }
    }
}
