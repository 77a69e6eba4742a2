package io.talentflow.synth;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * An institution of the synthetic world.
 *
 * @param country where its researchers truly are (ISO code)
 * @param norm the normalised name paperlists gives it
 * @param sourceCountry the country paperlists gives it (HK folded into China, multinationals at headquarters)
 * @param forms how papers write it, the first most often
 * @param bare per form, whether it names the company alone (no lab, no place)
 */
record Institution(int index, String country, double weight, String domain, String norm, String sourceCountry,
        List<String> forms, List<Boolean> bare)
{
    Institution
    {
        requireNonNull(country, "country is null");
        requireNonNull(domain, "domain is null");
        requireNonNull(norm, "norm is null");
        requireNonNull(sourceCountry, "sourceCountry is null");
        forms = List.copyOf(requireNonNull(forms, "forms is null"));
        bare = List.copyOf(requireNonNull(bare, "bare is null"));
    }
}
