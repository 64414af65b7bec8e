package io.ohmvision.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** What an operator needs to know once OhmVision answers: where to go, where its data is, how to sign in. */
record StartupBlock(int port, Optional<Integer> httpsPort, Path dataDir, String database, Path fullLog, Duration startedIn,
                    Optional<String> generatedPassword) {

    String render(boolean withPassword) {
        // the console and the API documentation at the TLS address when there is one: sign-in goes there
        String base = httpsPort.map(https -> "https://localhost:" + https).orElse("http://localhost:" + port);
        StringBuilder block = new StringBuilder()
                .append("\nOhmVision is ready (started in ").append(startedIn.toSeconds()).append(" s)\n")
                .append("  Console    ").append(base).append("/admin/\n")
                .append("  API docs   ").append(base).append("/openapi-ui/  (OpenAPI document: ").append(base)
                .append("/openapi)\n")
                .append("  Probes     http://localhost:").append(port).append("/health/ready, /health/live\n")
                .append("  Data       ").append(dataDir).append('\n')
                .append("  Database   ").append(database).append('\n')
                .append("  Full log   ").append(fullLog).append('\n');
        generatedPassword.ifPresent(password -> block
                .append("  Sign in as admin with the password generated on this first start: ")
                .append(withPassword ? password : "(shown on the terminal that started OhmVision)")
                .append("\n             It is shown only now; change it with PUT /api/users/admin.\n"));
        return block.toString();
    }
}
