package io.ohmvision.admin;

import io.ohmvision.cameras.control.CameraListing;
import io.ohmvision.health.control.CameraState;
import io.ohmvision.health.control.HealthQueries;
import io.ohmvision.health.entity.Causes;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The cameras table one page at a time: the database pages, sorts and filters, so a fleet of 10,000 cameras costs
 * a page of rows per request, not the whole fleet.
 */
public class CameraTable extends LazyDataModel<CameraTable.CameraRow> {

    private static final long serialVersionUID = 1L;

    private final CameraListing listing;
    private final HealthQueries queries;

    /** One line of the table. */
    public record CameraRow(long id, String name, String address, String manufacturer, String connectionType,
            String level, String causeText, Long latencyMillis, Double uptime30d, Instant lastCheckAt,
            boolean enabled) implements Serializable {

        static CameraRow of(CameraState s) {
            var camera = s.camera();
            return new CameraRow(camera.getId(), camera.getName(), camera.getIpAddress() == null ? null
                    : camera.getIpAddress() + (camera.getPort() == null ? "" : ":" + camera.getPort()),
                    camera.getManufacturer(),
                    camera.getConnectionType() == null ? null : camera.getConnectionType().wireName(),
                    s.state().level().wireName(), Causes.describe(s.state().cause()), s.state().lastLatencyMillis(),
                    camera.getUptimePercentage(), s.state().lastCheckAt(), camera.isEnabled());
        }
    }

    CameraTable(CameraListing listing, HealthQueries queries) {
        this.listing = listing;
        this.queries = queries;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(listing.count(CameraTableQuery.filter(filterBy)));
    }

    @Override
    public List<CameraRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
        return queries.states(listing.details(CameraTableQuery.filter(filterBy), CameraTableQuery.sort(sortBy), first,
                pageSize)).stream().map(CameraRow::of).toList();
    }

    @Override
    public String getRowKey(CameraRow row) {
        return String.valueOf(row.id());
    }
}
