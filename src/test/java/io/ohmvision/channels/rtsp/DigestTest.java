package io.ohmvision.channels.rtsp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Known answers from the RFCs' own examples. */
class DigestTest {

    @Test
    void rfc2069WithoutQop() {
        // RFC 2069 2.4 with its erratum: the password is "CircleOfLife"
        Digest digest = new Digest(DigestAlgorithm.MD5, false, "Mufasa", "testrealm@host.com", "CircleOfLife",
                "dcd98b7102dd2f0e8b11d0f600bfb0c093", "GET", "/dir/index.html", null, null, null);

        assertThat(digest.response()).isEqualTo("1949323746fe6a43ef61f9606e7febea");
        assertThat(digest.toString()).contains("Mufasa").doesNotContain("CircleOfLife");
    }

    @Test
    void rfc2617QopAuth() {
        Digest digest = new Digest(DigestAlgorithm.MD5, false, "Mufasa", "testrealm@host.com", "Circle Of Life",
                "dcd98b7102dd2f0e8b11d0f600bfb0c093", "GET", "/dir/index.html", "auth", "00000001", "0a4f113b");

        assertThat(digest.response()).isEqualTo("6629fae49393a05397450978507c4ef1");
    }

    @Test
    void rfc7616Md5() {
        assertThat(rfc7616(DigestAlgorithm.MD5).response()).isEqualTo("8ca523f5e9506fed4657c9700eebdbec");
    }

    @Test
    void rfc7616Sha256() {
        assertThat(rfc7616(DigestAlgorithm.SHA_256).response())
                .isEqualTo("753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1");
    }

    private static Digest rfc7616(DigestAlgorithm algorithm) {
        return new Digest(algorithm, false, "Mufasa", "http-auth@example.org", "Circle of Life",
                "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", "GET", "/dir/index.html", "auth", "00000001",
                "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ");
    }
}
