package io.ohmvision.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebSocketOriginsTest {

    @Test
    void anOriginIsSchemeHostAndPortWithTheDefaultPortWritten() {
        assertThat(WebSocketOrigins.normalized("https://Console.Example")).contains("https://console.example:443");
        assertThat(WebSocketOrigins.normalized("http://127.0.0.1:8080")).contains("http://127.0.0.1:8080");
        assertThat(WebSocketOrigins.normalized("http://[::1]:8080")).contains("http://[::1]:8080");
    }

    @Test
    void whatIsNoOriginMatchesNothing() {
        assertThat(WebSocketOrigins.normalized("null")).isEmpty();
        assertThat(WebSocketOrigins.normalized("file:///tmp/page.html")).isEmpty();
        assertThat(WebSocketOrigins.normalized("http://user@evil.example")).isEmpty();
        assertThat(WebSocketOrigins.normalized("::")).isEmpty();
    }
}
