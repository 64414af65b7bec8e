package io.ohmvision.discovery.entity;

import io.ohmvision.discovery.scan.ScanProgress;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** One network scan as requested, with its state and its latest progress. */
@Entity
@Table(name = "scan_jobs")
@NamedQuery(name = ScanJob.LATEST, query = "select j from ScanJob j order by j.startedAt desc, j.id desc")
@NamedQuery(name = ScanJob.LEFT_RUNNING, query = "select j from ScanJob j where j.state = :running")
public class ScanJob {

    public static final String LATEST = "ScanJob.latest";
    public static final String LEFT_RUNNING = "ScanJob.leftRunning";
    private static final int MAX_FAILURE = 1024;

    @Id
    @SequenceGenerator(name = "scan_jobs_seq", sequenceName = "scan_jobs_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scan_jobs_seq")
    private Long id;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ScanState state;
    @Column(nullable = false, length = 2000)
    private String cidrs;
    @Column(nullable = false, length = 1000)
    private String ports;
    @Column(name = "requested_by")
    private String requestedBy;
    @Column(name = "started_at", nullable = false)
    private OffsetDateTime startedAt;
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;
    @Column(name = "finished_at")
    private OffsetDateTime finishedAt;
    @Column(name = "connects_done", nullable = false)
    private long connectsDone;
    @Column(name = "connects_total", nullable = false)
    private long connectsTotal;
    @Column(name = "hosts_done", nullable = false)
    private long hostsDone;
    @Column(name = "hosts_total", nullable = false)
    private long hostsTotal;
    @Column(name = "hosts_alive", nullable = false)
    private long hostsAlive;
    @Column(name = "open_ports", nullable = false)
    private long openPorts;
    @Column(length = MAX_FAILURE)
    private String failure;

    protected ScanJob() {
    }

    public ScanJob(List<String> cidrs, List<Integer> ports, String requestedBy, Instant now) {
        this.state = ScanState.RUNNING;
        this.cidrs = String.join(",", cidrs);
        this.ports = PortList.join(ports);
        this.requestedBy = requestedBy;
        this.startedAt = now.atOffset(ZoneOffset.UTC);
        this.updatedAt = startedAt;
    }

    public void record(ScanProgress progress, Instant now) {
        connectsDone = progress.connectsDone();
        connectsTotal = progress.connectsTotal();
        hostsDone = progress.hostsDone();
        hostsTotal = progress.hostsTotal();
        hostsAlive = progress.hostsAlive();
        openPorts = progress.openPorts();
        updatedAt = now.atOffset(ZoneOffset.UTC);
    }

    public void finish(ScanState end, String failure, Instant now) {
        this.state = end;
        this.failure = failure == null || failure.length() <= MAX_FAILURE ? failure : failure.substring(0, MAX_FAILURE);
        this.finishedAt = now.atOffset(ZoneOffset.UTC);
        this.updatedAt = finishedAt;
    }

    public ScanProgress progress() {
        return new ScanProgress(connectsDone, connectsTotal, hostsDone, hostsTotal, hostsAlive, openPorts);
    }

    public Long getId() {
        return id;
    }

    public ScanState getState() {
        return state;
    }

    public List<String> getCidrs() {
        return List.of(cidrs.split(","));
    }

    public List<Integer> getPorts() {
        return PortList.split(ports);
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public OffsetDateTime getStartedAt() {
        return startedAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public OffsetDateTime getFinishedAt() {
        return finishedAt;
    }

    public String getFailure() {
        return failure;
    }
}
