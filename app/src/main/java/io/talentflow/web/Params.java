package io.talentflow.web;

import io.javalin.http.Context;
import io.talentflow.store.FlowQuery;
import io.talentflow.text.Suggestions;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The parameters of one API request, validated: unknown or malformed names, repeated, overlong or
 * badly encoded values, bad country codes, years and pages all become a 400 with a sentence naming
 * the parameter. Each value an endpoint reads is kept in its normal form ("cn" as CN, "01" as 1,
 * defaults filled in), so that requests that differ only in how they are written share one
 * {@link #key}, and so one cached answer.
 */
final class Params
{
    static final int MAX_LENGTH = 200;
    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");
    private static final Pattern OPTION = Pattern.compile("(^|\\s)--(since|until|tier|field)\\b");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]{1,9}");

    private final Map<String, String> values;
    private final Map<String, String> pathValues;
    private final Map<String, String> read = new TreeMap<>();

    private Params(Map<String, String> values, Map<String, String> pathValues)
    {
        this.values = values;
        this.pathValues = pathValues;
    }

    /** The parameters of a request to an endpoint that takes {@code allowed} query parameters. */
    static Params of(Context context, List<String> allowed)
    {
        return of(context.queryString(), context.pathParamMap(), allowed);
    }

    /** The parameters of a query string as the client sent it (still URL-encoded; null for none) and of the path. */
    static Params of(String query, Map<String, String> pathValues, List<String> allowed)
    {
        Map<String, String> values = new LinkedHashMap<>();
        for (String part : query == null ? new String[0] : query.split("&")) {
            if (!part.isEmpty()) {
                add(values, part, allowed);
            }
        }
        return new Params(values, Map.copyOf(pathValues));
    }

    private static void add(Map<String, String> values, String part, List<String> allowed)
    {
        int equals = part.indexOf('=');
        String rawName = equals < 0 ? part : part.substring(0, equals);
        String name = decoded(rawName).orElseThrow(() -> ApiException.badRequest("The parameter name '" + shorten(rawName) + "' is not properly URL-encoded."));
        if (name.isEmpty()) {
            throw ApiException.badRequest("A parameter has no name ('" + shorten(part) + "').");
        }
        if (!allowed.contains(name)) {
            throw ApiException.badRequest("Unknown parameter '" + shorten(name) + "'" + Suggestions.didYouMean(name, allowed)
                    + (allowed.isEmpty() ? "; this endpoint takes no parameters." : "; this endpoint takes " + String.join(", ", allowed) + "."));
        }
        String value = decoded(equals < 0 ? "" : part.substring(equals + 1))
                .orElseThrow(() -> ApiException.badRequest("Parameter '" + name + "' is not properly URL-encoded."));
        if (values.containsKey(name)) {
            throw ApiException.badRequest("Parameter '" + name + "' is given more than once.");
        }
        if (value.length() > MAX_LENGTH) {
            throw ApiException.badRequest("Parameter '" + name + "' is longer than " + MAX_LENGTH + " characters.");
        }
        values.put(name, value);
    }

    private static Optional<String> decoded(String raw)
    {
        try {
            return Optional.of(URLDecoder.decode(raw, StandardCharsets.UTF_8));
        }
        catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The request as the endpoint at {@code route} read it, in normal form: what its answer depends on. */
    String key(String route)
    {
        return route + "?" + read.entrySet().stream().map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private <T> T kept(String name, T value)
    {
        read.put(name, String.valueOf(value));
        return value;
    }

    Optional<String> text(String name)
    {
        Optional<String> text = Optional.ofNullable(values.get(name)).map(String::strip).filter(value -> !value.isEmpty());
        read.put(name, text.orElse(""));
        return text;
    }

    String text(String name, String otherwise)
    {
        return kept(name, text(name).orElse(otherwise));
    }

    Optional<String> country(String name)
    {
        return text(name).map(code -> kept(name, country(name, code)));
    }

    /** A country code in the request's path, as {@code /api/countries/{country}} has it. */
    String pathCountry(String name)
    {
        return kept(name, country(name, pathValues.get(name)));
    }

    /** A value of the request's path that the endpoint checks itself. */
    String path(String name)
    {
        return kept(name, pathValues.get(name));
    }

    private static String country(String name, String code)
    {
        if (!COUNTRY.matcher(code).matches()) {
            throw ApiException.badRequest(name + " '" + shorten(code) + "' is not a two-letter ISO 3166-1 country code (for example US, CN, HK).");
        }
        return code.toUpperCase(Locale.ROOT);
    }

    Optional<Integer> year(String name)
    {
        return text(name).map(value -> kept(name, number(name, value, Filter.FIRST_YEAR, Filter.LAST_YEAR, "a year from 1900 to 2100")));
    }

    int number(String name, int otherwise, int min, int max)
    {
        return kept(name, text(name).map(value -> number(name, value, min, max, "a whole number from " + min + " to " + max)).orElse(otherwise));
    }

    PageRequest page()
    {
        return new PageRequest(number("page", 1, 1, PageRequest.MAX_NUMBER), number("size", PageRequest.DEFAULT_SIZE, 1, PageRequest.MAX_SIZE));
    }

    /** A choice among fixed values, lower-cased, with a did-you-mean when it is none of them. */
    String choice(String name, List<String> choices)
    {
        String value = text(name, choices.get(0)).toLowerCase(Locale.ROOT);
        if (!choices.contains(value)) {
            throw ApiException.badRequest(name + " '" + shorten(value) + "' is not one of " + String.join(", ", choices) + Suggestions.didYouMean(value, choices) + ".");
        }
        return kept(name, value);
    }

    /**
     * The flows filter from countries already checked and {@code since, until, tier, field}. The API's
     * parameters are the CLI's options without their dashes, so FlowQuery's sentences serve both once
     * the dashes go.
     */
    FlowQuery flowQuery(Optional<String> from, Optional<String> to)
    {
        FlowQuery query = new FlowQuery(from, to, year("since"), year("until"), text("tier", "all"), text("field", "all"));
        List<String> problems = query.validate();
        if (!problems.isEmpty()) {
            throw ApiException.badRequest(OPTION.matcher(String.join(" ", problems)).replaceAll("$1$2"));
        }
        kept("tier", query.tier());
        kept("field", query.field());
        return query;
    }

    /** The segment and years of {@code tier, field, since, until}. */
    Filter filter()
    {
        FlowQuery query = flowQuery(Optional.empty(), Optional.empty());
        return new Filter(query.tier(), query.field(), query.since().orElse(Filter.FIRST_YEAR), query.until().orElse(Filter.LAST_YEAR));
    }

    private static int number(String name, String value, int min, int max, String expected)
    {
        if (!NUMBER.matcher(value).matches() || Integer.parseInt(value) < min || Integer.parseInt(value) > max) {
            throw ApiException.badRequest(name + " '" + shorten(value) + "' is not " + expected + ".");
        }
        return Integer.parseInt(value);
    }

    // echoing a 10 KB value back would only bloat the error
    private static String shorten(String value)
    {
        return value.length() <= 40 ? value : value.substring(0, 40) + "...";
    }
}
