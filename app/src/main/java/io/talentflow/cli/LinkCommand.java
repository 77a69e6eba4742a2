package io.talentflow.cli;

import io.talentflow.org.Link;
import io.talentflow.org.OrganisationLinker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "link", description = "Link affiliation strings to organisations: one line in, one line out (ids<TAB>name<TAB>country"
        + "<TAB>score; ids space-separated, most specific first; name, country and score describe the first; all empty when nothing"
        + " is linked).")
final class LinkCommand
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
        OrganisationLinker linker = Registries.placing(rorOption.ror, System.err).linker();
        PrintWriter out = spec.commandLine().getOut();
        input.each(text -> write(out, linker.link(text)));
        out.flush();
        return ExitCodes.DONE;
    }

    /** Plain writes, not printf: this runs once per input line. */
    private static void write(PrintWriter out, Link link)
    {
        if (link.linked()) {
            out.write(String.join(" ", link.ids()));
            out.write('\t');
            out.write(link.first().name());
            out.write('\t');
            out.write(link.first().country());
            out.write('\t');
            out.write(Double.toString(link.score()));
        }
        else {
            out.write("\t\t\t");
        }
        out.write('\n');
    }
}
