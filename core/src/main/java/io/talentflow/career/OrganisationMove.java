package io.talentflow.career;

import java.io.Serializable;

import static java.util.Objects.requireNonNull;

/**
 * A move from one organisation to another: recorded in the first year the new organisation is the
 * main one, when it stays so (see {@link OrganisationCareer}).
 *
 * @param kind where the researcher comes from, seen from the arrival's country: {@link #HOME_TRAINED}
 *     (never placed in another country before), {@link #RETURNEE} (placed abroad before, back in the
 *     origin country) or {@link #FROM_ABROAD}; "" when the arrival is not placed in a country
 * @param careerAge years from the first active year to the move year, both counted
 */
public record OrganisationMove(int year, String from, String to, String fromCountry, String toCountry, String kind, int careerAge)
        implements Serializable
{
    public static final String HOME_TRAINED = "home-trained";
    public static final String RETURNEE = "returnee";
    public static final String FROM_ABROAD = "from-abroad";

    public OrganisationMove
    {
        requireNonNull(from, "from is null");
        requireNonNull(to, "to is null");
        requireNonNull(fromCountry, "fromCountry is null");
        requireNonNull(toCountry, "toCountry is null");
        requireNonNull(kind, "kind is null");
    }
}
