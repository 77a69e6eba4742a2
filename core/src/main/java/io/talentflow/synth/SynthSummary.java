package io.talentflow.synth;

/** What a generation wrote. */
public record SynthSummary(int researchers, long papers, long authorships, long moves)
{
}
