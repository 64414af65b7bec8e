package io.ohmvision.cluster.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClusterSettingsTest {

    @Test
    void aClusterOnAnEmbeddedH2FileIsRefusedWithWhatToDo() {
        assertThat(ClusterSettings.refusal(true, "jdbc:h2:file:./data/ohmvision")).hasValueSatisfying(reason ->
                assertThat(reason).contains("H2").contains("OHMVISION_DB_URL").contains("PostgreSQL")
                        .contains("OHMVISION_CLUSTER_NAME"));
    }

    @Test
    void aClusterOnPostgresqlAndASingleInstanceOnH2AreFine() {
        assertThat(ClusterSettings.refusal(true, "jdbc:postgresql://db:5432/ohmvision")).isEmpty();
        assertThat(ClusterSettings.refusal(false, "jdbc:h2:file:./data/ohmvision")).isEmpty();
    }
}
