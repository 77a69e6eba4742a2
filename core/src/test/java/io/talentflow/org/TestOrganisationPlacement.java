package io.talentflow.org;

import io.talentflow.geo.CountryEvaluation;
import io.talentflow.geo.CountryResolver;
import io.talentflow.geo.EvaluationReport;
import io.talentflow.geo.LabelledAffiliation;
import io.talentflow.geo.Placement;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The organisation a text names, as evidence of where the text is. */
class TestOrganisationPlacement
{
    @Test
    void resolve_organisationOutranksWeakerTextEvidenceNotACountryName() throws IOException
    {
        try (TestingRorDump dump = TestingRorDump.standard()) {
            OrganisationLinker linker = new OrganisationLinker(dump.registry(), CountryResolver.create(null));
            CountryResolver resolver = linker.places().withOrganisations(linker::placement);

            assertThat(resolver.resolve("Nanjing Univ. of Sci. & Technol.")).isEqualTo(new Placement("CN", 0.873, "org"));
            assertThat(resolver.resolve("Tsinghua University, Beijing, China").basis()).isEqualTo("text:country");
            assertThat(resolver.resolve("Microsoft").basis()).as("a multinational's parent has no country").isEqualTo("unknown:multinational");
            assertThat(resolver.resolve("Department of Physics").known()).isFalse();
        }
    }

    /** The figures reached on affiliations/dev.tsv with the ROR sample and the universities list; a change that lowers them fails. */
    @Test
    void evaluate_devTsvWithRorSample_staysAboveReachedFigures() throws IOException
    {
        Optional<Path> dev = SharedData.path("affiliations/dev.tsv");
        Optional<OrganisationLinker> sampleLinker = SharedData.sampleLinker();
        Assumptions.assumeTrue(dev.isPresent() && sampleLinker.isPresent(), "shared data absent: ../shared/data not found");

        OrganisationLinker linker = sampleLinker.get();
        List<LabelledAffiliation> all = CountryEvaluation.read(dev.get());
        EvaluationReport report = CountryEvaluation.evaluate(linker.places().withOrganisations(linker::placement), all);

        assertThat(report.accuracy()).as(report.format(10, 2)).isGreaterThanOrEqualTo(0.985);
        assertThat(report.precision()).isGreaterThanOrEqualTo(0.995);
    }
}
