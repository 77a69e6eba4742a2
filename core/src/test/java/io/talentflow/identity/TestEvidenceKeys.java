package io.talentflow.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TestEvidenceKeys
{
    @Test
    void keys_moreTextsThanTheBound_stayBoundedAndCorrect()
    {
        EvidenceKeys keys = new EvidenceKeys(10);
        for (int i = 0; i < 100; i++) {
            String institution = "Dept. of Computing, University " + i + ", Oxford";
            assertThat(keys.institution(institution)).isEqualTo(Evidence.institution(institution));
            assertThat(keys.domain("cs.uni" + i + ".ac.uk")).isEqualTo(Evidence.domain("cs.uni" + i + ".ac.uk"));
            assertThat(keys.name("Wei Wang" + "abcdefghij".charAt(i % 10)).fine()).isEqualTo(NameKey.fine(NameKey.tokens("Wei Wang" + "abcdefghij".charAt(i % 10))));
            assertThat(keys.size()).isLessThanOrEqualTo(3 * 10);
        }
    }

    @Test
    void name_unusableName_hasNoForm()
    {
        assertThat(new EvidenceKeys().name("-").form()).isNull();
        assertThat(new EvidenceKeys().name("-").fine()).isEmpty();
    }
}
