package io.ohmvision.platform;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Authorization of every API operation by its own declaration: {@code @RolesAllowed}, {@code @PermitAll} or
 * {@code @DenyAll} on the resource method, else on its class. An operation that declares nothing is refused (deny by
 * default; OperationAuthorizationTest names any such method). The check runs after matching and before the body is
 * read or validated, so a caller without the role learns nothing about the input: 401 with the Basic challenge
 * without credentials, 403 with them. Plain JAX-RS, so the WAR does not depend on Jersey's RolesAllowedDynamicFeature
 * being registered; web.xml's constraints are only the second line.
 */
@Provider
public class OperationAuthorization implements DynamicFeature {

    @Override
    public void configure(ResourceInfo operation, FeatureContext context) {
        Declaration declared = Declaration.of(operation.getResourceMethod(), operation.getResourceClass());
        if (!declared.anyone()) {
            context.register(new RoleCheck(declared.roles()), Priorities.AUTHORIZATION);
        }
    }

    /** Who may call one operation: anyone, or a caller in one of the roles (no role: nobody). */
    record Declaration(boolean anyone, Set<String> roles) {

        static final Declaration NOBODY = new Declaration(false, Set.of());

        static Declaration of(AnnotatedElement method, AnnotatedElement resourceClass) {
            return on(method).or(() -> on(resourceClass)).orElse(NOBODY);
        }

        /** @return empty when the element declares nothing */
        static Optional<Declaration> on(AnnotatedElement element) {
            if (element == null) {
                return Optional.empty();
            }
            if (element.isAnnotationPresent(DenyAll.class)) {
                return Optional.of(NOBODY);
            }
            if (element.isAnnotationPresent(PermitAll.class)) {
                return Optional.of(new Declaration(true, Set.of()));
            }
            return Optional.ofNullable(element.getAnnotation(RolesAllowed.class))
                    .map(allowed -> new Declaration(false, Set.copyOf(List.of(allowed.value()))));
        }
    }

    /** Lets a request on to its operation only for a caller in one of the operation's roles. */
    private static final class RoleCheck implements ContainerRequestFilter {

        private final Set<String> roles;
        private final String refusal;

        RoleCheck(Set<String> roles) {
            this.roles = roles;
            List<String> named = Roles.ALL.stream().filter(roles::contains).toList();
            this.refusal = named.isEmpty() ? "This operation is not open to any role"
                    : "Your role does not allow this operation; it is for: " + String.join(", ", named);
        }

        @Override
        public void filter(ContainerRequestContext request) {
            SecurityContext caller = request.getSecurityContext();
            if (caller.getUserPrincipal() == null) {
                request.abortWith(Response.fromResponse(Problem.response(Status.UNAUTHORIZED,
                                ContainerErrorServlet.detail(Status.UNAUTHORIZED.getStatusCode())))
                        .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + BrowserOrBasicAuthentication.REALM
                                + "\"").build());
            } else if (roles.stream().noneMatch(caller::isUserInRole)) {
                request.abortWith(Problem.response(Status.FORBIDDEN, refusal));
            }
        }
    }
}
