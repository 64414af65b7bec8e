package io.ohmvision.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows password guessing, before any password is hashed: failed sign-ins (HTTP Basic and the console's login page)
 * are counted per source address, per account and per pair of both. Past a number of free failures each further
 * one makes the next attempt wait, twice as long each time, up to a longest wait: never forever.
 *
 * <p>The real admin cannot be locked out by someone else: the per-account limit is looser and shorter than the
 * others, and an address that signed in to an account before (in the last 30 days) is held only to that pair's own
 * count, not to the address's or the account's. A success clears its address's and pair's counts. An IPv6 source is
 * its /64 (one host owns a whole /64). Each count is kept for a bounded number of addresses, accounts and pairs, so
 * rotating through names or addresses cannot grow memory; at most one log line per throttled address per
 * {@code forgetAfter}.
 */
@ApplicationScoped
public class SignInThrottle {

    private static final Logger LOG = Logger.getLogger(SignInThrottle.class.getName());
    private static final Duration TRUSTED_FOR = Duration.ofDays(30);
    /** Longer names belong to no account (users.boundary.UsersResource allows 100 characters). */
    private static final int LONGEST_ACCOUNT = 100;

    /** @param freeFailures failures in a row that cost nothing */
    public record Limit(int freeFailures, Duration longestWait) {
    }

    /**
     * @param firstWait   the wait after the first failure past the free ones, doubled by each further one
     * @param forgetAfter failures older than this are forgotten
     * @param tracked     most addresses, accounts, pairs (each) whose failures are counted
     */
    public record Settings(Limit perSource, Limit perAccount, Limit perPair, Duration firstWait, Duration forgetAfter,
            int tracked) {
    }

    private static final class Failures {
        int count;
        Instant waitUntil = Instant.MIN;
        Instant logged;
    }

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "ohmvision.login.throttle.source.free-failures", defaultValue = "10")
    int sourceFree;
    @Inject
    @ConfigProperty(name = "ohmvision.login.throttle.source.longest-wait", defaultValue = "PT15M")
    Duration sourceLongest;
    @Inject
    @ConfigProperty(name = "ohmvision.login.throttle.account.free-failures", defaultValue = "20")
    int accountFree;
    @Inject
    @ConfigProperty(name = "ohmvision.login.throttle.account.longest-wait", defaultValue = "PT1M")
    Duration accountLongest;
    @Inject
    @ConfigProperty(name = "ohmvision.login.throttle.pair.free-failures", defaultValue = "5")
    int pairFree;
    @Inject
    @ConfigProperty(name = "ohmvision.login.throttle.pair.longest-wait", defaultValue = "PT15M")
    Duration pairLongest;
    @Inject
    @ConfigProperty(name = "ohmvision.login.throttle.first-wait", defaultValue = "PT1S")
    Duration firstWait;
    @Inject
    @ConfigProperty(name = "ohmvision.login.throttle.forget-after", defaultValue = "PT1H")
    Duration forgetAfter;
    @Inject
    @ConfigProperty(name = "ohmvision.login.throttle.tracked", defaultValue = "10000")
    int tracked;

    private Settings settings;
    private ExpiringMap<String, Failures> sources;
    private ExpiringMap<String, Failures> accounts;
    private ExpiringMap<String, Failures> pairs;
    private ExpiringMap<String, Boolean> trusted;

    protected SignInThrottle() {
    }

    SignInThrottle(Settings settings, Clock clock) {
        this.clock = clock;
        start(settings);
    }

    @PostConstruct
    void init() {
        start(new Settings(new Limit(sourceFree, sourceLongest), new Limit(accountFree, accountLongest),
                new Limit(pairFree, pairLongest), firstWait, forgetAfter, tracked));
    }

    private void start(Settings chosen) {
        settings = chosen;
        sources = new ExpiringMap<>(chosen.tracked(), clock);
        accounts = new ExpiringMap<>(chosen.tracked(), clock);
        pairs = new ExpiringMap<>(chosen.tracked(), clock);
        trusted = new ExpiringMap<>(chosen.tracked(), clock);
    }

    /** How long this attempt must wait before it is even checked; empty: check it now. */
    public synchronized Optional<Duration> waitBefore(String address, String account) {
        String source = sourceOf(address);
        String pair = pairOf(source, account);
        Instant until = waitUntil(pairs, pair);
        if (trusted.get(pair).isEmpty()) {
            until = later(until, later(waitUntil(sources, source), waitUntil(accounts, accountOf(account))));
        }
        Instant now = clock.instant();
        return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    public synchronized void failed(String address, String account) {
        String source = sourceOf(address);
        Failures fromSource = count(sources, source, settings.perSource());
        count(accounts, accountOf(account), settings.perAccount());
        count(pairs, pairOf(source, account), settings.perPair());
        Instant now = clock.instant();
        if (fromSource.waitUntil.isAfter(now)
                && (fromSource.logged == null || !now.isBefore(fromSource.logged.plus(settings.forgetAfter())))) {
            fromSource.logged = now;
            LOG.warning(() -> "Sign-ins from " + source + " throttled after " + fromSource.count
                    + " failures in a row: the next attempt waits " + Duration.between(now, fromSource.waitUntil)
                    .toSeconds() + " s (logged at most once per " + settings.forgetAfter() + " per address)");
        }
    }

    public synchronized void succeeded(String address, String account) {
        String source = sourceOf(address);
        String pair = pairOf(source, account);
        sources.remove(source);
        pairs.remove(pair);
        trusted.put(pair, Boolean.TRUE, clock.instant().plus(TRUSTED_FOR));
    }

    private Failures count(ExpiringMap<String, Failures> counts, String key, Limit limit) {
        Instant now = clock.instant();
        Failures failures = counts.get(key).orElseGet(Failures::new);
        failures.count++;
        Duration wait = waitAfter(failures.count, limit);
        failures.waitUntil = now.plus(wait);
        counts.put(key, failures, now.plus(wait.compareTo(settings.forgetAfter()) > 0 ? wait : settings.forgetAfter()));
        return failures;
    }

    /** Nothing for the free failures, then the first wait doubled per further failure, up to the limit's longest. */
    Duration waitAfter(int failures, Limit limit) {
        int beyond = failures - limit.freeFailures();
        if (beyond <= 0) {
            return Duration.ZERO;
        }
        Duration wait = settings.firstWait().multipliedBy(1L << Math.min(beyond - 1, 30));
        return wait.compareTo(limit.longestWait()) > 0 ? limit.longestWait() : wait;
    }

    private static Instant waitUntil(ExpiringMap<String, Failures> counts, String key) {
        return counts.get(key).map(f -> f.waitUntil).orElse(Instant.MIN);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static String accountOf(String account) {
        return account == null || account.length() > LONGEST_ACCOUNT ? "" : account;
    }

    private static String pairOf(String source, String account) {
        return source + "\n" + accountOf(account);
    }

    /** The address, or for IPv6 its /64. Only literals come from the container: nothing is looked up. */
    static String sourceOf(String address) {
        if (address == null || !address.contains(":")) {
            return String.valueOf(address);
        }
        try {
            InetAddress parsed = InetAddress.getByName(address);
            byte[] bytes = parsed.getAddress();
            if (bytes.length != 16) {
                return parsed.getHostAddress(); // ::ffff:192.0.2.1 is IPv4
            }
            Arrays.fill(bytes, 8, 16, (byte) 0);
            return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
