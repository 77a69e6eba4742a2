package io.talentflow.org;

import io.talentflow.geo.CountryResolver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TestOrganisationLinker
{
    private static TestingRorDump dump;
    private static OrganisationLinker linker;

    @BeforeAll
    static void setUp()
    {
        dump = TestingRorDump.standard();
        linker = new OrganisationLinker(dump.registry(), CountryResolver.create(null));
    }

    @AfterAll
    static void tearDown() throws IOException
    {
        dump.close();
    }

    @Test
    void link_nameInAnAddress_linksItWithItsCountry()
    {
        Link link = linker.link("Dept. of Physics, Tsinghua University, Beijing 100084, China");

        assertThat(link.ids()).containsExactly("https://ror.org/03cve4549");
        assertThat(link.first().country()).isEqualTo("CN");
        assertThat(link.score()).isGreaterThan(0.9);
    }

    @Test
    void link_abbreviatedName_findsTheLongerNameNotTheShorterOne()
    {
        assertThat(linker.link("Sch. of Comput. Sci., Nanjing Univ. of Sci. & Technol., Nanjing, China").ids())
                .containsExactly("https://ror.org/00xp9wg62");
        assertThat(linker.link("Dept. of Chemistry, Nanjing Univ., China").ids()).containsExactly("https://ror.org/01rxvg760");
    }

    @Test
    void link_reorderedOrMisspelledName_stillLinks()
    {
        assertThat(linker.link("Tsinghua Univ").ids()).containsExactly("https://ror.org/03cve4549");
        assertThat(linker.link("Nanjing Universtty of Science and Technology").ids()).containsExactly("https://ror.org/00xp9wg62");
    }

    @Test
    void link_nameWrittenAsTwoBlocksInTurn_stillLinks()
    {
        assertThat(linker.link("Dept. of Physics, University of Science and Technology Hong Kong").ids())
                .containsExactly("https://ror.org/00q4vv597");
        assertThat(linker.link("University Nanjing").linked()).as("a one-word block moved is other disorder").isFalse();
    }

    @Test
    void link_wordCutOrGluedByASpace_stillLinks() throws IOException
    {
        String records = "[" + organisation("0000bjtu0", "CN", "Beijing", List.of(), "Beijing Jiaotong University")
                + "," + organisation("0000pgim0", "IN", "Chandigarh", List.of(),
                        "Post Graduate Institute of Medical Education and Research")
                + "," + organisation("0000post0", "GB", "London", List.of(), "Post Office Research Station")
                + "," + organisation("0000nps00", "US", "Monterey", List.of(), "Postgraduate School of Engineering") + "]";
        try (TestingRorDump split = TestingRorDump.of("d.json", records)) {
            OrganisationLinker own = new OrganisationLinker(split.registry(), CountryResolver.create(null));

            assertThat(own.link("School of Economics and Management, Beijing Jiao tong University").ids())
                    .containsExactly("https://ror.org/0000bjtu0");
            assertThat(own.link("School of Economics, Beijing Jiaotongof University").ids()).as("a glued preposition taken off")
                    .containsExactly("https://ror.org/0000bjtu0");
            assertThat(own.link("Post Graduate Institute of Medical Education and Research, Chandigarh").ids())
                    .as("halves more common than the whole stay apart").containsExactly("https://ror.org/0000pgim0");
        }
    }

    @Test
    void link_footnoteMarkGluedToTheName_stillLinks()
    {
        assertThat(linker.link("Dept. of Physics, Tsinghua University2, Beijing").ids()).containsExactly("https://ror.org/03cve4549");
    }

    @Test
    void link_labelInAnotherScript_linksTheSameRecord()
    {
        assertThat(linker.link("清华大学计算机科学与技术系").ids()).containsExactly("https://ror.org/03cve4549");
    }

    @Test
    void link_acronym_linksOnlyWithSupport()
    {
        assertThat(linker.link("MIT, Cambridge, MA 02139, USA").ids()).containsExactly("https://ror.org/042nb2s44");
        assertThat(linker.link("MIT, Manipal, India").ids()).containsExactly("https://ror.org/02xzytt36");
        assertThat(linker.link("MIT").linked()).as("one of several, nothing in the text to choose").isFalse();
        assertThat(linker.link("HKUST, Kowloon, P. R. China").ids()).containsExactly("https://ror.org/00q4vv597");
    }

    @Test
    void link_instituteOfAnAcademy_instituteFirstThenTheAcademy()
    {
        Link link = linker.link("Inst. of Computing Technology, CAS, Beijing");

        assertThat(link.ids()).containsExactly("https://ror.org/0090r4d87", "https://ror.org/034t30j35");
    }

    @Test
    void link_labOfAUniversityNamedWithIt_universityFirst()
    {
        Link link = linker.link("Space Sciences Laboratory, University of California, Berkeley, CA");

        assertThat(link.ids()).startsWith("https://ror.org/01an7q238", "https://ror.org/048400679");
        assertThat(linker.link("Space Sciences Laboratory, Berkeley").ids()).startsWith("https://ror.org/048400679", "https://ror.org/01an7q238");
    }

    @Test
    void link_systemNameWithTheCampusCityAfterTheStreet_linksTheCampus()
    {
        assertThat(linker.link("Astronomy Department, University of California, 445 Campbell Hall, Berkeley, CA 94720").ids())
                .startsWith("https://ror.org/01an7q238");
        assertThat(linker.link("University of California, USA").ids()).as("no campus city: the system")
                .startsWith("https://ror.org/00pjdza24");
    }

    @Test
    void link_campusShortNameWithAnotherCampusCity_linksThatCampus() throws IOException
    {
        String records = "[" + organisation("0000usmd0", "US", "Adelphi", List.of("child:0000umcp0", "child:0000umbc0"),
                "University System of Maryland")
                + "," + organisation("0000umcp0", "US", "College Park", List.of("parent:0000usmd0"), "University of Maryland, College Park",
                        "University of Maryland")
                + "," + organisation("0000umbc0", "US", "Baltimore", List.of("parent:0000usmd0"),
                        "University of Maryland, Baltimore") + "]";
        try (TestingRorDump maryland = TestingRorDump.of("d.json", records)) {
            OrganisationLinker own = new OrganisationLinker(maryland.registry(), CountryResolver.create(null));

            assertThat(own.link("University of Maryland Greenebaum Cancer Center, Baltimore, MD").ids())
                    .startsWith("https://ror.org/0000umbc0");
            assertThat(own.link("University of Maryland Cancer Center, College Park, MD").ids()).startsWith("https://ror.org/0000umcp0");
        }
    }

    @Test
    void link_unitCodeWrittenWithASpace_decidesBetweenNamesakes() throws IOException
    {
        String records = "[" + organisation("0000cpt01", "FR", "Marseille", List.of(), "Centre de Physique Théorique", "UMR7332")
                + "," + organisation("0000cpt02", "FR", "Palaiseau", List.of(), "Centre de Physique Théorique", "UMR7644") + "]";
        try (TestingRorDump centres = TestingRorDump.of("d.json", records)) {
            OrganisationLinker own = new OrganisationLinker(centres.registry(), CountryResolver.create(null));

            assertThat(own.link("Centre de Physique Théorique - UMR 7332").ids()).containsExactly("https://ror.org/0000cpt01");
            assertThat(own.link("Centre de Physique Théorique").linked()).as("two namesakes, nothing to choose").isFalse();
        }
    }

    @Test
    void link_namesakeWithUnits_linksTheLargerOnlyWhenTheOtherHasNone() throws IOException
    {
        String records = "[" + organisation("0000nwus0", "US", "Evanston", List.of("child:0000nwii0"), "Northwestern University")
                + "," + organisation("0000nwii0", "US", "Evanston", List.of("parent:0000nwus0"),
                        "International Institute for Nanotechnology")
                + "," + organisation("0000nwph0", "PH", "Laoag", List.of(), "Northwestern University")
                + "," + organisation("0000cpt01", "FR", "Marseille", List.of(), "Centre de Physique Théorique")
                + "," + organisation("0000cpt02", "FR", "Palaiseau", List.of(), "Centre de Physique Théorique") + "]";
        try (TestingRorDump namesakes = TestingRorDump.of("d.json", records)) {
            OrganisationLinker own = new OrganisationLinker(namesakes.registry(), CountryResolver.create(null));

            assertThat(own.link("Northwestern University").ids()).containsExactly("https://ror.org/0000nwus0");
            assertThat(own.link("Northwestern University, Laoag, Philippines").ids()).containsExactly("https://ror.org/0000nwph0");
            assertThat(own.link("Centre de Physique Théorique").linked()).as("neither has units: nothing to choose").isFalse();
        }
    }

    @Test
    void link_twoNamesWrittenOutNearlyAsStrong_textOrder()
    {
        // MIT's city misspelled weighs it a little below Tsinghua's: the first named still comes first
        assertThat(linker.link("Massachusetts Institute of Technology, Cambrige, USA and Tsinghua University, Beijing, China").ids())
                .containsExactly("https://ror.org/042nb2s44", "https://ror.org/03cve4549");
        assertThat(linker.link("Microsoft and Tsinghua University, Beijing").ids())
                .as("a name placed nowhere is clearly weaker than one in its city: the stronger first")
                .startsWith("https://ror.org/03cve4549");
    }

    @Test
    void link_oneWordNameManyOrganisationsShare_linksOnlyWithSupport() throws IOException
    {
        StringBuilder records = new StringBuilder("[")
                .append(organisation("0000frst0", "AU", "Sydney", List.of(), "Forestry Corporation", "Forestry"));
        for (int i = 1; i <= 50; i++) {
            records.append(',').append(organisation("%07dfr".formatted(i), "FI", "Town" + i, List.of(), "Forestry Institute " + i));
        }
        try (TestingRorDump forests = TestingRorDump.of("d.json", records.append(']').toString())) {
            OrganisationLinker own = new OrganisationLinker(forests.registry(), CountryResolver.create(null));

            assertThat(own.link("Research Center of Forestry Remote Sensing, Central South University").linked()).isFalse();
            assertThat(own.link("Forestry Corporation, Sydney").ids()).containsExactly("https://ror.org/0000frst0");
        }
    }

    /** A schema-2 record: the first name is the display name, the others aliases; relations as "parent:ID" or "child:ID". */
    private static String organisation(String id, String country, String city, List<String> relations, String... names)
    {
        StringBuilder out = new StringBuilder(
                "{\"id\": \"https://ror.org/%s\", \"status\": \"active\", \"types\": [\"education\"], \"names\": [".formatted(id));
        for (int i = 0; i < names.length; i++) {
            String type = i == 0 ? "ror_display" : "alias";
            out.append(i > 0 ? ", " : "").append("{\"value\": \"%s\", \"types\": [\"%s\"]}".formatted(names[i], type));
        }
        out.append("], \"locations\": [{\"geonames_details\": {\"country_code\": \"%s\", \"name\": \"%s\"}}], \"relationships\": ["
                .formatted(country, city));
        for (int i = 0; i < relations.size(); i++) {
            String[] r = relations.get(i).split(":");
            out.append(i > 0 ? ", " : "").append("{\"type\": \"%s\", \"id\": \"https://ror.org/%s\"}".formatted(r[0], r[1]));
        }
        return out.append("]}").toString();
    }

    @Test
    void link_labOfMultinational_labFirstThenTheParentWithoutCountry()
    {
        Link link = linker.link("Microsoft Research Asia, Beijing, China");

        assertThat(link.ids()).containsExactly("https://ror.org/0300m5276", "https://ror.org/00d0nc645");
        assertThat(link.organisations()).extracting(Organisation::country).containsExactly("CN", "");
        assertThat(linker.link("Microsoft").ids()).containsExactly("https://ror.org/00d0nc645");
    }

    @Test
    void link_emailDomain_linksWhenTheTextNamesNothing()
    {
        assertThat(linker.link("Department of Physics", "cs.tsinghua.edu.cn").ids()).containsExactly("https://ror.org/03cve4549");
        assertThat(linker.link("Department of Physics, wang@mails.tsinghua.edu.cn").ids()).containsExactly("https://ror.org/03cve4549");
    }

    @Test
    void link_weakEvidence_linksNothing()
    {
        assertThat(linker.link("Nanjing, China").linked()).as("a city is not its university").isFalse();
        assertThat(linker.link("Department of Computer Science").linked()).isFalse();
        assertThat(linker.link("Tsinghua University, Prague, Czech Republic").score())
                .as("a name placed in another country links more weakly").isLessThan(linker.link("Tsinghua University").score());
    }

    @Test
    void link_ownTableEntry_linksWithoutRor()
    {
        OrganisationLinker own = new OrganisationLinker(OrganisationRegistry.load(java.util.Optional.empty()), CountryResolver.create(null));

        assertThat(own.link("DeepSeek-AI, Hangzhou").ids()).containsExactly("tf:deepseek");
        assertThat(own.link("月之暗面").ids()).containsExactly("tf:moonshot-ai");
        assertThat(own.link("FAIR, Meta AI, Paris").ids()).containsExactly("tf:meta-fair-paris", "tf:meta");
    }

    @Test
    void link_junk_linksNothingAndNeverThrows()
    {
        for (String junk : new String[] {"", " ", "\u0000\u0007", "@@@@", "., ; ()[]", "x".repeat(100_000), "\ud800", null}) {
            assertThat(linker.link(junk).linked()).isFalse();
        }
    }
}
