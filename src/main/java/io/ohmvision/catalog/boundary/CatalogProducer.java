package io.ohmvision.catalog.boundary;

import io.ohmvision.catalog.control.AliasMatcher;
import io.ohmvision.catalog.control.Catalog;
import io.ohmvision.catalog.control.CatalogLoader;
import io.ohmvision.catalog.control.FingerprintMatcher;
import io.ohmvision.catalog.control.PathTemplateMatcher;
import io.ohmvision.catalog.control.MacVendorLookup;
import io.ohmvision.catalog.control.OuiRegistry;
import io.ohmvision.catalog.control.SourceCitations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes the plain-Java catalogue available for injection. The products are immutable and thread-safe, so they are
 * plain singletons (no proxy: the classes are final).
 */
@ApplicationScoped
public class CatalogProducer {

    @Produces
    @Singleton
    Catalog catalog() {
        return CatalogLoader.loadDefault();
    }

    @Produces
    @Singleton
    SourceCitations sourceCitations() {
        return SourceCitations.load(CatalogProducer.class.getClassLoader());
    }

    @Produces
    @Singleton
    PathTemplateMatcher pathTemplateMatcher(Catalog catalog) {
        return new PathTemplateMatcher(catalog);
    }

    @Produces
    @Singleton
    FingerprintMatcher fingerprintMatcher(Catalog catalog) {
        return new FingerprintMatcher(catalog);
    }

    /** The IEEE registry: the configured directory (Debian's ieee-data, fresher) or the copy bundled at build. */
    @Produces
    @Singleton
    MacVendorLookup macVendorLookup(Catalog catalog,
            @ConfigProperty(name = "ohmvision.ieee-data.dir", defaultValue = "/usr/share/ieee-data") String dir) {
        OuiRegistry registry = OuiRegistry.loadDirectoryOrBundled(Path.of(dir), CatalogProducer.class.getClassLoader());
        return new MacVendorLookup(registry, new AliasMatcher(catalog));
    }
}
