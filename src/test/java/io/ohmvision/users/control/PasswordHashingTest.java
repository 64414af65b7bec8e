package io.ohmvision.users.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class PasswordHashingTest {

    private static final String SALT_32 = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String HASH = Base64.getEncoder().encodeToString(new byte[32]);

    @Test
    void aHashAtTodaysStrengthIsCurrent() {
        assertThat(PasswordHashing.isCurrent("PBKDF2WithHmacSHA256:600000:" + SALT_32 + ":" + HASH)).isTrue();
        assertThat(PasswordHashing.isCurrent("PBKDF2WithHmacSHA256:1000000:" + SALT_32 + ":" + HASH)).isTrue();
    }

    @Test
    void jakartasOldDefaultAndWeakerHashesAreOutdated() {
        assertThat(PasswordHashing.isCurrent("PBKDF2WithHmacSHA256:2048:" + SALT_32 + ":" + HASH)).isFalse();
        assertThat(PasswordHashing.isCurrent("PBKDF2WithHmacSHA256:600000:"
                + Base64.getEncoder().encodeToString(new byte[16]) + ":" + HASH)).isFalse();
        assertThat(PasswordHashing.isCurrent("PBKDF2WithHmacSHA1:600000:" + SALT_32 + ":" + HASH)).isFalse();
        assertThat(PasswordHashing.isCurrent("not a hash")).isFalse();
        assertThat(PasswordHashing.isCurrent("PBKDF2WithHmacSHA256:many:" + SALT_32 + ":" + HASH)).isFalse();
    }
}
