package io.talentflow.synth;

import io.talentflow.career.Career;
import io.talentflow.career.MobilityClass;
import io.talentflow.career.Move;
import io.talentflow.career.YearCountry;
import io.talentflow.evaluation.ClusterScoring;
import io.talentflow.pipeline.BuildResult;
import io.talentflow.source.Authorship;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores a build of a synthetic corpus against its truth. Each predicted researcher stands for the
 * person holding most of its authorships; each person is judged by the researcher holding most of theirs.
 */
public final class SynthEvaluation
{
    /** A predicted move matches a true move of the same countries at most this many years away. */
    public static final int TOLERANCE_YEARS = 1;

    private SynthEvaluation()
    {
    }

    /** Scores {@code result}, built from the corpus folder, against {@code truth}; lists up to {@code worst} errors of each kind. */
    public static SynthScores evaluate(SynthTruth truth, BuildResult result, int worst)
    {
        List<String> truthIds = truthIds(truth, result.authorships());
        List<String> predicted = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < truthIds.size(); i++) {
            if (truthIds.get(i) != null) {
                predicted.add(result.researcherIds().get(i));
                actual.add(truthIds.get(i));
                names.add(result.authorships().get(i).name());
            }
        }
        Map<String, String> personOf = majority(predicted, actual);
        Map<String, String> researcherOf = majority(actual, predicted);
        Map<String, Career> careers = new HashMap<>();
        result.careers().forEach(c -> careers.put(c.researcherId(), c));
        Map<String, List<Integer>> yearsOf = new HashMap<>();
        for (int i = 0; i < truthIds.size(); i++) {
            if (truthIds.get(i) != null) {
                yearsOf.computeIfAbsent(truthIds.get(i), k -> new ArrayList<>()).add(result.authorships().get(i).year());
            }
        }
        MoveMatch moves = MoveMatch.of(truth, result.careers(), personOf, yearsOf, worst, false);
        long matchedInGap = MoveMatch.of(truth, result.careers(), personOf, yearsOf, 0, true).matched;
        Map<String, Map<String, Long>> confusion = new TreeMap<>();
        long correct = 0;
        long classified = 0;
        for (Map.Entry<String, String> person : new TreeMap<>(researcherOf).entrySet()) {
            String trueClass = truth.classes.getOrDefault(person.getKey(), "");
            MobilityClass predictedClass = careers.get(person.getValue()).mobilityClass();
            confusion.computeIfAbsent(trueClass, k -> new TreeMap<>()).merge(predictedClass.label(), 1L, Long::sum);
            boolean claims = predictedClass != MobilityClass.INSUFFICIENT && predictedClass != MobilityClass.UNPLACED;
            classified += claims ? 1 : 0;
            correct += claims && trueClass.equals(predictedClass.label()) ? 1 : 0;
        }
        long[] years = countryYears(truth, result.careers(), personOf);
        return new SynthScores(TOLERANCE_YEARS, moves.predicted, moves.trueMoves, moves.matched, matchedInGap, moves.observable, moves.matchedObservable,
                correct, classified, researcherOf.size(), confusion,
                years[0], years[1], years[2], ClusterScoring.score(predicted, actual), ClusterScoring.score(names, actual), moves.falseMoves, moves.missedMoves,
                truthIds.stream().filter(t -> t == null).count());
    }

    /** A corpus read as one folder labels each file by its path below it, as the truth names it. */
    private static List<String> truthIds(SynthTruth truth, List<Authorship> authorships)
    {
        List<String> ids = new ArrayList<>(authorships.size());
        for (Authorship a : authorships) {
            ids.add(truth.authorships.get(SynthTruth.key(a.sourceFile(), a.paperId(), a.position())));
        }
        return ids;
    }

    /** For each label of {@code by}, the label of {@code of} it holds most often (ties: the smaller label). */
    private static Map<String, String> majority(List<String> by, List<String> of)
    {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (int i = 0; i < by.size(); i++) {
            counts.computeIfAbsent(by.get(i), k -> new HashMap<>()).merge(of.get(i), 1, Integer::sum);
        }
        Map<String, String> best = new HashMap<>();
        counts.forEach((key, tally) -> best.put(key, tally.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.<String, Integer>comparingByKey().reversed()))
                .orElseThrow().getKey()));
        return best;
    }

    /** Correct, placed and all researcher-years of the predicted timelines, judged by the mapped person's truth. */
    private static long[] countryYears(SynthTruth truth, List<Career> careers, Map<String, String> personOf)
    {
        long[] years = new long[3];
        for (Career career : careers) {
            String person = personOf.get(career.researcherId());
            for (YearCountry year : career.timeline()) {
                years[2]++;
                if (person != null && !year.country().isEmpty()) {
                    years[1]++;
                    years[0] += year.country().equals(truth.countries.get(person + "/" + year.year())) ? 1 : 0;
                }
            }
        }
        return years;
    }

    /**
     * Predicted moves matched one to one with true moves, nearest year first. With {@code inGap}, a
     * true year also matches anywhere in the years the papers leave open ({@link Move#earliest()} to
     * {@link Move#latest()}): after the last year the career shows in the old country, up to the first
     * year of papers in the new one.
     */
    private static final class MoveMatch
    {
        long predicted;
        long trueMoves;
        long matched;
        long observable;
        long matchedObservable;
        final List<String> falseMoves = new ArrayList<>();
        final List<String> missedMoves = new ArrayList<>();

        static MoveMatch of(SynthTruth truth, List<Career> careers, Map<String, String> personOf, Map<String, List<Integer>> yearsOf, int worst,
                boolean inGap)
        {
            MoveMatch match = new MoveMatch();
            Set<SynthTruth.Move> used = new HashSet<>();
            for (Career career : careers) {
                String person = personOf.get(career.researcherId());
                for (Move move : career.moves()) {
                    match.predicted++;
                    SynthTruth.Move hit = inGap ? nearest(truth.moves.getOrDefault(person, List.of()), move, move.earliest(), move.latest(), used)
                            : nearest(truth.moves.getOrDefault(person, List.of()), move, move.year(), move.year(), used);
                    if (hit != null) {
                        used.add(hit);
                        match.matched++;
                    }
                    else if (match.falseMoves.size() < worst) {
                        match.falseMoves.add(career.researcherId() + " " + career.name() + " (" + person + " " + truth.names.get(person) + "): "
                                + move.year() + " " + move.from() + "->" + move.to());
                    }
                }
            }
            new TreeMap<>(truth.moves).forEach((person, moves) -> moves.stream().filter(m -> yearsOf.containsKey(person)).forEach(m -> {
                match.trueMoves++;
                if (observable(m, moves, yearsOf.get(person))) {
                    match.observable++;
                    match.matchedObservable += used.contains(m) ? 1 : 0;
                }
                if (!used.contains(m) && match.missedMoves.size() < worst) {
                    match.missedMoves.add(person + " " + truth.names.get(person) + ": " + m.year() + " " + m.from() + "->" + m.to());
                }
            }));
            return match;
        }

        /** A paper before the move and two in the new country's span (up to the next move). */
        private static boolean observable(SynthTruth.Move move, List<SynthTruth.Move> moves, List<Integer> years)
        {
            int end = moves.stream().mapToInt(SynthTruth.Move::year).filter(year -> year > move.year()).min().orElse(Integer.MAX_VALUE);
            return years.stream().anyMatch(year -> year < move.year())
                    && years.stream().filter(year -> year >= move.year() && year < end).count() >= 2;
        }

        /** The unused true move of the same countries nearest to the years [earliest, latest], at most the tolerance away. */
        private static SynthTruth.Move nearest(List<SynthTruth.Move> moves, Move move, int earliest, int latest, Set<SynthTruth.Move> used)
        {
            SynthTruth.Move best = null;
            for (SynthTruth.Move m : moves) {
                int gap = distance(m, earliest, latest);
                if (!used.contains(m) && m.from().equals(move.from()) && m.to().equals(move.to()) && gap <= TOLERANCE_YEARS
                        && (best == null || gap < distance(best, earliest, latest))) {
                    best = m;
                }
            }
            return best;
        }

        private static int distance(SynthTruth.Move m, int earliest, int latest)
        {
            return Math.max(0, Math.max(earliest - m.year(), m.year() - latest));
        }
    }
}
