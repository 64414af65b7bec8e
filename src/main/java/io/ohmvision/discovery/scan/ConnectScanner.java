package io.ohmvision.discovery.scan;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * A TCP connect scan (what {@code nmap -sT} does, without raw sockets or privileges): non-blocking connects on one
 * thread and one selector, a bounded number in flight, each given up after the connect timeout. An accepted
 * connection is an open port; a refusal (RST) a closed port on a live host; silence or an ICMP error tells nothing.
 */
public final class ConnectScanner {

    /** Longest sleep in the selector, so that a cancel request is seen quickly even when nothing happens. */
    private static final long MAX_WAIT_MILLIS = 100;

    private final ScanSettings settings;

    public ConnectScanner(ScanSettings settings) {
        this.settings = settings;
    }

    /** One connect in flight. */
    private static final class Attempt {
        final int host;
        final int port;
        final long deadline;
        final SocketChannel channel;
        boolean finished;

        Attempt(int host, int port, long deadline, SocketChannel channel) {
            this.host = host;
            this.port = port;
            this.deadline = deadline;
            this.channel = channel;
        }
    }

    /** What one host said so far. */
    private static final class Tally {
        final TreeSet<Integer> open = new TreeSet<>();
        int closed;
        int remaining;

        Tally(int ports) {
            remaining = ports;
        }

        boolean answered() {
            return closed > 0 || !open.isEmpty();
        }
    }

    /**
     * Scans every host address of the ranges (each once, in order) on every port; returns the hosts that answered,
     * in address order. A cancelled run returns what was found until then.
     */
    public List<HostReply> scan(List<Cidr> ranges, List<Integer> ports, ScanRun run) throws IOException {
        int[] hosts = ranges.stream().flatMapToInt(Cidr::hosts).distinct().toArray();
        run.started(hosts.length, ports.size());
        try (Selector selector = Selector.open()) {
            Pass pass = new Pass(selector, hosts, ports, run);
            try {
                pass.runToEnd();
            } finally {
                pass.abandonInFlight();
            }
            return pass.replies();
        }
    }

    private enum Answer { OPEN, CLOSED, NONE }

    /** The state of one scan call. */
    private final class Pass {
        private final Selector selector;
        private final int[] hosts;
        private final List<Integer> ports;
        private final ScanRun run;
        private final Tally[] tallies;
        private final long total;
        /** Every connect gets the same timeout, so starting order is deadline order. */
        private final ArrayDeque<Attempt> byDeadline = new ArrayDeque<>();
        private int active;
        private long next;
        private int hostsBegun;
        private long startedAt;

        Pass(Selector selector, int[] hosts, List<Integer> ports, ScanRun run) {
            this.selector = selector;
            this.hosts = hosts;
            this.ports = ports;
            this.run = run;
            this.tallies = IntStream.range(0, hosts.length).mapToObj(i -> new Tally(ports.size()))
                    .toArray(Tally[]::new);
            this.total = (long) hosts.length * ports.size();
        }

        void runToEnd() throws IOException {
            long timeout = settings.connectTimeout().toNanos();
            startedAt = System.nanoTime();
            while (!run.isCancelled() && (next < total || active > 0)) {
                for (; next < total && active < settings.concurrency(); next++) {
                    boolean newHost = next % ports.size() == 0;
                    if (newHost && hostsBegun >= hostsAllowed()) {
                        break;
                    }
                    if (newHost) {
                        hostsBegun++;
                    }
                    int host = (int) (next / ports.size());
                    start(host, ports.get((int) (next % ports.size())), System.nanoTime() + timeout);
                }
                selector.select(waitMillis());
                for (Iterator<SelectionKey> keys = selector.selectedKeys().iterator(); keys.hasNext(); ) {
                    Attempt attempt = (Attempt) keys.next().attachment();
                    keys.remove();
                    finish(attempt);
                }
                expire();
                run.tick();
            }
        }

