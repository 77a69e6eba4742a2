package io.talentflow.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one JSON value from a streaming parser into plain maps, lists, strings, numbers and
 * booleans; {@link #readObject} keeps only the named top-level fields of an object so that the
 * bulky parts of an OpenAlex record (abstracts, reference lists) are skipped unparsed. Typed
 * accessors answer with empty values for absent or wrong-typed fields.
 */
public final class JsonValues
{
    /** Thread-safe and costly to build: one for every reader of the process. */
    static final JsonFactory JSON = JsonFactory.builder().build();

    private JsonValues()
    {
    }

    /** The whole value starting at the parser's current token. */
    public static Object read(JsonParser parser) throws IOException
    {
        if (parser.currentToken() == null) {
            throw new EOFException("no JSON value");
        }
        return read(parser, parser.currentToken());
    }

    /** The text of a string or number value, "" for null and anything else. */
    public static String text(Object value)
    {
        return value instanceof String || value instanceof Number ? value.toString() : "";
    }

    /** Reads the rest of the object whose START_OBJECT (or first FIELD_NAME) the parser is on. */
    static Map<String, Object> readObject(JsonParser parser, Set<String> keep) throws IOException
    {
        Map<String, Object> out = new LinkedHashMap<>();
        JsonToken token = parser.currentToken() == JsonToken.START_OBJECT ? parser.nextToken() : parser.currentToken();
        while (token == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = next(parser);
            if (keep.contains(name)) {
                out.put(name, read(parser, value));
            } else {
                parser.skipChildren();
            }
            token = parser.nextToken();
        }
        if (token != JsonToken.END_OBJECT) {
            throw new EOFException("unexpected end of input inside a record");
        }
        return out;
    }

    private static Object read(JsonParser parser, JsonToken token) throws IOException
    {
        return switch (token) {
            case START_OBJECT -> readAll(parser);
            case START_ARRAY -> readArray(parser);
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT -> parser.getLongValue();
            case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            default -> null;
        };
    }

    private static Map<String, Object> readAll(JsonParser parser) throws IOException
    {
        Map<String, Object> out = new LinkedHashMap<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
            if (t != JsonToken.FIELD_NAME) {
                throw new EOFException("unexpected end of input inside a record");
            }
            String name = parser.currentName();
            out.put(name, read(parser, next(parser)));
        }
        return out;
    }

    private static List<Object> readArray(JsonParser parser) throws IOException
    {
        List<Object> out = new ArrayList<>();
        for (JsonToken t = next(parser); t != JsonToken.END_ARRAY; t = next(parser)) {
            out.add(read(parser, t));
        }
        return out;
    }

    private static JsonToken next(JsonParser parser) throws IOException
    {
        JsonToken t = parser.nextToken();
        if (t == null) {
            throw new EOFException("unexpected end of input inside a record");
        }
        return t;
    }

    /** The object at {@code key}, or an empty map. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Map<String, Object> map, String key)
    {
        return map.get(key) instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    /** The objects of the array at {@code key}; other elements and a missing array give nothing. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> objects(Map<String, Object> map, String key)
    {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object o : list(map, key)) {
            if (o instanceof Map<?, ?> m) {
                out.add((Map<String, Object>) m);
            }
        }
        return out;
    }

    /** The strings of the array at {@code key}, or of the string itself. */
    static List<String> texts(Map<String, Object> map, String key)
    {
        if (map.get(key) instanceof String s) {
            return List.of(s);
        }
        return list(map, key).stream().filter(String.class::isInstance).map(String.class::cast).toList();
    }

    static List<Object> list(Map<String, Object> map, String key)
    {
        return map.get(key) instanceof List<?> l ? l.stream().filter(java.util.Objects::nonNull).map(Object.class::cast).toList()
                : List.of();
    }

    /** The string at {@code key}, or "". */
    static String text(Map<String, Object> map, String key)
    {
        return map.get(key) instanceof String s ? s : "";
    }

    /** The number at {@code key}, or {@code absent}. */
    static double number(Map<String, Object> map, String key, double absent)
    {
        return map.get(key) instanceof Number n ? n.doubleValue() : absent;
    }

    /** "an array", "a string", ... for a value read by this class. */
    static String describe(Object value)
    {
        return value instanceof Map ? "an object" : value instanceof List ? "an array" : value instanceof String ? "a string"
                : value instanceof Number ? "a number" : value instanceof Boolean ? "a boolean" : "null";
    }
}
