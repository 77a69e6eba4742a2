package io.talentflow.org;

import java.io.Serializable;

import static java.util.Objects.requireNonNull;

/**
 * An organisation of the registry.
 *
 * @param id the ROR id as a URL ("https://ror.org/03cve4549"), or a {@code tf:} id from the project's
 *     own table ("tf:deepseek")
 * @param name the display name
 * @param country ISO 3166-1 alpha-2 code of its one location; "" when it has none or several (the
 *     parent of a multinational has none: its located children carry theirs)
 * @param type ROR's first type ("education", "company", "facility", "government", ...)
 * @param parent the id of its parent organisation, "" when it has none
 */
public record Organisation(String id, String name, String country, String type, String parent)
        implements Serializable
{
    public Organisation
    {
        requireNonNull(id, "id is null");
        requireNonNull(name, "name is null");
        requireNonNull(country, "country is null");
        requireNonNull(type, "type is null");
        requireNonNull(parent, "parent is null");
    }
}
