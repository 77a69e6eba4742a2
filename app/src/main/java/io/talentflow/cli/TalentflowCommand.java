package io.talentflow.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The root command: subcommands only. Every subcommand inherits --help, -h and --version. */
@Command(name = "talentflow",
        scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        version = "talentflow 0.1.0",
        description = "Where AI researchers train, where they work, and who goes home: careers and flows from publication metadata.",
        subcommands = {
                RunCommand.class,
                BuildCommand.class,
                PersonCommand.class,
                OrgCommand.class,
                FlowsCommand.class,
                ReportCommand.class,
                ExportCommand.class,
                EvalCommand.class,
                SynthCommand.class,
                SqlCommand.class,
                ResolveCommand.class,
                LinkCommand.class,
                ServeCommand.class,
                CommandLine.HelpCommand.class,
        })
final class TalentflowCommand
{
    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces with errors.")
    boolean debug;

    static CommandLine commandLine()
    {
        ErrorHandler handler = new ErrorHandler();
        return new CommandLine(new TalentflowCommand())
                .setExecutionExceptionHandler(handler)
                .setParameterExceptionHandler(handler)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setUsageHelpAutoWidth(true);
    }
}
