package io.talentflow.evaluation;

import static java.util.Objects.requireNonNull;

/**
 * The pair errors inside one name block (coarse name key) of an evaluation.
 *
 * @param block the coarse name key ("w wang")
 * @param elements scored authorships in the block
 * @param falseMerges pairs put in one cluster that belong to different people
 * @param splits pairs of one person put in different clusters
 */
public record BlockErrors(String block, long elements, long falseMerges, long splits)
{
    public BlockErrors
    {
        requireNonNull(block, "block is null");
    }

    public long errors()
    {
        return falseMerges + splits;
    }
}
