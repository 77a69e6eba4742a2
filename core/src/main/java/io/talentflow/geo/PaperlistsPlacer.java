package io.talentflow.geo;

import io.talentflow.source.Affiliation;
import io.talentflow.source.Authorship;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * Places paperlists authorships, one placement per affiliation: the raw text, then the normalised
 * institution name, then the e-mail domain, then the source's own country field. The source field
 * is never used for a multinational named without a location, nor to put a Hong Kong, Macau or
 * Taiwan institution in China (paperlists folds Hong Kong into China). An authorship without
 * affiliations of its own is placed by its e-mail domain, else by its paper's set of affiliations
 * ({@link PaperSets}), as one placement.
 */
public final class PaperlistsPlacer implements AuthorshipPlacer
{
    private static final Set<String> SARS = Set.of("HK", "MO", "TW");

    private final CountryResolver resolver;

    public PaperlistsPlacer(CountryResolver resolver)
    {
        this.resolver = requireNonNull(resolver, "resolver is null");
    }

    @Override
    public List<Placement> place(Authorship authorship)
    {
        List<Placement> out = new ArrayList<>();
        for (Affiliation a : authorship.affiliations()) {
            if (!a.isEmpty()) {
                out.add(placeOne(a, authorship.emailDomain()));
            }
        }
        if (out.isEmpty()) {
            Placement email = resolver.fromEmailDomain(authorship.emailDomain());
            out.add(email.known() ? email
                    : authorship.paperAffiliations().isEmpty() ? Placement.unknown("unknown:none") : paperSet(authorship));
        }
        return List.copyOf(out);
    }

    // The author's own e-mail domain is not evidence about the others' affiliations, so the set's are placed without it.
    private Placement paperSet(Authorship authorship)
    {
        List<Placement> set = new ArrayList<>(authorship.paperAffiliations().size());
        authorship.paperAffiliations().forEach(a -> set.add(placeOne(a, "")));
        return PaperSets.combine(set);
    }

    private Placement placeOne(Affiliation a, String emailDomain)
    {
        Placement text = resolver.resolve(a.text());
        if (text.known() || text.basis().equals(EvidenceJudge.SEVERAL)) {
            return text;
        }
        Placement institution = resolver.resolve(a.institution());
        if (institution.known() || institution.basis().equals(EvidenceJudge.SEVERAL)) {
            return institution;
        }
        if (isMultinational(text) || isMultinational(institution)) {
            return Placement.unknown("unknown:multinational");
        }
        Placement email = resolver.fromEmailDomain(emailDomain);
        if (email.known()) {
            return email;
        }
        return fromSource(a);
    }

    private Placement fromSource(Affiliation a)
    {
        Placement source = resolver.fromSourceCountry(a.sourceCountry());
        boolean sarText = mentionsSar(a.text()) || mentionsSar(a.institution());
        return source.known() && !(source.country().equals("CN") && sarText) ? source
                : Placement.unknown("unknown:none");
    }

    private boolean mentionsSar(String text)
    {
        return resolver.namedCountries(text).stream().anyMatch(SARS::contains);
    }

    private static boolean isMultinational(Placement p)
    {
        return p.basis().equals(Kind.MULTINATIONAL.basis);
    }
}
