package io.ohmvision.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.cameras.control.CameraColumn;
import io.ohmvision.cameras.control.CameraFilter;
import io.ohmvision.cameras.control.CameraSort;
import io.ohmvision.cameras.entity.HealthLevel;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.MatchMode;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

class CameraTableQueryTest {

    private static SortMeta sort(String field, SortOrder order) {
        return SortMeta.builder().field(field).order(order).build();
    }

    private static FilterMeta filter(String field, Object value) {
        return FilterMeta.builder().field(field).filterValue(value).matchMode(MatchMode.CONTAINS).build();
    }

    @Test
    void everySortableColumnOfThePageSortsInTheDatabase() {
        assertThat(CameraTableQuery.COLUMNS.values()).containsExactlyInAnyOrder(CameraColumn.values());
        assertThat(CameraTableQuery.sort(Map.of("c", sort("uptime30d", SortOrder.DESCENDING))))
                .isEqualTo(new CameraSort(CameraColumn.UPTIME, true));
        assertThat(CameraTableQuery.sort(Map.of("c", sort("lastCheckAt", SortOrder.ASCENDING))))
                .isEqualTo(new CameraSort(CameraColumn.LAST_CHECK, false));
        assertThat(CameraTableQuery.sort(Map.of("c", sort("latencyMillis", SortOrder.ASCENDING))))
                .isEqualTo(new CameraSort(CameraColumn.LATENCY, false));
    }

    @Test
    void withoutAnActiveSortTheTableIsByName() {
        assertThat(CameraTableQuery.sort(Map.of())).isEqualTo(CameraSort.BY_NAME);
        assertThat(CameraTableQuery.sort(Map.of("c", sort("latencyMillis", SortOrder.UNSORTED))))
                .isEqualTo(CameraSort.BY_NAME);
        assertThat(CameraTableQuery.sort(Map.of("c", sort("thumbnail", SortOrder.ASCENDING))))
                .isEqualTo(CameraSort.BY_NAME);
    }

    @Test
    void theActiveSortWithTheHighestPriorityWins() {
        Map<String, SortMeta> sorts = new LinkedHashMap<>();
        sorts.put("a", sort("name", SortOrder.UNSORTED));
        sorts.put("b", SortMeta.builder().field("address").order(SortOrder.DESCENDING).priority(2).build());
        sorts.put("c", SortMeta.builder().field("level").order(SortOrder.ASCENDING).priority(1).build());
        assertThat(CameraTableQuery.sort(sorts)).isEqualTo(new CameraSort(CameraColumn.LEVEL, false));
    }

    @Test
    void textColumnsSearchAPartAndTheLevelMatchesExactly() {
        Map<String, FilterMeta> filters = new LinkedHashMap<>();
        filters.put("a", filter("name", " Gate "));
        filters.put("b", filter("address", "10.0.0.5:55"));
        filters.put("c", filter("manufacturer", "hik"));
        filters.put("d", filter("connectionType", "http"));
        filters.put("e", filter("level", "offline"));
        CameraFilter filter = CameraTableQuery.filter(filters);
        assertThat(filter.health()).contains(HealthLevel.OFFLINE);
        assertThat(filter.contains()).containsExactly(new CameraFilter.Contains(CameraColumn.NAME, "Gate"),
                new CameraFilter.Contains(CameraColumn.ADDRESS, "10.0.0.5:55"),
                new CameraFilter.Contains(CameraColumn.MANUFACTURER, "hik"),
                new CameraFilter.Contains(CameraColumn.CONNECTION_TYPE, "http"));
        assertThat(filter.manufacturer()).isEmpty();
        assertThat(filter.connectionType()).isEmpty();
        assertThat(filter.enabled()).isEmpty();
    }

    @Test
    void blankValuesAndUnknownFieldsOrLevelsDoNotFilter() {
        Map<String, FilterMeta> filters = new LinkedHashMap<>();
        filters.put("a", filter("name", "  "));
        filters.put("b", filter("level", null));
        filters.put("c", filter("thumbnail", "x"));
        assertThat(CameraTableQuery.filter(filters)).isEqualTo(CameraFilter.none());
        assertThat(CameraTableQuery.filter(Map.of("l", filter("level", "purple"))).health())
                .isEqualTo(Optional.empty());
    }
}
