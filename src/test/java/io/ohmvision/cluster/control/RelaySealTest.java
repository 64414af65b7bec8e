package io.ohmvision.cluster.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.cameras.control.CredentialKey;
import io.ohmvision.cluster.control.RelaySeal.Verdict;
import io.ohmvision.testing.MovableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class RelaySealTest {

    private static final String MESSAGE = "io.ohmvision.health.control.HealthChange\n{\"cameraId\":7,\"to\":\"offline\"}";
    private static final Duration WINDOW = Duration.ofSeconds(60);

    private final MovableClock clock = new MovableClock();
    private final RelaySeal sender = new RelaySeal(key(1), clock, WINDOW);
    private final RelaySeal receiver = new RelaySeal(key(1), clock, WINDOW);

    private static SecretKey key(int fill) {
        byte[] credentials = new byte[32];
        java.util.Arrays.fill(credentials, (byte) fill);
        return CredentialKey.derive(new SecretKeySpec(credentials, "AES"), EventRelay.KEY_PURPOSE);
    }

    @Test
    void aMemberWithTheSameKeyReadsTheMessage() {
        String sealed = sender.seal(MESSAGE);

        assertThat(sealed).startsWith("ohmv1 ").endsWith("\n" + MESSAGE);
        assertThat(receiver.open(sealed)).isEqualTo(new RelaySeal.Opened(Verdict.OK, MESSAGE));
    }

    @Test
    void aMemberWithAnotherKeyIsRefused() {
        RelaySeal stranger = new RelaySeal(key(2), clock, WINDOW);

        assertThat(receiver.open(stranger.seal(MESSAGE)).verdict()).isEqualTo(Verdict.BAD_SIGNATURE);
    }

    @Test
    void aTamperedMessageOrHeaderIsRefused() {
        String sealed = sender.seal(MESSAGE);

        assertThat(receiver.open(sealed.replace("offline", "excellent")).verdict()).isEqualTo(Verdict.BAD_SIGNATURE);
        String[] header = sealed.substring(0, sealed.indexOf('\n')).split(" ");
        String otherSequence = String.join(" ", header[0], header[1], "99", header[3], header[4])
                + sealed.substring(sealed.indexOf('\n'));
        assertThat(receiver.open(otherSequence).verdict()).isEqualTo(Verdict.BAD_SIGNATURE);
    }

    @Test
    void aMessageReceivedTwiceIsAReplay() {
        String sealed = sender.seal(MESSAGE);

        assertThat(receiver.open(sealed).verdict()).isEqualTo(Verdict.OK);
        assertThat(receiver.open(sealed).verdict()).isEqualTo(Verdict.REPLAYED);
    }

    @Test
    void messagesOutOfOrderPassOnceEach() {
        List<String> sealed = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            sealed.add(sender.seal(MESSAGE + i));
        }
        Collections.shuffle(sealed, new java.util.Random(7));

        assertThat(sealed).allMatch(m -> receiver.open(m).verdict() == Verdict.OK);
        assertThat(sealed).allMatch(m -> receiver.open(m).verdict() == Verdict.REPLAYED);
    }

    @Test
    void aMessageSealedLongerAgoThanTheWindowOrInTheFutureIsRefused() {
        String old = sender.seal(MESSAGE);
        clock.advance(WINDOW.plusMillis(1));
        assertThat(receiver.open(old).verdict()).isEqualTo(Verdict.OUTSIDE_WINDOW);

        RelaySeal ahead = new RelaySeal(key(1), clock, WINDOW);
        String fromTheFuture = ahead.seal(MESSAGE);
        clock.advance(WINDOW.multipliedBy(-2).minusMillis(2));
        assertThat(receiver.open(fromTheFuture).verdict()).isEqualTo(Verdict.OUTSIDE_WINDOW);
    }

    @Test
    void anUnsignedOrGarbledMessageIsMalformed() {
        assertThat(receiver.open(MESSAGE).verdict()).isEqualTo(Verdict.MALFORMED);
        assertThat(receiver.open("ohmv1 a b c d\n" + MESSAGE).verdict()).isEqualTo(Verdict.MALFORMED);
        assertThat(receiver.open("no header at all").verdict()).isEqualTo(Verdict.MALFORMED);
        assertThat(receiver.open("ohmv1 a 1 2 %%%\n" + MESSAGE).verdict()).isEqualTo(Verdict.MALFORMED);
    }
}
