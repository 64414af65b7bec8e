package io.ohmvision.platform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;

/**
 * Errors raised by the servlet container itself (401 and 403 from the security constraints, 404 outside JAX-RS)
 * answer in problem+json too; web.xml routes them here.
 */
@WebServlet("/problem")
public class ContainerErrorServlet extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : HttpServletResponse.SC_NOT_FOUND;
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "Error" : type.getReasonPhrase();
        new Problem("about:blank", title, status, detail(status), List.of()).writeTo(response);
    }

    static String detail(int status) {
        return switch (status) {
            case 401 -> "Authentication required: send HTTP Basic credentials of an OhmVision user";
            case 403 -> "Your role does not allow this operation";
            case 404 -> "No such resource";
            case 405 -> "This method is not allowed on this resource";
            default -> "The request could not be served";
        };
    }
}
