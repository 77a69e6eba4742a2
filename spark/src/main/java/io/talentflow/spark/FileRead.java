package io.talentflow.spark;

import io.talentflow.career.PlacedAuthorship;
import io.talentflow.identity.NamedBlocks;
import io.talentflow.source.Rejection;
import io.talentflow.source.SourceSummary;

import java.io.Serializable;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * What one input file gave: its ledger line, its rejections and its placed authorships in file order.
 *
 * @param file the file's index in input order
 * @param names the block of each authorship and the file's part of the name census
 */
record FileRead(int file, SourceSummary summary, List<Rejection> rejections, List<PlacedAuthorship> authorships, NamedBlocks names)
        implements Serializable
{
    FileRead
    {
        requireNonNull(summary, "summary is null");
        rejections = List.copyOf(requireNonNull(rejections, "rejections is null"));
        authorships = List.copyOf(requireNonNull(authorships, "authorships is null"));
        requireNonNull(names, "names is null");
    }
}
