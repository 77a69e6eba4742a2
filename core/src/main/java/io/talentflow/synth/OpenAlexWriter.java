package io.talentflow.synth;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * OpenAlex works in the bulk snapshot layout: {@code works/updated_date=2025-01-01/part_NNN.gz}, one
 * part per publication year, one work per line, and {@code works/manifest} with each part's record
 * count. Institutions are what OpenAlex would match: the lab's own entity with its country, but the
 * headquarters entity for a text naming the company alone, and none when the text is missing.
 */
final class OpenAlexWriter
        implements CorpusWriter
{
    static final String PARTS = "works/updated_date=2025-01-01/";
    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final Map<String, String> HEADQUARTERS = Map.of(
            "United States", "US", "China", "CN", "United Kingdom", "GB", "South Korea", "KR");

    private final Path corpus;
    private final List<String> manifest = new ArrayList<>();
    private JsonGenerator part;
    private String partFile;
    private long records;
    private long nextWork = 4_000_000_000L;
    private long totalRecords;
    private long totalBytes;

    OpenAlexWriter(Path corpus)
    {
        this.corpus = corpus;
    }

    @Override
    public Location write(Paper paper)
            throws IOException
    {
        if (part == null) {
            partFile = PARTS + String.format("part_%03d.gz", paper.year() - Population.FIRST_YEAR);
            part = JSON.createGenerator(CorpusWriter.gzip(corpus.resolve(partFile)));
            records = 0;
        }
        String id = "W" + nextWork++;
        work(part, "https://openalex.org/" + id, paper);
        part.writeRaw('\n');
        records++;
        return new Location(partFile, id); // the reader's paper id is the short one
    }

    private static void work(JsonGenerator json, String id, Paper paper)
            throws IOException
    {
        json.writeStartObject();
        json.writeStringField("id", id);
        json.writeStringField("title", paper.title());
        json.writeStringField("display_name", paper.title());
        json.writeNumberField("publication_year", paper.year());
        json.writeStringField("type", "article");
        json.writeObjectFieldStart("primary_location");
        json.writeObjectFieldStart("source");
        json.writeStringField("id", "https://openalex.org/S" + (4_300_000_000L + Venues.all().indexOf(paper.venue())));
        json.writeStringField("display_name", Venues.displayName(paper.venue()));
        json.writeStringField("type", "conference");
        json.writeEndObject();
        json.writeEndObject();
        // every synthetic work is AI: the reader's default selection keeps works by topic, as OpenAlex tags them
        json.writeObjectFieldStart("primary_topic");
        json.writeStringField("display_name", "Artificial Intelligence");
        json.writeObjectFieldStart("subfield");
        json.writeStringField("id", "https://openalex.org/subfields/1702");
        json.writeStringField("display_name", "Artificial Intelligence");
        json.writeEndObject();
        json.writeEndObject();
        json.writeArrayFieldStart("authorships");
        for (int i = 0; i < paper.authors().size(); i++) {
            authorship(json, paper.authors().get(i), i == 0 ? "first" : i == paper.authors().size() - 1 ? "last" : "middle", paper.year());
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void authorship(JsonGenerator json, Paper.Author author, String position, int year)
            throws IOException
    {
        json.writeStartObject();
        json.writeStringField("author_position", position);
        json.writeObjectFieldStart("author");
        json.writeStringField("id", "https://openalex.org/A" + author.person().openAlexId(year));
        json.writeStringField("display_name", author.person().name().canonical());
        json.writeStringField("orcid", author.person().orcid().isEmpty() ? null : "https://orcid.org/" + author.person().orcid());
        json.writeEndObject();
        json.writeArrayFieldStart("institutions");
        for (Paper.Written w : author.affiliations()) {
            institution(json, w);
        }
        json.writeEndArray();
        json.writeStringField("raw_author_name", author.name());
        json.writeArrayFieldStart("raw_affiliation_strings");
        for (Paper.Written w : author.affiliations()) {
            json.writeString(w.text());
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void institution(JsonGenerator json, Paper.Written w)
            throws IOException
    {
        Institution inst = w.institution();
        String country = w.bare() ? HEADQUARTERS.getOrDefault(inst.sourceCountry(), inst.country()) : inst.country();
        json.writeStartObject();
        json.writeStringField("id", "https://openalex.org/I" + (4_200_000_000L + inst.index() * 2L + (w.bare() ? 1 : 0)));
        json.writeStringField("display_name", inst.norm());
        json.writeStringField("country_code", country);
        json.writeEndObject();
    }

    @Override
    public void endYear(int year)
            throws IOException
    {
        if (part == null) {
            return;
        }
        part.close();
        part = null;
        long length = Files.size(corpus.resolve(partFile));
        totalRecords += records;
        totalBytes += length;
        manifest.add(String.format("    {\"url\": \"s3://openalex/data/%s\", \"meta\": {\"content_length\": %d, \"record_count\": %d}}",
                partFile, length, records));
    }

    @Override
    public void close()
            throws IOException
    {
        endYear(0);
        String text = "{\n  \"entries\": [\n" + String.join(",\n", manifest) + "\n  ],\n  \"meta\": {\"content_length\": " + totalBytes
                + ", \"record_count\": " + totalRecords + "}\n}\n";
        Files.writeString(corpus.resolve("works/manifest"), text);
    }
}
