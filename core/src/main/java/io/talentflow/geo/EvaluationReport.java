package io.talentflow.geo;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static java.util.Objects.requireNonNull;

/**
 * The score of a country placement run.
 *
 * @param total labelled texts
 * @param answered texts given a country
 * @param right texts given one of their labelled countries
 * @param errors wrong or missing answers ("text -> answer (basis)") by labelled country
 */
public record EvaluationReport(int total, int answered, int right, Map<String, List<String>> errors)
        implements AnswerRates
{
    public EvaluationReport
    {
        requireNonNull(errors, "errors is null");
        Map<String, List<String>> copy = new TreeMap<>();
        errors.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        errors = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * A plain-text summary: the three rates, then the {@code countries} labelled countries with the
     * most errors, worst first, each with up to {@code examples} errors.
     */
    public String format(int countries, int examples)
    {
        StringBuilder s = new StringBuilder("texts " + total + ", " + rates() + "\n");
        errors.entrySet().stream()
                .sorted((a, b) -> Integer.compare(b.getValue().size(), a.getValue().size()))
                .limit(countries)
                .forEach(e -> {
                    s.append(e.getKey()).append(": ").append(e.getValue().size()).append(" errors\n");
                    e.getValue().stream().limit(examples).forEach(x -> s.append("    ").append(x).append('\n'));
                });
        return s.toString();
    }
}
