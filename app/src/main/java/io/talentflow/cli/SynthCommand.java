package io.talentflow.cli;

import io.talentflow.synth.SynthFormat;
import io.talentflow.synth.SynthSettings;
import io.talentflow.synth.SynthSummary;
import io.talentflow.synth.SynthWorld;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "synth", description = "Write a synthetic corpus (DIR/corpus) from a known population, with its truth (DIR/truth).")
final class SynthCommand
        implements Callable<Integer>
{
    @Option(names = "--researchers", paramLabel = "N", defaultValue = "20000", description = "Population size (default: 20000).")
    int researchers;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "An empty or new folder.")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "paperlists", description = "paperlists or openalex (default: paperlists).")
    SynthFormat format;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed (default: " + SynthSettings.DEFAULT_SEED + "); the same seed gives the same files.")
    long seed = SynthSettings.DEFAULT_SEED;

    @Override
    public Integer call()
    {
        if (researchers < 1) {
            throw new UserException("--researchers must be at least 1, not " + researchers + ".");
        }
        SynthSummary summary = generate();
        System.err.printf("Wrote %,d researchers, %,d papers, %,d authorships and %,d true moves to %s (corpus/ and truth/).%n",
                summary.researchers(), summary.papers(), summary.authorships(), summary.moves(), out);
        return ExitCodes.DONE;
    }

    private SynthSummary generate()
    {
        try {
            return SynthWorld.generate(new SynthSettings(researchers, seed, format), out, ConsoleProgress.forStderr());
        }
        catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        catch (IOException e) {
            throw new UserException("Cannot write " + out + ": " + e.getMessage());
        }
    }
}
