package io.talentflow.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.talentflow.evaluation.ClusterScores;
import io.talentflow.pipeline.BuildResult;
import io.talentflow.pipeline.Stages;
import io.talentflow.synth.SynthEvaluation;
import io.talentflow.synth.SynthScores;
import io.talentflow.synth.SynthTruth;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** `eval synth`: builds a synthetic corpus with the local pipeline and reports its scores against the truth. */
final class SynthEval
{
    private static final ObjectMapper JSON = new ObjectMapper();

    private SynthEval()
    {
    }

    static SynthScores run(Path folder, int threads, int worst)
    {
        Path corpus = folder.resolve("corpus");
        if (!Files.isDirectory(corpus)) {
            throw new UserException(folder + " has no corpus folder; give a folder written by talentflow synth.");
        }
        SynthTruth truth = readTruth(folder.resolve("truth"));
        long start = System.nanoTime();
        BuildResult result = Stages.localPipeline(Universities.find(), threads).build(List.of(corpus.toString()), ConsoleProgress.forStderr());
        System.err.printf("Built %,d authorships into %,d researchers in %.1f s.%n", result.authorships().size(), result.careers().size(),
                (System.nanoTime() - start) / 1e9);
        return SynthEvaluation.evaluate(truth, result, worst);
    }

    private static SynthTruth readTruth(Path folder)
    {
        try {
            return SynthTruth.read(folder);
        }
        catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        catch (IOException e) {
            throw new UserException("Cannot read " + folder + ": " + e.getMessage());
        }
    }

    static void print(SynthScores s, boolean json, PrintWriter out)
    {
        if (json) {
            out.println(toJson(s).toPrettyString());
            return;
        }
        out.printf("moves (a match has the same countries and a year within ±%d): precision %.3f, recall %.3f (%,d predicted, %,d true, %,d matched)%n",
                s.toleranceYears(), s.movePrecision(), s.moveRecall(), s.predictedMoves(), s.trueMoves(), s.matchedMoves());
        out.printf("  dated anywhere in the years the papers leave open (after the last year seen in the old country, up to the first in the new): "
                + "precision %.3f, recall %.3f (%,d matched)%n", s.movePrecisionInGap(), s.moveRecallInGap(), s.matchedInGap());
        out.printf("  recall over the %,d moves the corpus can show (a paper before, two after): %.3f%n", s.observableMoves(), s.observableRecall());
        out.printf("class accuracy %.3f (%,d of %,d people classed, judged by the researcher holding most of their authorships; "
                + "the others insufficient or unplaced)%n", s.classAccuracy(), s.classified(), s.people());
        s.classConfusion().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> out.printf("  true %-9s -> %s%n", e.getKey(), e.getValue()));
        out.printf("country-year accuracy %.3f on %,d placed researcher-years (coverage %.3f)%n", s.countryYearAccuracy(),
                s.countryYearsPlaced(), s.countryYearCoverage());
        ClusterScores c = s.clusters();
        out.printf("clusters B-cubed P %.3f R %.3f F1 %.3f | %,d researchers for %,d people%n", c.bcubedPrecision(), c.bcubedRecall(),
                c.bcubedF1(), c.clusters(), c.classes());
        ClusterScores b = s.exactName();
        out.printf("baseline exact name B-cubed P %.3f R %.3f F1 %.3f | %,d names%n", b.bcubedPrecision(), b.bcubedRecall(), b.bcubedF1(), b.clusters());
        s.falseMoves().forEach(m -> out.println("  false move: " + m));
        s.missedMoves().forEach(m -> out.println("  missed move: " + m));
        if (s.authorshipsWithoutTruth() > 0) {
            out.printf("warning: %,d authorships have no truth row%n", s.authorshipsWithoutTruth());
        }
    }

    private static ObjectNode toJson(SynthScores s)
    {
        ObjectNode root = JSON.createObjectNode();
        root.putObject("moves").put("tolerance_years", s.toleranceYears()).put("predicted", s.predictedMoves()).put("true", s.trueMoves())
                .put("matched", s.matchedMoves()).put("precision", s.movePrecision()).put("recall", s.moveRecall())
                .put("matched_in_gap", s.matchedInGap()).put("precision_in_gap", s.movePrecisionInGap()).put("recall_in_gap", s.moveRecallInGap())
                .put("observable", s.observableMoves()).put("observable_recall", s.observableRecall());
        ObjectNode classes = root.putObject("classes").put("people", s.people()).put("classified", s.classified()).put("accuracy", s.classAccuracy());
        s.classConfusion().forEach((truth, row) -> row.forEach((predicted, n) -> classes.with("confusion").with(truth).put(predicted, n)));
        root.putObject("country_years").put("placed", s.countryYearsPlaced()).put("all", s.countryYears())
                .put("accuracy", s.countryYearAccuracy()).put("coverage", s.countryYearCoverage());
        ClusterScores c = s.clusters();
        root.putObject("clusters").put("bcubed_precision", c.bcubedPrecision()).put("bcubed_recall", c.bcubedRecall())
                .put("bcubed_f1", c.bcubedF1()).put("researchers", c.clusters()).put("people", c.classes());
        ClusterScores b = s.exactName();
        root.putObject("exact_name_baseline").put("bcubed_precision", b.bcubedPrecision()).put("bcubed_recall", b.bcubedRecall())
                .put("bcubed_f1", b.bcubedF1()).put("names", b.clusters());
        root.put("authorships_without_truth", s.authorshipsWithoutTruth());
        return root;
    }
}
