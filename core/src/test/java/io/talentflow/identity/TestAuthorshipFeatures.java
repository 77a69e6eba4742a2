package io.talentflow.identity;

import io.talentflow.source.Affiliation;
import io.talentflow.source.Authorship;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.talentflow.identity.AuthorshipFixtures.authorship;
import static org.assertj.core.api.Assertions.assertThat;

class TestAuthorshipFeatures
{
    private static Authorship onPaper(int position, List<String> names, String domain)
    {
        List<String> others = names.stream().filter(n -> !n.equals(names.get(position))).toList();
        return new Authorship("conf/a.json", 3, "p", "conf", 2020, "", "", "", position, names.get(position), others,
                List.of(new Affiliation("MIT CSAIL", "", "")), domain, "", Map.of());
    }

    @Test
    void new_authorsOfOnePaperInAnyOrder_sameCoauthorKeysAsLookedUpOnes()
    {
        List<String> names = List.of("Ann Lee", "Bo Li", "Wei Wang");
        List<Authorship> paper = List.of(onPaper(2, names, ""), onPaper(0, names, ""), onPaper(1, names, ""));
        // the same co-author names on a paper whose other authors are not in the input: read by lookup
        Authorship alone = authorship("Cy Young", 2020, "q", List.of("Ann Lee", "Bo Li"), List.of(), "", Map.of());
        AuthorshipFeatures features = new AuthorshipFeatures(List.of(paper.get(0), paper.get(1), paper.get(2), alone), List.of(), new EvidenceKeys());
        assertThat(features.coauthors[0]).containsExactly(features.coauthors[3]);
        assertThat(features.coauthors[1]).containsExactly(features.coauthors[0][1], features.coauthors[2][1]);
        assertThat(features.papers[0]).isEqualTo(features.papers[1]).isNotEqualTo(features.papers[3]);
        assertThat(features.order).containsExactly(1, 2, 0, 3);
    }

    @Test
    void new_webmailAndPunctuationOnlyAffiliation_noPlaces()
    {
        List<String> names = List.of("Ann Lee");
        Authorship webmail = new Authorship("f.json", 0, "p", "conf", 2020, "", "", "", 0, "Ann Lee", List.of(),
                List.of(new Affiliation("--", "", "")), "gmail.com", "", Map.of());
        Authorship university = onPaper(0, names, "mit.edu");
        AuthorshipFeatures features = new AuthorshipFeatures(List.of(webmail, university), List.of(), new EvidenceKeys());
        assertThat(features.places[0]).isEmpty();
        assertThat(features.places[1]).hasSize(2);
    }
}
