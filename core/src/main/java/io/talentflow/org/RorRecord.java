package io.talentflow.org;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import static java.util.Objects.requireNonNull;

/**
 * The fields of one schema-2 ROR record that talentflow uses, read from a streaming parser: id,
 * status, types, names (with their ROR types), locations (country code and city), parent
 * relationships, domains and the website's host.
 */
record RorRecord(String id, String status, List<String> types, List<OrgName> names, List<String> countries, List<String> cities,
        List<String> parents, List<String> domains)
{
    RorRecord
    {
        requireNonNull(id, "id is null");
        requireNonNull(status, "status is null");
        types = List.copyOf(types);
        names = List.copyOf(names);
        countries = List.copyOf(countries);
        cities = List.copyOf(cities);
        parents = List.copyOf(parents);
        domains = List.copyOf(domains);
    }

    boolean withdrawn()
    {
        return status.equals("withdrawn");
    }

    RegistryEntry entry()
    {
        return new RegistryEntry(id, names, kind(), domains, countries, cities, parents, !status.equals("inactive"));
    }

    /**
     * What the organisation is: its first type other than "funder", which is a role, not a kind (ROR
     * lists types alphabetically, so "funder" comes before "government", "healthcare" and "nonprofit").
     */
    private String kind()
    {
        return types.stream().filter(t -> !t.equals("funder")).findFirst().orElse(types.isEmpty() ? "other" : types.get(0));
    }

    /** Parses the object whose START_OBJECT the parser is at, up to its END_OBJECT. */
    static RorRecord parse(JsonParser p)
            throws IOException
    {
        Builder b = new Builder();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "id" -> b.id = text(p, value);
                case "status" -> b.status = text(p, value);
                case "types" -> strings(p, value, b.types::add);
                case "domains" -> strings(p, value, b.domains::add);
                case "names" -> objects(p, value, () -> b.name(p));
                case "locations" -> objects(p, value, () -> b.location(p));
                case "relationships" -> objects(p, value, () -> b.relationship(p));
                case "links" -> objects(p, value, () -> b.link(p));
                default -> p.skipChildren();
            }
        }
        return b.build();
    }

    private static String text(JsonParser p, JsonToken value)
            throws IOException
    {
        if (value.isStructStart()) {
            p.skipChildren();
            return "";
        }
        return value == JsonToken.VALUE_NULL ? "" : p.getText().strip();
    }

    /** The text of each of {@code fields} of the object the parser is in ("" when absent), read up to its END_OBJECT. */
    private static String[] texts(JsonParser p, String... fields)
            throws IOException
    {
        String[] values = new String[fields.length];
        Arrays.fill(values, "");
        List<String> wanted = List.of(fields);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            int at = wanted.indexOf(p.currentName());
            JsonToken t = p.nextToken();
            if (at >= 0) {
                values[at] = text(p, t);
            }
            else {
                p.skipChildren();
            }
        }
        return values;
    }

    private static void strings(JsonParser p, JsonToken value, Consumer<String> each)
            throws IOException
    {
        if (value != JsonToken.START_ARRAY) {
            p.skipChildren();
            return;
        }
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            String s = text(p, t);
            if (!s.isEmpty()) {
                each.accept(s);
            }
        }
    }

    /** An object reader that may throw. */
    @FunctionalInterface
    private interface ObjectReader
    {
        void read()
                throws IOException;
    }

    /** Calls {@code each} with the parser at each object of an array; anything else is skipped. */
    private static void objects(JsonParser p, JsonToken value, ObjectReader each)
            throws IOException
    {
        if (value != JsonToken.START_ARRAY) {
            p.skipChildren();
            return;
        }
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t == JsonToken.START_OBJECT) {
                each.read();
            }
            else {
                p.skipChildren();
            }
        }
    }

    /** Collects the fields while the record is read. */
    private static final class Builder
    {
        String id = "";
        String status = "active";
        final List<String> types = new ArrayList<>();
        final List<OrgName> names = new ArrayList<>();
        final List<String> countries = new ArrayList<>();
        final List<String> cities = new ArrayList<>();
        final List<String> parents = new ArrayList<>();
        final List<String> domains = new ArrayList<>();

        void name(JsonParser p)
                throws IOException
        {
            String value = "";
            List<String> kinds = new ArrayList<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken t = p.nextToken();
                if (field.equals("value")) {
                    value = text(p, t);
                }
                else if (field.equals("types")) {
                    strings(p, t, kinds::add);
                }
                else {
                    p.skipChildren();
                }
            }
            if (!value.isEmpty()) {
                names.add(new OrgName(value, kind(kinds)));
            }
        }

        void location(JsonParser p)
                throws IOException
        {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                JsonToken t = p.nextToken();
                if (p.currentName().equals("geonames_details") && t == JsonToken.START_OBJECT) {
                    place(p);
                }
                else {
                    p.skipChildren();
                }
            }
        }

        private void place(JsonParser p)
                throws IOException
        {
            String[] place = texts(p, "country_code", "name");
            if (place[0].length() == 2) {
                countries.add(place[0].toUpperCase(Locale.ROOT));
                cities.add(place[1]);
            }
        }

        void relationship(JsonParser p)
                throws IOException
        {
            String[] relation = texts(p, "type", "id");
            if (relation[0].equalsIgnoreCase("parent") && !relation[1].isEmpty()) {
                parents.add(relation[1]);
            }
        }

        void link(JsonParser p)
                throws IOException
        {
            String[] link = texts(p, "type", "value");
            String host = link[0].equals("website") ? host(link[1]) : "";
            if (!host.isEmpty()) {
                domains.add(host);
            }
        }

        RorRecord build()
        {
            names.sort(java.util.Comparator.comparing(OrgName::kind));
            return new RorRecord(id, status, types, names, countries, cities, parents, domains);
        }

        private static OrgName.Kind kind(List<String> kinds)
        {
            if (kinds.contains("ror_display")) {
                return OrgName.Kind.DISPLAY;
            }
            if (kinds.contains("label")) {
                return OrgName.Kind.LABEL;
            }
            return kinds.contains("acronym") ? OrgName.Kind.ACRONYM : OrgName.Kind.ALIAS;
        }

        private static String host(String url)
        {
            try {
                String host = URI.create(url.strip()).getHost();
                return host == null ? "" : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\d?\\.", "");
            }
            catch (IllegalArgumentException e) {
                return "";
            }
        }
    }
}
