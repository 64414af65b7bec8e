package io.ohmvision.discovery.entity;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Port numbers stored as one comma-separated column: they are only ever read and written whole. */
final class PortList {

    private PortList() {
    }

    static String join(List<Integer> ports) {
        return ports.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    static List<Integer> split(String column) {
        return column.isEmpty() ? List.of() : Arrays.stream(column.split(",")).map(Integer::valueOf).toList();
    }
}
