package io.talentflow.org;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class TestOrganisationRegistry
{
    @Test
    void load_withoutDump_ownTableOnlyAndSaysSo()
    {
        OrganisationRegistry registry = OrganisationRegistry.load(Optional.empty());

        assertThat(registry.summary()).contains("no ROR dump was given");
        assertThat(registry.organisation("tf:deepseek")).hasValueSatisfying(o -> {
            assertThat(o.name()).isEqualTo("DeepSeek");
            assertThat(o.country()).isEqualTo("CN");
            assertThat(o.type()).isEqualTo("company");
        });
        assertThat(registry.organisation("tf:microsoft")).get().extracting(Organisation::country).isEqualTo("");
        assertThat(registry.organisation("tf:microsoft-research-asia")).get()
                .satisfies(o -> assertThat(o.country()).isEqualTo("CN"))
                .satisfies(o -> assertThat(o.parent()).isEqualTo("tf:microsoft"));
    }

    @Test
    void load_ownRowNamingRorRecord_correctsItUnderTheRorId() throws IOException
    {
        try (TestingRorDump dump = TestingRorDump.standard()) {
            OrganisationRegistry registry = dump.registry();

            Organisation microsoft = registry.organisation("https://ror.org/00d0nc645").orElseThrow();
            assertThat(microsoft.name()).isEqualTo("Microsoft");
            assertThat(microsoft.country()).as("a multinational's parent has no country").isEmpty();
            assertThat(registry.organisation("tf:microsoft")).isEmpty();
            Organisation msra = registry.organisation("https://ror.org/0300m5276").orElseThrow();
            assertThat(msra.country()).isEqualTo("CN");
            assertThat(msra.parent()).isEqualTo("https://ror.org/00d0nc645");
            assertThat(registry.organisation("tf:meta-fair-paris")).get().extracting(Organisation::parent).isEqualTo("tf:meta");
        }
    }

    @Test
    void load_companyWithChildrenInSeveralCountries_losesItsCountry() throws IOException
    {
        String parent = company("0000multi", "Globex (United States)", "US", "[{\"type\": \"child\", \"id\": \"https://ror.org/0000child\"}]");
        String childA = company("0000childa", "Globex (France)", "FR", "[{\"type\": \"parent\", \"id\": \"https://ror.org/0000multi\"}]");
        String childB = company("0000childb", "Globex (Japan)", "JP", "[{\"type\": \"parent\", \"id\": \"https://ror.org/0000multi\"}]");
        try (TestingRorDump dump = TestingRorDump.of("d.json", "[" + parent + "," + childA + "," + childB + "]")) {
            OrganisationRegistry registry = dump.registry();

            assertThat(registry.organisation("https://ror.org/0000multi")).get().extracting(Organisation::country).isEqualTo("");
            assertThat(registry.organisation("https://ror.org/0000childa")).get().extracting(Organisation::country).isEqualTo("FR");
        }
    }

    @Test
    void load_parentMissingFromDump_relationIgnoredAndCounted() throws IOException
    {
        String orphan = company("0000orphn", "Orphan Lab", "DE", "[{\"type\": \"parent\", \"id\": \"https://ror.org/0000gone0\"}]");
        try (TestingRorDump dump = TestingRorDump.of("d.json", "[" + orphan + "]")) {
            OrganisationRegistry registry = dump.registry();

            assertThat(registry.organisation("https://ror.org/0000orphn")).get().extracting(Organisation::parent).isEqualTo("");
            assertThat(registry.problems()).singleElement().asString()
                    .contains("1 parent relations name records missing from the dump", "https://ror.org/0000orphn names https://ror.org/0000gone0");
        }
    }

    private static String company(String id, String name, String country, String relationships)
    {
        return "{\"id\": \"https://ror.org/" + id + "\", \"types\": [\"company\"], \"names\": [{\"value\": \"" + name
                + "\", \"types\": [\"ror_display\"]}], \"locations\": [{\"geonames_details\": {\"country_code\": \"" + country
                + "\", \"name\": \"X\"}}], \"relationships\": " + relationships + "}";
    }
}
