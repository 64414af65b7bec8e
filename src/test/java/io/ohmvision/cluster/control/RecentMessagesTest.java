package io.ohmvision.cluster.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecentMessagesTest {

    @Test
    void eachAddedMessageIsTakenOnceAsOftenAsItWasAdded() {
        RecentMessages recent = new RecentMessages(10);
        recent.add("a");
        recent.add("a");
        assertThat(recent.take("a")).isTrue();
        assertThat(recent.take("a")).isTrue();
        assertThat(recent.take("a")).isFalse();
        assertThat(recent.take("b")).isFalse();
    }

    @Test
    void theOldestMessageGoesWhenTheCapacityIsReached() {
        RecentMessages recent = new RecentMessages(2);
        recent.add("first");
        recent.add("second");
        recent.add("third");
        assertThat(recent.take("first")).isFalse();
        assertThat(recent.take("second")).isTrue();
        assertThat(recent.take("third")).isTrue();
    }
}
