package io.talentflow.cli;

import io.talentflow.geo.CountryEvaluation;
import io.talentflow.geo.EvaluationReport;
import io.talentflow.geo.LabelledAffiliation;
import io.talentflow.pipeline.Stages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "countries", description = "Score country placement on a labelled file (affiliation<TAB>countries<TAB>source, "
        + "countries space-separated): accuracy, precision when answered, coverage, and the worst countries with examples.")
final class EvalCountriesCommand
        implements Callable<Integer>
{
    @Spec
    CommandSpec spec;

    @Option(names = "--tsv", paramLabel = "FILE", required = true, description = "The labelled file.")
    Path tsv;

    @Mixin
    RorOption rorOption;

    @Option(names = "--worst", paramLabel = "N", defaultValue = "10", description = "Countries with the most errors to list (default: ${DEFAULT-VALUE}).")
    int worst;

    @Option(names = "--examples", paramLabel = "N", defaultValue = "3", description = "Errors to show per country (default: ${DEFAULT-VALUE}).")
    int examples;

    @Override
    public Integer call()
            throws IOException
    {
        if (worst < 0 || examples < 0) {
            throw new UserException("--worst and --examples must not be negative.");
        }
        List<LabelledAffiliation> labelled = LabelledFile.read(tsv, CountryEvaluation::read);
        EvaluationReport report = CountryEvaluation.evaluate(Stages.placingResolver(Registries.placing(rorOption.ror, System.err).linker()),
                labelled);
        spec.commandLine().getOut().print(report.format(worst, examples));
        spec.commandLine().getOut().flush();
        return ExitCodes.DONE;
    }
}
