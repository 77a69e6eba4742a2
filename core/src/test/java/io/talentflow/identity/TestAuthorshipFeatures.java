package io.talentflow.identity;

import io.talentflow.source.Affiliation;
import io.talentflow.source.Authorship;
import io.talentflow.source.OtherAuthors;
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
    void new_coauthorsSharedWithAnotherPaper_areTheOnlyFeaturesInOrderOfFirstMention()
    {
        List<String> names = List.of("Ann Lee", "Bo Li", "Wei Wang");
        List<Authorship> paper = List.of(onPaper(2, names, ""), onPaper(0, names, ""), onPaper(1, names, ""));
        // a paper whose other authors are not in the input, naming two of the same co-authors
        Authorship alone = authorship("Cy Young", 2020, "q", List.of("Bo Li", "Ann Lee"), List.of(), "", Map.of());
        AuthorshipFeatures features = new AuthorshipFeatures(List.of(paper.get(0), paper.get(1), paper.get(2), alone), List.of(), new EvidenceKeys(), SourceIdentities.NONE);
        int annLee = features.coauthors[2][0];
        int boLi = features.coauthors[1][0];
        // Wei Wang is a co-author on one paper only: naming him links nothing, so he is no feature
        assertThat(features.coauthors[0]).containsExactly(annLee, boLi);
        assertThat(features.coauthors[3]).containsExactly(annLee, boLi);
        assertThat(annLee).isLessThan(boLi);
        assertThat(features.hasCoauthors).containsOnly(true);
        assertThat(features.papers[0]).isEqualTo(features.papers[1]).isNotEqualTo(features.papers[3]);
        assertThat(features.order).containsExactly(1, 2, 0, 3);
    }

    @Test
    void new_memberOfAPaperOfManyAuthors_linksThroughTheOtherPaperOnly()
    {
        List<String> names = java.util.stream.IntStream.range(0, 5_000).mapToObj(i -> "Author" + (char) ('a' + i % 26) + " Number" + i).toList();
        List<String> paper = List.copyOf(names);
        Authorship big = new Authorship("big.json", 0, "big", "conf", 2020, "", "", "", 7, paper.get(7), OtherAuthors.of(paper, 7), List.of(), "",
                "", Map.of());
        Authorship small = authorship(paper.get(7), 2021, "s", List.of(paper.get(4_998), "Someone Else"), List.of(), "", Map.of());
        Authorship stranger = authorship(paper.get(7), 2022, "t", List.of("Nobody Known"), List.of(), "", Map.of());
        AuthorshipFeatures features = new AuthorshipFeatures(List.of(big, small, stranger), List.of(), new EvidenceKeys(), SourceIdentities.NONE);
        assertThat(features.coauthors[0]).hasSize(1).isEqualTo(features.coauthors[1]);
        assertThat(features.coauthors[2]).isEmpty();
        assertThat(features.hasCoauthors).containsExactly(true, true, true);
    }

    @Test
    void new_webmailAndPunctuationOnlyAffiliation_noPlaces()
    {
        List<String> names = List.of("Ann Lee");
        Authorship webmail = new Authorship("f.json", 0, "p", "conf", 2020, "", "", "", 0, "Ann Lee", List.of(),
                List.of(new Affiliation("--", "", "")), "gmail.com", "", Map.of());
        Authorship university = onPaper(0, names, "mit.edu");
        AuthorshipFeatures features = new AuthorshipFeatures(List.of(webmail, university), List.of(), new EvidenceKeys(), SourceIdentities.NONE);
        assertThat(features.places[0]).isEmpty();
        assertThat(features.places[1]).hasSize(2);
    }
}
