package io.ohmvision.bench;

import io.ohmvision.catalog.control.AliasMatcher;
import io.ohmvision.catalog.control.Catalog;
import io.ohmvision.catalog.control.CatalogLoader;
import io.ohmvision.catalog.control.FingerprintMatcher;
import io.ohmvision.catalog.control.MacVendorLookup;
import io.ohmvision.catalog.control.OnvifVendorMatcher;
import io.ohmvision.catalog.control.OuiRegistry;
import io.ohmvision.channels.ChannelRegistry;
import io.ohmvision.channels.ConnectionType;
import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.ProbeResult;
import io.ohmvision.channels.ProbeTarget;
import io.ohmvision.channels.StreamUrl;
import io.ohmvision.discovery.detect.AutoDetectReport;
import io.ohmvision.discovery.detect.AutoDetectRequest;
import io.ohmvision.discovery.detect.AutoDetector;
import io.ohmvision.discovery.detect.DetectionSettings;
import io.ohmvision.discovery.detect.TemplateOrder;
import io.ohmvision.discovery.scan.HostIdentification;
import io.ohmvision.discovery.scan.ScanPorts;
import io.ohmvision.testing.CameraSubnet.SimulatedCamera;
import io.ohmvision.testing.CameraSubnet;
import io.ohmvision.testing.OnvifSimulator;
import io.ohmvision.testing.RtspTestPeer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Auto-detection of one camera with about 20 candidate URLs against the same candidates probed one after the other
 * (by OhmVision's own light probes, and by ffprobe), same camera, same run. The camera is a Hikvision-block MAC in a
 * network namespace with an ONVIF simulator on 80 whose two profiles point at a real RTSP server on 554 serving only
 * Hikvision's paths (Digest auth). Run through bench/auto-detect/run.sh.
 */
public final class AutoDetectBench {

    private static final String USER = "admin";
    private static final String PASSWORD = "bench-Pw1";
    private static final DetectionSettings SETTINGS = new DetectionSettings(8, Duration.ofSeconds(3), 3, 20,
            Duration.ofMillis(400), Duration.ofSeconds(1));

    private AutoDetectBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        ExecutorService executor = Executors.newCachedThreadPool();
        try (CameraSubnet subnet = CameraSubnet.create(List.of(new SimulatedCamera(30, "44:19:b6:00:00:30",
                List.of())));
             RtspTestPeer rtsp = RtspTestPeer.startAt(subnet.inside(), subnet.address(30), 554, true, USER, PASSWORD,
                     "/Streaming/Channels/101=main", "/Streaming/Channels/102=sub");
             OnvifSimulator onvif = OnvifSimulator.inNamespace(subnet.namespace(), subnet.address(30), USER, PASSWORD,
                     "--http-port", "80", "--no-snapshot", "--manufacturer", "HIKVISION",
                     "--profile", "Profile_1,mainStream,H264,640,360,25,rtsp://" + subnet.address(30)
                             + ":554/Streaming/Channels/101",
                     "--profile", "Profile_2,subStream,H264,320,180,10,rtsp://" + subnet.address(30)
                             + ":554/Streaming/Channels/102")) {
            AutoDetector detector = detector(executor);
            AutoDetectRequest request = AutoDetectRequest.detectOnly(subnet.address(30), USER, PASSWORD);
            System.out.printf(Locale.ROOT, "camera %s, %s%n", subnet.address(30), onvif.deviceServiceUrl());

            AutoDetectReport first = detector.detect(request);
            print("OhmVision auto-detect, first run of a fresh JVM", first.tookMillis(), first);
            long[] warm = new long[runs];
            AutoDetectReport last = first;
            for (int i = 0; i < runs; i++) {
                last = detector.detect(request);
                warm[i] = last.tookMillis();
            }
            Arrays.sort(warm);
            print("OhmVision auto-detect, median of " + runs + " more", warm[runs / 2], last);

            List<String> urls = last.candidates().stream()
                    .map(c -> c.maskedUrl().replace("admin:***@", "")).toList();
            Function<ProbeTarget, ProbeResult> probe = probeByType();
            long start = System.nanoTime();
            int ok = 0;
            for (String url : urls) {
                ok += probe.apply(new ProbeTarget(url, USER, PASSWORD, SETTINGS.probeTimeout())).outcome()
                        == Outcome.OK ? 1 : 0;
            }
            System.out.printf(Locale.ROOT, "%-58s %6d ms  %d candidates, %d OK%n",
                    "same candidates, light probes one after the other", millisSince(start), urls.size(), ok);

            start = System.nanoTime();
            ok = 0;
            for (String url : urls) {
                ok += ffprobe(StreamUrl.withCredentials(url, USER, PASSWORD)) ? 1 : 0;
            }
            System.out.printf(Locale.ROOT, "%-58s %6d ms  %d candidates, %d OK%n",
                    "same candidates, ffprobe one after the other", millisSince(start), urls.size(), ok);
        } finally {
            executor.shutdownNow();
        }
    }

    private static AutoDetector detector(ExecutorService executor) {
        Catalog catalog = CatalogLoader.loadDefault();
        ScanPorts ports = new ScanPorts(catalog);
        MacVendorLookup macs = new MacVendorLookup(OuiRegistry.loadBundled(AutoDetectBench.class.getClassLoader()),
                new AliasMatcher(catalog));
        return new AutoDetector(catalog, ports, TemplateOrder.catalogueOrder(), new HostIdentification(macs,
                new FingerprintMatcher(catalog), ports, executor, SETTINGS.identifyBudget()),
                new OnvifVendorMatcher(new AliasMatcher(catalog), macs), probeByType(), executor, SETTINGS);
    }

    /** As the server's ChannelTesting picks a probe: by the URL's connection type. */
    private static Function<ProbeTarget, ProbeResult> probeByType() {
        ChannelRegistry channels = ChannelRegistry.standard();
        return target -> channels.probeFor(target.streamUrl()).orElseThrow().probe(target);
    }

    private static void print(String what, long millis, AutoDetectReport report) {
        System.out.printf(Locale.ROOT, "%-58s %6d ms  %s; main %s; sub %s%n", what, millis, report.summary(),
                report.main().url(), report.sub().url());
    }

    /** True when ffprobe reads a video stream; the same 3 s per URL as the light probe. */
    private static boolean ffprobe(String url) throws Exception {
        List<String> command = new ArrayList<>(List.of("ffprobe", "-v", "error", "-show_entries", "stream=codec_type"));
        if (url.startsWith("rtsp")) {
            command.addAll(List.of("-rtsp_transport", "tcp", "-timeout", "3000000"));
        } else {
            command.addAll(List.of("-rw_timeout", "3000000"));
        }
        command.add(url);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return false;
        }
        return process.exitValue() == 0 && output.contains("codec_type=video");
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
