package io.ohmvision.bench;

import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.ProbeResult;
import io.ohmvision.channels.ProbeTarget;
import io.ohmvision.channels.StreamUrl;
import io.ohmvision.channels.rtsp.RtspProbe;
import io.ohmvision.testing.RtspTestPeer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The light RTSP probe against ffprobe on the same Digest-protected stream of the same test peer, in one run.
 * CPU comes from /proc/self/stat: the JVM's own utime+stime for the probe, its reaped children's cutime+cstime for
 * ffprobe, so both sides are counted by the kernel the same way. Run through bench/rtsp-probe/run.sh.
 */
public final class RtspProbeBench {

    private static final String USER = "admin";
    private static final String PASSWORD = "bench:pa@ss";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** A health checker probes all day: the steady state after the JIT has settled is what it pays. */
    private static final int WARM_UP_PROBES = 10_000;
    /** USER_HZ on Linux; /proc reports CPU in these ticks. */
    private static final double TICKS_PER_SECOND = 100.0;

    private record Cost(String name, int runs, double wallMillis, double cpuMillis) {
        double wallPerRun() {
            return wallMillis / runs;
        }

        double cpuPerRun() {
            return cpuMillis / runs;
        }
    }

    private RtspProbeBench() {
    }

    public static void main(String[] args) throws Exception {
        int probes = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int ffprobes = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        try (RtspTestPeer peer = RtspTestPeer.start(USER, PASSWORD, 0)) {
            String url = peer.url("/main");
            ProbeTarget target = new ProbeTarget(url, USER, PASSWORD, TIMEOUT);
            RtspProbe probe = new RtspProbe();
            List<Cost> costs = new ArrayList<>();
            Cost cold = measureProbe("light probe, first runs of a fresh JVM", probe, target, probes);
            for (int i = 0; i < WARM_UP_PROBES; i++) {
                expectOk(probe.probe(target));
            }
            costs.add(measureProbe("light probe (OPTIONS+DESCRIBE, Digest)", probe, target, probes));
            costs.add(cold);
            String withCredentials = StreamUrl.withCredentials(url, USER, PASSWORD);
            costs.add(measureFfprobe("ffprobe (default analysis)", ffprobes,
                    List.of("ffprobe", "-v", "error", "-rtsp_transport", "tcp", "-show_streams", withCredentials)));
            costs.add(measureFfprobe("ffprobe (-analyzeduration 0 -probesize 32)", ffprobes,
                    List.of("ffprobe", "-v", "error", "-rtsp_transport", "tcp", "-analyzeduration", "0",
                            "-probesize", "32", "-show_streams", withCredentials)));
            print(costs);
        }
    }

    private static Cost measureProbe(String name, RtspProbe probe, ProbeTarget target, int runs) throws IOException {
        long cpuBefore = ownCpuTicks();
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            expectOk(probe.probe(target));
        }
        double wall = (System.nanoTime() - start) / 1e6;
        return new Cost(name, runs, wall, ticksToMillis(ownCpuTicks() - cpuBefore));
    }

    private static Cost measureFfprobe(String name, int runs, List<String> command) throws IOException, InterruptedException {
        long cpuBefore = childrenCpuTicks();
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            Process ffprobe = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(ffprobe.getInputStream().readAllBytes());
            if (ffprobe.waitFor() != 0 || !output.contains("width=640")) {
                // ffprobe's own output names the URL with its password: never print it
                throw new IllegalStateException(name + " failed with exit code " + ffprobe.exitValue());
            }
        }
        double wall = (System.nanoTime() - start) / 1e6;
        return new Cost(name, runs, wall, ticksToMillis(childrenCpuTicks() - cpuBefore));
    }

    private static void expectOk(ProbeResult result) {
        if (result.outcome() != Outcome.OK || result.media().width() != 640) {
            throw new IllegalStateException("probe failed: " + result.outcome() + " " + result.reason());
        }
    }

    private static void print(List<Cost> costs) {
        Cost light = costs.get(0);
        System.out.printf(Locale.ROOT, "%-44s %5s %14s %14s %10s %10s%n", "tool", "runs", "wall ms/run", "CPU ms/run",
                "wall x", "CPU x");
        System.out.println("(x = cost relative to the light probe after " + WARM_UP_PROBES + " warm-up probes)");
        for (Cost cost : costs) {
            System.out.printf(Locale.ROOT, "%-44s %5d %14.3f %14.3f %10.1f %10.1f%n", cost.name(), cost.runs(),
                    cost.wallPerRun(), cost.cpuPerRun(), cost.wallPerRun() / light.wallPerRun(),
                    cost.cpuPerRun() / light.cpuPerRun());
        }
    }

    /** utime + stime of this process. */
    private static long ownCpuTicks() throws IOException {
        String[] fields = statFields();
        return Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
    }

    /** cutime + cstime: CPU of children already waited for. */
    private static long childrenCpuTicks() throws IOException {
        String[] fields = statFields();
        return Long.parseLong(fields[15]) + Long.parseLong(fields[16]);
    }

    /** Fields of /proc/self/stat, numbered from 0; the command name in parentheses may contain spaces. */
    private static String[] statFields() throws IOException {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        String afterName = stat.substring(stat.lastIndexOf(')') + 2);
        String[] rest = afterName.split(" ");
        String[] fields = new String[rest.length + 2];
        System.arraycopy(rest, 0, fields, 2, rest.length);
        return fields;
    }

    private static double ticksToMillis(long ticks) {
        return ticks * 1000.0 / TICKS_PER_SECOND;
    }
}
