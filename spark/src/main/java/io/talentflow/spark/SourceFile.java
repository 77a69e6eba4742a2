package io.talentflow.spark;

import java.io.Serializable;

import static java.util.Objects.requireNonNull;

/**
 * One input of the job.
 *
 * @param index position in input order (the order of the ledger and of authorship ids)
 * @param name the source as given, then the path below it: how snapshot manifests find their parts
 * @param label the name the ledger, the authorships and every id give it, as the local engine labels it
 * @param path the Hadoop path to open ("" when {@code error} is set)
 * @param error a sentence when the input cannot be used at all ("" otherwise)
 * @param skipped why the input is not read on purpose ("" otherwise), as core {@code SourceInput} says it
 */
record SourceFile(int index, String name, String label, String path, String error, String skipped)
        implements Serializable
{
    SourceFile
    {
        requireNonNull(name, "name is null");
        requireNonNull(label, "label is null");
        requireNonNull(path, "path is null");
        requireNonNull(error, "error is null");
        requireNonNull(skipped, "skipped is null");
    }

    SourceFile withLabel(String newLabel)
    {
        return new SourceFile(index, name, newLabel, path, error, skipped);
    }
}
