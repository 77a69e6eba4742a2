package io.talentflow.spark;

import io.talentflow.source.Inputs;
import io.talentflow.source.WorkSelection;

import java.io.Serializable;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * What every read task needs from the driver, broadcast once: the OpenAlex records to keep and the
 * OpenAlex id merges the driver read from the {@code merged_ids} files. Each executor builds one
 * {@link Inputs} from it, on first use.
 */
final class ReadSetup
        implements Serializable
{
    private final WorkSelection selection;
    private final Map<String, String> mergedIds;
    private transient Inputs inputs;

    ReadSetup(WorkSelection selection, Map<String, String> mergedIds)
    {
        this.selection = requireNonNull(selection, "selection is null");
        this.mergedIds = requireNonNull(mergedIds, "mergedIds is null");
    }

    synchronized Inputs inputs()
    {
        if (inputs == null) {
            inputs = new Inputs(selection, mergedIds);
        }
        return inputs;
    }
}
