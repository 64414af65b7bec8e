package io.ohmvision.discovery.scan;

import io.ohmvision.discovery.entity.ScanHost;
import io.ohmvision.discovery.entity.ScanJob;
import io.ohmvision.discovery.entity.ScanState;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Scan jobs in the database, one transaction per call. The database, not a node's memory, holds the state, so every
 * node can report on a scan, cancel it, and see that a scan whose node died stopped making progress.
 */
@Stateless
public class ScanJobStore {

    /** A running scan writes progress every second; this much silence means its node is gone. */
    static final Duration SILENCE_MEANS_STOPPED = Duration.ofSeconds(30);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public ScanJob create(List<Cidr> ranges, List<Integer> ports, String requestedBy) {
        ScanJob job = new ScanJob(ranges.stream().map(Cidr::toString).toList(), ports, requestedBy, clock.instant());
        em.persist(job);
        em.flush();
        return job;
    }

    /** @return whether the job should go on: false once it was cancelled (possibly from another node) */
    public boolean progress(long id, ScanProgress progress) {
        ScanJob job = em.find(ScanJob.class, id);
        if (job == null) {
            return false;
        }
        job.record(progress, clock.instant());
        return job.getState() == ScanState.RUNNING;
    }

    public void finish(long id, ScanState end, ScanProgress progress, List<ScannedHost> hosts, String failure) {
        ScanJob job = em.find(ScanJob.class, id);
        if (job == null) {
            return;
        }
        job.record(progress, clock.instant());
        hosts.forEach(host -> em.persist(new ScanHost(id, host)));
        // a cancel that arrived while the last connects ran still wins: the user asked for it
        job.finish(job.getState() == ScanState.CANCELLED ? ScanState.CANCELLED : end, failure, clock.instant());
    }

    /**
     * Marks a running job cancelled; its node stops at its next progress write. A job that already ended is left as
     * it is. Empty when there is no such job. (Problems are for the caller to raise: thrown from an EJB they would
     * arrive wrapped as system exceptions.)
     */
    public Optional<ScanJob> cancel(long id) {
        return find(id).map(job -> {
            if (!job.getState().isFinished()) {
                job.finish(ScanState.CANCELLED, "cancelled on request", clock.instant());
            }
            return job;
        });
    }

    public Optional<ScanJob> find(long id) {
        return Optional.ofNullable(em.find(ScanJob.class, id)).map(this::noticeStopped);
    }

    public Optional<ScanJob> latest() {
        return em.createNamedQuery(ScanJob.LATEST, ScanJob.class).setMaxResults(1).getResultStream().findFirst()
                .map(this::noticeStopped);
    }

    public List<ScanHost> hostsOf(long id) {
        return em.createNamedQuery(ScanHost.OF_JOB, ScanHost.class).setParameter("job", id).getResultList();
    }

    private ScanJob noticeStopped(ScanJob job) {
        Instant now = clock.instant();
        if (job.getState() == ScanState.RUNNING
                && job.getUpdatedAt().toInstant().plus(SILENCE_MEANS_STOPPED).isBefore(now)) {
            job.finish(ScanState.INTERRUPTED, "no progress for " + SILENCE_MEANS_STOPPED.toSeconds()
                    + " s: the node running it stopped", now);
        }
        return job;
    }
}
