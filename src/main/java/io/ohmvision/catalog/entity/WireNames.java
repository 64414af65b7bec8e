package io.ohmvision.catalog.entity;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Lookup of the catalogue's enums by the names the JSON files use for them. */
final class WireNames {

    private WireNames() {
    }

    static <E> Optional<E> find(E[] values, Function<E, String> wireName, String value) {
        return Arrays.stream(values).filter(v -> wireName.apply(v).equals(value)).findFirst();
    }

    /** For error messages: "main, sub, third, ...". */
    static <E> String list(E[] values, Function<E, String> wireName) {
        return Arrays.stream(values).map(wireName).collect(Collectors.joining(", "));
    }
}
