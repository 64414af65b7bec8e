package io.ohmvision.discovery.entity;

import io.ohmvision.catalog.entity.Evidence;
import io.ohmvision.catalog.entity.Recognition;
import io.ohmvision.discovery.scan.ScannedHost;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A host a scan found. The manufacturer is the strongest guess; the evidence is kept as the lines a person reads
 * (what was seen, what it matched), one per line, because nothing computes on it later.
 */
@Entity
@Table(name = "scan_hosts")
@NamedQuery(name = ScanHost.OF_JOB, query = "select h from ScanHost h where h.jobId = :job order by h.id")
public class ScanHost {

    public static final String OF_JOB = "ScanHost.ofJob";
    private static final int MAX_EVIDENCE = 4000;

    @Id
    @SequenceGenerator(name = "scan_hosts_seq", sequenceName = "scan_hosts_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scan_hosts_seq")
    private Long id;
    @Column(name = "job_id", nullable = false)
    private long jobId;
    @Column(nullable = false, length = 45)
    private String address;
    @Column(name = "open_ports", nullable = false, length = 1000)
    private String openPorts;
    @Column(name = "closed_ports", nullable = false)
    private int closedPorts;
    @Column(length = 17)
    private String mac;
    private String organisation;
    @Column(length = 100)
    private String manufacturer;
    @Column(length = MAX_EVIDENCE)
    private String evidence;

    protected ScanHost() {
    }

    public ScanHost(long jobId, ScannedHost host) {
        this.jobId = jobId;
        this.address = host.address();
        this.openPorts = PortList.join(host.openPorts());
        this.closedPorts = host.closedPorts();
        this.mac = host.mac();
        this.organisation = host.organisation() == null || host.organisation().length() <= 255
                ? host.organisation() : host.organisation().substring(0, 255);
        this.manufacturer = host.vendors().isEmpty() ? null : host.vendors().get(0).manufacturerId();
        String lines = host.vendors().stream().flatMap(ScanHost::describe).collect(Collectors.joining("\n"));
        this.evidence = lines.isEmpty() ? null : lines.substring(0, Math.min(lines.length(), MAX_EVIDENCE));
    }

    private static Stream<String> describe(Recognition recognition) {
        return recognition.evidence().stream().map(e -> line(recognition.manufacturerId(), e));
    }

    private static String line(String manufacturerId, Evidence e) {
        return manufacturerId + ": " + e.kind() + " '" + e.observed() + "' matches " + e.rule()
                + (e.verified() ? "" : " (unverified)");
    }

    public String getAddress() {
        return address;
    }

    public List<Integer> getOpenPorts() {
        return PortList.split(openPorts);
    }

    public int getClosedPorts() {
        return closedPorts;
    }

    public String getMac() {
        return mac;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getManufacturer() {
        return manufacturer;
    }

    public List<String> getEvidence() {
        return evidence == null ? List.of() : List.of(evidence.split("\n"));
    }
}
