package io.talentflow.synth;

/** The source format a synthetic corpus is written in. */
public enum SynthFormat
{
    /** Paperlists files, {@code <venue>/<venue><year>.json.gz}. */
    PAPERLISTS,
    /** OpenAlex works in the bulk snapshot layout, {@code works/updated_date=…/part_NNN.gz} with a manifest. */
    OPENALEX
}
