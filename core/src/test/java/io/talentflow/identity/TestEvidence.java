package io.talentflow.identity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TestEvidence
{
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "School of Informatics, University of Edinburgh | university of edinburgh",
            "University of Edinburgh | university of edinburgh",
            "Tsinghua University, Beijing, China | tsinghua university",
            "The University of Sydney | university of sydney",
            "Department of Computer Science; Université de Montréal | universite de montreal",
            "Institute of Automation, Chinese Academy of Sciences | institute of automation",
            "MIT CSAIL, Cambridge, MA | mit csail cambridge ma",
            "Google Research | google",
            "Microsoft Research, Redmond | microsoft",
            "Microsoft | microsoft",
            "Microsoft Research Asia, Beijing | microsoft research asia beijing",
            "Tencent AI Lab, Shenzhen | tencent",
            "Facebook AI Research | facebook",
            "Department of Computer Science, Stanford | department of computer science stanford",
            "Research | research",
            "IT | ''",
    })
    void institution_affiliationText_keyOfTheWholeOrganisation(String text, String key)
    {
        assertThat(Evidence.institution(text)).isEqualTo(key);
    }
}
