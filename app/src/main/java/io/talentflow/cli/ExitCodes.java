package io.talentflow.cli;

/** The exit codes that scripts rely on (DESIGN.md). */
final class ExitCodes
{
    static final int DONE = 0;
    static final int DONE_WITH_REJECTIONS = 1;
    static final int USAGE = 2;
    static final int INTERNAL = 3;

    private ExitCodes() {}
}
