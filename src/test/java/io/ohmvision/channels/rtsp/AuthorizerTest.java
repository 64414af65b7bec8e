package io.ohmvision.channels.rtsp;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.testing.Fixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuthorizerTest {

    private static final String RFC7616_CNONCE = "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ";

    @Test
    void answersTheRfc7616ChallengeWithSha256AndRfcQuoting() {
        Authorizer authorizer = new Authorizer("Mufasa", "Circle of Life", () -> RFC7616_CNONCE);
        authorizer.answer(AuthChallenge.strongest(challengesOf("rtsp/rfc7616/describe-401.txt")).orElseThrow());

        String header = authorizer.header("GET", "/dir/index.html").orElseThrow();

        assertThat(header).isEqualTo("Digest username=\"Mufasa\", realm=\"http-auth@example.org\", "
                + "nonce=\"7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v\", uri=\"/dir/index.html\", "
                + "response=\"753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1\", algorithm=SHA-256, "
                + "opaque=\"FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS\", qop=auth, nc=00000001, "
                + "cnonce=\"" + RFC7616_CNONCE + "\"");
    }

    @Test
    void countsRequestsOnTheSameNonceAndRestartsForANewOne() {
        Authorizer authorizer = new Authorizer("u", "p", () -> "c");
        AuthChallenge challenge = new AuthChallenge("digest", Map.of("realm", "r", "nonce", "n", "qop", "auth"));
        authorizer.answer(challenge);

        authorizer.header("OPTIONS", "rtsp://h/x");
        String second = authorizer.header("DESCRIBE", "rtsp://h/x").orElseThrow();
        authorizer.answer(challenge);
        String afterNewChallenge = authorizer.header("DESCRIBE", "rtsp://h/x").orElseThrow();

        assertThat(second).contains("nc=00000002");
        assertThat(afterNewChallenge).contains("nc=00000001");
    }

    @Test
    void answersTheRfc2069FormWithoutQopOrCnonce() {
        Authorizer authorizer = new Authorizer("Mufasa", "CircleOfLife", () -> "unused");
        authorizer.answer(new AuthChallenge("digest",
                Map.of("realm", "testrealm@host.com", "nonce", "dcd98b7102dd2f0e8b11d0f600bfb0c093")));

        String header = authorizer.header("GET", "/dir/index.html").orElseThrow();

        assertThat(header).contains("response=\"1949323746fe6a43ef61f9606e7febea\"", "algorithm=MD5")
                .doesNotContain("qop", "nc=", "cnonce");
    }

    @Test
    void answersBasicWithUtf8Credentials() {
        Authorizer authorizer = new Authorizer("admin", "pä:ss", () -> "unused");
        authorizer.answer(new AuthChallenge("basic", Map.of("realm", "/")));

        assertThat(authorizer.header("DESCRIBE", "rtsp://h/x")).contains("Basic YWRtaW46cMOkOnNz");
    }

    @Test
    void hashesTheUserNameWhenTheServerAsksForUserhash() {
        Authorizer authorizer = new Authorizer("Mufasa", "x", () -> "c");
        authorizer.answer(new AuthChallenge("digest",
                Map.of("realm", "api@example.org", "nonce", "n", "algorithm", "SHA-256", "userhash", "true")));

        String header = authorizer.header("GET", "/").orElseThrow();

        assertThat(header).contains("username=\"" + DigestAlgorithm.SHA_256.hex("Mufasa:api@example.org") + "\"",
                "userhash=true");
    }

    @Test
    void neverShowsThePassword() {
        Authorizer authorizer = new Authorizer("admin", "s3cret", () -> "c");
        authorizer.answer(new AuthChallenge("basic", Map.of()));

        assertThat(authorizer.toString()).doesNotContain("s3cret");
    }

    static List<AuthChallenge> challengesOf(String resource) {
        String reply = Fixtures.text(resource);
        return AuthChallenge.parseAll(reply.lines().filter(l -> l.startsWith("WWW-Authenticate:"))
                .map(l -> l.substring("WWW-Authenticate:".length()).strip()).toList());
    }
}
