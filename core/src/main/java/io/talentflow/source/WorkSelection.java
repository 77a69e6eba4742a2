package io.talentflow.source;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which OpenAlex records a build keeps. Records left out are still counted in the ledger, as
 * rejections whose reason starts with {@link Rejection#OUTSIDE_SELECTION}. Other sources are
 * AI venues already and are not filtered.
 */
public enum WorkSelection
{
    /** Works with an AI, machine learning, vision, language or robotics concept, topic or venue; authors likewise. */
    AI,
    /** Every work and author. */
    ALL;

    /** The option value ("ai", "all"). */
    public String label()
    {
        return name().toLowerCase(Locale.ROOT);
    }

    public static List<String> labels()
    {
        return Arrays.stream(values()).map(WorkSelection::label).toList();
    }

    /** The selection with that label, ignoring case. */
    public static Optional<WorkSelection> byLabel(String label)
    {
        return Arrays.stream(values()).filter(s -> s.label().equalsIgnoreCase(label.trim())).findFirst();
    }
}
