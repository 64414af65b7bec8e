package io.ohmvision.channels.video;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.Verdict;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** JavaCV exception messages as they were captured from the test peers (credentials replaced by u:secret). */
class FfmpegFailuresTest {

    private static final String OPEN_FAILED = "avformat_open_input() error %d: Could not open input "
            + "\"rtsp://u:secret@127.0.0.1:8554/main\". (Has setFormat() been called?)";

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "-825242872, AUTH_FAILED",     // RTSP/HTTP 401
            "-858797304, AUTH_FAILED",     // 403
            "-875574520, NOT_FOUND",       // 404
            "-111, REFUSED",               // ECONNREFUSED
            "-110, TIMEOUT",               // ETIMEDOUT
            "-1, NOT_FOUND",               // nginx-rtmp: play of a stream nobody publishes
            "-2, NOT_FOUND",               // ENOENT
            "-1094995529, PROTOCOL_ERROR", // AVERROR_INVALIDDATA
            "-5, PROTOCOL_ERROR",          // EIO
            "-1330794744, UNSUPPORTED",    // protocol not found
            "-12345, PROTOCOL_ERROR"})
    void mapsErrorCodes(int code, Outcome outcome) {
        Verdict verdict = FfmpegFailures.classify(OPEN_FAILED.formatted(code), true, Duration.ofSeconds(5));

        assertThat(verdict.outcome()).isEqualTo(outcome);
        assertThat(verdict.reason()).doesNotContain("secret").doesNotContain("127.0.0.1");
    }

    @ParameterizedTest
    @CsvSource({"true, wrong user name or password (401)", "false, credentials required (401)"})
    void tellsAWrongPasswordFromAMissingOne(boolean hadCredentials, String reason) {
        assertThat(FfmpegFailures.classify(OPEN_FAILED.formatted(-825242872), hadCredentials, Duration.ofSeconds(5))
                .reason()).isEqualTo(reason);
    }

    @ParameterizedTest
    @CsvSource({"-825242872, HTTP_UNAUTHORIZED", "-1094995529, INVALID_DATA", "-1330794744, PROTOCOL_NOT_FOUND"})
    void tagsMatchFfmpegsNumbers(int code, String constant) throws ReflectiveOperationException {
        assertThat(FfmpegFailures.class.getDeclaredField(constant).getInt(null)).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "av_find_input_format() error: Could not find input format \"v4l2\".|UNSUPPORTED",
            "avformat_find_stream_info() error -1094995529: Could not find stream information.|PROTOCOL_ERROR"})
    void readsMessagesWithAndWithoutACode(String message, Outcome outcome) {
        assertThat(FfmpegFailures.classify(message, false, Duration.ofSeconds(1)).outcome()).isEqualTo(outcome);
    }
}
