package io.talentflow.synth;

import io.talentflow.evaluation.CareerTruth;
import io.talentflow.evaluation.SourceAuthorships;
import io.talentflow.source.Authorship;
import io.talentflow.source.ProgressListener;
import io.talentflow.source.SourceSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TestSynthWorld
{
    private static final int RESEARCHERS = 400;

    @ParameterizedTest
    @EnumSource(SynthFormat.class)
    void generate_sameSeed_identicalFiles(SynthFormat format, @TempDir Path dir)
            throws IOException
    {
        SynthWorld.generate(new SynthSettings(RESEARCHERS, 11, format), dir.resolve("a"), ProgressListener.NONE);
        SynthWorld.generate(new SynthSettings(RESEARCHERS, 11, format), dir.resolve("b"), ProgressListener.NONE);
        SynthWorld.generate(new SynthSettings(RESEARCHERS, 12, format), dir.resolve("c"), ProgressListener.NONE);
        Map<String, byte[]> a = contents(dir.resolve("a"));
        assertThat(a).isNotEmpty();
        assertThat(contents(dir.resolve("b"))).containsOnlyKeys(a.keySet()).allSatisfy((file, bytes) -> assertThat(bytes).isEqualTo(a.get(file)));
        assertThat(contents(dir.resolve("c")).get("truth/authorships.csv")).isNotEqualTo(a.get("truth/authorships.csv"));
    }

    @Test
    void generate_truth_everyMoveInTimelineAndEveryAuthorshipOfAKnownPerson(@TempDir Path dir)
            throws IOException
    {
        SynthSummary summary = SynthWorld.generate(new SynthSettings(RESEARCHERS, 3, SynthFormat.PAPERLISTS), dir, ProgressListener.NONE);
        Map<String, String> timeline = new HashMap<>();
        rows(dir.resolve("truth/timeline.csv")).forEach(r -> timeline.put(r[0] + "/" + r[1], r[2]));
        List<String[]> moves = rows(dir.resolve("truth/moves.csv"));
        assertThat(moves).hasSize((int) summary.moves()).isNotEmpty().allSatisfy(m -> {
            int year = Integer.parseInt(m[1]);
            assertThat(timeline.get(m[0] + "/" + year)).isEqualTo(m[3]);
            assertThat(timeline.get(m[0] + "/" + (year - 1))).isEqualTo(m[2]);
            assertThat(timeline.get(m[0] + "/" + (year + Careers.MIN_STAY_ABROAD - 1))).isEqualTo(m[3]);
        });
        Set<String> people = new HashSet<>();
        rows(dir.resolve("truth/researchers.csv")).forEach(r -> people.add(r[0]));
        List<String[]> authorships = rows(dir.resolve("truth/authorships.csv"));
        assertThat(authorships).hasSize((int) summary.authorships()).allSatisfy(r -> assertThat(people).contains(r[3]));
    }

    @Test
    void generate_careers_oneReadableCasePerUniquelyNamedPersonWithTwoYears(@TempDir Path dir)
            throws IOException
    {
        SynthWorld.generate(new SynthSettings(RESEARCHERS, 3, SynthFormat.PAPERLISTS), dir, ProgressListener.NONE);
        CareerTruth careers = CareerTruth.read(dir.resolve("truth/careers.tsv"));
        Map<String, String> names = new HashMap<>();
        rows(dir.resolve("truth/researchers.csv")).forEach(r -> names.put(r[1], r[0]));
        Map<String, List<SynthTruthMove>> moves = new HashMap<>();
        rows(dir.resolve("truth/moves.csv")).forEach(m -> moves.computeIfAbsent(m[0], k -> new ArrayList<>())
                .add(new SynthTruthMove(Integer.parseInt(m[1]), m[2], m[3])));

        assertThat(careers.errors()).isEmpty();
        assertThat(careers.cases()).isNotEmpty().allSatisfy(c -> {
            assertThat(c.last()).isGreaterThan(c.first());
            assertThat(c.moves().isEmpty()).isNotEqualTo(c.home().isEmpty());
            List<SynthTruthMove> own = moves.getOrDefault(names.get(c.name()), List.of());
            c.moves().forEach(m -> assertThat(own).contains(new SynthTruthMove(m.earliest() + 1, m.from(), m.to())));
        });
        assertThat(careers.cases().stream().filter(c -> !c.moves().isEmpty())).isNotEmpty();
    }

    private record SynthTruthMove(int year, String from, String to)
    {
    }

    @ParameterizedTest
    @EnumSource(SynthFormat.class)
    void generate_anyFormat_everyRecordIngestedByTheReaderWithATruthRow(SynthFormat format, @TempDir Path dir)
            throws IOException
    {
        SynthSummary summary = SynthWorld.generate(new SynthSettings(RESEARCHERS, 5, format), dir, ProgressListener.NONE);
        SourceAuthorships read = SourceAuthorships.read(List.of(dir.resolve("corpus").toString()), 1);
        assertThat(read.ledger()).allSatisfy(s -> assertThat(s.error()).isEmpty());
        assertThat(read.ledger().stream().mapToLong(SourceSummary::recordsIngested).sum()).isEqualTo(summary.papers());
        assertThat(read.ledger().stream().mapToLong(SourceSummary::recordsRejected).sum()).isZero();
        SynthTruth truth = SynthTruth.read(dir.resolve("truth"));
        for (Authorship a : read.authorships()) {
            // a file read from the corpus folder is named by its path below it, as the truth names it
            assertThat(truth.authorships).containsKey(SynthTruth.key(a.sourceFile(), a.paperId(), a.position()));
        }
    }

    /** The real corpus keeps a co-author on 57% of the papers after a job change (docs/SYNTH.md, Calibration). */
    @Test
    void generate_movers_mostPapersOfTheMoveYearShareACoauthorWithEarlierPapers(@TempDir Path dir)
            throws IOException
    {
        SynthWorld.generate(new SynthSettings(3000, 3, SynthFormat.PAPERLISTS), dir, ProgressListener.NONE);
        Map<String, List<String>> authors = new HashMap<>();
        rows(dir.resolve("truth/authorships.csv")).forEach(r -> authors.computeIfAbsent(r[0] + "/" + r[1], k -> new ArrayList<>()).add(r[3]));
        Map<String, List<List<String>>> teams = new HashMap<>();
        authors.forEach((paper, team) -> team.forEach(p -> teams.computeIfAbsent(p + "/" + year(paper), k -> new ArrayList<>()).add(team)));
        int[] postAndSharing = new int[2];
        for (String[] move : rows(dir.resolve("truth/moves.csv"))) {
            Set<String> before = new HashSet<>();
            for (int year = SynthWorld.FIRST_YEAR; year < Integer.parseInt(move[1]); year++) {
                teams.getOrDefault(move[0] + "/" + year, List.of()).forEach(before::addAll);
            }
            before.remove(move[0]);
            teams.getOrDefault(move[0] + "/" + move[1], List.of()).stream().filter(team -> team.size() > 1 && !before.isEmpty()).forEach(team -> {
                postAndSharing[0]++;
                postAndSharing[1] += team.stream().anyMatch(before::contains) ? 1 : 0;
            });
        }
        assertThat(postAndSharing[0]).isGreaterThan(100);
        assertThat(postAndSharing[1] / (double) postAndSharing[0]).isGreaterThan(0.5);
    }

    @Test
    void generate_nonEmptyFolder_refusedNamingIt(@TempDir Path dir)
            throws IOException
    {
        Files.writeString(dir.resolve("keep.txt"), "x");
        assertThatThrownBy(() -> SynthWorld.generate(new SynthSettings(10, 1, SynthFormat.PAPERLISTS), dir, ProgressListener.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(dir + " is not empty");
    }

    private static Map<String, byte[]> contents(Path root)
            throws IOException
    {
        Map<String, byte[]> files = new HashMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    /** The year of a paperlists paper, from its file name ("neurips/neurips2015.json.gz"). */
    private static int year(String paper)
    {
        int end = paper.indexOf(".json");
        return Integer.parseInt(paper.substring(end - 4, end));
    }

    private static List<String[]> rows(Path csv)
            throws IOException
    {
        return Files.readAllLines(csv).stream().skip(1).map(l -> l.split(",", -1)).toList();
    }
}
