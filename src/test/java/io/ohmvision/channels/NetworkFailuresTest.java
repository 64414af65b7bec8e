package io.ohmvision.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.time.Duration;
import java.util.stream.Stream;
import javax.net.ssl.SSLHandshakeException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.impl.classic.RequestFailedException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NetworkFailuresTest {

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(new SocketTimeoutException("Read timed out"), Outcome.TIMEOUT),
                // Apache HttpClient's ConnectTimeoutException and its aborted requests are InterruptedIOExceptions
                Arguments.of(new ConnectTimeoutException("Connect to 10.0.0.5:80 timed out"), Outcome.TIMEOUT),
                Arguments.of(new RequestFailedException("Request aborted"), Outcome.TIMEOUT),
                Arguments.of(new HttpConnectTimeoutException("HTTP connect timed out"), Outcome.TIMEOUT),
                Arguments.of(new ConnectException("Connection refused"), Outcome.REFUSED),
                Arguments.of(new NoRouteToHostException("No route to host"), Outcome.UNREACHABLE),
                Arguments.of(new UnknownHostException("cam.invalid"), Outcome.UNREACHABLE),
                Arguments.of(new SocketException("Network is unreachable"), Outcome.UNREACHABLE),
                Arguments.of(new SSLHandshakeException("PKIX path building failed"), Outcome.TLS_ERROR),
                Arguments.of(new SocketException("Connection reset"), Outcome.PROTOCOL_ERROR),
                Arguments.of(new IOException("anything else"), Outcome.PROTOCOL_ERROR));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void mapsJdkExceptionsToOutcomes(IOException failure, Outcome outcome) {
        assertThat(NetworkFailures.classify(failure, Duration.ofSeconds(1)).outcome()).isEqualTo(outcome);
    }
}
