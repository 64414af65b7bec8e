package io.ohmvision.cameras.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageSplitTest {

    @Test
    void aPageWithinTheRowsWithAValueReadsOnlyThem() {
        assertThat(PageSplit.of(25, 25, 100)).isEqualTo(new PageSplit(25, 25, 0, 0));
    }

    @Test
    void aPageAcrossTheBoundaryReadsTheLastValuesThenTheFirstRowsWithout() {
        assertThat(PageSplit.of(75, 50, 100)).isEqualTo(new PageSplit(75, 25, 0, 25));
    }

    @Test
    void aPageAfterTheRowsWithAValueReadsOnlyTheRowsWithout() {
        assertThat(PageSplit.of(125, 25, 100)).isEqualTo(new PageSplit(125, 0, 25, 25));
        assertThat(PageSplit.of(0, 25, 0)).isEqualTo(new PageSplit(0, 0, 0, 25));
    }
}
