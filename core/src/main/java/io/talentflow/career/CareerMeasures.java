package io.talentflow.career;

import java.io.Serializable;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * The measures of one career that the analytics tables are built from (definitions in
 * docs/METHODS.md, "Career measures"). Origin, current country and class are the career's own.
 *
 * @param earlyCountry the most frequent known country of the first three active years ("" when none)
 * @param careerAge years from the first to the last active year, both counted
 * @param position the latest career position the source gives ("" when none)
 * @param organisations per move, in move order, the organisation left and the organisation joined
 * @param organisationYears per active year with a linked organisation, its main and concurrent organisations
 * @param organisationMoves the moves between organisations, in year order
 */
public record CareerMeasures(Career career, String earlyCountry, int careerAge, String position, List<MoveOrganisations> organisations,
        List<OrganisationYear> organisationYears, List<OrganisationMove> organisationMoves)
        implements Serializable
{
    /** Active years that count as early career: the first {@value} years from the first paper. */
    public static final int EARLY_YEARS = 5;

    public CareerMeasures
    {
        requireNonNull(career, "career is null");
        requireNonNull(earlyCountry, "earlyCountry is null");
        requireNonNull(position, "position is null");
        organisations = List.copyOf(requireNonNull(organisations, "organisations is null"));
        organisationYears = List.copyOf(requireNonNull(organisationYears, "organisationYears is null"));
        organisationMoves = List.copyOf(requireNonNull(organisationMoves, "organisationMoves is null"));
        if (organisations.size() != career.moves().size()) {
            throw new IllegalArgumentException("one organisation pair per move");
        }
    }

    /** A career's measures without organisation years or moves (for careers built without linked organisations). */
    public CareerMeasures(Career career, String earlyCountry, int careerAge, String position, List<MoveOrganisations> organisations)
    {
        this(career, earlyCountry, careerAge, position, organisations, List.of(), List.of());
    }

    /** Measures a career from the authorships it was built from. */
    public static CareerMeasures of(Career career, List<PlacedAuthorship> authorships)
    {
        List<OrganisationYear> years = OrganisationCareer.years(authorships);
        return new CareerMeasures(career, CareerFacts.earlyCountry(career.timeline()), career.lastYear() - career.firstYear() + 1,
                CareerFacts.position(authorships), CareerFacts.organisations(career.moves(), authorships), years,
                OrganisationCareer.moves(career, years));
    }

    public String researcherId()
    {
        return career.researcherId();
    }

    /** Whether a year falls in the first {@link #EARLY_YEARS} years of the career. */
    public boolean earlyCareer(int year)
    {
        return year - career.firstYear() < EARLY_YEARS;
    }

    /** Organisations on either side of one move ("" when the papers name none). */
    public record MoveOrganisations(String left, String joined)
            implements Serializable
    {
        public MoveOrganisations
        {
            requireNonNull(left, "left is null");
            requireNonNull(joined, "joined is null");
        }
    }
}
