package io.ohmvision.admin;

import io.ohmvision.cameras.control.CameraRegistry;
import io.ohmvision.cameras.control.CameraVideo;
import io.ohmvision.channels.video.DeepProbeResult;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Snapshots for the console's thumbnails and detail page. The API's /api/cameras/{id}/snapshot answers HTTP Basic
 * only, which a browser signed in through the login page does not send (it would pop up a Basic prompt); this one
 * sits under the console's session login and uses the same control. No picture is a plain 404/502 without body:
 * the page hides a broken thumbnail.
 */
@WebServlet("/admin/snapshot")
public class CameraSnapshotServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CameraRegistry registry;

    @Inject
    CameraVideo video;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Long> id = cameraId(request.getParameter("camera"));
        if (id.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Optional<byte[]> jpeg;
        try {
            DeepProbeResult result = video.snapshot(registry.find(id.get()));
            jpeg = result.snapshot();
        } catch (RuntimeException e) { // unknown camera (wrapped by the EJB container) or no URL to take it from
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (jpeg.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_GATEWAY);
            return;
        }
        // A thumbnail decodes a frame: a short private cache spares the camera when pages are revisited.
        response.setHeader("Cache-Control", "private, max-age=30");
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
