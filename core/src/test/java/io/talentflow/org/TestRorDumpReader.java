package io.talentflow.org;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TestRorDumpReader
{
    private static final String ONE = "{\"id\": \"https://ror.org/03cve4549\", \"status\": \"active\", \"types\": [\"education\"],"
            + " \"names\": [{\"value\": \"Tsinghua University\", \"types\": [\"ror_display\", \"label\"], \"lang\": \"en\"}],"
            + " \"locations\": [{\"geonames_details\": {\"country_code\": \"CN\", \"name\": \"Beijing\"}}], \"relationships\": []}";
    private static final String SCHEMA1 = "[{\"id\": \"https://ror.org/03cve4549\", \"name\": \"Tsinghua University\", \"country\":"
            + " {\"country_code\": \"CN\"}}]";

    @TempDir
    Path dir;

    @Test
    void read_handWrittenRelease_keepsUsableRecordsAndLeavesWithdrawnOut() throws IOException
    {
        try (TestingRorDump dump = TestingRorDump.standard()) {
            RorDump read = RorDumpReader.read(dump.path());

            assertThat(read.entries()).hasSize(18);
            assertThat(read.withdrawn()).isEqualTo(1);
            assertThat(read.skipped()).isZero();
            RegistryEntry tsinghua = read.entries().get(0);
            assertThat(tsinghua.id()).isEqualTo("https://ror.org/03cve4549");
            assertThat(tsinghua.displayName()).isEqualTo("Tsinghua University");
            assertThat(tsinghua.names()).extracting(OrgName::value).contains("清华大学", "THU");
            assertThat(tsinghua.country()).isEqualTo("CN");
            assertThat(tsinghua.cities()).containsExactly("Beijing");
            assertThat(tsinghua.domains()).containsExactly("tsinghua.edu.cn");
        }
    }

    @Test
    void read_funderAmongTypes_typeIsTheKindOfOrganisation() throws IOException
    {
        String institute = ONE.replace("\"types\": [\"education\"]", "\"types\": [\"funder\", \"nonprofit\"]");
        String funder = ONE.replace("03cve4549", "0000fundr").replace("\"types\": [\"education\"]", "\"types\": [\"funder\"]");
        try (TestingRorDump dump = TestingRorDump.of("d.json", "[" + institute + "," + funder + "]")) {
            assertThat(RorDumpReader.read(dump.path()).entries()).extracting(RegistryEntry::type).containsExactly("nonprofit", "funder");
        }
    }

    @Test
    void read_releaseWithCsvAndBothSchemas_readsTheSchema2Array() throws IOException
    {
        try (TestingRorDump dump = TestingRorDump.of("v1.50-2024-07-29-ror-data.csv", "id,name\n",
                "v1.50-2024-07-29-ror-data.json", SCHEMA1, "v1.50-2024-07-29-ror-data_schema_v2.json", "[" + ONE + "]")) {
            RorDump read = RorDumpReader.read(dump.path());

            assertThat(read.file()).endsWith("v1.50-2024-07-29-ror-data_schema_v2.json");
            assertThat(read.entries()).extracting(RegistryEntry::displayName).containsExactly("Tsinghua University");
        }
    }

    @Test
    void read_notAZip_isOneSentenceNamingTheFile() throws IOException
    {
        Path file = Files.writeString(dir.resolve("dump.zip"), "<html>rate limited</html>");

        assertThatThrownBy(() -> RorDumpReader.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The ROR dump " + file + " is not a zip file");
    }

    @Test
    void read_zipWithoutJsonArray_isOneSentence() throws IOException
    {
        try (TestingRorDump dump = TestingRorDump.of("README.txt", "hello", "data.json", "{\"not\": \"an array\"}")) {
            assertThatThrownBy(() -> RorDumpReader.read(dump.path()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("The ROR dump " + dump.path() + " holds no JSON array of ROR records.");
        }
    }

    @Test
    void read_schema1Only_saysWhichSchemaIsNeeded() throws IOException
    {
        try (TestingRorDump dump = TestingRorDump.of("v1.20-2023-03-01-ror-data.json", SCHEMA1)) {
            assertThatThrownBy(() -> RorDumpReader.read(dump.path()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("holds only schema-1 records");
        }
    }

    @Test
    void read_recordsWithoutIdOrNames_skippedCountedAndNamed() throws IOException
    {
        String noId = "{\"names\": [{\"value\": \"Nameless Id\", \"types\": [\"ror_display\"]}]}";
        String noNames = "{\"id\": \"https://ror.org/0000nonam\", \"names\": []}";
        try (TestingRorDump dump = TestingRorDump.of("d.json", "[" + ONE + ", " + noId + ", " + noNames + ", 42]")) {
            RorDump read = RorDumpReader.read(dump.path());

            assertThat(read.entries()).hasSize(1);
            assertThat(read.skipped()).isEqualTo(3);
            assertThat(read.problems()).singleElement().asString()
                    .contains("3 records skipped", "record 2 has no id", "record 3 (https://ror.org/0000nonam) has no names",
                            "record 4 is not a JSON object");
        }
    }

    @Test
    void read_cutShort_keepsTheRecordsBeforeTheCut() throws IOException
    {
        try (TestingRorDump dump = TestingRorDump.of("d.json", "[" + ONE + ", " + ONE.substring(0, 60))) {
            RorDump read = RorDumpReader.read(dump.path());

            assertThat(read.entries()).hasSize(1);
            assertThat(read.problems()).singleElement().asString().contains("is cut short or malformed after record", "the records before it are loaded");
        }
    }
}
