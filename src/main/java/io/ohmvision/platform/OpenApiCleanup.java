package io.ohmvision.platform;

import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Makes the document Payara generates one that OpenAPI tools accept (openapi-generator validates it in the build):
 * a tag named on several resource classes is listed once; Payara's own top-level {@code endpoints} listing, which no
 * version of OpenAPI knows, is left out; and the constraints Payara writes with their Java defaults on every schema
 * ({@code maxProperties: 0} says an object may have no property at all) are taken off again. Payara describes a
 * Java {@code long} as a number of any kind: a number in a path is always one of OhmVision's ids, so it is written as
 * the 64-bit integer it is (a generated client then takes a long, not a decimal).
 * Registered by mp.openapi.filter.
 */
public class OpenApiCleanup implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI document) {
        if (document.getTags() != null) {
            Map<String, Tag> byName = new LinkedHashMap<>();
            document.getTags().forEach(tag -> byName.merge(tag.getName(), tag,
                    (first, again) -> first.getDescription() != null ? first : again));
            document.setTags(byName.values().stream().toList());
        }
        clearPayaraEndpoints(document);
    }

    @Override
    public Parameter filterParameter(Parameter parameter) {
        Schema schema = parameter.getSchema();
        if (parameter.getIn() == Parameter.In.PATH && schema != null && schema.getType() == Schema.SchemaType.NUMBER) {
            schema.setType(Schema.SchemaType.INTEGER);
            schema.setFormat("int64");
        }
        return parameter;
    }

    @Override
    public Schema filterSchema(Schema schema) {
        if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
            schema.setExclusiveMaximum(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
            schema.setExclusiveMinimum(null);
        }
        if (Boolean.FALSE.equals(schema.getUniqueItems())) {
            schema.setUniqueItems(null);
        }
        if (Boolean.FALSE.equals(schema.getNullable())) {
            schema.setNullable(null);
        }
        if (Boolean.FALSE.equals(schema.getReadOnly())) {
            schema.setReadOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getWriteOnly())) {
            schema.setWriteOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getDeprecated())) {
            schema.setDeprecated(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinLength())) {
            schema.setMinLength(null);
        }
        if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        return schema;
    }

    /** Payara's model keeps it in a field of its own: emptied, its writer leaves it out. Other servers have none. */
    private static void clearPayaraEndpoints(OpenAPI document) {
        try {
            Method endpoints = document.getClass().getMethod("getEndpoints");
            if (endpoints.invoke(document) instanceof Map<?, ?> listing) {
                listing.clear();
            }
        } catch (ReflectiveOperationException | UnsupportedOperationException notPayaras) {
            // nothing to take out
        }
    }
}
