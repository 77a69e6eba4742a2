package io.talentflow.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static io.talentflow.synth.Population.FIRST_YEAR;
import static io.talentflow.synth.Population.LAST_YEAR;

/** Draws one career: its span, the years of its moves and job changes, a gap and co-affiliations. */
final class Careers
{
    /** A new country holds the researcher at least this many years: a move is never a short visit. */
    static final int MIN_STAY_ABROAD = 3;
    static final int MIN_FIRST_STAY = 2;
    /** Share of people with a sustained co-affiliation abroad, calibrated on the real corpus (docs/SYNTH.md). */
    static final double TRAVELLER_SHARE = 0.012;
    /** Share of the others with a one-year co-affiliation abroad (a visit). */
    static final double VISIT_SHARE = 0.03;
    /** Yearly probability that a career ends, for stayers and for people who move (who need long careers). */
    static final double STAYER_STOP = 0.95;
    static final double MOVER_STOP = 0.1;

    private final Institutions institutions;
    private final SplittableRandom random;

    Careers(Institutions institutions, SplittableRandom random)
    {
        this.institutions = institutions;
        this.random = random;
    }

    /**
     * A career from {@code origin} with the intended moves: {@code migrant} one, {@code returnee} two
     * ending at home, {@code mover} two or three ending abroad; a stayer's when no drawn span is long enough.
     */
    Plan plan(String origin, String intended)
    {
        int moves = switch (intended) {
            case "migrant" -> 1;
            case "returnee" -> 2;
            case "mover" -> 2 + (random.nextDouble() < 0.3 ? 1 : 0);
            default -> 0;
        };
        double stop = moves == 0 ? STAYER_STOP : MOVER_STOP;
        int[] span = span(stop);
        for (int tries = 0; length(span) < minYears(moves) && tries < 50; tries++) {
            span = span(stop);
        }
        if (length(span) < minYears(moves)) {
            moves = 0;
        }
        List<String> countries = countries(origin, moves, "returnee".equals(intended));
        int[] starts = stayStarts(span, moves);
        List<int[]> segments = new ArrayList<>();
        for (int s = 0; s <= moves; s++) {
            int end = s < moves ? starts[s + 1] - 1 : span[1];
            addStay(countries.get(s), starts[s], end, segments);
        }
        return finish(span, segments);
    }

    private static int minYears(int moves)
    {
        return MIN_FIRST_STAY + moves * MIN_STAY_ABROAD;
    }

    /**
     * First and last active year inside the window; careers may have started before it. Each year
     * ends the career with probability {@code stop}: most stayers of a corpus (students, one-off
     * co-authors) appear in one or two years only (docs/SYNTH.md, Calibration).
     */
    private int[] span(double stop)
    {
        int length = 1;
        while (length < 35 && random.nextDouble() > stop) {
            length++;
        }
        int start = FIRST_YEAR - length + 1 + random.nextInt(LAST_YEAR - FIRST_YEAR + length);
        return new int[] {Math.max(start, FIRST_YEAR), Math.min(start + length - 1, LAST_YEAR)};
    }

    private static int length(int[] span)
    {
        return span[1] - span[0] + 1;
    }

    private List<String> countries(String origin, int moves, boolean returnee)
    {
        List<String> countries = new ArrayList<>(List.of(origin));
        for (int k = 1; k <= moves; k++) {
            String current = countries.get(k - 1);
            countries.add(returnee && k == moves ? origin : Population.destination(random, List.of(current, origin)));
        }
        return countries;
    }

    /** Start years of the stays: each stay has its minimum length and the spare years fall at random. */
    private int[] stayStarts(int[] span, int moves)
    {
        int[] lengths = new int[moves + 1];
        lengths[0] = MIN_FIRST_STAY;
        for (int s = 1; s <= moves; s++) {
            lengths[s] = MIN_STAY_ABROAD;
        }
        for (int spare = length(span) - minYears(moves); spare > 0; spare--) {
            lengths[random.nextInt(moves + 1)]++;
        }
        int[] starts = new int[moves + 1];
        starts[0] = span[0];
        for (int s = 1; s <= moves; s++) {
            starts[s] = starts[s - 1] + lengths[s - 1];
        }
        return starts;
    }

    /** One stay in a country: one institution, or two when the researcher changes job at home. */
    private void addStay(String country, int start, int end, List<int[]> segments)
    {
        int previous = segments.isEmpty() ? -1 : segments.get(segments.size() - 1)[1];
        Institution first = institutions.draw(country, previous, random);
        segments.add(new int[] {start, first.index()});
        if (end - start + 1 >= 4 && random.nextDouble() < 0.2) {
            int change = start + 2 + random.nextInt(end - start - 2);
            segments.add(new int[] {change, institutions.draw(country, first.index(), random).index()});
        }
    }

    private Plan finish(int[] span, List<int[]> segments)
    {
        int[] starts = segments.stream().mapToInt(s -> s[0]).toArray();
        int[] insts = segments.stream().mapToInt(s -> s[1]).toArray();
        String[] countries = segments.stream().map(s -> institutions.get(s[1]).country()).toArray(String[]::new);
        int gapStart = 0;
        int gapEnd = -1;
        if (length(span) >= 5 && random.nextDouble() < 0.12) {
            gapStart = span[0] + 1 + random.nextInt(length(span) - 3);
            gapEnd = Math.min(gapStart + random.nextInt(2), span[1] - 1);
        }
        Plan plan = new Plan(span[0], span[1], starts, insts, countries, gapStart, gapEnd, 0, -1, -1);
        int dualYears = random.nextDouble() < TRAVELLER_SHARE && length(span) >= Plan.TRAVELLER_DUAL_YEARS
                ? Math.min(Plan.TRAVELLER_DUAL_YEARS + random.nextInt(4), length(span))
                : random.nextDouble() < VISIT_SHARE ? 1 : 0;
        return dualYears == 0 ? plan : withDual(plan, dualYears);
    }

    /** The plan with a co-affiliation of {@code years} years in a country foreign to all of them. */
    private Plan withDual(Plan plan, int years)
    {
        int first = plan.first() + random.nextInt(plan.last() - plan.first() + 2 - years);
        List<String> homes = new ArrayList<>();
        for (int year = first; year < first + years; year++) {
            homes.add(plan.countryAt(year));
        }
        String abroad = Population.destination(random, homes);
        return new Plan(plan.first(), plan.last(), plan.segmentStart(), plan.segmentInstitution(), plan.segmentCountry(),
                plan.gapStart(), plan.gapEnd(), first, first + years - 1, institutions.draw(abroad, -1, random).index());
    }
}
