package io.ohmvision.platform;

import io.ohmvision.users.control.UserDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * The application's one authentication mechanism (Jakarta Security 3 allows one), choosing by path: the console
 * (/admin, its login page, its push channel) signs in once through a login page and is remembered in the HTTP
 * session; everything else (/api, /ws) is HTTP Basic on every request, answering 401 with a Basic challenge, so
 * programs never get a login page and browsers never get a Basic prompt on the console. Both check the same
 * identity store, after the {@link SignInThrottle} let the attempt through (else 429 with Retry-After, or the login
 * page says when to try again). A console session remembers who signed in, never the role: each request reads the
 * user's current role, so a role change or a deleted user takes effect on the next request.
 */
@ApplicationScoped
public class BrowserOrBasicAuthentication implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";
    public static final String CONSOLE_HOME = "/admin/dashboard.xhtml";
    static final String REALM = "OhmVision";
    /** Request attribute: how long a refused sign-in must wait (a Duration), for the login page to say. */
    private static final String RETRY_AFTER = BrowserOrBasicAuthentication.class.getName() + ".retryAfter";
    private static final String SESSION_CALLER = BrowserOrBasicAuthentication.class.getName() + ".caller";
    private static final Set<String> BROWSER_PREFIXES = Set.of("/admin/", "/jakarta.faces.push/",
            "/jakarta.faces.resource/");

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    SignInThrottle throttle;

    @Inject
    UserDirectory directory;

    @Inject
    ConsoleSessions consoleSessions;

    /** Who signed in to the console, kept in the session (never the password, nor the role: it may change). */
    record SessionCaller(String name) implements Serializable {
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws jakarta.security.enterprise.AuthenticationException {
        try {
            if (AmbiguousPathFilter.refused(request, response)) {
                return AuthenticationStatus.SEND_FAILURE;
            }
        } catch (IOException e) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        Credential given = context.getAuthParameters() == null ? null : context.getAuthParameters().getCredential();
        if (given != null) {
            return signIn(given, request, context);
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return isBrowserPath(path) ? fromSession(request, response, context) : basic(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_CALLER);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    /**
     * How long the login page's sign-in must wait before it is checked again, when it was refused for too many failed
     * attempts.
     */
    public static Optional<Duration> retryAfter(HttpServletRequest request) {
        return Optional.ofNullable((Duration) request.getAttribute(RETRY_AFTER));
    }

    /** The login page calls SecurityContext.authenticate with the typed credentials. */
    private AuthenticationStatus signIn(Credential credential, HttpServletRequest request, HttpMessageContext context) {
        if (!(credential instanceof UsernamePasswordCredential given)) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        Optional<Duration> wait = throttle.waitBefore(request.getRemoteAddr(), given.getCaller());
        if (wait.isPresent()) {
            request.setAttribute(RETRY_AFTER, wait.get());
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = validate(given, request);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        request.getSession(true);
        request.changeSessionId(); // no session fixation: the signed-in session gets a new id
        HttpSession session = request.getSession();
        session.setAttribute(SESSION_CALLER, new SessionCaller(result.getCallerPrincipal().getName()));
        consoleSessions.signedIn(result.getCallerPrincipal().getName(), session);
        return context.notifyContainerAboutLogin(result);
    }

    /** Checks the credentials and counts the outcome for the throttle. */
    private CredentialValidationResult validate(UsernamePasswordCredential credential, HttpServletRequest request) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            throttle.succeeded(request.getRemoteAddr(), credential.getCaller());
        } else {
            throttle.failed(request.getRemoteAddr(), credential.getCaller());
        }
        return result;
    }

    private AuthenticationStatus fromSession(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        Object caller = session == null ? null : session.getAttribute(SESSION_CALLER);
        if (caller instanceof SessionCaller c) {
            Optional<String> role = directory.roleOf(c.name());
            if (role.isPresent()) {
                return context.notifyContainerAboutLogin(c.name(), Set.of(role.get()));
            }
            session.invalidate(); // the user was deleted
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        return toLoginPage(request, response);
    }

    /** A Faces Ajax request cannot follow a 302: it gets a partial response that tells it to go to the login page. */
    private static AuthenticationStatus toLoginPage(HttpServletRequest request, HttpServletResponse response) {
        String login = request.getContextPath() + LOGIN_PAGE;
        try {
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + login + "\"/></partial-response>");
            } else {
                String next = "GET".equals(request.getMethod()) ? request.getRequestURI()
                        .substring(request.getContextPath().length())
                        + (request.getQueryString() == null ? "" : "?" + request.getQueryString()) : CONSOLE_HOME;
                response.sendRedirect(login + "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private AuthenticationStatus basic(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        UsernamePasswordCredential credential = basicCredential(request.getHeader("Authorization"));
        if (credential != null) {
            Optional<Duration> wait = throttle.waitBefore(request.getRemoteAddr(), credential.getCaller());
            if (wait.isPresent()) {
                return tooManyFailures(response, wait.get());
            }
            CredentialValidationResult result = validate(credential, request);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
        return context.responseUnauthorized();
    }

    /** 429 before any password is checked: the response is complete, the resource is not called. */
    private static AuthenticationStatus tooManyFailures(HttpServletResponse response, Duration wait) {
        long seconds = retryAfterSeconds(wait);
        response.setHeader("Retry-After", String.valueOf(seconds));
        try {
            Problem.of(Response.Status.TOO_MANY_REQUESTS, "Too many failed sign-ins from this address or for this user:"
                    + " try again in " + seconds + " s").writeTo(response);
        } catch (IOException e) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /** Whole seconds, rounded up: a client that waits exactly this long is let through. */
    public static long retryAfterSeconds(Duration wait) {
        return Math.max(1, wait.plusNanos(999_999_999).toSeconds());
    }

    static UsernamePasswordCredential basicCredential(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        return colon < 0 ? null : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
    }

    /** @param path the request path inside the application */
    static boolean isBrowserPath(String path) {
        return path.equals("/admin") || path.equals(LOGIN_PAGE) || BROWSER_PREFIXES.stream().anyMatch(path::startsWith);
    }
}
