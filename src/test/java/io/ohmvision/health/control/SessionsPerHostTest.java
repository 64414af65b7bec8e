package io.ohmvision.health.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionsPerHostTest {

    private final List<Long> woken = new ArrayList<>();
    private final SessionsPerHost hosts = new SessionsPerHost(4, woken::add);

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
        assertThatThrownBy(() -> new SessionsPerHost(0, id -> { })).hasMessageContaining("sessions-per-host");
    }

    @Test
    void aFreedSessionWakesTheCameraThatWaitedLongestForItsHostOnce() {
        List<SessionsPerHost.Permit> held = new ArrayList<>();
        for (int channel = 1; channel <= 4; channel++) {
            held.add(hosts.open("rtsp://nvr.example/ch" + channel).orElseThrow());
        }
        hosts.waitFor("rtsp://nvr.example/ch5", 5);
        hosts.waitFor("rtsp://nvr.example/ch6", 6);
        hosts.waitFor("rtsp://nvr.example/ch5", 5); // deferred again: still first in line, once
        hosts.waitFor("rtsp://cam.example/main", 9);

        held.get(0).close();
        held.get(0).close(); // a second close frees nothing and wakes nobody
        assertThat(woken).containsExactly(5L);
        held.get(1).close();
        held.get(2).close();
        assertThat(woken).as("cam.example's camera waits for its own host").containsExactly(5L, 6L);
    }
}
