package io.ohmvision.recorders.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ohmvision.cameras.control.CameraSummary;
import io.ohmvision.cameras.control.ChannelTesting;
import io.ohmvision.cameras.control.CredentialVault;
import io.ohmvision.cameras.control.RecorderChannels;
import io.ohmvision.cameras.entity.HealthLevel;
import io.ohmvision.catalog.control.CatalogLoader;
import io.ohmvision.channels.ConnectionType;
import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.ProbeResult;
import io.ohmvision.channels.ProbeTarget;
import io.ohmvision.platform.ProblemException;
import io.ohmvision.recorders.entity.Recorder;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response.Status;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A recorder auto-detect found is stored from its findings: channels the maker's numbering saw answering are not
 * probed again, channels only named by ONVIF profiles are probed once each, and the recorder's ONVIF service is not
 * asked again.
 */
class RecorderRegistryFindingsTest {

    private static final String MAIN = "rtsp://127.0.0.1:554/Streaming/Channels/%d01";

    private final AtomicInteger probes = new AtomicInteger();
    private final List<RecorderChannels.Channel> stored = new ArrayList<>();
    private final RecorderRegistry registry = new RecorderRegistry();

    RecorderRegistryFindingsTest() {
        registry.catalog = CatalogLoader.loadDefault();
        registry.clock = Clock.systemUTC();
        registry.timeout = Duration.ofSeconds(1);
        registry.vault = new CredentialVault() {
            @Override
            public String seal(String plain) {
                return plain == null ? null : "sealed";
            }
        };
        registry.em = entityManager();
        registry.executor = (ManagedExecutorService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ManagedExecutorService.class}, (proxy, method, args) -> {
                    ((Runnable) args[0]).run(); // execute: on the caller's thread
                    return null;
                });
        registry.channels = new ChannelTesting() {
            @Override
            public ProbeResult probe(ProbeTarget target) {
                probes.incrementAndGet();
                Outcome outcome = target.url().contains("/201") ? Outcome.NOT_FOUND : Outcome.OK;
                return new ProbeResult(ConnectionType.NVR, target.url(), outcome, 3, null, outcome.name(), null);
            }
        };
        registry.channelCameras = new RecorderChannels() {
            @Override
            public List<CameraSummary> add(RecorderChannels.Recorder recorder, List<RecorderChannels.Channel> channels) {
                stored.addAll(channels);
                return channels.stream().map(c -> new CameraSummary(c.number(), recorder.name() + " ch" + c.number(),
                        c.number(), c.mainUrl(), c.subUrl(), HealthLevel.UNKNOWN, null, null)).toList();
            }
        };
    }

    /** Persisting a recorder gives it an id, as the database would; nothing else is asked of it. */
    private static EntityManager entityManager() {
        AtomicInteger ids = new AtomicInteger();
        return (EntityManager) Proxy.newProxyInstance(RecorderRegistryFindingsTest.class.getClassLoader(),
                new Class<?>[] {EntityManager.class}, (proxy, method, args) -> {
                    if (method.getName().equals("persist")) {
                        Field id = Recorder.class.getDeclaredField("id");
                        id.setAccessible(true);
                        id.set(args[0], (long) ids.incrementAndGet());
                    } else if (!method.getName().equals("flush")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    return null;
                });
    }

    private static List<RecorderChannels.Channel> channels(int... numbers) {
        return Arrays.stream(numbers).mapToObj(n -> new RecorderChannels.Channel(n, MAIN.formatted(n),
                null)).toList();
    }

    private static RecorderSettings settings(String manufacturer, String onvifUrl) {
        return new RecorderSettings("NVR", manufacturer, onvifUrl, "127.0.0.1", 554, "admin", "s3cret", null);
    }

    @Test
    void channelsTheNumberingSawAnsweringAreStoredWithoutASecondProbe() {
        RecorderRegistry.Added added = registry.addFound(settings("hikvision", null),
                new RecorderRegistry.Findings(554, channels(1, 3, 4), true), true);
        assertThat(probes).as("probes").hasValue(0);
        assertThat(stored).extracting(RecorderChannels.Channel::number).containsExactly(1, 3, 4);
        assertThat(added.cameras()).hasSize(3);
        assertThat(added.missing()).isEmpty();
        assertThat(added.recorder().getPort()).isEqualTo(554);
        assertThat(added.recorder().getEncryptedPassword()).isEqualTo("sealed");
    }

    @Test
    void channelsOnlyNamedByOnvifProfilesAreProbedOnceEachWithoutAskingTheRecordersOnvifServiceAgain() {
        // nothing listens there: asking it again would fail the add
        RecorderRegistry.Added added = registry.addFound(settings(null, "http://127.0.0.1:9/onvif/device_service"),
                new RecorderRegistry.Findings(554, channels(1, 2, 3), false), true);
        assertThat(probes).as("probes").hasValue(3);
        assertThat(stored).extracting(RecorderChannels.Channel::number).containsExactly(1, 3);
        assertThat(added.missing()).extracting(RecorderRegistry.ChannelFound::channel).containsExactly(2);
    }

    @Test
    void whenNoChannelAnswersNothingIsStored() {
        assertThatThrownBy(() -> registry.addFound(settings(null, null),
                new RecorderRegistry.Findings(554, channels(2), false), true))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status())
                        .isEqualTo(Status.BAD_GATEWAY));
        assertThat(stored).isEmpty();
    }

    @Test
    void anOperatorMayNotStoreTheRecordersCredentials() {
        assertThatThrownBy(() -> registry.addFound(settings("hikvision", null),
                new RecorderRegistry.Findings(554, channels(1), true), false))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status())
                        .isEqualTo(Status.FORBIDDEN));
        assertThat(probes).as("probes").hasValue(0);
        assertThat(stored).isEmpty();
    }
}
