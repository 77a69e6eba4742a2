package io.talentflow.org;

import static java.util.Objects.requireNonNull;

/**
 * One name of an organisation.
 *
 * @param value as the registry writes it
 * @param kind what ROR calls it
 */
record OrgName(String value, Kind kind)
{
    /** ROR's name types, the display name first. */
    enum Kind
    {
        DISPLAY, LABEL, ALIAS, ACRONYM
    }

    OrgName
    {
        requireNonNull(value, "value is null");
        requireNonNull(kind, "kind is null");
    }
}
