package io.talentflow.web;

/** A request the API refuses, with the HTTP status and one plain sentence for the client. */
final class ApiException
        extends RuntimeException
{
    private final int status;

    private ApiException(int status, String message)
    {
        super(message);
        this.status = status;
    }

    static ApiException badRequest(String message)
    {
        return new ApiException(400, message);
    }

    static ApiException notFound(String message)
    {
        return new ApiException(404, message);
    }

    /** The request was meant for another server: its Host header names none of this one's names (421 Misdirected Request). */
    static ApiException misdirected(String message)
    {
        return new ApiException(421, message);
    }

    static ApiException unavailable(String message)
    {
        return new ApiException(503, message);
    }

    int status()
    {
        return status;
    }
}
