package io.ohmvision.cameras.boundary;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

/** An IPv4 or IPv6 literal or a DNS host name (RFC 1123); checked without any name lookup. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = HostAddress.Validator.class)
public @interface HostAddress {

    String message() default "'${validatedValue}' is not a valid IPv4/IPv6 address or host name";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check itself, also used outside Bean Validation. */
    class Validator implements ConstraintValidator<HostAddress, String> {
        private static final Pattern IPV4 =
                Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
        private static final Pattern LOOKS_NUMERIC = Pattern.compile("[\\d.]+");
        private static final Pattern HOST_NAME = Pattern.compile(
                "(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.?");
        private static final Pattern IPV6_CHARS = Pattern.compile("[0-9A-Fa-f:.]+(%[A-Za-z0-9]+)?");

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isHostAddress(value);
        }

        public static boolean isHostAddress(String value) {
            if (IPV4.matcher(value).matches()) {
                return true;
            }
            if (value.indexOf(':') >= 0) {
                return isIpv6(value);
            }
            return !LOOKS_NUMERIC.matcher(value).matches() && HOST_NAME.matcher(value).matches();
        }

        private static boolean isIpv6(String value) {
            if (!IPV6_CHARS.matcher(value).matches()) {
                return false;
            }
            try {
                // A literal of hex digits and colons is parsed, never looked up (IPv4-mapped ones come back as IPv4).
                return java.net.InetAddress.getByName(value) != null;
            } catch (java.net.UnknownHostException e) {
                return false;
            }
        }
    }
}
