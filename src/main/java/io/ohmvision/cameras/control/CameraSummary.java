package io.ohmvision.cameras.control;

import io.ohmvision.cameras.entity.Camera;
import io.ohmvision.cameras.entity.HealthLevel;

/**
 * A camera as other features read it (a recorder's channel list, its health roll-up): no credentials, nothing to
 * change it through.
 *
 * @param recorderChannel  the channel on its recorder (from 1); null for a camera that is no recorder's channel
 * @param connectionConfig the connection type's settings as JSON text; null when none
 */
public record CameraSummary(long id, String name, Integer recorderChannel, String primaryStreamUrl,
                            String secondaryStreamUrl, HealthLevel level, String lastErrorMessage,
                            String connectionConfig) {

    static CameraSummary of(Camera camera) {
        return new CameraSummary(camera.getId(), camera.getName(), camera.getRecorderChannel(),
                camera.getPrimaryStreamUrl(), camera.getSecondaryStreamUrl(), camera.getConnectionHealth(),
                camera.getLastErrorMessage(), camera.getConnectionConfig());
    }
}
