package io.ohmvision.discovery.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.discovery.onboarding.RegisteredDevice.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeviceProposalsTest {

    private static final DeviceFound DEVICE = new DeviceFound(Reports.ADDRESS, "44:19:b6:00:00:64", "Hikvision",
            "hikvision", List.of(554), null, null);
    private static final RegisteredDevices NOTHING_STORED = new RegisteredDevices(List.of());

    @Test
    void aNewCameraIsProposedWithTheNameAndUrlsAutoDetectWouldStore() {
        Proposal proposal = DeviceProposals.propose(DEVICE,
                new CredentialTrial.Result(Reports.working("SN-64"), 0, 0, false), NOTHING_STORED);

        assertThat(proposal.action()).isEqualTo("create");
        assertThat(proposal.kind()).isEqualTo("camera");
        assertThat(proposal.name()).isEqualTo("SIM-1000 " + Reports.ADDRESS);
        assertThat(proposal.primaryStreamUrl()).isEqualTo(Reports.MAIN);
        assertThat(proposal.existingId()).isNull();
    }

    @Test
    void aRegisteredCameraIsProposedAsAnUpdateOfItself() {
        RegisteredDevices stored = new RegisteredDevices(List.of(
                new RegisteredDevice(Kind.CAMERA, 7, "Gate", null, "SN-64", "192.0.2.1")));

        Proposal proposal = DeviceProposals.propose(DEVICE,
                new CredentialTrial.Result(Reports.working("SN-64"), 0, 0, false), stored);

        assertThat(proposal.action()).isEqualTo("update");
        assertThat(proposal.existingId()).isEqualTo(7);
        assertThat(proposal.matchedBy()).isEqualTo("serial");
        assertThat(proposal.name()).isEqualTo("Gate");
    }

    @Test
    void aRecorderIsProposedWithItsChannels() {
        Proposal proposal = DeviceProposals.propose(DEVICE,
                new CredentialTrial.Result(Reports.recorder(), null, 0, false), NOTHING_STORED);

        assertThat(proposal.kind()).isEqualTo("recorder");
        assertThat(proposal.action()).isEqualTo("create");
        assertThat(proposal.channels()).extracting(c -> c.channel()).containsExactly(1, 2);
    }

    @Test
    void aDeviceWhereNothingWorkedProposesNothingAndSaysWhy() {
        Proposal proposal = DeviceProposals.propose(DEVICE,
                new CredentialTrial.Result(Reports.failing("AUTH_FAILED"), null, 3, true), NOTHING_STORED);

        assertThat(proposal.storesSomething()).isFalse();
        assertThat(proposal.why()).contains("lockout protection");
        assertThat(DeviceProposals.propose(DEVICE, null, NOTHING_STORED).action()).isEqualTo("none");
    }
}
