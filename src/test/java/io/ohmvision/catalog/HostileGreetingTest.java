package io.ohmvision.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.ohmvision.catalog.entity.ServiceReply;
import io.ohmvision.testing.HostileInput;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The replies a scan fingerprints (a device's answer to GET / or OPTIONS, 16 kB at most when read off the network):
 * a megabyte of any repeated fragment is parsed and searched in linear time. Before, "realm=\"" or "<title>"
 * repeated made the title and realm patterns backtrack over the rest of the text from every occurrence. Time bounds
 * are generous guards.
 */
class HostileGreetingTest {


    @ParameterizedTest
    @ValueSource(strings = {"<title", "<title>", "<TITLE x", "</title", "\r\n", "\n\n", "a: b\r\n", "realm=\"",
            ":", " "})
    void aMegabyteOfOneFragmentIsSearchedInLinearTime(String repeated) {
        String text = repeated.repeat(HostileInput.MIB / repeated.length());
        String raw = "HTTP/1.0 401 Unauthorized\r\nWWW-Authenticate: Basic " + text + "\r\n\r\n" + text;

        ServiceReply reply = assertTimeoutPreemptively(HostileInput.BOUND, () -> ServiceReply.parse(raw));

        assertTimeoutPreemptively(HostileInput.BOUND, () -> {
            reply.realms();
            reply.title();
        });
        assertThat(reply.isRtsp()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"<html><TITLE lang=en>Network Camera</title>", "<title>Network Camera</title><title>x</title>",
            "<title><title>Network Camera</TITLE>"})
    void findsTheTitleAsBefore(String body) {
        assertThat(ServiceReply.parse("HTTP/1.0 200 OK\r\n\r\n" + body).title())
                .hasValueSatisfying(title -> assertThat(title).endsWith("Network Camera"));
    }
}
