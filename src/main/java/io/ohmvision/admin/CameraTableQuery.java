package io.ohmvision.admin;

import io.ohmvision.cameras.control.CameraColumn;
import io.ohmvision.cameras.control.CameraFilter;
import io.ohmvision.cameras.control.CameraSort;
import io.ohmvision.cameras.entity.HealthLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

/**
 * The camera table's sort and filters, as PrimeFaces sends them (keyed by each column's {@code field}), turned into
 * the registry's filter and order. Unknown fields and blank values are left out rather than refused: they come from
 * the page, not from a person typing a URL.
 */
final class CameraTableQuery {

    /** The columns of cameras.xhtml by field. */
    static final Map<String, CameraColumn> COLUMNS = Map.of("name", CameraColumn.NAME,
            "address", CameraColumn.ADDRESS, "manufacturer", CameraColumn.MANUFACTURER,
            "connectionType", CameraColumn.CONNECTION_TYPE, "level", CameraColumn.LEVEL,
            "latencyMillis", CameraColumn.LATENCY, "uptime30d", CameraColumn.UPTIME,
            "lastCheckAt", CameraColumn.LAST_CHECK);

    private CameraTableQuery() {
    }

    /** The first active sort by priority (the table sorts by one column at a time); by name when there is none. */
    static CameraSort sort(Map<String, SortMeta> sortBy) {
        return sortBy.values().stream().filter(SortMeta::isActive).sorted()
                .filter(s -> COLUMNS.containsKey(s.getField())).findFirst()
                .map(s -> new CameraSort(COLUMNS.get(s.getField()), s.getOrder().isDescending()))
                .orElse(CameraSort.BY_NAME);
    }

    /** The level is chosen from a list and matches exactly; the text columns match a part, ignoring case. */
    static CameraFilter filter(Map<String, FilterMeta> filterBy) {
        Optional<HealthLevel> level = Optional.empty();
        List<CameraFilter.Contains> contains = new ArrayList<>();
        for (FilterMeta meta : filterBy.values()) {
            CameraColumn column = COLUMNS.get(meta.getField());
            String value = meta.getFilterValue() == null ? "" : meta.getFilterValue().toString().trim();
            if (column == null || value.isEmpty()) {
                continue;
            }
            if (column == CameraColumn.LEVEL) {
                level = HealthLevel.fromWireName(value);
            } else if (column.isText()) {
                contains.add(new CameraFilter.Contains(column, value));
            }
        }
        return new CameraFilter(Optional.empty(), Optional.empty(), level, Optional.empty(), contains);
    }
}
