package io.ohmvision.admin;

import io.ohmvision.channels.video.DecodePool;
import io.ohmvision.platform.ProblemException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Optional;

/**
 * Snapshots for the console's thumbnails and detail page. The API's /api/cameras/{id}/snapshot answers HTTP Basic
 * only, which a browser signed in through the login page does not send (it would pop up a Basic prompt); this one
 * sits under the console's session login and uses the same control, through a short server-side cache. No picture
 * is a plain 404/502 without body: the page hides a broken thumbnail; a plain 503 with Retry-After when every decoder
 * for requests is busy.
 */
@WebServlet("/admin/snapshot")
public class CameraSnapshotServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CameraThumbnails thumbnails;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Long> id = cameraId(request.getParameter("camera"));
        if (id.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Optional<byte[]> jpeg;
        try {
            jpeg = thumbnails.of(id.get());
        } catch (ProblemException e) {
            if (e.status() == Response.Status.SERVICE_UNAVAILABLE) {
                // every decoder for requests stayed busy: the page keeps its placeholder, a reload may find one free
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                response.setHeader("Retry-After", String.valueOf(DecodePool.RETRY_AFTER.toSeconds()));
            } else { // unknown camera or no URL to take it from
                response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            }
            return;
        }
        if (jpeg.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_GATEWAY);
            return;
        }
        // The browser keeps it as long as the server does (CameraThumbnails): a revisited page asks for nothing.
        response.setHeader("Cache-Control", "private, max-age=" + thumbnails.timeToLive().toSeconds());
        response.setContentType("image/jpeg");
        response.setContentLength(jpeg.get().length);
        response.getOutputStream().write(jpeg.get());
    }

    private static Optional<Long> cameraId(String value) {
        try {
            return Optional.ofNullable(value).map(Long::valueOf);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
