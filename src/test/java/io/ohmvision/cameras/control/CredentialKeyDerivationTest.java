package io.ohmvision.cameras.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class CredentialKeyDerivationTest {

    private static final HexFormat HEX = HexFormat.of();

    @Test
    void hkdfGivesRfc5869TestCase1() {
        byte[] okm = CredentialKey.hkdfSha256(HEX.parseHex("0b".repeat(22)), HEX.parseHex("000102030405060708090a0b0c"),
                HEX.parseHex("f0f1f2f3f4f5f6f7f8f9"), 42);
        assertThat(HEX.formatHex(okm)).isEqualTo("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf"
                + "34007208d5b887185865");
    }

    @Test
    void hkdfGivesRfc5869TestCase3WithoutSalt() {
        byte[] okm = CredentialKey.hkdfSha256(HEX.parseHex("0b".repeat(22)), new byte[0], new byte[0], 42);
        assertThat(HEX.formatHex(okm)).isEqualTo("8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d"
                + "9d201395faa4b61a96c8");
    }

    @Test
    void eachPurposeGetsItsOwnKeyAndNoneIsTheCredentialKey() {
        SecretKey credentials = new SecretKeySpec(HEX.parseHex("11".repeat(32)), "AES");
        SecretKey relay = CredentialKey.derive(credentials, "ohmvision cluster relay v1");

        assertThat(relay.getEncoded()).hasSize(32).isNotEqualTo(credentials.getEncoded())
                .isEqualTo(CredentialKey.derive(credentials, "ohmvision cluster relay v1").getEncoded())
                .isNotEqualTo(CredentialKey.derive(credentials, "another purpose").getEncoded());
        assertThat(relay.getAlgorithm()).isEqualTo("HmacSHA256");
    }
}
