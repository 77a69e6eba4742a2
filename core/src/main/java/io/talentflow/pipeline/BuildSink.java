package io.talentflow.pipeline;

import java.util.List;

/**
 * Takes the authorships of a build part by part, as each part is finished, so that no stage has to
 * hold every authorship at once. Parts arrive one at a time, in the same order for the same input.
 */
@FunctionalInterface
public interface BuildSink
{
    void accept(List<AuthorshipOutcome> part);
}
