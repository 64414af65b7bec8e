package io.ohmvision.platform;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
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

    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : HttpServletResponse.SC_NOT_FOUND;
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "Error" : type.getReasonPhrase();
        write(response, new Problem("about:blank", title, status, detail(status), List.of()));
    }

    /** Answers a request outside JAX-RS with a problem. */
    static void write(HttpServletResponse response, Problem problem) throws IOException {
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.toJson(problem));
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
