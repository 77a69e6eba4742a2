package io.talentflow.identity;

import io.talentflow.source.Authorship;

import java.util.List;

/**
 * Groups authorships into researchers.
 */
public interface Disambiguator
{
    /**
     * Returns the researcher id of each authorship, aligned with the input list. Ids are
     * deterministic: the same authorships (in any order) give the same ids.
     */
    List<String> assign(List<Authorship> authorships);
}
