package io.ohmvision.admin;

import io.ohmvision.discovery.detect.AutoDetectReport;
import io.ohmvision.discovery.detect.AutoDetectRequest;
import io.ohmvision.discovery.detect.AutoDetection;
import io.ohmvision.discovery.detect.RecorderDetection;
import io.ohmvision.discovery.entity.ScanHost;
import io.ohmvision.discovery.entity.ScanJob;
import io.ohmvision.discovery.scan.DiscoveredDevice;
import io.ohmvision.discovery.scan.NetworkInfo;
import io.ohmvision.discovery.scan.OnvifDiscovery;
import io.ohmvision.discovery.scan.OnvifDiscoveryRequest;
import io.ohmvision.discovery.scan.ScanJobStore;
import io.ohmvision.discovery.scan.ScanJobs;
import io.ohmvision.platform.ProblemException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * The discovery wizard: scan a subnet (progress polled from the stored job), or ask ONVIF devices to answer; pick a
 * device, auto-detect its channels with credentials (every candidate's outcome shown), then add it in one click.
 */
@Named
@ViewScoped
public class DiscoveryPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ScanJobs scans;

    @Inject
    ScanJobStore scanStore;

    @Inject
    OnvifDiscovery onvif;

    @Inject
    AutoDetection detection;

    @Inject
    RecorderDetection recorders;

    @Inject
    ConsoleUser user;

    private String cidrs = suggestedSubnet();
    private String ports;
    private Long jobId;
    private String onvifInterface = "lo";
    private String onvifAddresses;
    private transient List<DiscoveredDevice> devices;
    private final DetectionForm target = new DetectionForm();
    private transient AutoDetectReport report;
    private Long addedCameraId;
    private Long addedRecorderId;

    /** The first subnet of a non-loopback interface that is up: the usual place to look for cameras. */
    private static String suggestedSubnet() {
        return NetworkInfo.read().interfaces().stream().filter(i -> i.up() && !i.loopback())
                .flatMap(i -> i.addresses().stream()).map(NetworkInfo.Address::subnet)
                .filter(s -> s != null).findFirst().orElse("");
    }

    public void startScan() {
        ScanJob job = Feedback.attempt("Scan not started", () -> {
            user.requireEditor();
            return scans.start(split(cidrs), ports == null || ports.isBlank() ? null
                    : split(ports).stream().map(DiscoveryPage::port).toList(), user.getName());
        });
        if (job != null) {
            jobId = job.getId();
            Feedback.info("Scan started", String.join(", ", job.getCidrs()) + " on " + job.getPorts().size()
                    + " ports");
        }
    }

    public void cancelScan() {
        Feedback.attempt("Scan not cancelled", () -> {
            user.requireEditor();
            scans.cancel(jobId);
            Feedback.info("Scan cancelled", "The hosts found so far are kept");
        });
    }

    public ScanJob getJob() {
        return jobId == null ? null : scanStore.find(jobId).orElse(null);
    }

    public boolean isScanning() {
        ScanJob job = getJob();
        return job != null && !job.getState().isFinished();
    }

    public int getPercent() {
        ScanJob job = getJob();
        return job == null ? 0 : job.getState().isFinished() ? 100 : job.progress().percent();
    }

    public List<ScanHost> getHosts() {
        ScanJob job = getJob();
        return job == null || !job.getState().isFinished() ? List.of() : scanStore.hostsOf(jobId);
    }

    public void discoverOnvif() {
        devices = Feedback.attempt("ONVIF discovery failed", () -> {
            user.requireEditor();
            return onvif.discover(new OnvifDiscoveryRequest(
                    onvifInterface == null || onvifInterface.isBlank() ? List.of() : List.of(onvifInterface),
                    onvifAddresses == null || onvifAddresses.isBlank() ? List.of() : split(onvifAddresses), null,
                    blankToNull(target.getUsername()), target.password()));
        });
        if (devices != null) {
            Feedback.info("ONVIF discovery done", devices.size() + " device(s) answered");
        }
    }

    /** Takes a device found by the scan or by ONVIF into the auto-detect step. */
    public void choose(String address, Integer port, String manufacturer) {
        target.setIp(address);
        target.setPort(port);
        target.setManufacturer(manufacturer);
        report = null;
        addedCameraId = null;
        addedRecorderId = null;
    }

    /** RTSP port of a scanned host, when it has one open: the likeliest stream port to try. */
    public Integer streamPort(ScanHost host) {
        return host.getOpenPorts().stream().filter(p -> p == 554 || p == 8554).findFirst()
                .orElse(host.getOpenPorts().isEmpty() ? null : host.getOpenPorts().get(0));
    }

    public void detect() {
        report = Feedback.attempt("Auto-detect failed", () -> {
            user.requireEditor();
            return detection.detect(target.request());
        });
        addedCameraId = null;
        addedRecorderId = null;
        if (report != null) {
            if (report.recorder() != null) {
                Feedback.info("Recorder found", report.recorder().description());
            } else if (report.main().found()) {
                Feedback.info("Camera found", report.summary());
            } else {
                Feedback.error("No working stream", report.summary());
            }
        }
    }

    /**
     * One click: the detected channels and the credentials that worked become a camera, without probing again, made
     * exactly as the API's auto-detect with create makes it (AutoDetection#store).
     */
    public void add() {
        if (report == null || !report.main().found()) {
            Feedback.error("Nothing to add", "Run auto-detect first; it must find a working main stream");
            return;
        }
        AutoDetectReport saved = Feedback.attempt("Camera not added", () -> {
            user.requireEditor();
            return detection.store(target.saving(user.isAdmin()), report, user.isAdmin());
        });
        if (saved == null) {
            return;
        }
        if (saved.cameraId() == null) {
            Feedback.error("Camera not added", saved.saving());
            return;
        }
        addedCameraId = saved.cameraId();
        target.forgetPassword();
        Feedback.info("Camera added", saved.saving());
    }

    /** A recorder found: one camera per channel, through the recorder registry (credentials: admins only). */
    public void addRecorder() {
        if (report == null || report.recorder() == null) {
            Feedback.error("Nothing to add", "Run auto-detect first; it must find a recorder");
            return;
        }
        AutoDetectReport saved = Feedback.attempt("Recorder not added", () -> {
            user.requireEditor();
            return recorders.add(target.saving(true), report, user.isAdmin());
        });
        if (saved == null) {
            return;
        }
        if (saved.recorderId() == null) {
            Feedback.error("Recorder not added", saved.saving());
            return;
        }
        addedRecorderId = saved.recorderId();
        target.forgetPassword();
        Feedback.info("Recorder added", saved.saving());
    }

    public Long getAddedRecorderId() {
        return addedRecorderId;
    }

    private static List<String> split(String list) {
        return Arrays.stream(list.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    private static Integer port(String value) {
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("ports: '" + value + "' is not a port number");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public List<NetworkInfo.Interface> getInterfaces() {
        return NetworkInfo.read().interfaces().stream().filter(NetworkInfo.Interface::up).toList();
    }

    public List<DiscoveredDevice> getDevices() {
        return devices;
    }

    public AutoDetectReport getReport() {
        return report;
    }

    public Long getAddedCameraId() {
        return addedCameraId;
    }

    public DetectionForm getTarget() {
        return target;
    }

    public String getCidrs() {
        return cidrs;
    }

    public void setCidrs(String cidrs) {
        this.cidrs = cidrs;
    }

    public String getPorts() {
        return ports;
    }

    public void setPorts(String ports) {
        this.ports = ports;
    }

    public String getOnvifInterface() {
        return onvifInterface;
    }

    public void setOnvifInterface(String onvifInterface) {
        this.onvifInterface = onvifInterface;
    }

    public String getOnvifAddresses() {
        return onvifAddresses;
    }

    public void setOnvifAddresses(String onvifAddresses) {
        this.onvifAddresses = onvifAddresses;
    }
}
