package io.talentflow.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * The pages Jetty writes itself, before a request reaches the API (a request line it cannot parse:
 * 400; a URI or headers too long: 414, 431; errors inside the servlet): no stack trace, no servlet
 * name, and the {@link SecurityHeaders} every other answer carries.
 */
final class ErrorPages
        extends ErrorHandler
{
    ErrorPages()
    {
        setShowStacks(false);
        setShowServlet(false);
        setShowMessageInTitle(false);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields)
    {
        SecurityHeaders.ALL.forEach(fields::put);
        return super.badMessageError(status, reason, fields);
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request, HttpServletResponse response, int code, String message)
            throws IOException
    {
        SecurityHeaders.ALL.forEach(response::setHeader);
        super.generateAcceptableResponse(baseRequest, request, response, code, message);
    }
}
