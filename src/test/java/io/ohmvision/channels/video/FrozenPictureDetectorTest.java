package io.ohmvision.channels.video;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Synthetic BGR frames: a still picture with encoder-like noise, a moving square, a slow fade. */
class FrozenPictureDetectorTest {

    private static final int WIDTH = 320;
    private static final int HEIGHT = 180;
    private final Random noise = new Random(42);

    @Test
    void aStillPictureWithNoiseIsFrozen() {
        FrozenPictureDetector detector = new FrozenPictureDetector(10);
        for (int i = 0; i < 10; i++) {
            detector.add(signature(frame(-1, 3)));
        }
        assertThat(detector.frozen()).isTrue();
    }

    @Test
    void aMovingSquareIsNot() {
        FrozenPictureDetector detector = new FrozenPictureDetector(10);
        for (int i = 0; i < 30; i++) {
            detector.add(signature(frame(i * 8, 3)));
        }
        assertThat(detector.frozen()).isFalse();
    }

    @Test
    void freezingAfterMotionIsFrozenAndMotionAfterAFreezeIsNot() {
        FrozenPictureDetector detector = new FrozenPictureDetector(5);
        for (int i = 0; i < 5; i++) {
            detector.add(signature(frame(i * 8, 0)));
        }
        for (int i = 0; i < 5; i++) {
            detector.add(signature(frame(40, 2)));
        }
        assertThat(detector.frozen()).isTrue();
        detector.add(signature(frame(120, 0)));
        assertThat(detector.frozen()).isFalse();
    }

    @Test
    void aSlowFadeIsNotFrozen() {
        FrozenPictureDetector detector = new FrozenPictureDetector(10);
        for (int i = 0; i < 20; i++) {
            detector.add(LumaSignature.of(grey(60 + i * 3), WIDTH, HEIGHT, WIDTH, 1));
        }
        assertThat(detector.frozen()).isFalse();
    }

    /** A mid-grey picture with a white 40x40 square at x (none when negative), plus +-noise on every byte. */
    private ByteBuffer frame(int squareX, int noiseAmplitude) {
        ByteBuffer pixels = ByteBuffer.allocate(WIDTH * HEIGHT * 3);
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                boolean square = squareX >= 0 && x >= squareX && x < squareX + 40 && y >= 70 && y < 110;
                int value = (square ? 250 : 100) + (noiseAmplitude == 0 ? 0
                        : noise.nextInt(2 * noiseAmplitude + 1) - noiseAmplitude);
                for (int c = 0; c < 3; c++) {
                    pixels.put((byte) Math.max(0, Math.min(255, value)));
                }
            }
        }
        return pixels.flip();
    }

    private static ByteBuffer grey(int level) {
        ByteBuffer pixels = ByteBuffer.allocate(WIDTH * HEIGHT);
        while (pixels.hasRemaining()) {
            pixels.put((byte) level);
        }
        return pixels.flip();
    }

    private static LumaSignature signature(ByteBuffer bgr) {
        return LumaSignature.of(bgr, WIDTH, HEIGHT, WIDTH * 3, 3);
    }
}
