package io.talentflow.identity;

import io.talentflow.source.Affiliation;
import io.talentflow.source.Authorship;
import io.talentflow.source.IdScheme;

import java.util.List;
import java.util.Map;

/** Hand-made authorships for identity and career tests; the paper id makes the key unique. */
public final class AuthorshipFixtures
{
    private AuthorshipFixtures()
    {
    }

    public static Authorship authorship(String name, int year, String paperId)
    {
        return authorship(name, year, paperId, List.of(), List.of(), "", Map.of());
    }

    public static Authorship authorship(String name, int year, String paperId, List<String> coauthors,
            List<String> institutions, String emailDomain, Map<IdScheme, String> ids)
    {
        List<Affiliation> affiliations = institutions.stream().map(i -> new Affiliation(i, i, "")).toList();
        return new Authorship("fixture/" + paperId + ".json", 0, paperId, "conf", year, "", "", "", 0, name,
                coauthors, affiliations, emailDomain, "", ids);
    }
}