        private void start(int host, int port, long deadline) throws IOException {
            SocketChannel channel = SocketChannel.open();
            Attempt attempt = new Attempt(host, port, deadline, channel);
            try {
                channel.configureBlocking(false);
                int address = hosts[host];
                InetAddress target = InetAddress.getByAddress(new byte[] {
                        (byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8), (byte) address});
                if (channel.connect(new InetSocketAddress(target, port))) {
                    record(attempt, Answer.OPEN);
                } else {
                    channel.register(selector, SelectionKey.OP_CONNECT, attempt);
                    byDeadline.add(attempt);
                    active++;
                }
            } catch (ConnectException refused) {
                record(attempt, Answer.CLOSED);
            } catch (IOException unreachable) {
                // broadcast address, no route, ...: nothing learnt about the host
                record(attempt, Answer.NONE);
            }
        }

        private void finish(Attempt attempt) {
            active--;
            try {
                record(attempt, attempt.channel.finishConnect() ? Answer.OPEN : Answer.NONE);
            } catch (ConnectException refused) {
                record(attempt, Answer.CLOSED);
            } catch (IOException unreachable) {
                record(attempt, Answer.NONE);
            }
        }

        private void expire() {
            long now = System.nanoTime();
            while (!byDeadline.isEmpty() && (byDeadline.peek().finished || byDeadline.peek().deadline - now <= 0)) {
                Attempt attempt = byDeadline.poll();
                if (!attempt.finished) {
                    active--;
                    record(attempt, Answer.NONE);
                }
            }
        }

        private void record(Attempt attempt, Answer answer) {
            attempt.finished = true;
            close(attempt.channel);
            Tally tally = tallies[attempt.host];
            boolean firstAnswer = !tally.answered() && answer != Answer.NONE;
            if (answer == Answer.OPEN) {
                tally.open.add(attempt.port);
                run.portOpen();
            } else if (answer == Answer.CLOSED) {
                tally.closed++;
            }
            if (firstAnswer) {
                run.hostAnswered();
            }
            run.connectDone();
            if (--tally.remaining == 0) {
                run.hostDone();
            }
        }

        /** Hosts that may have begun by now: one second's worth at once, then at the configured pace. */
        private long hostsAllowed() {
            long elapsed = System.nanoTime() - startedAt;
            return settings.hostsPerSecond() + elapsed * settings.hostsPerSecond() / TimeUnit.SECONDS.toNanos(1);
        }

        /** Until the first deadline or the next host the pace admits, whichever comes first. */
        private long waitMillis() {
            long wait = MAX_WAIT_MILLIS;
            if (!byDeadline.isEmpty()) {
                wait = TimeUnit.NANOSECONDS.toMillis(byDeadline.peek().deadline - System.nanoTime()) + 1;
            }
            if (next < total && active < settings.concurrency()) {
                wait = Math.min(wait, 1000 / settings.hostsPerSecond() + 1);
            }
            return Math.max(1, Math.min(MAX_WAIT_MILLIS, wait));
        }

        void abandonInFlight() {
            byDeadline.forEach(a -> close(a.channel));
        }

        List<HostReply> replies() {
            List<HostReply> replies = new ArrayList<>();
            for (int i = 0; i < hosts.length; i++) {
                if (tallies[i].answered()) {
                    replies.add(new HostReply(Cidr.format(hosts[i]), List.copyOf(tallies[i].open), tallies[i].closed));
                }
            }
            return replies;
        }
    }

    /** An open connection is reset rather than closed gracefully: the device frees it at once, as after nmap -sT. */
    private static void close(SocketChannel channel) {
        try {
            if (channel.isConnected()) {
                channel.setOption(StandardSocketOptions.SO_LINGER, 0);
            }
            channel.close();
        } catch (IOException ignored) {
            // closing a scan socket cannot fail in a way that matters to the result
        }
    }
}
