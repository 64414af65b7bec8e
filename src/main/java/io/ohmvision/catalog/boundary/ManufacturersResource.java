package io.ohmvision.catalog.boundary;

import io.ohmvision.catalog.control.Catalog;
import io.ohmvision.catalog.control.SourceCitations;
import io.ohmvision.catalog.control.TemplateLearning;
import io.ohmvision.catalog.entity.ManufacturerProfile;
import io.ohmvision.platform.EditDistance;
import io.ohmvision.platform.OhmVisionApi;
import io.ohmvision.platform.ProblemException;
import io.ohmvision.platform.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The manufacturer catalogue (seed paths under /api/discovery). */
@Path("discovery")
@Tag(name = "catalogue", description = "Manufacturer profiles, URL templates and their provenance")
@Produces(MediaType.APPLICATION_JSON)
public class ManufacturersResource {

    private static final int MAX_SUGGESTIONS = 3;

    @Inject
    Catalog catalog;

    @Inject
    SourceCitations citations;

    @Inject
    TemplateLearning learning;

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.OPERATOR, Roles.ADMIN})
    @Path("manufacturers")
    @Operation(operationId = "listManufacturers", summary = "List the manufacturers of the catalogue",
            description = "With the number of URL templates per connection type, default ports and capabilities")
    @APIResponse(responseCode = "200", description = "Every manufacturer of the catalogue",
            content = @Content(schema = @Schema(implementation = ManufacturerViews.Summary[].class)))
    @APIResponse(responseCode = "401", ref = OhmVisionApi.UNAUTHORIZED)
    public List<ManufacturerViews.Summary> manufacturers() {
        return catalog.all().stream().map(p -> ManufacturerViews.Summary.of(p, catalog)).toList();
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.OPERATOR, Roles.ADMIN})
    @Path("stream-templates/{manufacturer}")
    @Operation(operationId = "getStreamTemplates",
            summary = "A manufacturer's URL templates, ports, default credentials and capabilities",
            description = "Every template names its sources and whether it is verified; OEM brands include the "
                    + "templates of the maker they sell (marked inheritedFrom). Templates confirmed to work for "
                    + "cameras of the given model (and firmware) come first, with what was learned.")
    @APIResponse(responseCode = "200", description = "The manufacturer's templates, ports, default credentials and capabilities",
            content = @Content(schema = @Schema(ref = "StreamTemplates")))
    @APIResponse(responseCode = "401", ref = OhmVisionApi.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = OhmVisionApi.NOT_FOUND)
    public ManufacturerViews.Detail streamTemplates(@PathParam("manufacturer") String manufacturer,
            @Parameter(description = "Rank the templates learned for this model first", example = "DS-2CD2143G2-I")
            @QueryParam("model") String model,
            @Parameter(description = "... and this firmware", example = "V5.7.3") @QueryParam("firmware") String firmware) {
        String wanted = manufacturer.trim().toLowerCase(Locale.ROOT);
        ManufacturerProfile profile = catalog.find(wanted)
                .or(() -> catalog.all().stream().filter(p -> p.displayName().equalsIgnoreCase(wanted)).findFirst())
                .orElseThrow(() -> ProblemException.notFound(unknown(manufacturer)));
        return ManufacturerViews.Detail.of(profile,
                learning.ranked(profile.id(), model, firmware, catalog.templatesOf(profile.id())), catalog, citations);
    }

    private String unknown(String manufacturer) {
        List<String> close = closeMatches(manufacturer.toLowerCase(Locale.ROOT));
        return "No manufacturer '" + manufacturer + "' in the catalogue"
                + (close.isEmpty() ? "; GET /api/discovery/manufacturers lists them"
                : "; did you mean " + String.join(", ", close) + "?");
    }

    private record Suggestion(String id, int distance, boolean contains) {
    }

    /** Ids whose id or display name is within a few edits of the request, or contains it. */
    private List<String> closeMatches(String wanted) {
        int tolerance = Math.max(2, wanted.length() / 3);
        return catalog.all().stream()
                .map(p -> new Suggestion(p.id(),
                        Math.min(EditDistance.between(wanted, p.id()),
                                EditDistance.between(wanted, p.displayName().toLowerCase(Locale.ROOT))),
                        !wanted.isBlank() && (p.id().contains(wanted) || wanted.contains(p.id()))))
                .filter(s -> s.contains() || s.distance() <= tolerance)
                .sorted(Comparator.comparingInt(s -> s.contains() ? 0 : s.distance()))
                .limit(MAX_SUGGESTIONS)
                .map(Suggestion::id)
                .toList();
    }
}
