package io.ohmvision.channels.video;

/**
 * Tells a frozen picture (a camera that keeps sending the same frame) from a live one: frozen when the latest
 * frames all match the first frame of their run. Matching against the run's first frame rather than the previous
 * one keeps a slow fade from passing as frozen step by step.
 */
final class FrozenPictureDetector {

    private final int framesToCallFrozen;
    private LumaSignature runStart;
    private int runLength;

    /** @param framesToCallFrozen how many identical consecutive frames make a frozen picture, at least 2 */
    FrozenPictureDetector(int framesToCallFrozen) {
        if (framesToCallFrozen < 2) {
            throw new IllegalArgumentException("a frozen picture needs at least 2 frames: " + framesToCallFrozen);
        }
        this.framesToCallFrozen = framesToCallFrozen;
    }

    void add(LumaSignature frame) {
        if (runStart != null && frame.sameAs(runStart)) {
            runLength++;
        } else {
            runStart = frame;
            runLength = 1;
        }
    }

    boolean frozen() {
        return runLength >= framesToCallFrozen;
    }
}
