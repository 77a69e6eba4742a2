package io.talentflow.source;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The largest values one authorship may hold, in characters. Real paper lists stay far below them
 * (the longest author name in the shared corpus has 159 characters, the longest affiliation text
 * 1,782, the longest title 217); a record with a value over a limit is rejected whole, with the
 * field and its length as the reason, so that no record can make a build or its store fail.
 * Co-author names are not stored and are not limited here.
 */
public final class RecordLimits
{
    /** An author name. */
    public static final int NAME = 1_000;
    /** A title, an affiliation text or an institution name. */
    public static final int TEXT = 10_000;
    /** Any other value: paper id, venue, status, track, role, e-mail domain, country field, an identifier. */
    public static final int FIELD = 1_000;
    /** Affiliations of one author on one paper. */
    public static final int AFFILIATIONS = 100;

    private RecordLimits() {}

    /** Why the authorships of one record cannot be kept, or empty when every value is within its limit. */
    public static Optional<String> problem(List<Authorship> record)
    {
        for (Authorship authorship : record) {
            Optional<String> problem = problem(authorship);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> problem(Authorship a)
    {
        return first(over("author name", a.name(), NAME), over("title", a.title(), TEXT), over("paper id", a.paperId(), FIELD),
                over("venue", a.venue(), FIELD), over("status", a.status(), FIELD), over("track", a.track(), FIELD),
                over("role", a.role(), FIELD), over("e-mail domain", a.emailDomain(), FIELD), affiliations(a.affiliations()), ids(a.ids()));
    }

    private static Optional<String> affiliations(List<Affiliation> affiliations)
    {
        if (affiliations.size() > AFFILIATIONS) {
            return Optional.of("an author has " + affiliations.size() + " affiliations, over the limit of " + AFFILIATIONS);
        }
        for (Affiliation affiliation : affiliations) {
            Optional<String> problem = first(over("affiliation", affiliation.text(), TEXT), over("institution", affiliation.institution(), TEXT),
                    over("country field", affiliation.sourceCountry(), FIELD));
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> ids(Map<IdScheme, String> ids)
    {
        for (Map.Entry<IdScheme, String> id : ids.entrySet()) {
            Optional<String> problem = over(id.getKey().label() + " id", id.getValue(), FIELD);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    @SafeVarargs
    private static Optional<String> first(Optional<String>... problems)
    {
        for (Optional<String> problem : problems) {
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    // lengths without thousands separators: a rejection's kind replaces digits, and "N,N" would read oddly
    private static Optional<String> over(String field, String value, int limit)
    {
        return value.length() <= limit ? Optional.empty()
                : Optional.of("the " + field + " is " + value.length() + " characters long, over the limit of " + limit);
    }
}
