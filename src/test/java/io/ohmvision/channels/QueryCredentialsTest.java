package io.ohmvision.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class QueryCredentialsTest {

    private static final String REOLINK_SNAPSHOT = "http://192.0.2.10/cgi-bin/api.cgi?cmd=Snap&channel=0&rs=x";

    @Test
    void credentialsTypedIntoTheQueryAreTakenOutAndTheirSlotsLeftEmpty() {
        StreamUrl lifted = QueryCredentials.lift(StreamUrl.parse(REOLINK_SNAPSHOT
                + "&user=admin&password=p%40ss%26w+rd").orElseThrow());

        assertThat(lifted.username()).isEqualTo("admin");
        assertThat(lifted.password()).as("percent-decoded; a plus stays a plus").isEqualTo("p@ss&w+rd");
        assertThat(lifted.withoutCredentials().toConnectString()).isEqualTo(REOLINK_SNAPSHOT + "&user=&password=");
    }

    @Test
    void userInfoWinsAndAUrlWithoutQueryCredentialsIsLeftAsItIs() {
        StreamUrl withUserInfo = StreamUrl.parse("http://op:pw@192.0.2.10/x?user=a&password=b").orElseThrow();
        StreamUrl plain = StreamUrl.parse("rtsp://192.0.2.10/Streaming/Channels/101?transportmode=unicast")
                .orElseThrow();

        assertThat(QueryCredentials.lift(withUserInfo)).isSameAs(withUserInfo);
        assertThat(QueryCredentials.lift(plain)).isSameAs(plain);
        assertThat(QueryCredentials.hasSlots(plain.toConnectString())).isFalse();
    }

    @Test
    void slotsAreFilledEncodedAtTheMomentOfConnectingOnly() {
        ProbeTarget target = new ProbeTarget("http://192.0.2.10:88/cgi-bin/CGIProxy.fcgi?cmd=snapPicture2&usr=&pwd="
                + "#top", "admin", "a&b=c", Duration.ofSeconds(2));

        assertThat(target.credentialsInQuery()).isTrue();
        assertThat(target.connectUrl())
                .isEqualTo("http://192.0.2.10:88/cgi-bin/CGIProxy.fcgi?cmd=snapPicture2&usr=admin&pwd=a%26b%3Dc#top");
        assertThat(target.maskedUrl())
                .isEqualTo("http://192.0.2.10:88/cgi-bin/CGIProxy.fcgi?cmd=snapPicture2&usr=admin&pwd=***#top");
        assertThat(target.toString()).doesNotContain("a%26b");
    }

    @Test
    void aTargetWhoseQueryHoldsCredentialsIsRefused() {
        assertThatThrownBy(() -> new ProbeTarget(REOLINK_SNAPSHOT + "&user=admin&password=secret", null, null,
                Duration.ofSeconds(2))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("secret");
    }

    @Test
    void aUrlTypedWithQueryCredentialsIsSplitLikeOneWithUserInfo() {
        ProbeTarget target = ProbeTarget.fromUrlWithCredentials(REOLINK_SNAPSHOT + "&user=admin&password=secret",
                Duration.ofSeconds(2));

        assertThat(target.url()).isEqualTo(REOLINK_SNAPSHOT + "&user=&password=");
        assertThat(target.username()).isEqualTo("admin");
        assertThat(target.password()).isEqualTo("secret");
    }

    @Test
    void withoutCredentialsTheSlotsStayEmpty() {
        ProbeTarget target = new ProbeTarget(REOLINK_SNAPSHOT + "&user=&password=", null, null,
                Duration.ofSeconds(2));

        assertThat(target.connectUrl()).isEqualTo(REOLINK_SNAPSHOT + "&user=&password=");
    }
}
