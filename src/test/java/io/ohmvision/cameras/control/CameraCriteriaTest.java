package io.ohmvision.cameras.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ohmvision.cameras.entity.Camera;
import org.junit.jupiter.api.Test;

class CameraCriteriaTest {

    @Test
    void aSearchIsLowerCaseWithLikeWildcardsTakenLiterally() {
        assertThat(CameraCriteria.literal("Gate_100%")).isEqualTo("gate\\_100\\%");
        assertThat(CameraCriteria.literal("a\\b")).isEqualTo("a\\\\b");
    }

    @Test
    void everyColumnIsAPersistentAttributeOfCamera() throws Exception {
        for (CameraColumn column : CameraColumn.values()) {
            // throws NoSuchFieldException for a column that names no field of the entity
            assertThat(Camera.class.getDeclaredField(CameraCriteria.attribute(column))).as(column.name()).isNotNull();
        }
        assertThat(CameraCriteria.attribute(CameraColumn.UPTIME)).isEqualTo("uptimePercentage");
        assertThat(CameraCriteria.attribute(CameraColumn.LATENCY)).isEqualTo("lastLatencyMillis");
    }

    @Test
    void onlyTextColumnsAreSearched() {
        assertThatThrownBy(() -> new CameraFilter.Contains(CameraColumn.LATENCY, "12"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
