package io.talentflow.cli;

/**
 * A problem the user can fix (bad option value, missing input); printed as its message alone and
 * ends the command with exit code 2.
 */
public final class UserException
        extends RuntimeException
{
    public UserException(String message)
    {
        super(message);
    }
}
