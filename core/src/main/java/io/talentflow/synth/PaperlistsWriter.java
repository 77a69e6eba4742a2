package io.talentflow.synth;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Paperlists files: {@code <venue>/<venue><year>.json.gz}, one JSON array of papers each, with the
 * fields io.talentflow.source.PaperlistsReader reads; per-author lists are ';'-joined, several
 * affiliations of one author '+'-joined.
 */
final class PaperlistsWriter
        implements CorpusWriter
{
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final Path corpus;
    private final Map<String, JsonGenerator> open = new TreeMap<>();
    private final Map<String, Integer> counts = new TreeMap<>();

    PaperlistsWriter(Path corpus)
    {
        this.corpus = corpus;
    }

    @Override
    public Location write(Paper paper)
            throws IOException
    {
        String file = paper.venue() + "/" + paper.venue() + paper.year() + ".json.gz";
        JsonGenerator json = open.get(file);
        if (json == null) {
            json = JSON.createGenerator(CorpusWriter.gzip(corpus.resolve(file)));
            json.writeStartArray();
            open.put(file, json);
        }
        int n = counts.merge(file, 1, Integer::sum);
        String id = paper.venue() + paper.year() + "-" + String.format("%06d", n);
        record(json, id, paper);
        return new Location(file, id);
    }

    private static void record(JsonGenerator json, String id, Paper paper)
            throws IOException
    {
        json.writeStartObject();
        json.writeStringField("id", id);
        json.writeStringField("title", paper.title());
        json.writeStringField("track", "main");
        json.writeStringField("status", paper.status());
        json.writeNumberField("year", paper.year());
        json.writeStringField("author", join(paper.authors(), Paper.Author::name));
        json.writeStringField("aff", join(paper.authors(), a -> joinPlus(a.affiliations(), Paper.Written::text)));
        if (Venues.rich(paper.venue())) {
            normalised(json, paper.authors());
            json.writeStringField("aff_domain", join(paper.authors(), Paper.Author::domain));
        }
        if (Venues.openReview(paper.venue())) {
            json.writeStringField("authorids", join(paper.authors(), a -> a.person().openReviewId()));
            json.writeStringField("orcid", join(paper.authors(), a -> a.person().orcid()));
        }
        else if (Venues.ieee(paper.venue())) {
            json.writeStringField("authorids", join(paper.authors(), a -> "/37" + (100_000_000 + a.person().id())));
        }
        json.writeEndObject();
    }

    /** aff_unique_norm / aff_country_unique with their per-author index lists, as paperlists builds them. */
    private static void normalised(JsonGenerator json, List<Paper.Author> authors)
            throws IOException
    {
        List<String> names = new ArrayList<>();
        List<String> countries = new ArrayList<>();
        StringBuilder nameIndex = new StringBuilder();
        StringBuilder countryIndex = new StringBuilder();
        for (int i = 0; i < authors.size(); i++) {
            List<Paper.Written> written = authors.get(i).affiliations();
            nameIndex.append(i == 0 ? "" : ";").append(joinPlus(written, w -> String.valueOf(indexOf(names, w.institution().norm()))));
            countryIndex.append(i == 0 ? "" : ";")
                    .append(joinPlus(written, w -> String.valueOf(indexOf(countries, w.institution().sourceCountry()))));
        }
        json.writeStringField("aff_unique_norm", String.join(";", names));
        json.writeStringField("aff_unique_index", nameIndex.toString());
        json.writeStringField("aff_country_unique", String.join(";", countries));
        json.writeStringField("aff_country_unique_index", countryIndex.toString());
    }

    private static int indexOf(List<String> unique, String value)
    {
        int k = unique.indexOf(value);
        if (k < 0) {
            unique.add(value);
            return unique.size() - 1;
        }
        return k;
    }

    private static String join(List<Paper.Author> authors, Function<Paper.Author, String> field)
    {
        return String.join(";", authors.stream().map(field).toList());
    }

    private static String joinPlus(List<Paper.Written> written, Function<Paper.Written, String> field)
    {
        return String.join("+", written.stream().map(field).toList());
    }

    @Override
    public void endYear(int year)
            throws IOException
    {
        for (JsonGenerator json : open.values()) {
            json.writeEndArray();
            json.close();
        }
        open.clear();
    }

    @Override
    public void close()
            throws IOException
    {
        endYear(0);
    }
}
