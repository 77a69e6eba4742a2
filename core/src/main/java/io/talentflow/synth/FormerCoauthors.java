package io.talentflow.synth;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Co-author continuity across job changes: every person remembers their last few co-authors, and
 * in the first years of a new job brings one of those they had before the change onto a share of
 * the papers they appear on (the former advisor or group goes on working with them). Calibrated on
 * the real corpus (docs/SYNTH.md, Calibration). Memory: {@link #REMEMBERED} ints per person.
 */
final class FormerCoauthors
{
    /** Co-authors remembered per person, most recent first. */
    static final int REMEMBERED = 6;
    /** Years from the start of a job during which former co-authors are brought along. */
    static final int FOLLOW_YEARS = 2;
    /**
     * Probability that a newcomer's paper in those years includes a former co-author (when it has a
     * co-author to replace), calibrated on co-author continuity (docs/SYNTH.md).
     */
    static final double SHARE = 0.8;

    private final List<Person> people;
    private final SplittableRandom random;
    private final double share;
    private final int[] recent;

    FormerCoauthors(List<Person> people, SplittableRandom random, double share)
    {
        this.people = people;
        this.random = random;
        this.share = share;
        this.recent = new int[people.size() * REMEMBERED];
        Arrays.fill(recent, -1);
    }

    /** The person's remembered co-authors, most recent first: their former ones when taken at a job change. */
    int[] recent(int person)
    {
        int from = person * REMEMBERED;
        int n = 0;
        while (n < REMEMBERED && recent[from + n] >= 0) {
            n++;
        }
        return Arrays.copyOfRange(recent, from, from + n);
    }

    /** Remembers every pair of the team as co-authors. */
    void record(List<Person> team)
    {
        for (Person a : team) {
            for (Person b : team) {
                if (a != b) {
                    remember(a.id(), b.id());
                }
            }
        }
    }

    /**
     * Each newcomer of the team (in the first {@link #FOLLOW_YEARS} of a job), with probability
     * {@code share}, has a former co-author on the paper: unless one is on it already, one who
     * publishes that year takes the place of the last co-author drawn who is neither the lead nor a
     * newcomer. The paper keeps its size: when no such co-author is left, it stays as drawn.
     */
    void bring(List<Person> team, int year)
    {
        List<Person> newcomers = team.stream().filter(p -> newInJob(p, year)).toList();
        int replaceable = team.size() - 1;
        for (Person newcomer : newcomers) {
            while (replaceable > 0 && newcomers.contains(team.get(replaceable))) {
                replaceable--;
            }
            if (replaceable == 0 || random.nextDouble() >= share || anyOn(newcomer.former(), team)) {
                continue;
            }
            List<Person> options = Arrays.stream(newcomer.former()).mapToObj(people::get).filter(f -> f.plan().publishes(year)).toList();
            if (!options.isEmpty()) {
                team.set(replaceable--, options.get(random.nextInt(options.size())));
            }
        }
    }

    private static boolean newInJob(Person p, int year)
    {
        return p.former().length > 0 && year - p.plan().segmentStart()[p.plan().segmentAt(year)] < FOLLOW_YEARS;
    }

    private static boolean anyOn(int[] ids, List<Person> team)
    {
        return team.stream().anyMatch(t -> Arrays.stream(ids).anyMatch(id -> id == t.id()));
    }

    /** Moves {@code coauthor} to the front of the person's slots, dropping the oldest when full. */
    private void remember(int person, int coauthor)
    {
        int from = person * REMEMBERED;
        int at = 0;
        while (at < REMEMBERED - 1 && recent[from + at] != coauthor && recent[from + at] >= 0) {
            at++;
        }
        System.arraycopy(recent, from, recent, from + 1, at);
        recent[from] = coauthor;
    }
}
