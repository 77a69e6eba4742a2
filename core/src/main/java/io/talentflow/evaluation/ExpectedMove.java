package io.talentflow.evaluation;

import static java.util.Objects.requireNonNull;

/**
 * A cross-border move a career truth expects: from one country to another in a year between
 * {@code earliest} and {@code latest}, both included.
 */
public record ExpectedMove(String from, String to, int earliest, int latest)
{
    public ExpectedMove
    {
        requireNonNull(from, "from is null");
        requireNonNull(to, "to is null");
    }

    /** Whether a move found in the store between the same countries falls in the expected years. */
    public boolean matches(String foundFrom, String foundTo, int year)
    {
        return from.equals(foundFrom) && to.equals(foundTo) && year >= earliest && year <= latest;
    }

    @Override
    public String toString()
    {
        return from + ">" + to + "@" + earliest + "-" + latest;
    }
}
