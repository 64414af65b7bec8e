package io.ohmvision.discovery.detect;

import io.ohmvision.channels.MediaFacts;
import io.ohmvision.channels.onvif.DeviceCapabilities;
import io.ohmvision.channels.onvif.DeviceInformation;
import io.ohmvision.channels.onvif.OnvifDevice;
import io.ohmvision.discovery.scan.OnvifFindings;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What auto-detection found on one device and why it chose what it chose. Holds no password: URLs are shown
 * without credentials or with the password masked.
 *
 * @param manufacturer the catalogue id the device was taken for; null when unknown
 * @param lockout      why guessing stopped early; null when it did not
 * @param leftOut      catalogue templates not tried because of the candidate limit
 * @param candidates   every candidate, best first
 * @param recorder     the device is a recorder (NVR/DVR): its channels; null for a single camera
 * @param cameraId     the camera created or updated; null when none was
 * @param recorderId   the recorder created (one camera per channel); null when none was
 * @param saving       what was stored, or why nothing was; null when nothing was asked for
 */
@Schema(name = "AutoDetectReport")
public record AutoDetectReport(String address, List<Integer> openPorts, Onvif onvif, String manufacturer,
                               List<String> manufacturerEvidence, String summary, String lockout, int leftOut,
                               List<RankedCandidate> candidates, Channel main, Channel sub, Channel snapshot,
                               Recorder recorder, long tookMillis, Long cameraId, Long recorderId, String saving) {

    public AutoDetectReport {
        openPorts = List.copyOf(openPorts);
        manufacturerEvidence = List.copyOf(manufacturerEvidence);
        candidates = List.copyOf(candidates);
    }

    /**
     * The ONVIF step. {@code outcome} is null when no port spoke ONVIF; {@code notFollowed} lists the URIs the device
     * gave on another host (not tried, not stored) and other limits it ran into; {@code capabilities} what its
     * services say it can do, null when it did not answer.
     */
    @Schema(name = "AutoDetectOnvif")
    public record Onvif(String deviceServiceUrl, String outcome, String reason, String deviceManufacturer,
                        String model, String firmwareVersion, String serialNumber, int profiles,
                        List<String> notFollowed, DeviceCapabilities capabilities) {

        public Onvif {
            notFollowed = List.copyOf(notFollowed);
        }

        static Onvif of(OnvifFindings findings) {
            DeviceInformation info = findings.answered().map(d -> d.information()).orElse(null);
            return new Onvif(findings.deviceServiceUrl(), findings.outcome() == null ? null
                    : findings.outcome().name(), findings.reason(), info == null ? null : info.manufacturer(),
                    info == null ? null : info.model(), info == null ? null : info.firmwareVersion(),
                    info == null ? null : info.serialNumber(),
                    findings.answered().map(d -> d.profiles().size()).orElse(0),
                    findings.answered().map(OnvifDevice::notFollowed).orElse(List.of()),
                    findings.answered().map(OnvifDevice::capabilities).orElse(null));
        }
    }

    /**
     * One candidate as ranked. {@code outcome} is an Outcome name, or NOT_TRIED when guessing had stopped.
     */
    @Schema(name = "AutoDetectCandidate")
    public record RankedCandidate(int rank, String kind, String source, String templateOf, String hint,
                                  String maskedUrl, String outcome, Long latencyMillis, String videoCodec,
                                  Integer width, Integer height, Double fps, String reason) {

        static final String NOT_TRIED = "NOT_TRIED";

        static RankedCandidate of(int rank, CandidateResult r, String notTriedReason) {
            Candidate c = r.candidate();
            MediaFacts media = r.probe().map(p -> p.media()).orElse(MediaFacts.NONE);
            return new RankedCandidate(rank, c.kind().wireName(),
                    c.source().wireName(), c.manufacturerId(), c.hint(),
                    r.maskedUrl(), r.probe().map(p -> p.outcome().name()).orElse(NOT_TRIED),
                    r.probe().map(p -> p.latencyMillis()).orElse(null), media.videoCodec(), media.width(),
                    media.height(), media.fps(), r.probe().map(p -> p.reason()).orElse(notTriedReason));
        }
    }

    /**
     * A chosen channel: {@code url} without credentials (as it would be stored), null when nothing was chosen;
     * {@code template} the catalogue template it was made from, null for the device's own ONVIF URI.
     */
    @Schema(name = "AutoDetectChannel")
    public record Channel(String url, String maskedUrl, String source, String template, String why,
                          String videoCodec, Integer width, Integer height, Double fps) {

        static Channel of(CandidateRanking.Choice choice) {
            return choice.chosen().map(r -> new Channel(r.candidate().url(), r.maskedUrl(),
                            r.candidate().source().wireName(), r.candidate().template(),
                            choice.why(), r.result().media().videoCodec(), r.result().media().width(),
                            r.result().media().height(), r.result().media().fps()))
                    .orElseGet(() -> new Channel(null, null, null, null, choice.why(), null, null, null, null));
        }

        public boolean found() {
            return url != null;
        }
    }

    /**
     * The device is a recorder: {@code description} says "recorder with N channels"; the channels' URLs carry no
     * credentials.
     */
    @Schema(name = "AutoDetectRecorder")
    public record Recorder(String description, String recognisedBy, String manufacturer, String onvifUrl, int port,
                           List<RecorderChannel> channels) {

        static Recorder of(RecorderRecognition.Found found) {
            return new Recorder(found.describe(), found.recognisedBy(), found.manufacturer(), found.onvifUrl(),
                    found.port(), found.channels().stream().map(c -> new RecorderChannel(c.number(), c.main(),
                    c.sub())).toList());
        }
    }

    /** One channel of a recorder found: {@code sub} null when the recorder has none. */
    @Schema(name = "AutoDetectRecorderChannel")
    public record RecorderChannel(int channel, String main, String sub) {
    }

    /** The same report with the camera stored. */
    public AutoDetectReport saved(Long savedCameraId, String what) {
        return new AutoDetectReport(address, openPorts, onvif, manufacturer, manufacturerEvidence, summary, lockout,
                leftOut, candidates, main, sub, snapshot, recorder, tookMillis, savedCameraId, null, what);
    }

    /** The same report with the recorder stored. */
    public AutoDetectReport savedRecorder(long savedRecorderId, String what) {
        return new AutoDetectReport(address, openPorts, onvif, manufacturer, manufacturerEvidence, summary, lockout,
                leftOut, candidates, main, sub, snapshot, recorder, tookMillis, null, savedRecorderId, what);
    }
}
