package io.talentflow.store;

import io.talentflow.metrics.Flow;
import io.talentflow.pipeline.Segment;
import io.talentflow.text.Suggestions;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * A filter over the flows table. {@link #validate} collects every problem at once so that a user
 * fixes them in one go.
 */
public record FlowQuery(Optional<String> from, Optional<String> to, Optional<Integer> since, Optional<Integer> until, String tier, String field)
{
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    public FlowQuery
    {
        from = requireNonNull(from, "from is null").map(code -> code.toUpperCase(Locale.ROOT));
        to = requireNonNull(to, "to is null").map(code -> code.toUpperCase(Locale.ROOT));
        requireNonNull(since, "since is null");
        requireNonNull(until, "until is null");
        tier = requireNonNull(tier, "tier is null").toLowerCase(Locale.ROOT);
        field = requireNonNull(field, "field is null").toLowerCase(Locale.ROOT);
    }

    /** Every problem with the filter, each a sentence naming the option; empty when valid. */
    public List<String> validate()
    {
        List<String> problems = new ArrayList<>();
        from.filter(code -> !COUNTRY.matcher(code).matches()).ifPresent(code -> problems.add(countryProblem("--from", code)));
        to.filter(code -> !COUNTRY.matcher(code).matches()).ifPresent(code -> problems.add(countryProblem("--to", code)));
        if (since.isPresent() && until.isPresent() && since.get() > until.get()) {
            problems.add("--since " + since.get() + " is after --until " + until.get() + ".");
        }
        if (!Segment.TIERS.contains(tier)) {
            problems.add("--tier '" + tier + "' is not a tier" + Suggestions.didYouMean(tier, Segment.TIERS) + "; tiers are " + String.join(", ", Segment.TIERS) + ".");
        }
        if (!field.equals("all") && !Segment.FIELDS.contains(field)) {
            problems.add("--field '" + field + "' is not a field" + Suggestions.didYouMean(field, Segment.FIELDS) + "; fields are all, " + String.join(", ", Segment.FIELDS) + ".");
        }
        if (!tier.equals("all") && !field.equals("all")) {
            problems.add("--tier and --field cannot be combined yet; flows are computed per tier or per field.");
        }
        return problems;
    }

    private static String countryProblem(String option, String code)
    {
        return option + " '" + code + "' is not a two-letter ISO 3166-1 country code (for example US, CN, HK).";
    }

    /** The matching flows in the store, ordered by year, origin and destination. */
    public List<Flow> run(Connection connection)
    {
        return run(StoredFlows.read(connection, segment()));
    }

    /** The matching flows among flows already read, ordered by year, origin and destination. */
    public List<Flow> run(StoredFlows flows)
    {
        return flows.segment(segment()).stream().filter(this::matches).toList();
    }

    private Segment segment()
    {
        return new Segment(tier, field);
    }

    private boolean matches(Flow flow)
    {
        return from.map(flow.from()::equals).orElse(true) && to.map(flow.to()::equals).orElse(true)
                && since.map(year -> flow.year() >= year).orElse(true) && until.map(year -> flow.year() <= year).orElse(true);
    }
}
