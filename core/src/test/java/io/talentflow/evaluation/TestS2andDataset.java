package io.talentflow.evaluation;

import io.talentflow.identity.BlockingDisambiguator;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.nio.file.Paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TestS2andDataset
{
    private static final Path FIXTURE = Paths.get("src/test/resources/evaluation/s2and");

    @Test
    void read_fixture_usableSignaturesAsAuthorshipsAndBadOnesRejected()
    {
        S2andDataset dataset = S2andDataset.read(FIXTURE);
        assertThat(dataset.signatureIds()).containsExactly("0", "1", "2", "3");
        assertThat(dataset.truth()).containsExactly("1", "1", "2", "3");
        assertThat(dataset.authorships().get(1).name()).isEqualTo("Anna B Smith");
        assertThat(dataset.authorships().get(0).emailDomain()).isEqualTo("cs.ox.ac.uk");
        assertThat(dataset.authorships().get(0).affiliations().get(0).text()).isEqualTo("University of Oxford");
        assertThat(dataset.rejections()).hasSize(2)
                .anySatisfy(r -> assertThat(r).contains("Signature 4").contains("author_info"))
                .anySatisfy(r -> assertThat(r).contains("Signature 5").contains("no cluster"));
    }

    @Test
    void evaluate_fixture_affiliationsSeparateTheTwoAnnaSmiths()
    {
        S2andEvaluation result = S2andEvaluation.evaluate(S2andDataset.read(FIXTURE), new BlockingDisambiguator());
        assertThat(result.clusters().get(0)).isEqualTo(result.clusters().get(1)).isNotEqualTo(result.clusters().get(2));
        assertThat(result.scores().bcubedF1()).isEqualTo(1.0);
        assertThat(result.fullName().bcubedPrecision()).isLessThan(1.0);
    }

    @Test
    void read_missingFolder_rejectedWithReason()
    {
        assertThatThrownBy(() -> S2andDataset.read(Paths.get("no-such-folder")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("signatures.json");
    }
}
