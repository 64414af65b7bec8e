package io.ohmvision.discovery.detect;

import io.ohmvision.cameras.control.CameraListing;
import io.ohmvision.cameras.control.CameraRegistry;
import io.ohmvision.cameras.control.CameraSettings;
import io.ohmvision.cameras.control.ChannelTesting;
import io.ohmvision.catalog.control.AliasMatcher;
import io.ohmvision.catalog.control.Catalog;
import io.ohmvision.catalog.control.FingerprintMatcher;
import io.ohmvision.catalog.control.MacVendorLookup;
import io.ohmvision.catalog.control.OnvifVendorMatcher;
import io.ohmvision.catalog.control.TemplateLearning;
import io.ohmvision.discovery.scan.DiscoverySettings;
import io.ohmvision.discovery.scan.HostIdentification;
import io.ohmvision.discovery.scan.ScanRefusedException;
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
    DetectionConfig detection;

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

    @Inject
    CameraListing listing;

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
        // read before detecting: a camera changed meanwhile is a conflict, not overwritten
        CameraSettings existing = request.cameraId() == null ? null : listing.settingsOf(request.cameraId());
        AutoDetectReport report = detector().detect(request);
        learnFrom(report);
        return request.saves() ? store(request, report, existing, null, mayManageCredentials) : report;
    }

    /**
     * Stores a new camera, or a recorder with its channels, from a detection already run: what the console's wizard
     * adds after showing the result, exactly as the API's auto-detect with create stores it.
     *
     * @param request the detection's request, with create; its name and credentials are stored
     */
    public AutoDetectReport store(AutoDetectRequest request, AutoDetectReport report, boolean mayManageCredentials) {
        return store(request, report, null, null, mayManageCredentials);
    }

    /**
     * Stores a detection already run into a new camera or recorder (create), or into the camera {@code cameraId}
     * names, as read now: site onboarding's road, with the MAC its scan saw.
     *
     * @param macAddress the device's MAC; null when unknown
     */
    public AutoDetectReport store(AutoDetectRequest request, AutoDetectReport report, String macAddress,
            boolean mayManageCredentials) {
        CameraSettings existing = request.cameraId() == null ? null : listing.settingsOf(request.cameraId());
        return store(request, report, existing, macAddress, mayManageCredentials);
    }

    private AutoDetectReport store(AutoDetectRequest request, AutoDetectReport report, CameraSettings existing,
            String macAddress, boolean mayManageCredentials) {
        if (!DetectedCamera.storable(report)) {
            return report.saved(null, "nothing stored: no working stream or snapshot (" + report.summary() + ")");
        }
        if (report.recorder() != null && existing == null) {
            return recorders.add(request, report, mayManageCredentials);
        }
        CameraSettings camera = DetectedCamera.settings(request, report, existing, macAddress);
        long saved;
        if (existing == null) {
            saved = registry.create(camera, mayManageCredentials);
        } else {
            saved = request.cameraId();
            registry.update(saved, camera, mayManageCredentials);
        }
        recordOnvifDevice(saved, report.onvif());
        return report.saved(saved, (existing == null ? "created camera " : "updated camera ") + saved);
    }

    /** An ONVIF device that answered: where its device service is and what it said it can do go with the camera. */
    private void recordOnvifDevice(long cameraId, AutoDetectReport.Onvif onvif) {
        if (onvif != null && onvif.deviceServiceUrl() != null && onvif.capabilities() != null) {
            registry.recordOnvifDevice(cameraId, onvif.deviceServiceUrl(), onvif.capabilities());
        }
    }

    /** Detection only, nothing stored: for batch tests and the console's preview. */
    public AutoDetectReport detect(AutoDetectRequest request) {
        return detect(new AutoDetectRequest(request.ip(), request.port(), request.username(), request.password(),
                request.manufacturer(), false, null, null), false);
    }

    /**
     * Detection only, nothing stored, guessing stopped after {@code wrongPasswords} wrong-password answers: site
     * onboarding tries a list of credentials on one device and spends at most this much of the device's patience
     * on each.
     */
    public AutoDetectReport detectGuessingAtMost(AutoDetectRequest request, int wrongPasswords) {
        check(request, false);
        AutoDetectReport report = detector(detection.settings().withMaxAuthFailures(wrongPasswords)).detect(request);
        learnFrom(report);
        return report;
    }

    /** The lockout limit a device allows in all (ohmvision.discovery.auto-detect.max-auth-failures). */
    public int lockoutLimit() {
        return detection.settings().maxAuthFailures();
    }

    AutoDetector detector() {
        return detector(detection.settings());
    }

    private AutoDetector detector(DetectionSettings detectionSettings) {
        return new AutoDetector(catalog, settings.ports(), learning::ranked, new HostIdentification(macs,
                fingerprints, settings.ports(), executor, detectionSettings.identifyBudget()),
                new OnvifVendorMatcher(new AliasMatcher(catalog), macs), channels::probe, executor,
                detectionSettings);
    }

    public void check(AutoDetectRequest request, boolean mayManageCredentials) {
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
}
