package io.talentflow.geo;

import io.talentflow.source.Affiliation;

import java.util.HashSet;
import java.util.Set;

/** One affiliation of a paper with its placement; its organisation names are computed on demand. */
final class Placed
{
    private static final Set<String> FILLABLE = Set.of("unknown:none", "unknown:ambiguous", Kind.MULTINATIONAL.basis);

    private final int authorship;
    private final int index;
    private final Affiliation affiliation;
    private final Placement placement;
    private Set<String> organisations;

    Placed(int authorship, int index, Affiliation affiliation, Placement placement)
    {
        this.authorship = authorship;
        this.index = index;
        this.affiliation = affiliation;
        this.placement = placement;
    }

    int authorship()
    {
        return authorship;
    }

    int index()
    {
        return index;
    }

    Placement placement()
    {
        return placement;
    }

    boolean fillable()
    {
        return FILLABLE.contains(placement.basis());
    }

    /** E-mail domains and source fields say where the person is, not where the organisation is. */
    boolean placedByText()
    {
        return placement.basis().startsWith("text:") || placement.basis().equals(Kind.LAB.basis);
    }

    Set<String> organisations(CountryResolver resolver)
    {
        if (organisations == null) {
            organisations = new HashSet<>(resolver.multinationals(affiliation));
            addPhrase(affiliation.institution());
            addPhrase(affiliation.text());
        }
        return organisations;
    }

    private void addPhrase(String text)
    {
        String phrase = TextNormalizer.phrase(text);
        if (!phrase.isEmpty()) {
            organisations.add(phrase);
        }
    }
}
