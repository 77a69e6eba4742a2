package io.talentflow.web;

import java.util.Map;

/** The headers every response carries, the error pages Jetty writes itself included. */
final class SecurityHeaders
{
    static final Map<String, String> ALL = Map.of(
            "X-Content-Type-Options", "nosniff",
            "Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'",
            "Referrer-Policy", "no-referrer");

    private SecurityHeaders() {}
}
