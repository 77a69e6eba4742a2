package io.talentflow.org;

import static java.util.Objects.requireNonNull;

/**
 * One name of an organisation.
 *
 * @param value as the registry writes it
 * @param kind what ROR calls it
 */
public record OrgName(String value, Kind kind)
{
    /** ROR's name types, the display name first. */
    public enum Kind
    {
        DISPLAY, LABEL, ALIAS, ACRONYM;

        public String label()
        {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public OrgName
    {
        requireNonNull(value, "value is null");
        requireNonNull(kind, "kind is null");
    }
}
