package io.ohmvision.discovery.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.discovery.detect.AutoDetectReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CredentialTrialTest {

    private static final CredentialToTry WRONG = new CredentialToTry("admin", "wrong");
    private static final CredentialToTry OTHER_WRONG = new CredentialToTry("admin", "wrong-too");
    private static final CredentialToTry RIGHT = new CredentialToTry("admin", "right");

    /** A device that accepts only RIGHT, refusing others at ONVIF; records what it was tried with. */
    private final List<String> tried = new ArrayList<>();

    private AutoDetectReport device(CredentialToTry credential, int limit) {
        tried.add(credential.password() + "/" + limit);
        return RIGHT.equals(credential) ? Reports.working("SN1") : Reports.failing("AUTH_FAILED", "NOT_TRIED");
    }

    @Test
    void aWrongCredentialFirstCostsOneRefusalAndTheRightOneAfterItWorks() {
        CredentialTrial.Result result = new CredentialTrial(3, this::device).tryInOrder(List.of(WRONG, RIGHT));

        assertThat(result.credentialIndex()).isEqualTo(1);
        assertThat(result.refusals()).isEqualTo(1);
        assertThat(result.lockedOut()).isFalse();
        assertThat(result.report().main().found()).isTrue();
        assertThat(tried).containsExactly("wrong/1", "right/1");
    }

    @Test
    void aDeviceThatRefusedThreeTimesIsNotTriedFurther() {
        CredentialToTry third = new CredentialToTry("root", "x");
        CredentialTrial.Result result = new CredentialTrial(3, this::device)
                .tryInOrder(List.of(WRONG, OTHER_WRONG, third, RIGHT));

        assertThat(result.credentialIndex()).isNull();
        assertThat(result.refusals()).isEqualTo(3);
        assertThat(result.lockedOut()).isTrue();
        assertThat(tried).containsExactly("wrong/1", "wrong-too/1", "x/1");
    }

    @Test
    void aCredentialTheDeviceDidNotAskForEndsTheTrial() {
        CredentialTrial.Result result = new CredentialTrial(3, (credential, limit) -> {
            tried.add(credential.password());
            return Reports.failing(null, "NOT_FOUND", "NOT_FOUND");
        }).tryInOrder(List.of(WRONG, RIGHT));

        assertThat(result.credentialIndex()).isNull();
        assertThat(result.refusals()).isZero();
        assertThat(tried).containsExactly("wrong");
    }

    @Test
    void anEmptyListTriesTheDeviceOnceWithoutCredentialsAndItsFullLimit() {
        CredentialTrial.Result result = new CredentialTrial(3, this::device).tryInOrder(List.of());

        assertThat(tried).containsExactly("null/3");
        assertThat(result.credentialIndex()).isNull();
    }

    @Test
    void refusalsAreCountedOnTheCandidatesAndTheOnvifService() {
        assertThat(CredentialTrial.refusals(Reports.failing("AUTH_FAILED", "AUTH_FAILED", "NOT_FOUND", "NOT_TRIED")))
                .isEqualTo(2);
        assertThat(CredentialTrial.refusals(Reports.failing("OK", "NOT_FOUND"))).isZero();
    }

    @Test
    void theCredentialNeverShowsItsPassword() {
        assertThat(RIGHT.toString()).doesNotContain("right").contains("***");
        assertThat(Map.of("c", RIGHT).toString()).doesNotContain("right");
    }
}
