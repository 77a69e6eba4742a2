package io.talentflow.spark;

/** Input the job cannot use at all; the message is one plain sentence. */
public final class JobException
        extends RuntimeException
{
    public JobException(String message)
    {
        super(message);
    }
}
