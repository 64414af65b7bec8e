package io.ohmvision.discovery.boundary;

import io.ohmvision.discovery.detect.AutoDetectReport;
import io.ohmvision.discovery.onboarding.CredentialTrial;
import io.ohmvision.discovery.onboarding.DeviceFound;
import io.ohmvision.discovery.onboarding.OnboardingJob;
import io.ohmvision.discovery.onboarding.Proposal;
import io.ohmvision.discovery.scan.ScanProgress;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A site onboarding as shown: progress, and per device what was found and what applying would store. No secret. */
@Schema(name = "Onboarding")
public record OnboardingView(
        String id,
        @Schema(enumeration = {"scanning", "discovering", "detecting", "ready", "applying", "applied", "failed",
                "cancelled"},
                description = "scanning, discovering (ONVIF), detecting, then ready for a choice; applied once "
                        + "devices were stored; cancelled when stopped by a person") String phase,
        List<String> cidrs,
        String requestedBy,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt,
        @Schema(description = "0 to 100 over the whole job: the scan fills 40, ONVIF discovery 5, detection the "
                + "rest") int percent,
        @Schema(description = "addresses the scan finished / has to try") long hostsScanned,
        long hostsToScan,
        @Schema(description = "hosts with an open port (this server's own addresses left out)") int devicesFound,
        @Schema(description = "devices whose detection ended") int devicesDetected,
        @Schema(description = "how many credentials were given; they are never shown") int credentialsGiven,
        String failure,
        @Schema(type = SchemaType.ARRAY, implementation = Device.class) List<Device> devices) {

    /**
     * One device.
     *
     * @param credentialIndex the credential of the list that worked, from 0; null when none did or none was needed
     */
    @Schema(name = "OnboardingDevice")
    public record Device(
            String address,
            @Schema(description = "from the neighbour table; null off the local link") String mac,
            @Schema(description = "the IEEE registry's holder of the MAC block") String organisation,
            @Schema(description = "catalogue id, from the detection or else the scan") String manufacturer,
            String model,
            String serialNumber,
            List<Integer> openPorts,
            @Schema(description = "its WS-Discovery endpoint; null when it did not answer WS-Discovery")
            String onvifEndpoint,
            @Schema(description = "whether detection ended for this device") boolean detected,
            @Schema(description = "the detection's one-line summary") String summary,
            @Schema(description = "what works: main stream, sub stream, snapshot (URLs without credentials)")
            AutoDetectReport.Channel main,
            AutoDetectReport.Channel sub,
            AutoDetectReport.Channel snapshot,
            Integer credentialIndex,
            @Schema(description = "wrong-password answers the device gave in all (at most 3)") int refusals,
            @Schema(description = "not tried further: lockout protection") boolean lockedOut,
            @Schema(description = "what applying it would store; null until detected") Proposal proposal,
            @Schema(description = "what applying stored; null until applied") String applied) {

        static Device of(DeviceFound device, OnboardingJob.DeviceOutcome outcome) {
            CredentialTrial.Result result = outcome == null ? null : outcome.result();
            AutoDetectReport report = result == null ? null : result.report();
            AutoDetectReport.Onvif onvif = report == null ? null : report.onvif();
            return new Device(device.address(), device.mac(), device.organisation(),
                    report != null && report.manufacturer() != null ? report.manufacturer() : device.manufacturer(),
                    onvif == null ? null : onvif.model(), onvif == null ? null : onvif.serialNumber(),
                    device.openPorts(), device.onvifEndpoint(), outcome != null,
                    report == null ? null : report.summary(), report == null ? null : report.main(),
                    report == null ? null : report.sub(), report == null ? null : report.snapshot(),
                    result == null ? null : result.credentialIndex(), result == null ? 0 : result.refusals(),
                    result != null && result.lockedOut(), outcome == null ? null : outcome.proposal(),
                    outcome == null ? null : outcome.applied());
        }
    }

    public static OnboardingView of(OnboardingJob job) {
        ScanProgress scan = job.scanProgress();
        List<OnboardingJob.DeviceOutcome> outcomes = job.outcomes();
        List<Device> devices = job.found().stream().map(d -> Device.of(d, outcomes.stream()
                .filter(o -> o.device().address().equals(d.address())).findFirst().orElse(null))).toList();
        return new OnboardingView(job.id(), job.phase().wireName(), job.cidrs(), job.requestedBy(),
                utc(job.startedAt()), utc(job.finishedAt()), job.percent(), scan.hostsDone(), scan.hostsTotal(),
                devices.size(), outcomes.size(), job.credentialsGiven(), job.failure(), devices);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
