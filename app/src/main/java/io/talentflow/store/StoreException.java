package io.talentflow.store;

/** A store that cannot be opened, read or written; the message is one plain sentence. */
public final class StoreException
        extends RuntimeException
{
    public StoreException(String message)
    {
        super(message);
    }

    public StoreException(String message, Throwable cause)
    {
        super(message, cause);
    }
}
