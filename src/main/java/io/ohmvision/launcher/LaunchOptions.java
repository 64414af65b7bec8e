package io.ohmvision.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The launcher's command line, written by ohmvision.sh: {@code --data-dir D --port P [--https-port Q] --db-url U
 * [--db-user N] [--outcome-file F] -- <the Payara Micro command>}. With an outcome file (start --background) the start-up block and
 * any failure go there for the script to show, and the console (a log file then) never sees the generated password.
 */
record LaunchOptions(Path dataDir, int port, Optional<Integer> httpsPort, String databaseUrl, String databaseUser,
                     Optional<Path> outcomeFile, List<String> payaraCommand) {

    static LaunchOptions parse(String... args) {
        Map<String, String> options = new HashMap<>();
        List<String> command = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--")) {
                command.addAll(List.of(args).subList(i + 1, args.length));
                break;
            }
            if (!args[i].startsWith("--") || i + 1 == args.length) {
                throw new IllegalArgumentException("expected --option value pairs, then -- and the Payara command; "
                        + "got '" + args[i] + "'");
            }
            options.put(args[i].substring(2), args[++i]);
        }
        if (command.isEmpty()) {
            throw new IllegalArgumentException("no Payara Micro command after --");
        }
        return new LaunchOptions(Path.of(required(options, "data-dir")).toAbsolutePath(),
                Integer.parseInt(required(options, "port")),
                Optional.ofNullable(options.get("https-port")).filter(p -> !p.isEmpty()).map(Integer::valueOf),
                required(options, "db-url"), options.get("db-user"),
                Optional.ofNullable(options.get("outcome-file")).map(Path::of), List.copyOf(command));
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    Path fullLog() {
        return dataDir.resolve("logs").resolve("server-0.log");
    }
}
