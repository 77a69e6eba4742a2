package io.talentflow.geo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Scores a resolver against labelled affiliations: a placement is right when its country is one of
 * the labelled ones, and unplaced texts count as wrong for accuracy only.
 */
public final class CountryEvaluation
{
    private CountryEvaluation()
    {
    }

    /**
     * Reads a labelled TSV ({@code affiliation<TAB>countries<TAB>source}, countries space-separated,
     * an optional header line starting with "affiliation").
     *
     * @throws IllegalArgumentException naming the file and line when a line has no countries column
     */
    public static List<LabelledAffiliation> read(Path tsv) throws IOException
    {
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        List<LabelledAffiliation> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String[] f = lines.get(i).split("\t", -1);
            if ((i == 0 && f[0].equals("affiliation")) || lines.get(i).isBlank()) {
                continue;
            }
            if (f.length < 2 || f[1].isBlank()) {
                throw new IllegalArgumentException(tsv + " line " + (i + 1) + " has no countries column");
            }
            Set<String> countries = new TreeSet<>(Arrays.asList(f[1].strip().split("\\s+")));
            out.add(new LabelledAffiliation(f[0], countries, f.length > 2 ? f[2] : ""));
        }
        return out;
    }

    /** Scores every labelled text; errors are listed by the labelled country, in input order. */
    public static EvaluationReport evaluate(CountryResolver resolver, List<LabelledAffiliation> labelled)
    {
        int answered = 0;
        int right = 0;
        Map<String, List<String>> errors = new TreeMap<>();
        for (LabelledAffiliation l : labelled) {
            Placement p = resolver.resolve(l.text());
            boolean ok = l.countries().contains(p.country());
            answered += p.known() ? 1 : 0;
            right += ok ? 1 : 0;
            if (!ok) {
                errors.computeIfAbsent(String.join(" ", l.countries()), k -> new ArrayList<>())
                        .add(l.text() + " -> " + (p.known() ? p.country() : "?") + " (" + p.basis() + ")");
            }
        }
        return new EvaluationReport(labelled.size(), answered, right, errors);
    }
}
