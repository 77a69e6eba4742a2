package io.talentflow.cli;

import io.talentflow.org.LabelledLink;
import io.talentflow.org.LinkEvaluation;
import io.talentflow.org.LinkReport;
import io.talentflow.org.OrganisationLinker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "orgs", description = "Score organisation linking on a labelled file (string<TAB>ids, ids space-separated, any of them"
        + " right): accuracy (first linked id right), precision when answered, coverage, strings per second, and the errors.")
final class EvalOrgsCommand
        implements Callable<Integer>
{
    @Spec
    CommandSpec spec;

    @Option(names = "--tsv", paramLabel = "FILE", required = true, description = "The labelled file.")
    Path tsv;

    @Mixin
    RorOption rorOption;

    @Option(names = "--errors", paramLabel = "N", defaultValue = "20", description = "Errors to list (default: ${DEFAULT-VALUE}).")
    int errors;

    @Override
    public Integer call()
            throws IOException
    {
        if (errors < 0) {
            throw new UserException("--errors must not be negative.");
        }
        List<LabelledLink> labelled = LabelledFile.read(tsv, LinkEvaluation::read);
        OrganisationLinker linker = Registries.placing(rorOption.ror, System.err).linker();
        LinkReport report = LinkEvaluation.evaluate(linker, labelled);
        spec.commandLine().getOut().print(report.format(errors));
        spec.commandLine().getOut().flush();
        return ExitCodes.DONE;
    }
}
