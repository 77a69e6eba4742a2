package io.talentflow.geo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class TestCountryResolver
{
    private final CountryResolver resolver = Resolvers.BUILT_IN;

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Stanford University, Stanford, CA, USA                      | US | text:country
            Dept. of CS, Cornell University, Ithaca, NY, U.S.A.         | US | text:country
            University of Washington, United States of America          | US | text:country
            University of Oxford, Oxford, UK                            | GB | text:country
            Imperial College, London, U.K.                              | GB | text:country
            University of Edinburgh, Scotland                           | GB | text:country
            University of Bath, England                                 | GB | text:country
            Zhejiang University, Hangzhou, P.R. China                   | CN | text:country
            Fudan University, Shanghai, PRC                             | CN | text:country
            KAIST, Daejeon, Republic of Korea                           | KR | text:country
            Seoul National University, South Korea                      | KR | text:country
            Universität Augsburg, Augsburg, Deutschland                 | DE | text:country
            Université de Genève, Genève, Suisse                        | CH | text:country
            Universität Basel, Schweiz                                  | CH | text:country
            Universidad de Sevilla, Sevilla, España                     | ES | text:country
            Università di Padova, Italia                                | IT | text:country
            Universiteit Utrecht, Nederland                             | NL | text:country
            Universidade de São Paulo, Brasil                           | BR | text:country
            Hacettepe Üniversitesi, Ankara, Türkiye                     | TR | text:country
            Department of Physics, Lomonosov Moscow State University, Russian Federation | RU | text:country
            """)
    void resolve_countryNameVariant_placesWithCountryBasis(String text, String country, String basis)
    {
        assertThat(resolver.resolve(text)).isEqualTo(new Placement(country, Kind.COUNTRY.confidence, basis));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Department of Computer Science, Palo Alto, CA 94305           | US
            Seattle WA 98195                                              | US
            Some Lab, Pittsburgh, PA                                      | US
            Research Center, Cambridge, MA                                | US
            Western University, London, ON                                | CA
            Department of Physics, Nanjing, Jiangsu                       | CN
            Institute of Botany, Kunming, Yunnan                          | CN
            Hsinchu Science Park                                          | TW
            Department of EE, Shatin, N.T.                                | HK
            Kowloon Tong                                                  | HK
            Bangalore                                                     | IN
            Zurich                                                        | CH
            """)
    void resolve_cityStateOrProvince_places(String text, String country)
    {
        Placement p = resolver.resolve(text);
        assertThat(p.country()).isEqualTo(country);
        assertThat(p.confidence()).isBetween(0.7, 0.9);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            We thank CA and IN for help
            Results IN, OR out of range
            A PA system, ME and VA values
            """)
    void resolve_stateCodeOutsideAddress_isNotARegion(String text)
    {
        assertThat(resolver.resolve(text).basis()).isNotEqualTo("text:region");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            City University of Hong Kong, Hong Kong, China                    | HK
            The Chinese University of Hong Kong, Shatin, N.T., China           | HK
            Hong Kong University of Science and Technology, China              | HK
            University of Macau, Taipa, Macau SAR, China                       | MO
            National Taiwan University, Taipei, Taiwan, Republic of China      | TW
            National Tsing Hua University, Hsinchu, Taiwan                     | TW
            Academia Sinica, Taipei                                            | TW
            """)
    void resolve_hongKongMacauTaiwan_neverChina(String text, String country)
    {
        assertThat(resolver.resolve(text).country()).isEqualTo(country);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            清华大学计算机系                | CN
            北京大学                        | CN
            東京大学                        | JP
            京都大学 情報学研究科           | JP
            서울대학교                      | KR
            한양대학교 컴퓨터공학과         | KR
            香港中文大學                    | HK
            國立臺灣大學                    | TW
            台灣大學                        | TW
            とある研究所                    | JP
            """)
    void resolve_cjkScript_places(String text, String country)
    {
        assertThat(resolver.resolve(text).country()).isEqualTo(country);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Microsoft Research
            Google
            Google Research, Brain Team
            Meta AI
            Facebook AI Research
            Amazon
            IBM Research
            NVIDIA
            Huawei Noah's Ark Lab
            Alibaba Group
            Tencent
            ByteDance
            Samsung Research
            Waymo Research
            Waymo LLC
            Google Brain
            Uber ATG
            """)
    void resolve_bareMultinational_isUnknownMultinational(String text)
    {
        assertThat(resolver.resolve(text)).isEqualTo(Placement.unknown("unknown:multinational"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            DeepSeek-AI                  | CN
            Moonshot AI                  | CN
            StepFun                      | CN
            MiniMax                      | CN
            01.AI                        | CN
            Baichuan Inc.                | CN
            Zhipu AI                     | CN
            ZhipuAI                      | CN
            Mila                         | CA
            MILA                         | CA
            Mila - Quebec AI Institute   | CA
            """)
    void resolve_organisationInOneCountry_isPlacedAsAUniversity(String text, String country)
    {
        assertThat(resolver.resolve(text)).isEqualTo(new Placement(country, 0.85, "text:institution"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Microsoft Research Asia                         | CN | lab
            Microsoft Research Cambridge                    | GB | lab
            Microsoft Research India                        | IN | lab
            Google Zurich                                   | CH | lab
            Google Research India                           | IN | lab
            DeepMind London                                 | GB | lab
            FAIR Paris                                      | FR | lab
            Facebook AI Research London                     | GB | lab
            NEC Laboratories America                        | US | lab
            NEC Labs Europe                                 | DE | lab
            Huawei Noah's Ark Lab (Hong Kong)               | HK | lab
            Samsung AI Center Toronto                       | CA | lab
            Toyota Research Institute                       | US | lab
            Mitsubishi Electric Research Laboratories       | US | lab
            Google, 1600 Amphitheatre Parkway, Mountain View, CA | US | text:region
            Amazon Web Services, Seattle                    | US | text:city
            Waymo, Mountain View, CA, USA                   | US | text:country
            Google Brain, Zurich                            | CH | text:region
            """)
    void resolve_namedLabOrLocatedMultinational_places(String text, String country, String basis)
    {
        Placement p = resolver.resolve(text);
        assertThat(p.country()).isEqualTo(country);
        assertThat(p.basis()).isEqualTo(basis);
    }

    @Test
    void resolve_twoCountries_isUnknownWithBothCountries()
    {
        String text = "Tsinghua University, Beijing, China and University of Washington, Seattle, USA";

        assertThat(resolver.resolve(text)).isEqualTo(Placement.unknown("unknown:several-countries"));
        assertThat(resolver.countries(text)).containsExactly("CN", "US");
    }

    @Test
    void countries_placedText_isItsCountry()
    {
        assertThat(resolver.countries("Kyoto University, Kyoto, Japan")).containsExactly("JP");
    }

    @ParameterizedTest(name = "[{index}]")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            NULL
            ''
            '   '
            ',;.--'
            """)
    void resolve_emptyInput_isUnknownNone(String text)
    {
        assertThat(resolver.resolve(text)).isEqualTo(Placement.unknown("unknown:none"));
    }

    @Test
    void resolve_hugeInput_isCappedAndAnswers()
    {
        String huge = "Foo Bar Institute, ".repeat(6000) + "Paris, France";

        long start = System.nanoTime();
        Placement p = resolver.resolve(huge);

        assertThat(p.known()).isFalse();
        assertThat(System.nanoTime() - start).isLessThan(1_000_000_000L);
    }

    @Test
    void resolve_controlCharactersAndMixedScripts_placeByTheirWords()
    {
        String text = "Dept.\u0000of\u0007Physics\t\u202e東京\uD83D\uDE00, Kyoto\u0301 University\r\n, Japan\uFFFF";

        assertThat(resolver.resolve(text).country()).isEqualTo("JP");
        assertThat(resolver.resolve("\uD800\uDC00\uD800")).isEqualTo(Placement.unknown("unknown:none"));
    }

    @Test
    void create_missingUniversityList_stillPlacesFromTables()
    {
        CountryResolver r = CountryResolver.create(Path.of("/nonexistent/world_universities.json"));

        assertThat(r.resolve("Tsinghua University").country()).isEqualTo("CN");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            cs.tsinghua.edu.cn    | CN | email:academic
            ox.ac.uk              | GB | email:academic
            u-tokyo.ac.jp         | JP | email:academic
            unimelb.edu.au        | AU | email:academic
            cs.stanford.edu       | US | email:academic
            user@ust.hk           | HK | email:cctld
            ntu.edu.tw            | TW | email:academic
            um.edu.mo             | MO | email:academic
            inria.fr              | FR | email:cctld
            mpi-inf.mpg.de        | DE | email:cctld
            unal.edu.co           | CO | email:academic
            bbc.co.uk             | GB | email:cctld
            """)
    void fromEmailDomain_countryOrAcademicDomain_places(String domain, String country, String basis)
    {
        Placement p = resolver.fromEmailDomain(domain);
        assertThat(p.country()).isEqualTo(country);
        assertThat(p.basis()).isEqualTo(basis);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            google.com         | unknown:multinational
            research.google.com | unknown:multinational
            microsoft.com      | unknown:multinational
            fb.com             | unknown:multinational
            huggingface.io     | unknown:none
            openai.ai          | unknown:none
            startup.co         | unknown:none
            example.com        | unknown:none
            not a domain       | unknown:none
            ''                 | unknown:none
            """)
    void fromEmailDomain_companyOrVanityDomain_isUnknown(String domain, String basis)
    {
        assertThat(resolver.fromEmailDomain(domain)).isEqualTo(Placement.unknown(basis));
    }

    @Test
    void fromEmailDomain_universityList_placesItsDomains()
    {
        CountryResolver withList = Resolvers.withUniversityList();
        org.junit.jupiter.api.Assumptions.assumeTrue(withList != null, "shared data absent: universities list not found");

        assertThat(withList.fromEmailDomain("mails.tsinghua.edu.cn").basis()).isEqualTo("email:university");
        assertThat(withList.fromEmailDomain("cs.mit.edu")).isEqualTo(new Placement("US", 0.85, "email:university"));
    }

    @Test
    void fromSourceCountry_countryName_isSourceWithLowestConfidence()
    {
        assertThat(resolver.fromSourceCountry("United States")).isEqualTo(new Placement("US", 0.5, "source"));
        assertThat(resolver.fromSourceCountry("")).isEqualTo(Placement.unknown("unknown:none"));
    }

    @ParameterizedTest
    @CsvSource({"GB,GB", "US,US", "DE,DE", "IN,IN", "CA,CA", "HK,HK", "MO,MO", "TW,TW", "CN,CN", "gb,GB"})
    void fromSourceCountry_isoCode_isThatCountry(String code, String country)
    {
        assertThat(resolver.fromSourceCountry(code)).isEqualTo(new Placement(country, 0.5, "source"));
    }

    @Test
    void withOrganisations_severalCountries_organisationDecidesOnlyForTheFirstNamed()
    {
        CountryResolver byOrganisation = resolver.withOrganisations(text -> new Placement("CN", 0.9, "org"));

        assertThat(byOrganisation.resolve("The Chinese University of Hong Kong; YouTu Lab, Tencent").basis()).isEqualTo("unknown:several-countries");
        assertThat(byOrganisation.resolve("YouTu Lab, Tencent; The Chinese University of Hong Kong")).isEqualTo(new Placement("CN", 0.9, "org"));
    }
}
