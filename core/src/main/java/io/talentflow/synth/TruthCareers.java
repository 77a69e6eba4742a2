package io.talentflow.synth;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * truth/careers.tsv: the careers of the world in the format of the hand-checked career truth
 * (`careers/dev.tsv`), for `eval careers`. One case per person with papers in two years or more and
 * a name no other person with papers writes: the window is the years of their papers; a move inside
 * it is expected within a year of its true year; a person without one inside it must be placed only
 * in the country of those years, or in their co-affiliation's.
 */
final class TruthCareers
{
    private final Map<Integer, TreeSet<Integer>> paperYears = new HashMap<>();

    void paper(Person person, int year)
    {
        paperYears.computeIfAbsent(person.id(), id -> new TreeSet<>()).add(year);
    }

    void write(Path file, List<Person> people, Institutions institutions)
            throws IOException
    {
        Map<String, Integer> writers = new HashMap<>();
        people.stream().filter(p -> paperYears.containsKey(p.id())).forEach(p -> writers.merge(p.name().canonical(), 1, Integer::sum));
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("# Careers of the synthetic world (talentflow synth), in the format of careers/dev.tsv\n");
            out.write("name\twindow\tmoves\thome\ttrap\n");
            for (Person person : people) {
                TreeSet<Integer> years = paperYears.get(person.id());
                if (years != null && years.size() >= 2 && writers.get(person.name().canonical()) == 1) {
                    out.write(line(person, years.first(), years.last(), institutions) + "\n");
                }
            }
        }
    }

    private static String line(Person person, int first, int last, Institutions institutions)
    {
        Plan plan = person.plan();
        List<String> moves = new ArrayList<>();
        plan.moves().stream().filter(m -> m.year() > first && m.year() <= last)
                .forEach(m -> moves.add(m.from() + ">" + m.to() + "@" + (m.year() - 1) + "-" + (m.year() + 1)));
        TreeSet<String> home = new TreeSet<>();
        for (int year = first; year <= last && moves.isEmpty(); year++) {
            home.add(plan.countryAt(year));
            if (plan.dualIn(year)) {
                home.add(institutions.get(plan.dualInstitution()).country());
            }
        }
        return String.join("\t", person.name().canonical(), first + "-" + last, moves.isEmpty() ? "-" : String.join(";", moves),
                home.isEmpty() ? "-" : String.join(",", home), plan.mobilityClass());
    }
}
