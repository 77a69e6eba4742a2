package io.talentflow.geo;

import io.talentflow.source.Affiliation;
import io.talentflow.source.Authorship;
import io.talentflow.source.AuthorshipSink;
import io.talentflow.source.PaperlistsReader;
import io.talentflow.source.Rejection;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Real data: every paperlists authorship placed as a build places it (placer, then paper context). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TestPaperlistsCorpus
{
    private final List<Authorship> authorships = new ArrayList<>();
    private List<List<Placement>> placements = List.of();

    @BeforeAll
    void placeCorpus() throws IOException
    {
        var root = Resolvers.sharedData("paperlists");
        CountryResolver resolver = Resolvers.withUniversityList();
        Assumptions.assumeTrue(root.isPresent() && resolver != null, "shared data absent: paperlists or hipo not found");
        read(root.get());
        PaperlistsPlacer placer = new PaperlistsPlacer(resolver);
        placements = new PaperContext(resolver).placeAll(authorships, authorships.stream().map(placer::place).toList());
    }

    @Test
    void place_authorshipsWithAffiliation_atLeastNinetyPercentPlaced()
    {
        int withAffiliation = 0;
        int placed = 0;
        for (int i = 0; i < authorships.size(); i++) {
            if (authorships.get(i).affiliations().stream().anyMatch(a -> !a.isEmpty())) {
                withAffiliation++;
                placed += placements.get(i).stream().anyMatch(Placement::known) ? 1 : 0;
            }
        }
        assertThat(withAffiliation).isGreaterThan(250_000);
        assertThat((double) placed / withAffiliation).isGreaterThanOrEqualTo(0.90);
    }

    /** Named labs of multinationals, as the corpus writes them, are placed where the lab is. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', textBlock = """
            microsoft research asia                                                          ; CN ; 500
            huawei noah.s ark (research )?lab, hong kong|noah.s ark lab, huawei.*hong kong    ; HK ; 20
            (facebook|meta|fair)\\b.*london                                                  ; GB ; 4
            """)
    void place_namedLabOfMultinational_placedWhereTheLabIs(String pattern, String country, int atLeast)
    {
        Pattern p = Pattern.compile(pattern);
        List<String> wrong = new ArrayList<>();
        int seen = 0;
        for (int i = 0; i < authorships.size(); i++) {
            List<Affiliation> affiliations = authorships.get(i).affiliations().stream().filter(a -> !a.isEmpty()).toList();
            for (int j = 0; j < affiliations.size() && j < placements.get(i).size(); j++) {
                String text = affiliations.get(j).text();
                if (p.matcher(text.toLowerCase(Locale.ROOT).replace('\u2019', '\'')).find()) {
                    seen++;
                    if (!placements.get(i).get(j).country().equals(country)) {
                        wrong.add(text + " -> " + placements.get(i).get(j));
                    }
                }
            }
        }
        assertThat(seen).isGreaterThanOrEqualTo(atLeast);
        assertThat(wrong).isEmpty();
    }

    private void read(Path root) throws IOException
    {
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(f -> f.toString().endsWith(".json.gz")).sorted().toList();
        }
        AuthorshipSink sink = new AuthorshipSink()
        {
            @Override
            public void accept(Authorship authorship)
            {
                authorships.add(authorship);
            }

            @Override
            public void reject(Rejection rejection)
            {
            }
        };
        for (Path f : files) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                new PaperlistsReader().read(root.relativize(f).toString(), in, sink);
            }
        }
    }
}
