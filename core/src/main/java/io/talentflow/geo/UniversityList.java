package io.talentflow.geo;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The world universities list (Hipo's {@code world_universities_and_domains.json}): names and web
 * domains with their country codes. A missing file gives an empty list.
 */
final class UniversityList
{
    /** One university: name, country code, domains. */
    record University(String name, String country, List<String> domains)
    {
    }

    private UniversityList()
    {
    }

    static List<University> read(Path file)
    {
        if (file == null || !Files.isRegularFile(file)) {
            return List.of();
        }
        try (JsonParser p = new JsonFactory().createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new IllegalArgumentException(file + " is not a JSON array of universities");
            }
            List<University> all = new ArrayList<>();
            while (p.nextToken() == JsonToken.START_OBJECT) {
                University u = readOne(p);
                if (u.country().length() == 2 && !u.name().isBlank()) {
                    all.add(u);
                }
            }
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the universities list " + file, e);
        }
    }

    private static University readOne(JsonParser p) throws IOException
    {
        Map<String, String> fields = new HashMap<>();
        List<String> domains = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if (value == JsonToken.START_ARRAY) {
                while (p.nextToken() == JsonToken.VALUE_STRING) {
                    if (field.equals("domains")) {
                        domains.add(p.getText());
                    }
                }
            } else if (value == JsonToken.START_OBJECT) {
                p.skipChildren();
            } else {
                fields.put(field, value == JsonToken.VALUE_NULL ? "" : p.getText());
            }
        }
        String country = fields.getOrDefault("alpha_two_code", "").toUpperCase(java.util.Locale.ROOT);
        return new University(fields.getOrDefault("name", ""), country, domains);
    }
}
