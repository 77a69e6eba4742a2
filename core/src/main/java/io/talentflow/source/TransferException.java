package io.talentflow.source;

import java.io.IOException;

/** A transfer over HTTP that failed; the message is a phrase that completes "X could not be read: ...". */
final class TransferException
        extends IOException
{
    TransferException(String phrase)
    {
        super(phrase);
    }

    TransferException(String phrase, Throwable cause)
    {
        super(phrase, cause);
    }
}
