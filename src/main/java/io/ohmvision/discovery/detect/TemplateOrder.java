package io.ohmvision.discovery.detect;

import io.ohmvision.catalog.control.Catalog;
import io.ohmvision.catalog.control.TemplateLearning;
import java.util.List;
import java.util.Optional;

/**
 * Orders a manufacturer's templates for a device, the proven ones first. {@link TemplateLearning#ranked} in the
 * server; the plain catalogue order where nothing has been learned (benchmarks, unit tests).
 */
@FunctionalInterface
public interface TemplateOrder {

    List<TemplateLearning.Ranked> rank(String manufacturerId, String model, String firmware,
            List<Catalog.OwnedTemplate> templates);

    /** Nothing learned: the catalogue's order. */
    static TemplateOrder catalogueOrder() {
        return (manufacturerId, model, firmware, templates) -> templates.stream()
                .map(owned -> new TemplateLearning.Ranked(owned, Optional.empty(), 0)).toList();
    }
}
