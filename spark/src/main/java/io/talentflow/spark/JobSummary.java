package io.talentflow.spark;

/** What a job wrote: counts for its closing line and exit code. */
public record JobSummary(long inputs, long failedInputs, long recordsRejected, long authorships, long researchers) {}
