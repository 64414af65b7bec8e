package io.ohmvision.channels.video;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.Java2DFrameConverter;

/** Encodes one decoded frame as JPEG with the JDK's encoder: no second FFmpeg encoder context per snapshot. */
final class JpegSnapshot {

    private JpegSnapshot() {
    }

    static byte[] of(Frame frame) {
        // the converter keeps a buffer per instance and is not thread-safe: one per snapshot
        BufferedImage picture = new Java2DFrameConverter().convert(frame);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(picture, "jpg", jpeg)) {
                throw new IllegalStateException("the JDK has no JPEG writer");
            }
        } catch (IOException cannotHappenInMemory) {
            throw new UncheckedIOException(cannotHappenInMemory);
        }
        return jpeg.toByteArray();
    }
}
