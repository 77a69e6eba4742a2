package io.talentflow.web;

import io.javalin.http.Context;
import io.talentflow.store.FlowQuery;
import io.talentflow.text.Suggestions;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The query parameters of one API request, validated: unknown names, repeated or overlong values,
 * bad country codes, years and pages all become a 400 with a sentence naming the parameter.
 */
final class Params
{
    static final int MAX_LENGTH = 200;
    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");
    private static final Pattern OPTION = Pattern.compile("(^|\\s)--(since|until|tier|field)\\b");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]{1,9}");

    private final Map<String, List<String>> values;

    private Params(Map<String, List<String>> values)
    {
        this.values = values;
    }

    static Params of(Context context, List<String> allowed)
    {
        Map<String, List<String>> values = context.queryParamMap();
        for (Map.Entry<String, List<String>> entry : values.entrySet()) {
            String name = entry.getKey();
            if (!allowed.contains(name)) {
                throw ApiException.badRequest("Unknown parameter '" + shorten(name) + "'" + Suggestions.didYouMean(name, allowed)
                        + (allowed.isEmpty() ? "; this endpoint takes no parameters." : "; this endpoint takes " + String.join(", ", allowed) + "."));
            }
            if (entry.getValue().isEmpty()) {
                throw ApiException.badRequest("Parameter '" + shorten(name) + "' is not properly URL-encoded.");
            }
            if (entry.getValue().size() > 1) {
                throw ApiException.badRequest("Parameter '" + name + "' is given more than once.");
            }
            if (entry.getValue().get(0).length() > MAX_LENGTH) {
                throw ApiException.badRequest("Parameter '" + name + "' is longer than " + MAX_LENGTH + " characters.");
            }
        }
        return new Params(values);
    }

    Optional<String> text(String name)
    {
        return Optional.ofNullable(values.get(name)).map(list -> list.get(0).strip()).filter(value -> !value.isEmpty());
    }

    String text(String name, String otherwise)
    {
        return text(name).orElse(otherwise);
    }

    Optional<String> country(String name)
    {
        return text(name).map(code -> country(name, code));
    }

    static String country(String name, String code)
    {
        if (!COUNTRY.matcher(code).matches()) {
            throw ApiException.badRequest(name + " '" + shorten(code) + "' is not a two-letter ISO 3166-1 country code (for example US, CN, HK).");
        }
        return code.toUpperCase(Locale.ROOT);
    }

    Optional<Integer> year(String name)
    {
        return text(name).map(value -> number(name, value, Filter.FIRST_YEAR, Filter.LAST_YEAR, "a year from 1900 to 2100"));
    }

    int number(String name, int otherwise, int min, int max)
    {
        return text(name).map(value -> number(name, value, min, max, "a whole number from " + min + " to " + max)).orElse(otherwise);
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
        return value;
    }

    /**
     * The flows filter from {@code from, to, since, until, tier, field}. The API's parameters are the
     * CLI's options without their dashes, so FlowQuery's sentences serve both once the dashes go.
     */
    FlowQuery flowQuery(Optional<String> from, Optional<String> to)
    {
        FlowQuery query = new FlowQuery(from.map(code -> country("from", code)), to.map(code -> country("to", code)),
                year("since"), year("until"), text("tier", "all"), text("field", "all"));
        List<String> problems = query.validate();
        if (!problems.isEmpty()) {
            throw ApiException.badRequest(OPTION.matcher(String.join(" ", problems)).replaceAll("$1$2"));
        }
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
