package io.talentflow.evaluation;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class TestCareerTruth
{
    @Test
    void read_handWrittenFile_readsGoodCasesAndReportsEachBadLine()
            throws Exception
    {
        CareerTruth truth = CareerTruth.read(fixture());

        assertThat(truth.cases()).extracting(CareerCase::name).containsExactly("Li Wei", "Hans Gruber", "Zhang San");
        assertThat(truth.cases().get(0).moves()).containsExactly(new ExpectedMove("CN", "US", 2016, 2017));
        assertThat(truth.cases().get(1).home()).isEqualTo(Set.of("DE", "CH"));
        assertThat(truth.cases().get(2).moves()).hasSize(2);
        assertThat(truth.errors()).hasSize(4);
        assertThat(truth.errors().get(0)).contains("careers.tsv line 6").contains("window 2019-2015 starts after it ends");
        assertThat(truth.errors().get(1)).contains("line 7").contains("'XX' is not an ISO 3166-1 alpha-2 country code");
        assertThat(truth.errors().get(2)).contains("line 8").contains("the move 'CN-US' is not FROM>TO@EARLIEST-LATEST");
        assertThat(truth.errors().get(3)).contains("line 9").contains("2 tab-separated fields");
    }

    @Test
    void read_sharedDevSet_readsEveryCase()
            throws Exception
    {
        Path dev = Path.of(System.getProperty("talentflow.shared.data", "/nonexistent"), "careers", "dev.tsv");
        Assumptions.assumeTrue(Files.isRegularFile(dev), "careers/dev.tsv absent at " + dev + "; skipped");

        CareerTruth truth = CareerTruth.read(dev);

        assertThat(truth.errors()).isEmpty();
        assertThat(truth.cases()).hasSize(34);
        assertThat(truth.cases().stream().filter(c -> c.moves().isEmpty()).map(CareerCase::home).toList()).allMatch(home -> !home.isEmpty());
        assertThat(truth.cases()).extracting(CareerCase::name).contains("Gao Huang", "Masashi Sugiyama");
    }

    private static Path fixture()
            throws URISyntaxException
    {
        return Path.of(TestCareerTruth.class.getResource("/evaluation/careers.tsv").toURI());
    }
}
