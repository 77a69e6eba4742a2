package io.talentflow.store;

import io.talentflow.geo.CountryCodes;
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
        from.flatMap(code -> countryProblem("--from", code)).ifPresent(problems::add);
        to.flatMap(code -> countryProblem("--to", code)).ifPresent(problems::add);
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

    private static Optional<String> countryProblem(String option, String code)
    {
        if (!COUNTRY.matcher(code).matches()) {
            return Optional.of(option + " '" + code + "' is not a two-letter ISO 3166-1 country code (for example US, CN, HK).");
        }
        return CountryCodes.known(code) ? Optional.empty()
                : Optional.of(option + " '" + code + "' is not an ISO 3166-1 country code (for example US, CN, HK).");
    }

    /**
     * What the store says against the filter, each a sentence naming the option: years outside the
     * years of its papers (the answer would be empty whatever the store held then).
     */
    public List<String> validate(Connection connection)
    {
        List<Object> years = Table.query(connection, "SELECT min(year), max(year) FROM coverage").rows().get(0);
        if (years.get(0) == null) {
            return List.of();
        }
        int first = ((Number) years.get(0)).intValue();
        int last = ((Number) years.get(1)).intValue();
        List<String> problems = new ArrayList<>();
        since.filter(year -> year > last).ifPresent(year -> problems.add("--since " + year + " is after the last year of the store's papers (" + last + ")."));
        until.filter(year -> year < first).ifPresent(year -> problems.add("--until " + year + " is before the first year of the store's papers (" + first + ")."));
        return problems;
    }

    /** The given countries in which the store places nobody: flows from or to them are empty by construction. */
    public List<String> unplaced(Connection connection)
    {
        return java.util.stream.Stream.of(from, to).flatMap(Optional::stream).distinct()
                .filter(code -> Table.query(connection, "SELECT count(*) FROM stocks WHERE country = ?", code).rows().get(0).get(0).equals(0L))
                .toList();
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
