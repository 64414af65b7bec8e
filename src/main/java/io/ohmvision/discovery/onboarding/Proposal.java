package io.ohmvision.discovery.onboarding;

import io.ohmvision.discovery.detect.AutoDetectReport;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What applying one device would store. URLs carry no credentials.
 *
 * @param action     create, update (a stored device recognised by {@code matchedBy}) or none (nothing to store)
 * @param kind       camera or recorder; null with action none
 * @param existingId the stored camera or recorder an update goes into; null otherwise
 * @param matchedBy  mac, serial or address; null unless action is update
 * @param why        one line for a person
 */
@Schema(name = "OnboardingProposal")
public record Proposal(
        @Schema(enumeration = {"create", "update", "none"}) String action,
        @Schema(enumeration = {"camera", "recorder"}) String kind,
        Long existingId,
        @Schema(enumeration = {"mac", "serial", "address"}) String matchedBy,
        String name,
        String primaryStreamUrl,
        String secondaryStreamUrl,
        String snapshotUrl,
        @Schema(type = SchemaType.ARRAY, implementation = AutoDetectReport.RecorderChannel.class,
                description = "a recorder's channels, one camera each; empty for a camera")
        List<AutoDetectReport.RecorderChannel> channels,
        String why) {

    public static final String CREATE = "create";
    public static final String UPDATE = "update";
    public static final String NONE = "none";

    public Proposal {
        channels = channels == null ? List.of() : List.copyOf(channels);
    }

    static Proposal none(String why) {
        return new Proposal(NONE, null, null, null, null, null, null, null, List.of(), why);
    }

    public boolean storesSomething() {
        return !NONE.equals(action);
    }
}
