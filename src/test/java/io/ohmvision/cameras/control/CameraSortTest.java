package io.ohmvision.cameras.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CameraSortTest {

    @Test
    void aColumnSortsAscendingAndWithALeadingMinusDescending() {
        assertThat(CameraSort.fromWireName("uptime")).contains(new CameraSort(CameraColumn.UPTIME, false));
        assertThat(CameraSort.fromWireName(" -lastCheck ")).contains(new CameraSort(CameraColumn.LAST_CHECK, true));
        assertThat(CameraSort.fromWireName("connectionType"))
                .contains(new CameraSort(CameraColumn.CONNECTION_TYPE, false));
    }

    @Test
    void anUnknownColumnIsNoSort() {
        assertThat(CameraSort.fromWireName("colour")).isEmpty();
        assertThat(CameraSort.fromWireName("--name")).isEmpty();
        assertThat(CameraSort.fromWireName("Name")).isEmpty();
    }

    @Test
    void everyColumnHasItsOwnWireName() {
        for (CameraColumn column : CameraColumn.values()) {
            assertThat(CameraColumn.fromWireName(column.wireName())).contains(column);
        }
    }
}
