package io.talentflow.cli;

/** The talentflow command line. */
public final class Main
{
    private Main() {}

    public static void main(String[] args)
    {
        System.exit(TalentflowCommand.commandLine().execute(args));
    }
}
