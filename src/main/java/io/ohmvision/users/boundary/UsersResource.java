package io.ohmvision.users.boundary;

import io.ohmvision.platform.OhmVisionApi;
import io.ohmvision.platform.Problem;
import io.ohmvision.platform.RequestBody;
import io.ohmvision.platform.Roles;
import io.ohmvision.users.control.UserAccounts;
import io.ohmvision.users.entity.User;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** User management, for admins only. Passwords are write-only. */
@Path("users")
@Tag(name = "users", description = "Console and API users (admins only)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsersResource {

    static final String ROLE_PATTERN = "admin|operator|viewer";

    @Inject
    UserAccounts accounts;

    /** A user as shown: never the hash. */
    public record UserView(String username, String role, OffsetDateTime createdAt) {
        static UserView of(User user) {
            return new UserView(user.username(), user.role(), user.createdAt());
        }
    }

    /** A new user. (Classes, not records: see CameraRequest on payara/Payara#7649.) */
    public static class NewUser {
        @NotBlank
        @Size(max = 100)
        @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "may contain letters, digits and . _ @ - only")
        public String username;

        @NotNull
        @Size(min = 8, max = 200, message = "must be 8 to 200 characters")
        public String password;

        @NotNull
        @Pattern(regexp = ROLE_PATTERN, message = "must be admin, operator or viewer")
        public String role;
    }

    /** A change: absent fields stay as they are. */
    public static class UserChange {
        @Size(min = 8, max = 200, message = "must be 8 to 200 characters")
        public String password;

        @Pattern(regexp = ROLE_PATTERN, message = "must be admin, operator or viewer")
        public String role;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "listUsers", summary = "List users")
    @APIResponse(responseCode = "200", description = "Every user (never a password)",
            content = @Content(schema = @Schema(implementation = UserView[].class)))
    @APIResponse(responseCode = "401", ref = OhmVisionApi.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = OhmVisionApi.FORBIDDEN)
    public List<UserView> list() {
        return accounts.all().stream().map(UserView::of).toList();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createUser", summary = "Create a user")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(ref = "UserView")))
    @APIResponse(responseCode = "400", ref = OhmVisionApi.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = OhmVisionApi.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = OhmVisionApi.FORBIDDEN)
    @APIResponse(responseCode = "409", ref = OhmVisionApi.CONFLICT)
    @APIResponse(responseCode = "413", ref = OhmVisionApi.TOO_LARGE)
    public Response create(@Valid NewUser user, @Context UriInfo uri) {
        User created = accounts.create(RequestBody.required(user).username, user.password, user.role);
        return Response.created(uri.getAbsolutePathBuilder().path(created.username()).build())
                .entity(UserView.of(created)).build();
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Path("{username}")
    @Operation(operationId = "changeUser", summary = "Change a user's password or role")
    @APIResponse(responseCode = "200", description = "The user as changed",
            content = @Content(schema = @Schema(ref = "UserView")))
    @APIResponse(responseCode = "400", ref = OhmVisionApi.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = OhmVisionApi.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = OhmVisionApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = OhmVisionApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = OhmVisionApi.CONFLICT)
    @APIResponse(responseCode = "413", ref = OhmVisionApi.TOO_LARGE)
    public UserView change(@PathParam("username") String username, @Valid UserChange change) {
        return UserView.of(accounts.change(username, RequestBody.required(change).password, change.role));
    }

    // answers no body, or a problem: a client that accepts only problem+json (as generated ones do) is served
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @DELETE
    @RolesAllowed(Roles.ADMIN)
    @Path("{username}")
    @Operation(operationId = "deleteUser", summary = "Delete a user")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", ref = OhmVisionApi.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = OhmVisionApi.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = OhmVisionApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = OhmVisionApi.CONFLICT)
    public void delete(@PathParam("username") String username) {
        accounts.delete(username);
    }
}
