package io.ohmvision.admin;

import io.ohmvision.platform.BrowserOrBasicAuthentication;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The console's login page (/login.xhtml) and its logout. The password field is never written back to the page. */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    private String username;
    private String password;
    private String next;

    public void login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(username, new Password(password)))
                .newAuthentication(true));
        password = null;
        switch (status) {
            case SUCCESS -> external.redirect(external.getRequestContextPath() + target());
            case SEND_CONTINUE -> faces.responseComplete();
            default -> BrowserOrBasicAuthentication.retryAfter(request).ifPresentOrElse(wait -> {
                long seconds = BrowserOrBasicAuthentication.retryAfterSeconds(wait);
                response.setStatus(429);
                response.setHeader("Retry-After", String.valueOf(seconds));
                Feedback.error("Too many failed sign-ins", "Try again in " + seconds + " s");
            }, () -> Feedback.error("Sign-in failed", "Wrong user name or password"));
        }
    }

    public void logout() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + BrowserOrBasicAuthentication.LOGIN_PAGE);
    }

    /** Only console pages are followed after login: no open redirect through ?next=. */
    String target() {
        return next != null && next.matches("/admin/[A-Za-z0-9_/-]+\\.xhtml(\\?[A-Za-z0-9=&_.-]*)?") ? next
                : BrowserOrBasicAuthentication.CONSOLE_HOME;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return null;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
