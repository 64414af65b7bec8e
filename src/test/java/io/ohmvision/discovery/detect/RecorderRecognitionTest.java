package io.ohmvision.discovery.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.catalog.control.Catalog;
import io.ohmvision.catalog.control.CatalogLoader;
import io.ohmvision.channels.ConnectionType;
import io.ohmvision.channels.MediaFacts;
import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.ProbeResult;
import io.ohmvision.channels.ProbeTarget;
import io.ohmvision.channels.ServerFingerprint;
import io.ohmvision.channels.onvif.DeviceClock;
import io.ohmvision.channels.onvif.DeviceInformation;
import io.ohmvision.channels.onvif.MediaProfile;
import io.ohmvision.channels.onvif.OnvifDevice;
import io.ohmvision.channels.onvif.VideoEncoding;
import io.ohmvision.discovery.scan.OnvifFindings;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A recorder is told from a camera by its video sources, its channel 2, or its own word, and its channels listed. */
class RecorderRecognitionTest {

    private static final Catalog CATALOG = CatalogLoader.loadDefault();
    private static final String HOST = "192.0.2.7";
    private static final String CH = "rtsp://" + HOST + ":554/Streaming/Channels/";

    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final List<String> asked = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    /** A device whose RTSP server answers OK for these paths only. */
    private Function<ProbeTarget, ProbeResult> serving(Set<String> urls) {
        return target -> {
            asked.add(target.url());
            Outcome outcome = urls.contains(target.url()) ? Outcome.OK : Outcome.NOT_FOUND;
            return new ProbeResult(ConnectionType.RTSP, target.maskedUrl(), outcome, 1, MediaFacts.NONE,
                    outcome.name(), ServerFingerprint.NONE);
        };
    }

    private Optional<RecorderRecognition.Found> recognise(Set<String> urls, OnvifFindings onvif, String... said) {
        CandidateResult main = new CandidateResult(0, new Candidate(CH + "101", Candidate.Kind.STREAM,
                Candidate.Source.VENDOR, "hikvision", "main", null), CH + "101", null);
        return new RecorderRecognition(CATALOG, serving(urls), executor, Duration.ofSeconds(1)).recognise(
                new RecorderRecognition.Device(HOST, onvif, List.of("hikvision"), Optional.of(main), List.of(said),
                        "admin", "pw"));
    }

    private static OnvifFindings onvif(MediaProfile... profiles) {
        return new OnvifFindings("http://" + HOST + "/onvif/device_service", Outcome.OK, "ok", new OnvifDevice(
                new DeviceInformation("HIKVISION", "DS-7608NI", "V4", "SN", null), DeviceClock.UNKNOWN, null,
                List.of(profiles), Set.of(), List.of(), null));
    }

    private static MediaProfile profile(String token, int width, String path, String source) {
        return new MediaProfile(token, token, new VideoEncoding("H264", width, width * 9 / 16, 25.0),
                "rtsp://admin:pw@" + HOST + ":554" + path, null, source);
    }

    @Test
    void channelTwoAnsweringMakesARecorderAndEveryAnsweringChannelIsListed() {
        RecorderRecognition.Found found = recognise(Set.of(CH + "101", CH + "201", CH + "301"),
                OnvifFindings.absent("none")).orElseThrow();

        assertThat(found.describe()).isEqualTo("recorder with 3 channels");
        assertThat(found.manufacturer()).isEqualTo("hikvision");
        assertThat(found.port()).isEqualTo(554);
        assertThat(found.channels()).extracting(RecorderRecognition.Channel::number).containsExactly(1, 2, 3);
        assertThat(found.channels().get(1).main()).isEqualTo(CH + "201");
        assertThat(found.channels().get(1).sub()).isEqualTo(CH + "202");
        assertThat(found.highestChannel()).isEqualTo(3);
        assertThat(asked).hasSize(1 + RecorderRecognition.MAX_CHANNELS);
    }

    @Test
    void aCameraCostsOneProbeOfChannelTwoAndIsNoRecorder() {
        assertThat(recognise(Set.of(CH + "101"), OnvifFindings.absent("none"))).isEmpty();
        assertThat(asked).containsExactly(CH + "201");
    }

    @Test
    void aDeviceNamingItselfARecorderIsOneEvenWithOneChannel() {
        RecorderRecognition.Found found = recognise(Set.of(CH + "101"), OnvifFindings.absent("none"),
                "44:19:b6:00:00:01", "DNVRS-Webs").orElseThrow();

        assertThat(found.describe()).isEqualTo("recorder with 1 channel");
        assertThat(found.recognisedBy()).contains("names itself a recorder");
    }

    @Test
    void onvifProfilesOfSeveralVideoSourcesAreTheChannelsWithoutAnyProbe() {
        RecorderRecognition.Found found = recognise(Set.of(), onvif(
                profile("a", 1920, "/ch1/main", "VS1"), profile("b", 640, "/ch1/sub", "VS1"),
                profile("c", 1920, "/ch2/main", "VS2"))).orElseThrow();

        assertThat(found.describe()).isEqualTo("recorder with 2 channels");
        assertThat(found.onvifUrl()).isEqualTo("http://" + HOST + "/onvif/device_service");
        assertThat(found.channels()).containsExactly(
                new RecorderRecognition.Channel(1, "rtsp://" + HOST + ":554/ch1/main",
                        "rtsp://" + HOST + ":554/ch1/sub"),
                new RecorderRecognition.Channel(2, "rtsp://" + HOST + ":554/ch2/main", null));
        assertThat(asked).isEmpty();
    }

    @Test
    void profilesOfOneVideoSourceAreOneCamera() {
        assertThat(recognise(Set.of(CH + "101"), onvif(profile("a", 1920, "/main", "VS1"),
                profile("b", 640, "/sub", "VS1"), profile("c", 320, "/third", null)))).isEmpty();
    }
}
