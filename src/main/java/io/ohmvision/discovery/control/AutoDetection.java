package io.ohmvision.discovery.control;

import io.ohmvision.cameras.boundary.CameraRequest;
import io.ohmvision.cameras.control.CameraRegistry;
import io.ohmvision.cameras.control.ChannelTesting;
import io.ohmvision.cameras.entity.Camera;
import io.ohmvision.catalog.control.AliasMatcher;
import io.ohmvision.catalog.control.Catalog;
import io.ohmvision.catalog.control.FingerprintMatcher;
import io.ohmvision.catalog.control.MacVendorLookup;
import io.ohmvision.catalog.control.OnvifVendorMatcher;
import io.ohmvision.catalog.control.TemplateLearning;
import io.ohmvision.platform.ProblemException;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Auto-detection in the server: checks the request, runs {@link AutoDetector}, lets the catalogue learn from the
 * templates that worked, and creates or updates the camera when asked. Also the entry point of the console's
 * discovery wizard: {@link #detect(AutoDetectRequest, boolean)}.
 */
@ApplicationScoped
public class AutoDetection {

    @Inject
    DiscoverySettings settings;

    @Inject
    Catalog catalog;

    @Inject
    MacVendorLookup macs;

    @Inject
    FingerprintMatcher fingerprints;

    @Inject
    TemplateLearning learning;

    @Inject
    ChannelTesting channels;

    @Inject
    CameraRegistry registry;

    /** Runs the probes and ONVIF questions beside the caller (see {@link io.ohmvision.platform.Fanout}). */
    @Resource
    ManagedExecutorService executor;

    @Inject
    RecorderDetection recorders;

    /**
     * Detects the device's channels; stores them when the request asks to and a main stream was found.
     *
     * @param mayManageCredentials whether the caller may store camera credentials (admins)
     * @throws ProblemException 400 for a refused request, 403 when credentials would be stored by a non-admin,
     *                          404 for an unknown cameraId; all before anything is probed
     */
    public AutoDetectReport detect(AutoDetectRequest request, boolean mayManageCredentials) {
        check(request, mayManageCredentials);
        Camera existing = request.cameraId() == null ? null : registry.find(request.cameraId());
        AutoDetectReport report = detector().detect(request);
        learnFrom(report);
        if (!request.saves()) {
            return report;
        }
        if (!report.main().found()) {
            return report.saved(null, "nothing stored: no working main stream (" + report.summary() + ")");
        }
        if (report.recorder() != null && existing == null) {
            return recorders.add(request, report, mayManageCredentials);
        }
        Camera saved = existing == null ? registry.create(cameraRequest(request, report, null), mayManageCredentials)
                : registry.update(existing.getId(), cameraRequest(request, report, existing), mayManageCredentials);
        return report.saved(saved.getId(), (existing == null ? "created camera " : "updated camera ") + saved.getId());
    }

    /** Detection only, nothing stored: for batch tests and the console's preview. */
    public AutoDetectReport detect(AutoDetectRequest request) {
        return detect(new AutoDetectRequest(request.ip(), request.port(), request.username(), request.password(),
                request.manufacturer(), false, null, null), false);
    }

    AutoDetector detector() {
        return new AutoDetector(catalog, settings.ports(), learning::ranked, new HostIdentification(macs,
                fingerprints, settings.ports(), executor, settings.detectionSettings().identifyBudget()),
                new OnvifVendorMatcher(new AliasMatcher(catalog), macs), channels::probe, executor,
                settings.detectionSettings());
    }

    void check(AutoDetectRequest request, boolean mayManageCredentials) {
        try {
            settings.rangePolicy().checkAddress(request.ip());
        } catch (ScanRefusedException e) {
            throw ProblemException.badRequest("ip: " + e.getMessage());
        }
        if (request.port() != null && (request.port() < 1 || request.port() > 65535)) {
            throw ProblemException.badRequest("port must be within 1..65535, not " + request.port());
        }
        if (request.manufacturer() != null && catalog.find(request.manufacturer()).isEmpty()) {
            throw ProblemException.badRequest("manufacturer '" + request.manufacturer() + "' is not in the catalogue"
                    + " (GET /api/discovery/manufacturers lists the ids)");
        }
        if (request.create() && request.cameraId() != null) {
            throw ProblemException.badRequest("give either create or cameraId, not both");
        }
        boolean storesCredentials = request.hasPassword()
                || (request.username() != null && !request.username().isEmpty());
        // credentials equal to the camera's stored ones are given again, not changed: an operator may re-type them
        if (request.saves() && storesCredentials && !mayManageCredentials && (request.cameraId() == null
                || registry.changesCredentials(request.cameraId(), request.username(), request.password()))) {
            throw ProblemException.forbidden("Only admins may store camera credentials: detect without create or "
                    + "cameraId, or ask an admin to store the result");
        }
    }

    /** The device's own templates that worked confirm them for its model and firmware. */
    private void learnFrom(AutoDetectReport report) {
        if (report.manufacturer() == null || catalog.find(report.manufacturer()).isEmpty()) {
            return;
        }
        String model = report.onvif() == null ? null : report.onvif().model();
        String firmware = report.onvif() == null ? null : report.onvif().firmwareVersion();
        for (AutoDetectReport.Channel channel : new AutoDetectReport.Channel[] {report.main(), report.sub(),
                report.snapshot()}) {
            if (channel.found() && Candidate.Source.VENDOR.wireName().equals(channel.source())) {
                catalog.templatesOf(report.manufacturer()).stream()
                        .filter(owned -> owned.template().url().text().equals(channel.template())).findFirst()
                        .ifPresent(owned -> learning.confirm(report.manufacturer(), model, firmware,
                                owned.template()));
            }
        }
    }

    /** The detected channels on top of what the camera already has (nothing, for a new one). */
    private CameraRequest cameraRequest(AutoDetectRequest request, AutoDetectReport report, Camera existing) {
        CameraRequest camera = existing == null ? new CameraRequest() : CameraRequest.of(existing);
        AutoDetectReport.Onvif onvif = report.onvif();
        // Type and port follow the detected primary stream, as for a new camera.
        camera.connectionType = null;
        camera.port = null;
        if (request.name() != null && !request.name().isBlank()) {
            camera.name = request.name();
        } else if (camera.name == null) {
            camera.name = (onvif.model() != null ? onvif.model() : "Camera") + " " + request.ip();
        }
        camera.ipAddress = request.ip();
        if (report.manufacturer() != null) {
            camera.manufacturer = report.manufacturer();
        }
        if (onvif.model() != null) {
            camera.model = onvif.model();
            camera.firmwareVersion = onvif.firmwareVersion();
            camera.serialNumber = onvif.serialNumber();
        }
        camera.primaryStreamUrl = report.main().url();
        camera.secondaryStreamUrl = report.sub().url();
        camera.snapshotUrl = report.snapshot().url();
        camera.username = request.username();
        camera.password = request.password();
        camera.moveCredentials = request.moveCredentials();
        return camera;
    }
}
