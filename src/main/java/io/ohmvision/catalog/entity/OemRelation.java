package io.ohmvision.catalog.entity;

import java.util.List;

/**
 * "This brand sells devices made by {@code manufacturerId}": the brand inherits that maker's templates
 * (Amcrest uses Dahua paths, Annke uses Hikvision paths).
 */
public record OemRelation(String manufacturerId, List<String> sources, boolean verified, String note) {
    public OemRelation {
        sources = List.copyOf(sources);
    }
}
