package io.talentflow.geo;

import static java.util.Objects.requireNonNull;

/** One phrase found in a text: tokens {@code start} to {@code end} inclusive. */
record Match(Entry entry, int start, int end)
{
    Match
    {
        requireNonNull(entry, "entry is null");
    }
}
