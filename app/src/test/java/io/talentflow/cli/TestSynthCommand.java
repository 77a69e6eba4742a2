package io.talentflow.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

class TestSynthCommand
{
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void evalSynth_smallWorld_scoresAgreeWithTheTruthFiles(@TempDir Path dir)
            throws IOException
    {
        Path world = dir.resolve("world");
        CliResult synth = CliResult.run("synth", "--researchers", "300", "--out", world.toString());
        assertThat(synth.exitCode()).as(synth.err()).isZero();
        CliResult eval = CliResult.run("eval", "synth", world.toString(), "--json");
        assertThat(eval.exitCode()).as(eval.err()).isZero();
        JsonNode scores = JSON.readTree(eval.out());

        Set<String> present = column(world.resolve("truth/authorships.csv"), 3);
        long trueMoves = rows(world.resolve("truth/moves.csv")).stream().filter(r -> present.contains(r[0])).count();
        long stayers = rows(world.resolve("truth/researchers.csv")).stream().filter(r -> present.contains(r[0]) && r[4].equals("stayer")).count();
        assertThat(scores.at("/moves/true").asLong()).isEqualTo(trueMoves);
        assertThat(scores.at("/moves/tolerance_years").asInt()).isEqualTo(1);
        assertThat(scores.at("/moves/matched").asLong()).isPositive().isLessThanOrEqualTo(Math.min(trueMoves, scores.at("/moves/predicted").asLong()));
        assertThat(scores.at("/clusters/people").asLong()).isEqualTo(present.size());
        assertThat(scores.at("/classes/people").asLong()).isEqualTo(present.size());
        long judgedStayers = 0;
        for (JsonNode n : scores.at("/classes/confusion/stayer")) {
            judgedStayers += n.asLong();
        }
        assertThat(judgedStayers).isEqualTo(stayers);
        long names = rows(world.resolve("truth/researchers.csv")).stream().filter(r -> present.contains(r[0])).map(r -> r[1]).distinct().count();
        assertThat(scores.at("/exact_name_baseline/names").asLong()).isGreaterThanOrEqualTo(names * 9 / 10);
        assertThat(scores.at("/exact_name_baseline/bcubed_precision").asDouble()).isLessThanOrEqualTo(1.0).isPositive();
        // better than chance on classes and countries
        assertThat(scores.at("/classes/accuracy").asDouble()).isGreaterThan(0.5);
        assertThat(scores.at("/country_years/accuracy").asDouble()).isGreaterThan(0.5);
        assertThat(scores.at("/authorships_without_truth").asLong()).isZero();
    }

    @Test
    void synth_openalex_worksFollowTheSchemaAndTheManifestCountsThem(@TempDir Path dir)
            throws IOException
    {
        Path world = dir.resolve("w");
        assertThat(CliResult.run("synth", "--researchers", "100", "--format", "openalex", "--out", world.toString()).exitCode()).isZero();
        JsonNode manifest = JSON.readTree(world.resolve("corpus/works/manifest").toFile());
        long total = 0;
        for (JsonNode entry : manifest.get("entries")) {
            String part = entry.get("url").asText().replace("s3://openalex/data/", "");
            List<JsonNode> works = lines(world.resolve("corpus").resolve(part));
            assertThat(works).hasSize(entry.at("/meta/record_count").asInt());
            total += works.size();
            JsonNode work = works.get(0);
            assertThat(work.get("id").asText()).startsWith("https://openalex.org/W");
            assertThat(work.at("/primary_location/source/display_name").asText()).isNotEmpty();
            JsonNode authorship = work.at("/authorships/0");
            assertThat(authorship.get("author_position").asText()).isEqualTo("first");
            assertThat(authorship.at("/author/id").asText()).startsWith("https://openalex.org/A");
            assertThat(authorship.get("raw_affiliation_strings").isArray()).isTrue();
            authorship.get("institutions").forEach(i -> assertThat(i.get("country_code").asText()).hasSize(2));
        }
        assertThat(manifest.at("/meta/record_count").asLong()).isEqualTo(total);
        assertThat(rows(world.resolve("truth/authorships.csv"))).allSatisfy(r -> assertThat(r[0]).startsWith("works/updated_date="));
    }

