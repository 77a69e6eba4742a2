package io.talentflow.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class TestHelp
{
    /** Every subcommand at every depth, as the words that name it ("eval ids"). */
    static Stream<String> commands()
    {
        List<String> names = new ArrayList<>();
        collect(TalentflowCommand.commandLine(), "", names);
        return names.stream();
    }

    private static void collect(CommandLine command, String prefix, List<String> names)
    {
        command.getSubcommands().forEach((name, sub) -> {
            if (!name.equals("help")) {
                names.add((prefix + " " + name).trim());
                collect(sub, prefix + " " + name, names);
            }
        });
    }

    @ParameterizedTest
    @MethodSource("commands")
    void help_everySubcommand_printsUsageAndExitsZero(String command)
    {
        for (String flag : new String[] {"--help", "-h"}) {
            List<String> args = new ArrayList<>(Arrays.asList(command.split(" ")));
            args.add(flag);
            CliResult result = CliResult.run(args.toArray(String[]::new));

            assertThat(result.exitCode()).as(command + " " + flag + ": " + result.err()).isZero();
            assertThat(result.out()).startsWith("Usage: talentflow " + command);
            assertThat(result.err()).isEmpty();
        }
    }
}
