package io.ohmvision.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Refuses, with 400 problem+json, request paths that the servlet container and JAX-RS (or Faces) could read
 * differently: matrix parameters (the container matches web.xml's constraints on the path cut at the first ';',
 * JAX-RS routes on the whole path), encoded separators and dots, backslashes, empty and dot segments. No link of
 * OhmVision has one (sessions are tracked by cookie only, so there is no ;jsessionid either). The raw, undecoded
 * URI is checked, before anything decodes or normalises it. The authentication mechanism refuses them first (it
 * runs before the container checks web.xml, so every caller gets the same 400, not the container's 401 or 403 on
 * the cut path); this filter, mapped first in web.xml for every path, is the second line.
 */
public class AmbiguousPathFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Pattern AMBIGUOUS = Pattern.compile(
            ";|%3b|%2f|%5c|%2e|\\\\|//|/\\.\\.?(/|$)", Pattern.CASE_INSENSITIVE);
    private static final String DETAIL = "The request path may not contain ';', '\\', '//', '.' or '..' "
            + "segments, or the encoded forms %3B, %2F, %5C, %2E; send the plain path";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!refused(request, response)) {
            chain.doFilter(request, response);
        }
    }

    /** Answers 400 problem+json when the request's path is ambiguous. @return whether it did */
    static boolean refused(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!isAmbiguous(request.getRequestURI())) {
            return false;
        }
        Problem.of(Response.Status.BAD_REQUEST, DETAIL).writeTo(response);
        response.flushBuffer(); // committed: the container sends it as it is
        return true;
    }

    /** @param rawPath the request URI as sent, without the query */
    static boolean isAmbiguous(String rawPath) {
        return AMBIGUOUS.matcher(rawPath).find();
    }
}
