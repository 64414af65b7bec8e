package io.ohmvision.channels.rtsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuthChallengeTest {

    @Test
    void splitsSeveralChallengesInOneHeader() {
        List<AuthChallenge> challenges = AuthChallenge.parseAll(List.of(
                "Digest realm=\"a, b\", nonce=abc/def+==, qop=\"auth,auth-int\", Basic realm=\"x \\\"y\\\"\""));

        assertThat(challenges).containsExactly(
                new AuthChallenge("digest", Map.of("realm", "a, b", "nonce", "abc/def+==", "qop", "auth,auth-int")),
                new AuthChallenge("basic", Map.of("realm", "x \"y\"")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "rtsp/rfc7616/describe-401.txt|SHA-256",
            "rtsp/axis/describe-401.txt|MD5",
            "rtsp/hikvision-2014/describe-401.txt|basic",
    })
    void picksTheStrongestSupportedChallenge(String reply, String expected) {
        AuthChallenge chosen = AuthChallenge.strongest(AuthorizerTest.challengesOf(reply)).orElseThrow();

        String kind = chosen.scheme().equals("basic") ? "basic" : chosen.params().getOrDefault("algorithm", "MD5");
        assertThat(kind).isEqualTo(expected);
    }

    @Test
    void skipsChallengesItCannotAnswer() {
        List<AuthChallenge> challenges = AuthChallenge.parseAll(List.of("NTLM", "Negotiate abc==",
                "Digest realm=r, nonce=n, algorithm=SHA-1024", "Digest realm=r, nonce=n, qop=auth-conf"));

        assertThat(AuthChallenge.strongest(challenges)).isEmpty();
    }
}
