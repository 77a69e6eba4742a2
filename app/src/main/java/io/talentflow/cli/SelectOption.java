package io.talentflow.cli;

import io.talentflow.source.WorkSelection;
import io.talentflow.text.Suggestions;
import picocli.CommandLine.Option;

/** The {@code --select} option of the commands that read sources: which OpenAlex records to keep. */
final class SelectOption
{
    @Option(names = "--select", paramLabel = "WHICH", defaultValue = "ai",
            description = "OpenAlex records to keep: ai (works and authors with an AI, machine learning, vision, language or"
                    + " robotics concept, topic or venue) or all (default: ${DEFAULT-VALUE}). Other sources are kept whole.")
    String select;

    WorkSelection selection()
    {
        return WorkSelection.byLabel(select).orElseThrow(() -> new UserException("--select '" + select + "' is not one of "
                + String.join(", ", WorkSelection.labels()) + Suggestions.didYouMean(select, WorkSelection.labels()) + "."));
    }
}
