package io.talentflow.synth;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TestPlan
{
    /** Segments as "year:country" separated by spaces; the co-affiliation runs dualFirst..dualLast (none when dualLast < dualFirst). */
    @ParameterizedTest
    @CsvSource({
            "2010:US, 0, -1, stayer",
            "2010:US 2013:GB, 0, -1, migrant",
            "2010:US 2013:GB 2017:CH, 0, -1, migrant",
            "2010:CN 2013:US 2017:CN, 0, -1, returnee",
            "2010:US, 2014, 2014, stayer",
            "2010:US, 2014, 2015, traveller",
            "2010:US 2013:GB, 2016, 2018, traveller",
    })
    void mobilityClass_career_followsTheProjectDefinitions(String segments, int dualFirst, int dualLast, String expected)
    {
        String[] parts = segments.split(" ");
        int[] starts = new int[parts.length];
        String[] countries = new String[parts.length];
        for (int s = 0; s < parts.length; s++) {
            starts[s] = Integer.parseInt(parts[s].substring(0, 4));
            countries[s] = parts[s].substring(5);
        }
        Plan plan = new Plan(2010, 2020, starts, new int[parts.length], countries, 0, -1, dualFirst, dualLast, dualLast >= dualFirst ? 1 : -1);
        assertThat(plan.mobilityClass()).isEqualTo(expected);
    }
}
