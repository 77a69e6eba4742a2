package io.talentflow.web;

import static java.util.Objects.requireNonNull;

/** A validated segment (tier, field) and year range; the whole range when no year is given. */
record Filter(String tier, String field, int since, int until)
{
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2100;
    static final Filter ALL = new Filter("all", "all", FIRST_YEAR, LAST_YEAR);

    Filter
    {
        requireNonNull(tier, "tier is null");
        requireNonNull(field, "field is null");
    }
}
