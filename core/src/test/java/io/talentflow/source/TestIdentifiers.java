package io.talentflow.source;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TestIdentifiers
{
    @ParameterizedTest
    @CsvSource({
            "~Ann_Lee1,corl,OPENREVIEW,~Ann_Lee1",
            "/37087322448,icra,IEEE,37087322448",
            "/o/omer-goldman/,acl,ACL,omer-goldman",
            "/o/omer-goldman/,cvpr,,",
            "ann@cmu.edu,iclr,,",
            "ICLR.cc/2018/Conference/Paper1/Authors,iclr,,",
            "withdrawn,iclr,,",
            "'',corl,,"})
    void addAuthorId_entry_givesItsScheme(String entry, String venue, IdScheme scheme, String id)
    {
        Map<IdScheme, String> ids = Identifiers.newMap();
        Identifiers.addAuthorId(ids, entry, venue);

        assertThat(ids).isEqualTo(scheme == null ? Map.of() : Map.of(scheme, id));
    }

    @ParameterizedTest
    @CsvSource({"318/3206.html,318/3206", "f/DavidAForsyth,f/DavidAForsyth",
            "https://dblp.uni-trier.de/pid/76/744-1,76/744-1", "https://dblp.org/rec/conf/embc/X22,''", "'',''"})
    void dblp_spellings_giveThePersonKey(String raw, String key)
    {
        assertThat(Identifiers.dblp(raw)).isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource({"0000-0003-1447-121X,0000-0003-1447-121X", "http://orcid.org/0000-0001-7468-5127,0000-0001-7468-5127",
            "http://  0000-0001-5018-789x,0000-0001-5018-789X", "https://www.linkedin.com/feed/,''"})
    void orcid_spellings_giveTheId(String raw, String id)
    {
        assertThat(Identifiers.orcid(raw)).isEqualTo(id);
    }

    @ParameterizedTest
    @CsvSource({"cs.cmu.edu,cs.cmu.edu", "TU-BERLIN.DE,tu-berlin.de", "ann@mit.edu,mit.edu", "iﬂytek.com,iflytek.com",
            "g o o g l e . c o m,''", "*,''", "{data61.csiro.au,''", "1,''"})
    void emailDomain_values_givePlausibleDomainsOnly(String raw, String domain)
    {
        assertThat(Identifiers.emailDomain(raw)).isEqualTo(domain);
    }
}
