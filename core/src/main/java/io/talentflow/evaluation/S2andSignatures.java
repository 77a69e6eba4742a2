package io.talentflow.evaluation;

import io.talentflow.source.Affiliation;
import io.talentflow.source.Authorship;
import io.talentflow.source.JsonValues;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Turns one S2AND signature into an authorship, or says why it cannot. */
final class S2andSignatures
{
    static final String SOURCE = "s2and/signatures.json";

    private S2andSignatures()
    {
    }

    /** Why the signature cannot be scored, or "" when it can. */
    static String problem(String id, Object signature, Map<String, String> clusterOf)
    {
        if (!(info(signature) instanceof Map<?, ?>)) {
            return "Signature " + id + " in " + SOURCE + " has no author_info object.";
        }
        if (!clusterOf.containsKey(id)) {
            return "Signature " + id + " in " + SOURCE + " is in no cluster of clusters.json.";
        }
        return "";
    }

    static Authorship authorship(String id, int index, Object signature)
    {
        Map<?, ?> info = (Map<?, ?>) info(signature);
        String paperId = JsonValues.text(((Map<?, ?>) signature).get("paper_id"));
        int position = info.get("position") instanceof Number n ? n.intValue() : 0;
        return new Authorship(SOURCE, index, paperId.isEmpty() ? "#" + id : paperId, "", 0, "", "", "", position,
                name(info), List.of(), affiliations(info.get("affiliations")), emailDomain(info.get("email")), "", Map.of());
    }

    private static Object info(Object signature)
    {
        return signature instanceof Map<?, ?> map ? map.get("author_info") : null;
    }

    private static String name(Map<?, ?> info)
    {
        return Stream.of("first", "middle", "last", "suffix")
                .map(part -> JsonValues.text(info.get(part)).trim())
                .filter(part -> !part.isEmpty())
                .collect(Collectors.joining(" "));
    }

    private static List<Affiliation> affiliations(Object value)
    {
        if (!(value instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().map(JsonValues::text).map(String::trim).filter(text -> !text.isEmpty())
                .map(text -> new Affiliation(text, "", "")).toList();
    }

    private static String emailDomain(Object value)
    {
        String email = Objects.requireNonNullElse(JsonValues.text(value), "");
        int at = email.lastIndexOf('@');
        return at < 0 ? "" : email.substring(at + 1).trim().toLowerCase(Locale.ROOT);
    }
}
