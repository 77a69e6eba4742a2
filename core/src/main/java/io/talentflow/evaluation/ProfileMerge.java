package io.talentflow.evaluation;

import io.talentflow.source.Affiliation;
import io.talentflow.source.Authorship;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Identifiers of one person counted as one: ids whose authorships have the same most frequent name
 * and the same most frequent institution ("Toshio Fukuda" at Nagoya under two IEEE ids) become one
 * label. It makes visible how much of a score against raw ids is the ids' own duplicates; it is an
 * analysis of the labels, not a truth of its own (two namesakes at one institution merge too).
 */
final class ProfileMerge
{
    private ProfileMerge()
    {
    }

    /** For each authorship, its id, or the smallest id of its profile when the profile has several. */
    static List<String> merge(List<Authorship> authorships, List<String> ids)
    {
        Map<String, List<Authorship>> byId = new TreeMap<>();
        for (int i = 0; i < ids.size(); i++) {
            byId.computeIfAbsent(ids.get(i), id -> new ArrayList<>()).add(authorships.get(i));
        }
        Map<String, String> profileLabel = new HashMap<>();
        Map<String, String> labelOfId = new HashMap<>();
        // ids in sorted order: a profile's label is its smallest id
        byId.forEach((id, members) -> labelOfId.put(id, profileLabel.computeIfAbsent(profile(members), p -> id)));
        return ids.stream().map(labelOfId::get).toList();
    }

    private static String profile(List<Authorship> members)
    {
        String institution = mostFrequent(members, a -> a.affiliations().stream().map(Affiliation::institution).filter(i -> !i.isBlank())
                .findFirst().orElse(""));
        return mostFrequent(members, Authorship::name) + "\t" + institution;
    }

    /** The most frequent value (ties: the alphabetically first); empty values count only when there is nothing else. */
    private static String mostFrequent(List<Authorship> members, Function<Authorship, String> value)
    {
        Map<String, Integer> counts = new TreeMap<>();
        members.forEach(a -> counts.merge(value.apply(a), 1, Integer::sum));
        return counts.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>, Boolean>comparing(e -> !e.getKey().isEmpty())
                        .thenComparing(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow().getKey();
    }
}
