package io.talentflow.metrics;

import static java.util.Objects.requireNonNull;

/** The researchers whose main organisation in a year was {@code organisation}. */
public record OrganisationCount(String organisation, int year, long researchers)
{
    public OrganisationCount
    {
        requireNonNull(organisation, "organisation is null");
    }
}