    @Test
    void synth_nonEmptyFolder_exitsTwoNamingIt(@TempDir Path dir)
            throws IOException
    {
        Files.writeString(dir.resolve("x"), "x");
        CliResult result = CliResult.run("synth", "--researchers", "5", "--out", dir.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains(dir + " is not empty").doesNotContain("Exception");
    }

    /**
     * Hana Sato publishes in Japan in 2010 and 2011 and in the United States from 2015; she moved in
     * 2012. The papers leave 2012-2015 open: the move is dated in the middle, 2013, within ±1 of the
     * true year, and the true year is inside the years left open.
     */
    @Test
    void evalSynth_moveSeenAfterAGap_datedInTheGapAndMatched(@TempDir Path world)
            throws IOException
    {
        Files.createDirectories(world.resolve("corpus/icml"));
        for (int year : new int[] {2010, 2011, 2015, 2016}) {
            String place = year < 2012 ? "University of Tokyo, Tokyo, Japan" : "Stanford University, Stanford, CA, USA";
            Files.writeString(world.resolve("corpus/icml/icml" + year + ".json"), """
                    [{"id": "p%d", "title": "Paper %d", "author": "Hana Sato;Kenji Mori", "aff": "%s;%s"},
                     {"id": "q%d", "title": "Other %d", "author": "Hana Sato", "aff": "%s"}]""".formatted(year, year, place, place, year, year, place));
        }
        Files.createDirectories(world.resolve("truth"));
        Files.writeString(world.resolve("truth/researchers.csv"), "truth_id,name,origin,current,class\nt1,Hana Sato,JP,US,migrant\nt2,Kenji Mori,JP,US,migrant\n");
        Files.writeString(world.resolve("truth/moves.csv"), "truth_id,year,from,to\nt1,2012,JP,US\n");
        Files.writeString(world.resolve("truth/timeline.csv"), "truth_id,year,country\nt1,2010,JP\nt1,2016,US\n");
        StringBuilder authorships = new StringBuilder("source_file,paper_id,author_position,truth_id\n");
        for (int year : new int[] {2010, 2011, 2015, 2016}) {
            authorships.append("icml/icml%d.json,p%d,0,t1%nicml/icml%d.json,p%d,1,t2%nicml/icml%d.json,q%d,0,t1%n".formatted(year, year, year, year, year, year));
        }
        Files.writeString(world.resolve("truth/authorships.csv"), authorships.toString());

        CliResult eval = CliResult.run("eval", "synth", world.toString(), "--json");

        assertThat(eval.exitCode()).as(eval.err()).isZero();
        JsonNode moves = JSON.readTree(eval.out()).get("moves");
        assertThat(moves.get("predicted").asLong()).as(eval.out()).isEqualTo(2);
        assertThat(moves.get("true").asLong()).isEqualTo(1);
        assertThat(moves.get("matched").asLong()).isEqualTo(1);
        assertThat(moves.get("matched_in_gap").asLong()).isEqualTo(1);
        assertThat(moves.get("recall_in_gap").asDouble()).isEqualTo(1.0);
    }

    private static List<JsonNode> lines(Path gz)
            throws IOException
    {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(gz)), StandardCharsets.UTF_8))) {
            List<String> text = in.lines().toList();
            List<JsonNode> out = new java.util.ArrayList<>();
            for (String line : text) {
                out.add(JSON.readTree(line));
            }
            return out;
        }
    }

    private static List<String[]> rows(Path csv)
            throws IOException
    {
        return Files.readAllLines(csv).stream().skip(1).map(l -> l.split(",", -1)).toList();
    }

    private static Set<String> column(Path csv, int column)
            throws IOException
    {
        return rows(csv).stream().map(r -> r[column]).collect(Collectors.toSet());
    }
}
