package io.ohmvision.discovery.detect;

import io.ohmvision.catalog.control.Catalog;
import io.ohmvision.catalog.control.OnvifVendorMatcher;
import io.ohmvision.catalog.entity.Evidence;
import io.ohmvision.catalog.entity.Recognition;
import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.ProbeResult;
import io.ohmvision.channels.ProbeTarget;
import io.ohmvision.channels.onvif.DeviceInformation;
import io.ohmvision.channels.onvif.OnvifDevice;
import io.ohmvision.discovery.scan.Cidr;
import io.ohmvision.discovery.scan.ConnectScanner;
import io.ohmvision.discovery.scan.HostIdentification;
import io.ohmvision.discovery.scan.HostReply;
import io.ohmvision.discovery.scan.NeighbourTable;
import io.ohmvision.discovery.scan.OnvifFindings;
import io.ohmvision.discovery.scan.OnvifLookup;
import io.ohmvision.discovery.scan.RecognitionLines;
import io.ohmvision.discovery.scan.ScanPorts;
import io.ohmvision.discovery.scan.ScanRun;
import io.ohmvision.discovery.scan.ScanSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * Auto-detection of one device, the four steps of the issue: which camera ports are open; ONVIF (the device's own
 * stream and snapshot URIs); candidates from those URIs and the catalogue; every candidate probed in parallel and the
 * best chosen (see {@link CandidateRanking}). Plain Java: the server wires it in {@code AutoDetection}, benchmarks
 * and tests build it directly. Stores nothing.
 */
public final class AutoDetector {

    private final Catalog catalog;
    private final ScanPorts ports;
    private final TemplateOrder order;
    private final HostIdentification identification;
    private final OnvifVendorMatcher onvifVendors;
    private final Function<ProbeTarget, ProbeResult> probe;
    private final Executor executor;
    private final DetectionSettings settings;

    /**
     * @param executor runs ports, ONVIF questions and probes; not the caller's own executor (the caller waits)
     */
    public AutoDetector(Catalog catalog, ScanPorts ports, TemplateOrder order, HostIdentification identification,
            OnvifVendorMatcher onvifVendors, Function<ProbeTarget, ProbeResult> probe, Executor executor,
            DetectionSettings settings) {
        this.catalog = catalog;
        this.ports = ports;
        this.order = order;
        this.identification = identification;
        this.onvifVendors = onvifVendors;
        this.probe = probe;
        this.executor = executor;
        this.settings = settings;
    }

    /** The request must have been checked ({@code AutoDetection} does): a literal IPv4 address the policy allows. */
    public AutoDetectReport detect(AutoDetectRequest request) {
        long start = System.nanoTime();
        List<Integer> open = openPorts(request);
        OnvifFindings onvif = new OnvifLookup(executor, settings.probeTimeout())
                .inspect(request.ip(), onvifPorts(open, request.port()), request.username(), request.password());
        LockoutGuard guard = new LockoutGuard(settings.maxAuthFailures());
        if (onvif.outcome() == Outcome.AUTH_FAILED) {
            guard.refusedElsewhere();
        } else if (onvif.outcome() == Outcome.OK && request.username() != null && !request.username().isEmpty()) {
            guard.acceptedElsewhere();
        }
        List<Recognition> recognised = recognise(request, open, onvif);
        DeviceInformation info = onvif.answered().map(OnvifDevice::information).orElse(null);
        CandidateList.Built candidates = new CandidateList(catalog, ports, order, settings.maxCandidates())
                .build(new DeviceFacts(request.ip(), open,
                        onvif.answered().map(OnvifDevice::profiles).orElse(List.of()),
                        recognised.stream().map(Recognition::manufacturerId).toList(),
                        info == null ? null : info.model(), info == null ? null : info.firmwareVersion()));
        List<CandidateResult> results = new CandidateProbing(probe, executor, settings.concurrency(),
                settings.probeTimeout()).probeAll(candidates.candidates(), request.username(), request.password(),
                guard);
        CandidateRanking.Ranking ranking = CandidateRanking.rank(results);
        String lockout = guard.tripped() ? "guessing stopped after " + guard.refusals() + " wrong-password answers "
                + "(lockout protection, limit " + guard.limit() + "): " + results.stream().filter(r -> !r.tried())
                .count() + " candidate(s) not tried, so that the device does not lock the account; check the "
                + "user name and password" : null;
        String notTried = lockout == null ? "not tried" : "not tried: lockout protection";
        List<AutoDetectReport.RankedCandidate> ranked = new ArrayList<>();
        for (CandidateResult r : ranking.ranked()) {
            ranked.add(AutoDetectReport.RankedCandidate.of(ranked.size() + 1, r, notTried));
        }
        AutoDetectReport.Recorder recorder = guard.tripped() ? null : new RecorderRecognition(catalog, probe,
                executor, settings.probeTimeout()).recognise(new RecorderRecognition.Device(request.ip(), onvif,
                        recognised.stream().map(Recognition::manufacturerId).toList(), ranking.main().chosen(),
                        selfDescriptions(recognised, info, ranking), request.username(), request.password()))
                .map(AutoDetectReport.Recorder::of).orElse(null);
        return new AutoDetectReport(request.ip(), open, AutoDetectReport.Onvif.of(onvif),
                recognised.isEmpty() ? null : recognised.get(0).manufacturerId(), RecognitionLines.of(recognised),
                OutcomeSummary.of(results), lockout, candidates.leftOut(), ranked,
                AutoDetectReport.Channel.of(ranking.main()), AutoDetectReport.Channel.of(ranking.sub()),
                AutoDetectReport.Channel.of(ranking.snapshot()), recorder, (System.nanoTime() - start) / 1_000_000,
                null, null, null);
    }

