package io.talentflow.cli;

import io.talentflow.geo.CountryResolver;
import io.talentflow.geo.Placement;
import io.talentflow.pipeline.Stages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "resolve", description = "Place affiliation strings in countries: one line in, one line out "
        + "(country<TAB>confidence<TAB>basis; the country is empty when unknown).")
final class ResolveCommand
        implements Callable<Integer>
{
    @Spec
    CommandSpec spec;

    @Mixin
    TextInput input;

    @Mixin
    RorOption rorOption;

    @Override
    public Integer call()
            throws IOException
    {
        CountryResolver resolver = Stages.placingResolver(Registries.placing(rorOption.ror, System.err).linker());
        PrintWriter out = spec.commandLine().getOut();
        input.each(text -> write(out, resolver.resolve(text)));
        out.flush();
        return ExitCodes.DONE;
    }

    /** Plain writes, not printf: this runs once per input line. */
    private static void write(PrintWriter out, Placement p)
    {
        out.write(p.country());
        out.write('\t');
        out.write(Double.toString(Math.round(p.confidence() * 1000) / 1000.0));
        out.write('\t');
        out.write(p.basis());
        out.write('\n');
    }
}
