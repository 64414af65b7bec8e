package io.ohmvision.cluster.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReplayWindowTest {

    private final ReplayWindow window = new ReplayWindow();

    @Test
    void eachNumberPassesOnce() {
        assertThat(window.accept(0)).isTrue();
        assertThat(window.accept(1)).isTrue();
        assertThat(window.accept(1)).isFalse();
        assertThat(window.accept(0)).isFalse();
    }

    @Test
    void aLateNumberWithinTheWindowPassesOnceAndOneBeyondItNever() {
        assertThat(window.accept(10_000)).isTrue();
        assertThat(window.accept(10_000 - ReplayWindow.SIZE + 1)).isTrue();
        assertThat(window.accept(10_000 - ReplayWindow.SIZE + 1)).isFalse();
        assertThat(window.accept(10_000 - ReplayWindow.SIZE)).as("too old to tell").isFalse();
        assertThat(window.accept(-1)).isFalse();
    }

    @Test
    void slotsReusedAsTheWindowMovesStartEmpty() {
        assertThat(window.accept(5)).isTrue();
        assertThat(window.accept(5 + ReplayWindow.SIZE + 3)).isTrue();
        assertThat(window.accept(5 + ReplayWindow.SIZE)).as("same slot as 5, but a new number").isTrue();
        assertThat(window.accept(5 + 2L * ReplayWindow.SIZE + 100)).isTrue();
        assertThat(window.accept(5 + 2L * ReplayWindow.SIZE)).isTrue();
    }
}
