package io.ohmvision.discovery.boundary;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The devices of an onboarding to store. */
@Schema(name = "OnboardingApplyRequest")
public class OnboardingApplyRequest {

    @NotEmpty
    @Size(max = 4096)
    @Schema(type = SchemaType.ARRAY, implementation = String.class, required = true,
            description = "Addresses of devices of the onboarding whose proposal is create or update",
            example = "[\"192.168.1.64\", \"192.168.1.65\"]")
    public List<@NotNull String> devices;
}
