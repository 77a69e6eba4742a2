package io.talentflow.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups the name forms of one coarse block ("d koditschek") into sub-blocks: a form joins the one
 * most specific compatible form with a written-out given name ("D. Koditschek" and "Daniel
 * Koditschek" join "Daniel E. Koditschek") when that form is unique, or when one of several such
 * forms holds at least {@link #DOMINANCE} of their authorships ("G. Hirzinger" joins "Gerd
 * Hirzinger", 110 authorships, rather than "Gerhard Hirzinger", 4); otherwise ("W. Wang" among
 * "Wei Wang" and "Wen Wang") the form stays a sub-block of its own.
 */
final class SubBlocks
{
    static final double DOMINANCE = 0.9;

    private SubBlocks()
    {
    }

    /** The sub-block form of each form, given the number of authorships of each form. */
    static Map<NameForm, NameForm> resolve(Map<NameForm, Integer> counts)
    {
        List<NameForm> full = counts.keySet().stream().filter(NameForm::full).toList();
        Map<NameForm, List<NameForm>> maximal = new HashMap<>();
        Map<NameForm, NameForm> target = new HashMap<>();
        Map<NameForm, Integer> weights = new HashMap<>();
        for (NameForm form : counts.keySet()) {
            List<NameForm> candidates = maximalCompatible(form, full);
            maximal.put(form, candidates);
            target.put(form, candidates.size() == 1 ? candidates.get(0) : form);
            weights.merge(target.get(form), counts.get(form), Integer::sum);
        }
        maximal.forEach((form, candidates) -> {
            if (candidates.size() > 1) {
                target.put(form, dominant(candidates, weights, form));
            }
        });
        return target;
    }

    private static NameForm dominant(List<NameForm> candidates, Map<NameForm, Integer> weights, NameForm otherwise)
    {
        int total = candidates.stream().mapToInt(c -> weights.getOrDefault(c, 0)).sum();
        // ties cannot pass the threshold, so the choice does not depend on candidate order
        return candidates.stream().filter(c -> weights.getOrDefault(c, 0) >= DOMINANCE * total).findFirst().orElse(otherwise);
    }

    /** The compatible full forms more specific than {@code form} that no other such form refines. */
    private static List<NameForm> maximalCompatible(NameForm form, List<NameForm> full)
    {
        List<NameForm> candidates = new ArrayList<>();
        for (NameForm other : full) {
            if (other.compatible(form) && other.moreSpecificThan(form)) {
                candidates.add(other);
            }
        }
        return candidates.stream()
                .filter(c -> candidates.stream().noneMatch(d -> d.compatible(c) && d.moreSpecificThan(c)))
                .toList();
    }
}
