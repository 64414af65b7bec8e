package io.ohmvision.admin;

import io.ohmvision.catalog.boundary.ManufacturerViews;
import io.ohmvision.catalog.control.Catalog;
import io.ohmvision.catalog.control.SourceCitations;
import io.ohmvision.catalog.control.TemplateLearning;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.Collectors;

/** The catalogue: every manufacturer, and one manufacturer's templates, ports and logins with their sources. */
@Named
@RequestScoped
public class ManufacturersPage {

    @Inject
    Catalog catalog;

    @Inject
    SourceCitations citations;

    @Inject
    TemplateLearning learning;

    private String id;
    private ManufacturerViews.Detail detail;

    public List<ManufacturerViews.Summary> getManufacturers() {
        return catalog.all().stream().map(p -> ManufacturerViews.Summary.of(p, catalog)).toList();
    }

    /** The chosen manufacturer (view parameter ?id=), or null. */
    public ManufacturerViews.Detail getDetail() {
        if (detail == null && id != null) {
            detail = catalog.find(id).map(profile -> ManufacturerViews.Detail.of(profile,
                    learning.ranked(profile.id(), null, null, catalog.templatesOf(profile.id())), catalog, citations))
                    .orElse(null);
        }
        return detail;
    }

    /** "S11 Hikvision RTSP guide; S12 ..." */
    public String sources(List<ManufacturerViews.Source> sources) {
        return sources.stream().map(s -> s.title() == null ? s.id() : s.id() + " " + s.title())
                .collect(Collectors.joining("; "));
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
