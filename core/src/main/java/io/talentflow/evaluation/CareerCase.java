package io.talentflow.evaluation;

import java.util.List;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * One career of a truth file (the format of {@code careers/dev.tsv}).
 *
 * @param first the first year of the window in which moves and placed years are scored
 * @param last the last year of the window
 * @param moves the moves expected inside the window, none for a career without moves
 * @param home when checked, the countries every placed year inside the window may have; empty when not
 * @param trap what makes the case hard, as the file says it
 */
public record CareerCase(String name, int first, int last, List<ExpectedMove> moves, Set<String> home, String trap)
{
    public CareerCase
    {
        requireNonNull(name, "name is null");
        moves = List.copyOf(requireNonNull(moves, "moves is null"));
        home = Set.copyOf(requireNonNull(home, "home is null"));
        requireNonNull(trap, "trap is null");
    }

    public boolean inWindow(int year)
    {
        return year >= first && year <= last;
    }
}
