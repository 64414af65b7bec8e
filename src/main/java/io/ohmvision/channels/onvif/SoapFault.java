package io.ohmvision.channels.onvif;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A SOAP 1.2 fault: env:Code/env:Value with nested env:Subcode/env:Value chain, and env:Reason/env:Text.
 *
 * @param code     local part of the code, e.g. "Sender"
 * @param subcodes local parts of the subcodes, outermost first, e.g. ["NotAuthorized"]
 * @param reason   the device's free text; only ever matched, never shown, as it is peer-supplied
 */
public record SoapFault(String code, List<String> subcodes, String reason) {

    /** QName local parts are shown to operators; anything else a device puts there is cut away. */
    private static final Pattern NOT_A_NAME_CHARACTER = Pattern.compile("[^A-Za-z0-9_.-]");

    public SoapFault {
        subcodes = List.copyOf(subcodes);
    }

    /** The fault in an envelope's body, if it is one. Accepts SOAP 1.1 faultcode/faultstring too. */
    public static Optional<SoapFault> in(SoapElement envelope) {
        Optional<SoapElement> fault = envelope.child("Body", "Fault");
        if (fault.isEmpty()) {
            return Optional.empty();
        }
        SoapElement f = fault.get();
        Optional<SoapElement> code = f.child("Code");
        if (code.isEmpty()) {
            return Optional.of(new SoapFault(localPart(f.text("faultcode")), List.of(), f.text("faultstring")));
        }
        List<String> subcodes = new ArrayList<>();
        Optional<SoapElement> sub = code.get().child("Subcode");
        for (; sub.isPresent(); sub = sub.get().child("Subcode")) {
            String value = localPart(sub.get().text("Value"));
            if (value != null) {
                subcodes.add(value);
            }
        }
        return Optional.of(new SoapFault(localPart(code.get().text("Value")), subcodes, f.text("Reason", "Text")));
    }

    public FaultKind kind() {
        if (subcodes.contains("NotAuthorized") || "NotAuthorized".equals(code)) {
            return FaultKind.NOT_AUTHORIZED;
        }
        if (subcodes.contains("ActionNotSupported") || "ActionNotSupported".equals(code)) {
            return FaultKind.NOT_SUPPORTED;
        }
        // python-onvif-zeep-async does the same for the many cameras with non-standard faults [S27]
        if (reason != null && reason.toLowerCase(Locale.ROOT).contains("auth")) {
            return FaultKind.NOT_AUTHORIZED;
        }
        return FaultKind.OTHER;
    }

    /** e.g. "env:Sender ter:NotAuthorized", from the codes only. */
    public String summary() {
        StringBuilder text = new StringBuilder("env:").append(code == null ? "?" : code);
        subcodes.forEach(sub -> text.append(" ter:").append(sub));
        if (kind() == FaultKind.NOT_AUTHORIZED && !subcodes.contains("NotAuthorized")) {
            text.append(" (reason mentions auth)");
        }
        return text.toString();
    }

    private static String localPart(String qname) {
        if (qname == null) {
            return null;
        }
        String local = NOT_A_NAME_CHARACTER.matcher(qname.substring(qname.indexOf(':') + 1)).replaceAll("");
        return local.isEmpty() ? null : local.substring(0, Math.min(local.length(), 60));
    }
}
