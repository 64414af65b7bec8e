package io.ohmvision.health.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionsPerHostTest {

    private final SessionsPerHost hosts = new SessionsPerHost(4);

    @Test
    void aHostGetsAtMostItsSessionsAcrossAllItsCamerasAndAFreedOneIsGivenAgain() {
        List<SessionsPerHost.Permit> recorder = new ArrayList<>();
        for (int channel = 1; channel <= 4; channel++) {
            recorder.add(hosts.open("rtsp://nvr.example:554/ch" + channel).orElseThrow());
        }
        assertThat(hosts.open("rtsp://NVR.example:8554/ch5")).as("another port, same host").isEmpty();
        assertThat(hosts.open("http://nvr.example/snapshot/6")).as("another scheme, same host").isEmpty();
        assertThat(hosts.open("rtsp://cam.example/main")).as("another host").isPresent();

        recorder.get(0).close();
        recorder.get(0).close(); // twice: still one session freed
        assertThat(hosts.openTo("rtsp://nvr.example/")).isEqualTo(3);
        assertThat(hosts.open("rtsp://nvr.example/ch5")).isPresent();
        assertThat(hosts.open("rtsp://nvr.example/ch6")).isEmpty();
    }

    @Test
    void aHostWhoseSessionsAreAllClosedHoldsNothing() {
        Optional<SessionsPerHost.Permit> one = hosts.open("rtsp://10.0.0.9/a");
        one.orElseThrow().close();
        assertThat(hosts.openTo("rtsp://10.0.0.9/b")).isZero();
    }

    @Test
    void camerasWithoutANetworkHostAreNotLimited() {
        for (int i = 0; i < 10; i++) {
            assertThat(hosts.open("file:///srv/clip.mp4")).isPresent();
        }
    }

    @Test
    void aLimitBelowOneIsRefused() {
        assertThatThrownBy(() -> new SessionsPerHost(0)).hasMessageContaining("sessions-per-host");
    }
}
