package io.talentflow.source;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static io.talentflow.source.JsonValues.number;
import static io.talentflow.source.JsonValues.object;
import static io.talentflow.source.JsonValues.objects;
import static io.talentflow.source.JsonValues.text;

/**
 * Whether an OpenAlex work or author is AI: a concept (scored at least {@link #MIN_CONCEPT_SCORE}),
 * a topic (or its subfield) or the work's source whose name contains an AI phrase, or one of the
 * AI concept and subfield ids. Names are matched as phrases inside the display name so that
 * "Robotics", "Mobile robot" and "IEEE Transactions on Pattern Analysis and Machine Intelligence"
 * all count.
 */
final class AiSelection
{
    // OpenAlex tags a work with every concept it scores; low scores are mentions, not subjects.
    static final double MIN_CONCEPT_SCORE = 0.3;

    private static final List<String> PHRASES = List.of("artificial intelligence", "machine learning", "deep learning",
            "neural network", "computer vision", "pattern recognition", "natural language", "computational linguistics",
            "speech recognition", "reinforcement learning", "robot", "learning representations",
            "neural information processing", "machine intelligence");
    private static final Set<String> IDS = Set.of("C154945302", "C119857082", "C31972630", "C204321447",
            "https://openalex.org/subfields/1702", "https://openalex.org/subfields/1707");

    private AiSelection()
    {
    }

    static boolean isAiWork(Map<String, Object> work)
    {
        String source = text(object(object(work, "primary_location"), "source"), "display_name");
        return isAiName(source) || anyConcept(objects(work, "concepts"), MIN_CONCEPT_SCORE)
                || anyTopic(objects(work, "topics")) || anyTopic(List.of(object(work, "primary_topic")));
    }

    // An author's x_concepts score is the share of their works (in percent), so any AI concept counts.
    static boolean isAiAuthor(Map<String, Object> author)
    {
        return anyConcept(objects(author, "x_concepts"), 0) || anyTopic(objects(author, "topics"));
    }

    private static boolean anyConcept(List<Map<String, Object>> concepts, double minScore)
    {
        return concepts.stream().anyMatch(c -> number(c, "score", 1) >= minScore
                && (isAiName(text(c, "display_name")) || IDS.contains(OpenAlexIds.shortId(text(c, "id")))));
    }

    private static boolean anyTopic(List<Map<String, Object>> topics)
    {
        return topics.stream().anyMatch(t -> isAiName(text(t, "display_name"))
                || isAiName(text(object(t, "subfield"), "display_name")) || IDS.contains(text(object(t, "subfield"), "id")));
    }

    private static boolean isAiName(String name)
    {
        if (name.isEmpty()) {
            return false;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return PHRASES.stream().anyMatch(lower::contains);
    }
}
