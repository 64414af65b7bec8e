package io.ohmvision.catalog.boundary;

import io.ohmvision.catalog.control.Catalog;
import io.ohmvision.catalog.control.SourceCitations;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Loads and validates the catalogue while the application starts: a malformed profile stops the deployment with a
 * message naming the file and the field, instead of failing at the first request that needs it.
 */
@Startup
@Singleton
public class CatalogStartupCheck {

    private static final Logger LOG = Logger.getLogger(CatalogStartupCheck.class.getName());

    @Inject
    Catalog catalog;

    @Inject
    SourceCitations citations;

    @PostConstruct
    void validate() {
        catalog.all().forEach(profile -> profile.templates().forEach(template -> template.sources().forEach(id -> {
            if (citations.title(id).isEmpty()) {
                throw new IllegalStateException("catalog/manufacturers/" + profile.id() + ".json cites " + id
                        + ", which catalog/sources.json does not list");
            }
        })));
        LOG.info(() -> "Manufacturer catalogue: " + catalog.all().size() + " profiles, " + citations.size()
                + " sources");
    }
}
