package io.talentflow.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The affiliations of one paper that can lend their country, by organisation and country, gathered
 * once: filling every unknown affiliation then costs the paper's size, not its square (a paper of
 * thousands of authors at one laboratory). Keeps, per organisation and country, the two best lenders
 * of different authors, which is all that choosing the best lender other than the borrower needs.
 */
final class Lenders
{
    /** The better of two lenders: the higher confidence, then the earlier in the paper. */
    private static final Comparator<Lender> BETTER = Comparator.comparingDouble((Lender lender) -> -lender.placed().placement().confidence())
            .thenComparingInt(Lender::order);

    private final Map<String, Map<String, List<Lender>>> byOrganisation = new HashMap<>();
    private final CountryResolver resolver;

    /** {@code evidence}: the paper's affiliations placed by their own text, in paper order. */
    Lenders(List<Placed> evidence, CountryResolver resolver)
    {
        this.resolver = resolver;
        for (int order = 0; order < evidence.size(); order++) {
            Lender lender = new Lender(evidence.get(order), order);
            for (String organisation : lender.placed().organisations(resolver)) {
                keep(byOrganisation.computeIfAbsent(organisation, key -> new HashMap<>())
                        .computeIfAbsent(lender.placed().placement().country(), key -> new ArrayList<>(2)), lender);
            }
        }
    }

    private record Lender(Placed placed, int order) {}

    /** The best lender of each of the two best authors. */
    private static void keep(List<Lender> best, Lender lender)
    {
        for (int i = 0; i < best.size(); i++) {
            if (best.get(i).placed().authorship() == lender.placed().authorship()) {
                if (BETTER.compare(lender, best.get(i)) < 0) {
                    best.set(i, lender);
                    best.sort(BETTER);
                }
                return;
            }
        }
        best.add(lender);
        best.sort(BETTER);
        if (best.size() > 2) {
            best.remove(2);
        }
    }

    /**
     * The co-author affiliation {@code unknown} borrows from: the best of those of other authors of
     * the paper that share an organisation with it, when they all name one country; empty when none
     * does or they disagree.
     */
    Optional<Placed> lender(Placed unknown)
    {
        String country = null;
        Lender best = null;
        for (String organisation : unknown.organisations(resolver)) {
            for (Map.Entry<String, List<Lender>> lenders : byOrganisation.getOrDefault(organisation, Map.of()).entrySet()) {
                Lender other = lenders.getValue().stream().filter(l -> l.placed().authorship() != unknown.authorship()).findFirst().orElse(null);
                if (other == null) {
                    continue;
                }
                if (country != null && !country.equals(lenders.getKey())) {
                    return Optional.empty();
                }
                country = lenders.getKey();
                best = best == null || BETTER.compare(other, best) < 0 ? other : best;
            }
        }
        return Optional.ofNullable(best).map(Lender::placed);
    }
}
