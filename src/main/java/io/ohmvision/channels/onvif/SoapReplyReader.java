package io.ohmvision.channels.onvif;

import io.ohmvision.channels.PeerProtocolException;
import java.util.Optional;

/** Turns an HTTP reply to a SOAP call into the response element, or the refusal it stands for. */
final class SoapReplyReader {

    private SoapReplyReader() {
    }

    /**
     * @param afterHttpAuthentication whether the request answered an HTTP challenge, so a 401 means the
     *                                credentials, not their absence
     * @return the first element of the SOAP body, e.g. tds:GetDeviceInformationResponse
     */
    static SoapElement read(String operation, int status, byte[] body, boolean afterHttpAuthentication)
            throws PeerProtocolException, OnvifCallException {
        if (status == 401) {
            throw new OnvifCallException(operation, FaultKind.NOT_AUTHORIZED,
                    afterHttpAuthentication ? "HTTP 401 after Digest" : "HTTP 401, credentials required", status);
        }
        Optional<SoapElement> envelope = envelope(body, status);
        if (envelope.isPresent()) {
            Optional<SoapFault> fault = SoapFault.in(envelope.get());
            if (fault.isPresent()) {
                throw new OnvifCallException(operation, fault.get().kind(), fault.get().summary(), status);
            }
        }
        if (status == 404 || status == 405) {
            throw new OnvifCallException(operation, FaultKind.NOT_SUPPORTED, "HTTP " + status, status);
        }
        if (status / 100 != 2) {
            throw new PeerProtocolException(operation + " answered HTTP " + status + " without a SOAP fault");
        }
        SoapElement reply = envelope.orElseThrow(() -> new PeerProtocolException(operation + " reply is not XML"));
        return reply.child("Body").flatMap(SoapElement::firstChild)
                .orElseThrow(() -> new PeerProtocolException(operation + " reply has an empty SOAP body"));
    }

    /** Error pages are often HTML; only a successful reply must be XML. */
    private static Optional<SoapElement> envelope(byte[] body, int status) throws PeerProtocolException {
        try {
            return Optional.of(SafeXml.parse(body));
        } catch (PeerProtocolException notXml) {
            if (status / 100 == 2) {
                throw notXml;
            }
            return Optional.empty();
        }
    }
}
