package io.ohmvision.discovery.boundary;

import io.ohmvision.discovery.entity.ScanHost;
import io.ohmvision.discovery.entity.ScanJob;
import io.ohmvision.discovery.scan.ScanProgress;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A scan job as shown: request, state, progress, and once it ended the hosts that answered. */
@Schema(name = "ScanJob")
public record ScanJobView(
        long id,
        @Schema(description = "running, completed, cancelled, failed or interrupted (its node stopped)") String state,
        List<String> cidrs,
        List<Integer> ports,
        String requestedBy,
        OffsetDateTime startedAt,
        OffsetDateTime updatedAt,
        OffsetDateTime finishedAt,
        @Schema(description = "0 to 100; 100 only when every address and port was tried") int percent,
        @Schema(description = "address and port pairs tried / to try") long connectsDone,
        long connectsTotal,
        @Schema(description = "addresses whose every port was tried / to try") long hostsDone,
        long hostsTotal,
        @Schema(description = "addresses that answered at all (an open port or a refusal)") long hostsAlive,
        long openPorts,
        String failure,
        @Schema(type = SchemaType.ARRAY, implementation = Host.class,
                description = "hosts that answered, filled when the scan ends") List<Host> hosts) {

    @Schema(name = "ScanHost")
    public record Host(
            String address,
            List<Integer> openPorts,
            @Schema(description = "ports that refused the connection: the host is alive even with none open")
            int closedPorts,
            @Schema(description = "from the neighbour table; only for hosts on a local link") String mac,
            @Schema(description = "the IEEE registry's holder of the MAC block") String organisation,
            @Schema(description = "the most likely manufacturer (catalogue id)") String manufacturer,
            @Schema(type = SchemaType.ARRAY, implementation = String.class,
                    description = "why: MAC block, Server header, realm... one line each") List<String> evidence) {

        static Host of(ScanHost host) {
            return new Host(host.getAddress(), host.getOpenPorts(), host.getClosedPorts(), host.getMac(),
                    host.getOrganisation(), host.getManufacturer(), host.getEvidence());
        }
    }

    public static ScanJobView of(ScanJob job, List<ScanHost> hosts) {
        ScanProgress p = job.progress();
        return new ScanJobView(job.getId(), job.getState().wireName(), job.getCidrs(), job.getPorts(),
                job.getRequestedBy(), job.getStartedAt(), job.getUpdatedAt(), job.getFinishedAt(), p.percent(),
                p.connectsDone(), p.connectsTotal(), p.hostsDone(), p.hostsTotal(), p.hostsAlive(), p.openPorts(),
                job.getFailure(), hosts.stream().map(Host::of).toList());
    }
}
