package io.ohmvision.discovery.boundary;

import io.ohmvision.discovery.onboarding.CredentialToTry;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A site to onboard, as a client asks for it. Classes with fields, like ScanRequest, for Payara's OpenAPI scanner. */
@Schema(name = "OnboardingRequest")
public class OnboardingRequest {

    /** The most credentials one onboarding tries: each wrong one costs every device a refusal of its three. */
    static final int MAX_CREDENTIALS = 10;

    @NotEmpty
    @Size(max = 16)
    @Schema(type = SchemaType.ARRAY, implementation = String.class, required = true,
            description = "IPv4 networks in CIDR notation, as for a scan: each a subnet of this host or listed in "
                    + "ohmvision.discovery.allowed-cidrs, at most /20 (4096 addresses) in all",
            example = "[\"192.168.1.0/24\"]")
    public List<@NotNull String> cidrs;

    @Valid
    @Size(max = MAX_CREDENTIALS)
    @Schema(type = SchemaType.ARRAY, implementation = Credential.class,
            description = "Tried on every device in this order, each given up at its first wrong-password answer; "
                    + "a device that refused 3 times in all is not tried further. Kept in memory only, never "
                    + "returned: devices report the index of the one that worked. Empty or left out: devices that "
                    + "need none")
    public List<@NotNull Credential> credentials;

    /** One user name and password to try. */
    @Schema(name = "OnboardingCredential")
    public static class Credential {

        @Size(max = 200)
        @Schema(example = "admin")
        public String username;

        @Size(max = 200)
        @Schema(description = "Write-only: never returned or logged", example = "s3cret")
        public String password;
    }

    List<CredentialToTry> credentialsToTry() {
        return credentials == null ? List.of()
                : credentials.stream().map(c -> new CredentialToTry(c.username, c.password)).toList();
    }
}
