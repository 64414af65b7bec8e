package io.ohmvision.platform;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses bodies above ohmvision.api.max-body-bytes with 413 before they are read: by Content-Length when the
 * client sends one, and by counting while reading for chunked bodies.
 */
@Provider
@PreMatching
public class BodySizeLimit implements ContainerRequestFilter {

    @Inject
    @ConfigProperty(name = "ohmvision.api.max-body-bytes", defaultValue = "65536")
    long maxBytes;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > maxBytes) {
            request.abortWith(Problem.response(Status.REQUEST_ENTITY_TOO_LARGE, tooLarge()));
            return;
        }
        request.setEntityStream(new LimitedStream(request.getEntityStream()));
    }

    private String tooLarge() {
        return "Request body larger than " + maxBytes + " bytes";
    }

    private final class LimitedStream extends FilterInputStream {
        private long count;

        LimitedStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                account(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                account(n);
            }
            return n;
        }

        private void account(int n) {
            count += n;
            if (count > maxBytes) {
                throw new ProblemException(Status.REQUEST_ENTITY_TOO_LARGE, tooLarge());
            }
        }
    }
}
