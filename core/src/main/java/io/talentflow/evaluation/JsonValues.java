package io.talentflow.evaluation;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads one JSON value into maps (in file order), lists, strings, numbers, booleans and nulls. */
final class JsonValues
{
    private JsonValues()
    {
    }

    /** The value starting at the parser's current token. */
    static Object read(JsonParser parser) throws IOException
    {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            Map<String, Object> object = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                object.put(field, read(parser));
            }
            return object;
        }
        if (token == JsonToken.START_ARRAY) {
            List<Object> array = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                array.add(read(parser));
            }
            return array;
        }
        return scalar(parser, token);
    }

    private static Object scalar(JsonParser parser, JsonToken token) throws IOException
    {
        return switch (token) {
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getNumberValue();
            case VALUE_TRUE, VALUE_FALSE -> parser.getBooleanValue();
            case VALUE_NULL -> null;
            default -> throw new IOException("unexpected " + token + " at " + parser.currentLocation());
        };
    }

    /** The text of a string or number value, "" for null and anything else. */
    static String text(Object value)
    {
        return value instanceof String || value instanceof Number ? value.toString() : "";
    }
}
