package io.talentflow.synth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/** The institutions table (institutions.tsv) and draws from it by country. */
final class Institutions
{
    private final List<Institution> all;
    private final Map<String, Weighted<Institution>> byCountry;

    private Institutions(List<Institution> all)
    {
        this.all = List.copyOf(all);
        Map<String, List<Institution>> grouped = new TreeMap<>();
        all.forEach(i -> grouped.computeIfAbsent(i.country(), c -> new ArrayList<>()).add(i));
        Map<String, Weighted<Institution>> weighted = new TreeMap<>();
        grouped.forEach((country, list) -> weighted.put(country,
                new Weighted<>(list, list.stream().mapToDouble(Institution::weight).toArray())));
        this.byCountry = weighted;
    }

    static Institutions load()
    {
        List<Institution> all = new ArrayList<>();
        for (String line : Resources.lines("institutions.tsv")) {
            String[] c = line.split("\t");
            List<String> forms = Arrays.stream(c[5].split("\\|")).map(f -> f.startsWith("!") ? f.substring(1) : f).toList();
            List<Boolean> bare = Arrays.stream(c[5].split("\\|")).map(f -> f.startsWith("!")).toList();
            all.add(new Institution(all.size(), c[0], Double.parseDouble(c[1]), c[2], c[3], c[4], forms, bare));
        }
        return new Institutions(all);
    }

    Institution get(int index)
    {
        return all.get(index);
    }

    int size()
    {
        return all.size();
    }

    /** An institution of the country other than {@code avoid} where the country has another. */
    Institution draw(String country, int avoid, SplittableRandom random)
    {
        Weighted<Institution> options = byCountry.get(country);
        Institution pick = options.draw(random);
        for (int tries = 0; pick.index() == avoid && tries < 8; tries++) {
            pick = options.draw(random);
        }
        return pick;
    }
}
