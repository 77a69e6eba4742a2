package io.talentflow.synth;

import static java.util.Objects.requireNonNull;

/**
 * What world to generate: the same settings always give the same files, byte for byte.
 *
 * @param researchers the population size (at least 1)
 */
public record SynthSettings(int researchers, long seed, SynthFormat format)
{
    /** The seed used when none is given. */
    public static final long DEFAULT_SEED = 7;

    public SynthSettings
    {
        requireNonNull(format, "format is null");
        if (researchers < 1) {
            throw new IllegalArgumentException("researchers must be at least 1: " + researchers);
        }
    }
}
