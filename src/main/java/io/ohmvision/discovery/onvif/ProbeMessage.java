package io.ohmvision.discovery.onvif;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * One WS-Discovery Probe (SOAP 1.2 over UDP, 2005/04 namespaces), structured as in ONVIF Core and go2rtc.
 *
 * @param messageId {@code urn:uuid:...}; the ProbeMatches' RelatesTo must equal it
 */
public record ProbeMessage(String messageId, ProbeType type) {

    public static ProbeMessage fresh(ProbeType type) {
        return new ProbeMessage("urn:uuid:" + UUID.randomUUID(), type);
    }

    public byte[] toBytes() {
        String types = type.types().isEmpty() ? "<d:Types/>" : "<d:Types>" + type.types() + "</d:Types>";
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\""
                + " xmlns:a=\"" + WsDiscovery.ADDRESSING + "\""
                + " xmlns:d=\"http://schemas.xmlsoap.org/ws/2005/04/discovery\""
                + " xmlns:dn=\"http://www.onvif.org/ver10/network/wsdl\""
                + " xmlns:tds=\"http://www.onvif.org/ver10/device/wsdl\">"
                + "<s:Header>"
                + "<a:Action s:mustUnderstand=\"1\">http://schemas.xmlsoap.org/ws/2005/04/discovery/Probe</a:Action>"
                + "<a:MessageID>" + messageId + "</a:MessageID>"
                + "<a:ReplyTo><a:Address>" + WsDiscovery.ADDRESSING + "/role/anonymous</a:Address></a:ReplyTo>"
                + "<a:To s:mustUnderstand=\"1\">urn:schemas-xmlsoap-org:ws:2005:04:discovery</a:To>"
                + "</s:Header>"
                + "<s:Body><d:Probe>" + types + "</d:Probe></s:Body>"
                + "</s:Envelope>").getBytes(StandardCharsets.UTF_8);
    }
}
