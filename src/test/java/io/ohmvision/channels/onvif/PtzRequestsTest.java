package io.ohmvision.channels.onvif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PtzRequestsTest {

    @Test
    void continuousMoveCarriesTheVelocitiesAndTheTimeoutAsTheWsdlNamesThem() throws Exception {
        SoapElement move = parsed(PtzRequests.continuousMove("Profile_1", new PtzVelocity(0.5, -0.25, 1),
                Duration.ofMillis(1500)));

        assertThat(move.localName()).isEqualTo("ContinuousMove");
        assertThat(move.text("ProfileToken")).isEqualTo("Profile_1");
        assertThat(move.child("Velocity", "PanTilt").map(p -> p.attribute("x"))).contains("0.500");
        assertThat(move.child("Velocity", "PanTilt").map(p -> p.attribute("y"))).contains("-0.250");
        assertThat(move.child("Velocity", "Zoom").map(z -> z.attribute("x"))).contains("1.000");
        assertThat(move.text("Timeout")).isEqualTo("PT1.500S");
    }

    @Test
    void writesNumbersWithoutExponentAndWholeSecondsPlainly() {
        assertThat(PtzRequests.number(0.0001)).isEqualTo("0.000");
        assertThat(PtzRequests.number(-0.0001)).isEqualTo("0.000");
        assertThat(PtzRequests.number(-1)).isEqualTo("-1.000");
        assertThat(PtzRequests.duration(Duration.ofSeconds(10))).isEqualTo("PT10S");
        assertThat(PtzRequests.duration(Duration.ofMillis(250))).isEqualTo("PT0.250S");
    }

    @Test
    void stopStopsBothPanTiltAndZoom() throws Exception {
        SoapElement stop = parsed(PtzRequests.stop("p"));

        assertThat(stop.text("PanTilt")).isEqualTo("true");
        assertThat(stop.text("Zoom")).isEqualTo("true");
    }

    @Test
    void aTokenThatLooksLikeMarkupStaysTextAndAddsNoElement() throws Exception {
        String hostile = "x</tptz:PresetToken><tptz:Speed>9</tptz:Speed><tptz:PresetToken>y";

        SoapElement request = parsed(PtzRequests.gotoPreset("a\"b&<c>", hostile));

        assertThat(request.text("PresetToken")).isEqualTo(hostile);
        assertThat(request.text("ProfileToken")).isEqualTo("a\"b&<c>");
        assertThat(request.child("Speed")).isEmpty();
    }

    @Test
    void velocitiesOutsideTheGenericSpaceAreRefused() {
        assertThatThrownBy(() -> new PtzVelocity(1.01, 0, 0)).hasMessageContaining("pan");
        assertThatThrownBy(() -> new PtzVelocity(0, Double.NaN, 0)).hasMessageContaining("tilt");
        assertThatThrownBy(() -> new PtzVelocity(0, 0, Double.NEGATIVE_INFINITY)).hasMessageContaining("zoom");
    }

    @Test
    void presetTokensAreShortAndPlain() {
        assertThat(PtzPreset.validToken("Preset_1")).isTrue();
        assertThat(PtzPreset.validToken("1")).isTrue();
        assertThat(PtzPreset.validToken("a".repeat(64))).isTrue();
        assertThat(PtzPreset.validToken("a".repeat(65))).isFalse();
        assertThat(PtzPreset.validToken("")).isFalse();
        assertThat(PtzPreset.validToken(null)).isFalse();
        assertThat(PtzPreset.validToken("1<x/>")).isFalse();
        assertThat(PtzPreset.validToken("a b")).isFalse();
        assertThat(PtzPreset.validToken("1\n")).isFalse();
    }

    /** The request as a device would read it: the body's first element. */
    private static SoapElement parsed(String body) throws Exception {
        return SafeXml.parse(SoapEnvelope.of("", body).getBytes(StandardCharsets.UTF_8)).child("Body")
                .flatMap(SoapElement::firstChild).orElseThrow();
    }
}