    /** What the device said about itself: the evidence it was recognised by, its ONVIF model, its main's server. */
    private static List<String> selfDescriptions(List<Recognition> recognised, DeviceInformation info,
            CandidateRanking.Ranking ranking) {
        List<String> said = new ArrayList<>();
        recognised.forEach(r -> r.evidence().forEach(e -> said.add(e.observed())));
        if (info != null) {
            said.add(info.model());
        }
        ranking.main().chosen().map(CandidateResult::result).ifPresent(r -> {
            said.add(r.fingerprint().server());
            said.add(r.fingerprint().realm());
        });
        return said;
    }

    private List<Integer> openPorts(AutoDetectRequest request) {
        Set<Integer> wanted = new LinkedHashSet<>(ports.defaults());
        if (request.port() != null) {
            wanted.add(request.port());
        }
        try {
            return new ConnectScanner(new ScanSettings(wanted.size(), settings.connectTimeout(), 1))
                    .scan(List.of(Cidr.parse(request.ip() + "/32")), List.copyOf(wanted), ScanRun.unobserved())
                    .stream().findFirst().map(HostReply::openPorts).orElse(List.of());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot check the ports of " + request.ip(), e);
        }
    }

    /** The requested port first, then ports the catalogue names for ONVIF, then HTTP ports. */
    private List<Integer> onvifPorts(List<Integer> open, Integer requested) {
        Set<Integer> ordered = new LinkedHashSet<>();
        if (requested != null && open.contains(requested)) {
            ordered.add(requested);
        }
        open.stream().filter(p -> ports.namesOf(p).contains("onvif")).forEach(ordered::add);
        open.stream().filter(p -> ports.namesOf(p).contains("http")).forEach(ordered::add);
        return List.copyOf(ordered);
    }

    /** The operator's word first, then what the device showed: MAC block, Server headers, ONVIF answers. */
    private List<Recognition> recognise(AutoDetectRequest request, List<Integer> open, OnvifFindings onvif) {
        List<Recognition> found = new ArrayList<>(identification.identify(
                List.of(new HostReply(request.ip(), open, 0)), NeighbourTable.read()).get(0).vendors());
        onvif.answered().ifPresent(device -> found.addAll(
                onvifVendors.recognise(device.information().manufacturer(), List.of())));
        List<Recognition> ranked = new ArrayList<>(Recognition.ranked(found));
        if (request.manufacturer() != null) {
            ranked.removeIf(r -> r.manufacturerId().equals(request.manufacturer()));
            ranked.add(0, new Recognition(request.manufacturer(), List.of(new Evidence("request",
                    request.manufacturer(), "named by the operator", List.of(), true))));
        }
        return ranked;
    }
}
