package io.ohmvision.launcher;

import java.io.PrintStream;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Payara Micro's console output on its way to the operator. Records arrive in the launcher's format ({@code date
 * time LEVEL [logger] message}, see server-config/logging.properties). Shown: OhmVision's own records, the platform's
 * warnings and errors, and anything printed outside the logging; a record that spans several lines (an SQL statement,
 * a stack trace) as its first line and a count. The full log has everything. Reads what the launcher acts on:
 * Payara's end of start, the generated admin password (kept out of the log, for the start-up block) and the
 * deployment's failure with its cause.
 */
final class ServerOutput {

    /** Printed once by users.control.FirstAdministrator on the very first start. */
    static final String GENERATED_PASSWORD = "OhmVision: created the first user 'admin' with the generated password: ";
    /** Payara's message when the WAR does not deploy (NCLS-CORE-00026); it keeps running with nothing deployed. */
    static final String DEPLOYMENT_FAILED = "Exception while loading the app";
    private static final Pattern RECORD_START =
            Pattern.compile("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} ([A-Z]+) \\[([^\\]]*)\\]");
    private static final String APPLICATION_LOGGERS = "io.ohmvision.";
    /** "Payara Micro 6.x (build n) ready in N (ms)": booted, the deployment done or failed. */
    private static final String PAYARA_READY = " ready in ";
    /**
     * Payara reads the data source's ${MPCONFIG=...} values once at deployment, before the application's defaults are
     * visible, and warns for each (through an anonymous logger, which no level reaches); the reading that counts works.
     */
    private static final Pattern SPURIOUS_CONFIG_WARNING =
            Pattern.compile("MicroProfile Config: property 'ohmvision\\.[a-z.-]+': no value found");
    private static final int LONGEST_CAUSE = 400;

    private final PrintStream console;
    private final String fullLog;
    private String pending;
    private boolean pendingShown;
    private int continuations;
    private long lastLineNanos;
    private boolean payaraReady;
    private String generatedPassword;
    private String applicationError;
    private String deploymentFailure;

    ServerOutput(PrintStream console, String fullLog) {
        this.console = console;
        this.fullLog = fullLog;
    }

    synchronized void accept(String line) {
        lastLineNanos = System.nanoTime();
        if (line.startsWith(GENERATED_PASSWORD)) {
            generatedPassword = line.substring(GENERATED_PASSWORD.length()).strip().split("\\s+")[0];
            return;
        }
        Matcher record = RECORD_START.matcher(line);
        if (!record.find()) {
            if (pending != null) {
                continuations++;
            } else if (!line.isBlank()) {
                console.println(line); // printed by something outside the logging
            }
            return;
        }
        flush();
        pending = line;
        String level = record.group(1);
        String logger = record.group(2);
        boolean problem = level.equals("WARNING") || level.equals("SEVERE");
        pendingShown = logger.startsWith(APPLICATION_LOGGERS)
                || problem && !SPURIOUS_CONFIG_WARNING.matcher(line).find();
        payaraReady |= logger.equals("PayaraMicro") && line.contains(PAYARA_READY);
        if (applicationError == null && level.equals("SEVERE") && logger.startsWith(APPLICATION_LOGGERS)) {
            applicationError = message(line);
        }
        if (deploymentFailure == null && line.contains(DEPLOYMENT_FAILED)) {
            deploymentFailure = message(line);
        }
    }

    /** Shows the record held back for its continuation lines once nothing has come for a moment. */
    synchronized void flushIfIdle(long idleNanos) {
        if (pending != null && System.nanoTime() - lastLineNanos > idleNanos) {
            flush();
        }
    }

    synchronized void flush() {
        if (pending != null && pendingShown) {
            console.println(continuations == 0 ? pending : pending + "  [+" + continuations + " more line"
                    + (continuations == 1 ? "" : "s") + " in " + fullLog + "]");
            console.flush();
        }
        pending = null;
        continuations = 0;
    }

    /** Whether Payara Micro finished its start, whatever became of the deployment. */
    synchronized boolean payaraReady() {
        return payaraReady;
    }

    synchronized Optional<String> generatedPassword() {
        return Optional.ofNullable(generatedPassword);
    }

    /**
     * Why the application did not deploy, in one line: OhmVision's own error when it logged one (it names the cause
     * in words), else Payara's message.
     */
    synchronized Optional<String> deploymentFailure() {
        if (deploymentFailure == null) {
            return Optional.empty();
        }
        return Optional.of(applicationError != null ? applicationError : deploymentFailure);
    }

    /** The message of a record line: after the level and the logger. */
    private static String message(String line) {
        int loggerEnd = line.indexOf("] ");
        String message = loggerEnd < 0 ? line : line.substring(loggerEnd + 2);
        return message.length() <= LONGEST_CAUSE ? message : message.substring(0, LONGEST_CAUSE) + "...";
    }
}
