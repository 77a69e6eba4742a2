package io.talentflow.pipeline;

import io.talentflow.career.CareerMeasures;
import io.talentflow.source.Rejection;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Takes what a build produces as it is produced, so that no stage has to hold every authorship,
 * researcher or rejected record at once.
 */
public interface BuildSink
{
    /**
     * The rejected records of one input, as soon as the input is read. Called from several threads at
     * once, in no particular order.
     */
    void rejected(List<Rejection> rejections);

    /** The authorships of one finished partition. Parts arrive one at a time, in the same order for the same input. */
    void accept(List<AuthorshipOutcome> part);

    /** The researchers of one finished partition, in id order, right after its authorships. */
    void researchers(List<CareerMeasures> part);

    /** What this sink writes (files, or folders whose contents it writes): never read as inputs of the build. */
    default List<Path> outputs()
    {
        return List.of();
    }

    /**
     * A folder of this build's own for temporary files (partitions spilled beyond the memory
     * budget), removed with the build; empty when the system's temporary folder will do.
     */
    default Optional<Path> scratch()
    {
        return Optional.empty();
    }
}
