package io.talentflow.source;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.EOFException;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** The few fields of one paperlists record that talentflow uses, read from a streaming parser. */
final class PaperRecord
{
    enum Field
    {
        ID, TITLE, AUTHOR, AUTHORS, AFF, AFFS, AFF_UNIQUE_NORM, AFF_UNIQUE_INDEX, AFF_COUNTRY_UNIQUE,
        AFF_COUNTRY_UNIQUE_INDEX, AFF_DOMAIN, EMAIL, AUTHORIDS, ORCID, DBLP, POSITION, STATUS, TRACK, YEAR, VENUE,
        SITE, OA, PROCEEDING, OPENREVIEW, OR, DOI, URL_PAPER, PDF
    }

    /**
     * The fields that can link to the paper, most wanted first (docs/METHODS.md, "Reading paperlists"):
     * the paper's page as the list gives it, then its open-access or proceedings page, its OpenReview
     * forum, its DOI, the conference programme's page, and last the PDF (a file, not a page).
     */
    private static final List<Field> LINKS = List.of(Field.SITE, Field.OA, Field.PROCEEDING, Field.OPENREVIEW, Field.OR,
            Field.DOI, Field.URL_PAPER, Field.PDF);

    private static final Field[] ALL = Field.values();
    private static final Map<String, Field> BY_NAME = byName();

    private final String[] values = new String[ALL.length];
    private String typeError = "";
    /** Link fields whose value is not text: left out, counted with the links that are no URL. */
    private int linksNotText;

    private PaperRecord()
    {
    }

    /** Reads the object whose START_OBJECT the parser is on; unused fields are skipped unparsed. */
    static PaperRecord read(JsonParser parser) throws IOException
    {
        PaperRecord record = new PaperRecord();
        JsonToken token = parser.nextToken();
        while (token == JsonToken.FIELD_NAME) {
            Field field = BY_NAME.get(parser.currentName());
            record.accept(field, parser.nextToken(), parser);
            token = parser.nextToken();
        }
        if (token != JsonToken.END_OBJECT) {
            throw new EOFException("unexpected end of input inside a record");
        }
        return record;
    }

    private void accept(Field field, JsonToken value, JsonParser parser) throws IOException
    {
        if (value == null) {
            throw new EOFException("unexpected end of input inside a record");
        }
        if (field == null || value == JsonToken.VALUE_NULL) {
            parser.skipChildren();
        } else if (value != JsonToken.VALUE_STRING && LINKS.contains(field)) {
            // a link is extra: a malformed one costs the link, not the paper
            linksNotText++;
            parser.skipChildren();
        } else if (value == JsonToken.VALUE_STRING || (field == Field.YEAR && value == JsonToken.VALUE_NUMBER_INT)) {
            // Entities are decoded before any splitting: "&eacute;" holds the ';' that separates authors.
            values[field.ordinal()] = HtmlEntities.decodeTwice(parser.getText());
        } else {
            if (typeError.isEmpty()) {
                typeError = "field \"" + parser.currentName() + "\" is " + describe(value) + ", not text";
            }
            parser.skipChildren();
        }
    }

    static String describe(JsonToken token)
    {
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_STRING -> "a string";
            default -> "not a value";
        };
    }

    /** The field's text, or "" when absent. */
    String get(Field field)
    {
        String v = values[field.ordinal()];
        return v == null ? "" : v;
    }

    boolean has(Field field)
    {
        return values[field.ordinal()] != null;
    }

    /** The values of the link fields, most wanted first, a DOI as its resolver's URL ("" for an absent field). */
    List<String> links()
    {
        return LINKS.stream().map(field -> field == Field.DOI ? PaperLinks.doi(get(field)) : get(field)).toList();
    }

    /** How many link fields held something other than text (an array, an object, a number). */
    int linksNotText()
    {
        return linksNotText;
    }

    /** The first wrong-typed field, described in a phrase, or "". */
    String typeError()
    {
        return typeError;
    }

    private static Map<String, Field> byName()
    {
        Map<String, Field> map = new java.util.HashMap<>();
        for (Field f : ALL) {
            map.put(f.name().toLowerCase(java.util.Locale.ROOT), f);
        }
        return Map.copyOf(map);
    }
}
