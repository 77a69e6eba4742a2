package io.talentflow.spark;

import java.io.Serializable;

import static java.util.Objects.requireNonNull;

/**
 * One input of the job.
 *
 * @param index position in input order (the order of the ledger and of authorship ids)
 * @param name the name the ledger and the authorships give it, as the local engine names it
 * @param path the Hadoop path to open ("" when {@code error} is set)
 * @param error a sentence when the input cannot be used at all ("" otherwise)
 * @param skipped why the input is not read on purpose ("" otherwise), as core {@code SourceInput} says it
 */
record SourceFile(int index, String name, String path, String error, String skipped)
        implements Serializable
{
    SourceFile
    {
        requireNonNull(name, "name is null");
        requireNonNull(path, "path is null");
        requireNonNull(error, "error is null");
        requireNonNull(skipped, "skipped is null");
    }
}
