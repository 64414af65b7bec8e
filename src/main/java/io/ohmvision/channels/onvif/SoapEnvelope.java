package io.ohmvision.channels.onvif;

/** Writes SOAP 1.2 envelopes for ONVIF requests. */
public final class SoapEnvelope {

    public static final String SOAP_ENV = "http://www.w3.org/2003/05/soap-envelope";

    private SoapEnvelope() {
    }

    /**
     * @param header inner XML of s:Header, empty for none
     * @param body   inner XML of s:Body, with its own namespace declarations
     */
    public static String of(String header, String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<s:Envelope xmlns:s=\"" + SOAP_ENV + "\">"
                + (header.isEmpty() ? "" : "<s:Header>" + header + "</s:Header>")
                + "<s:Body>" + body + "</s:Body></s:Envelope>";
    }

    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
