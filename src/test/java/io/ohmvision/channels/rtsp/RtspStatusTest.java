package io.ohmvision.channels.rtsp;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RtspStatusTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "200, OK", "250, OK",
            "301, NOT_FOUND",
            "400, PROTOCOL_ERROR", "454, PROTOCOL_ERROR", "499, PROTOCOL_ERROR",
            "401, AUTH_FAILED", "403, AUTH_FAILED",
            "404, NOT_FOUND",
            "453, BUSY", "503, BUSY",
            "405, UNSUPPORTED", "461, UNSUPPORTED", "501, UNSUPPORTED", "551, UNSUPPORTED",
            "500, PROTOCOL_ERROR", "599, PROTOCOL_ERROR",
            "100, PROTOCOL_ERROR", "600, PROTOCOL_ERROR",
    })
    void mapsStatusCodesToOutcomes(int status, Outcome outcome) {
        assertThat(RtspStatus.verdict(status, null).outcome()).isEqualTo(outcome);
    }

    @Test
    void saysWhetherCredentialsWereWrongOrMissing() {
        assertThat(RtspStatus.verdict(401, "Digest"))
                .isEqualTo(new Verdict(Outcome.AUTH_FAILED, "wrong user name or password (401 after Digest)"));
        assertThat(RtspStatus.verdict(401, null))
                .isEqualTo(new Verdict(Outcome.AUTH_FAILED, "credentials required (401)"));
    }

    @Test
    void namesTheActualCodeOfAnUnknownStatus() {
        assertThat(RtspStatus.verdict(459, null).reason()).isEqualTo("request rejected (459)");
    }
}
