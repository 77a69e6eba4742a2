package io.talentflow.source;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

/**
 * Tells OpenAlex JSON from paperlists JSON by the first keys of the first record: an OpenAlex
 * record has an {@code id} on openalex.org or keys such as {@code authorships}, and an API page
 * has {@code results}. Reads only the head of the input, which may end mid-record.
 */
final class OpenAlexSniffer
{
    private static final String ID_PREFIX = "https://openalex.org/";
    // Keys no paperlists record has; snapshot records put their id late, after these.
    private static final Set<String> MARKERS = Set.of("authorships", "results", "cited_by_api_url", "works_api_url",
            "display_name_alternatives", "publication_year");

    private OpenAlexSniffer()
    {
    }

    static boolean looksLikeOpenAlex(byte[] head)
    {
        Set<String> keys = new HashSet<>();
        try (JsonParser parser = JsonValues.JSON.createParser(head)) {
            JsonToken t = parser.nextToken();
            if (t == JsonToken.START_ARRAY) {
                t = parser.nextToken();
            }
            if (t != JsonToken.START_OBJECT) {
                return false;
            }
            for (t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("id") && value == JsonToken.VALUE_STRING && parser.getText().startsWith(ID_PREFIX)) {
                    return true;
                }
                keys.add(name);
                parser.skipChildren();
            }
        } catch (IOException e) {
            // The head ends mid-record: decide on the keys seen so far.
        }
        return keys.stream().anyMatch(MARKERS::contains);
    }
}
