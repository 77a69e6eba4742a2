package io.talentflow.evaluation;

import io.talentflow.career.Career;
import io.talentflow.career.Move;
import io.talentflow.identity.NameKey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Scores rebuilt careers against a career truth ({@link CareerTruth}). Of the researchers whose
 * name or an alias equals the case's name (case, accents and punctuation folded), the one with the
 * most timeline years inside the window is judged: every expected move must match one found move
 * (same countries, year inside its range); a found move inside the window that matches none is
 * spurious; with a home given, every placed year inside the window must be in one of its countries.
 */
public final class CareerEvaluation
{
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private CareerEvaluation()
    {
    }

    /** A name with case, accents and punctuation folded away: "Guang–Zhong Yang" is "guang zhong yang". */
    public static String fold(String name)
    {
        return NOT_LETTERS.matcher(NameKey.fold(name)).replaceAll(" ").strip();
    }

    /** Judges one case among {@code candidates}, which may hold researchers of other names too. */
    public static CareerVerdict judge(CareerCase truth, List<Career> candidates)
    {
        Optional<Career> judged = namesakes(truth.name(), candidates).stream()
                .max(Comparator.comparingLong((Career c) -> yearsInWindow(truth, c)).thenComparingInt(Career::authorships)
                        .thenComparing(Career::researcherId, Comparator.reverseOrder()));
        if (judged.isEmpty()) {
            return new CareerVerdict(truth.name(), "", List.of("no researcher named " + truth.name()), List.of());
        }
        Career career = judged.get();
        List<Move> inWindow = career.moves().stream().filter(m -> truth.inWindow(m.year())).toList();
        List<String> found = inWindow.stream().map(CareerEvaluation::format).toList();
        return new CareerVerdict(truth.name(), career.researcherId(), reasons(truth, career, inWindow, found), found);
    }

    private static List<Career> namesakes(String name, List<Career> candidates)
    {
        String folded = fold(name);
        return candidates.stream().filter(c -> fold(c.name()).equals(folded) || c.aliases().stream().anyMatch(a -> fold(a).equals(folded)))
                .toList();
    }

    private static long yearsInWindow(CareerCase truth, Career career)
    {
        return career.timeline().stream().filter(y -> truth.inWindow(y.year())).count();
    }

    private static List<String> reasons(CareerCase truth, Career career, List<Move> inWindow, List<String> found)
    {
        List<Move> unmatched = new ArrayList<>(career.moves());
        List<String> missing = new ArrayList<>();
        for (ExpectedMove expected : truth.moves()) {
            Optional<Move> match = unmatched.stream().filter(m -> expected.matches(m.from(), m.to(), m.year())).findFirst();
            match.ifPresentOrElse(unmatched::remove, () -> missing.add(expected.toString()));
        }
        List<String> reasons = new ArrayList<>();
        if (!missing.isEmpty()) {
            reasons.add("missing " + String.join(", ", missing) + "; got " + found);
        }
        List<String> spurious = inWindow.stream().filter(unmatched::contains).map(CareerEvaluation::format).toList();
        if (!spurious.isEmpty()) {
            reasons.add("spurious moves " + spurious);
        }
        List<String> away = career.timeline().stream()
                .filter(y -> truth.inWindow(y.year()) && !y.country().isEmpty() && !truth.home().isEmpty() && !truth.home().contains(y.country()))
                .map(y -> y.country() + " " + y.year()).toList();
        if (!away.isEmpty()) {
            reasons.add("timeline leaves home " + String.join(",", new TreeSet<>(truth.home())) + ": " + away);
        }
        return reasons;
    }

    private static String format(Move move)
    {
        return move.from() + ">" + move.to() + "@" + move.year();
    }
}
