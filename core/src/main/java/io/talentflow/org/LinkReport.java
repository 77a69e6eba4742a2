package io.talentflow.org;

import io.talentflow.geo.AnswerRates;

import java.util.List;
import java.util.Locale;

import static java.util.Objects.requireNonNull;

/**
 * The score of a linking run.
 *
 * @param total labelled texts
 * @param answered texts linked to some organisation
 * @param right texts whose first organisation is one of the labelled ones
 * @param nanos time spent linking
 * @param errors wrong or missing links, in input order ("text -> answer (right: ids)")
 */
public record LinkReport(int total, int answered, int right, long nanos, List<String> errors)
        implements AnswerRates
{
    public LinkReport
    {
        errors = List.copyOf(requireNonNull(errors, "errors is null"));
    }

    public double stringsPerSecond()
    {
        return nanos == 0 ? 0 : total / (nanos / 1e9);
    }

    /** The four rates on one line, then up to {@code examples} errors. */
    public String format(int examples)
    {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "strings %d, %s, %.0f strings per second%n", total, rates(),
                stringsPerSecond()));
        errors.stream().limit(examples).forEach(e -> s.append("    ").append(e).append('\n'));
        return s.toString();
    }
}
