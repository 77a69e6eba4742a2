package io.talentflow.synth;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Makes one year's papers. Each publishing researcher leads a Poisson number of papers whose
 * co-authors come from the collaborators of their current job, so co-authors recur across papers
 * and some survive a move; in the first years of a job, people bring former co-authors along
 * ({@link FormerCoauthors}).
 */
final class PaperMaker
{
    private static final String[] WORDS = ("learning neural graph robust efficient adaptive deep sparse causal "
            + "representation transformer policy reinforcement vision language diffusion planning detection "
            + "segmentation optimization bayesian federated contrastive generative attention control manipulation").split(" ");
    private static final int COLLABORATORS = 6;
    /** Co-authors of a paper, 0 to 7, calibrated on authors per paper (docs/SYNTH.md). */
    private static final Weighted<Integer> COAUTHORS = new Weighted<>(List.of(0, 1, 2, 3, 4, 5, 6, 7),
            new double[] {4, 10, 20, 24, 18, 11, 8, 5});
    /** Collaborators kept at a job change, calibrated on co-author continuity (docs/SYNTH.md). */
    static final int KEPT_AFTER_MOVE = 5;
    /** Share of co-authors drawn from anyone at the institution that year (students, newcomers) rather than collaborators. */
    static final double COLLEAGUE_SHARE = 0.1;

    private final Institutions institutions;
    private final List<Person> people;
    private final SplittableRandom random;
    private final Noise noise;
    private final FormerCoauthors former;
    private Map<Integer, List<Integer>> colleagues = Map.of();

    PaperMaker(Institutions institutions, List<Person> people, SplittableRandom random)
    {
        this.institutions = institutions;
        this.people = people;
        this.random = random;
        this.noise = new Noise(random);
        this.former = new FormerCoauthors(people, random, FormerCoauthors.SHARE);
    }

    void year(int year, Consumer<Paper> out)
    {
        List<Person> active = people.stream().filter(p -> p.plan().publishes(year)).toList();
        refreshCollaborators(year, active);
        for (Person lead : active) {
            for (int k = poisson(lead.rate()); k > 0; k--) {
                out.accept(paper(people.get(lead.id()), year));
            }
        }
    }

    /**
     * Researchers starting a job this year take colleagues there as collaborators, keeping a few old
     * ones, and remember their co-authors so far as former ones.
     */
    private void refreshCollaborators(int year, List<Person> active)
    {
        colleagues = new HashMap<>();
        for (Person p : active) {
            colleagues.computeIfAbsent(institutionOf(p, year), k -> new ArrayList<>()).add(p.id());
        }
        for (Person p : active) {
            int segment = p.plan().segmentAt(year);
            boolean starts = p.plan().segmentStart()[segment] == year || p.collaborators().length == 0;
            if (starts) {
                int[] next = collaborators(p, colleagues.get(institutionOf(p, year)), year);
                people.set(p.id(), p.startingJob(next, former.recent(p.id())));
            }
        }
    }

    /** Old collaborators still publishing, then colleagues, preferring those who stay on (advisors, staff). */
    private int[] collaborators(Person p, List<Integer> colleagues, int year)
    {
        List<Integer> chosen = new ArrayList<>();
        int[] old = people.get(p.id()).collaborators();
        for (int tries = 0; chosen.size() < KEPT_AFTER_MOVE && tries < 2 * old.length; tries++) {
            int c = old[random.nextInt(old.length)];
            if (people.get(c).plan().publishes(year) && !chosen.contains(c)) {
                chosen.add(c);
            }
        }
        for (int tries = 0; chosen.size() < COLLABORATORS && tries < 3 * COLLABORATORS; tries++) {
            int c = colleagues.get(random.nextInt(colleagues.size()));
            boolean staysOn = people.get(c).plan().last() > year || tries >= 2 * COLLABORATORS;
            if (c != p.id() && staysOn && !chosen.contains(c)) {
                chosen.add(c);
            }
        }
        return chosen.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int institutionOf(Person p, int year)
    {
        return p.plan().segmentInstitution()[p.plan().segmentAt(year)];
    }

    private Paper paper(Person lead, int year)
    {
        List<Person> team = new ArrayList<>(List.of(lead));
        int wanted = coauthorCount();
        List<Integer> here = colleagues.get(institutionOf(lead, year));
        for (int tries = 0; team.size() <= wanted && tries < 2 * wanted; tries++) {
            int[] pool = lead.collaborators();
            Person c = pool.length == 0 || random.nextDouble() < COLLEAGUE_SHARE
                    ? people.get(here.get(random.nextInt(here.size())))
                    : people.get(pool[random.nextInt(pool.length)]);
            if (c.plan().publishes(year) && !team.contains(c)) {
                team.add(c);
            }
        }
        former.bring(team, year);
        former.record(team);
        if (team.size() > 1 && random.nextDouble() < 0.4) {
            team.add(team.remove(0)); // the lead as senior author, last
        }
        String venue = Venues.draw(lead.field(), year, random);
        List<Paper.Author> authors = team.stream().map(p -> author(p, year)).toList();
        return new Paper(venue, year, title(), status(), authors);
    }

    private Paper.Author author(Person p, int year)
    {
        String name = random.nextDouble() < 0.1 ? p.name().variant(random) : p.name().canonical();
        Institution home = institutions.get(institutionOf(p, year));
        List<Paper.Written> written = new ArrayList<>(noise.affiliation(home));
        if (p.plan().dualIn(year) && !written.isEmpty() && random.nextDouble() < 0.7) {
            written.add(noise.form(institutions.get(p.plan().dualInstitution())));
        }
        return new Paper.Author(p, name, written, noise.domain(home, written));
    }

    private int coauthorCount()
    {
        return COAUTHORS.draw(random);
    }

    private String title()
    {
        int n = 4 + random.nextInt(4);
        StringBuilder title = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String w = WORDS[random.nextInt(WORDS.length)];
            title.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : " " + w);
        }
        return title.toString();
    }

    private String status()
    {
        double x = random.nextDouble();
        return x < 0.08 ? "Oral" : x < 0.2 ? "Spotlight" : "Poster";
    }

    private int poisson(double mean)
    {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int k = 0;
        while (product > limit) {
            product *= random.nextDouble();
            k++;
        }
        return k;
    }
}
