package io.ohmvision.channels.onvif;

import io.ohmvision.channels.PeerProtocolException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Parses what a camera (or anything answering on its address) sends as XML. A DOCTYPE is refused outright, so no
 * entity, external or internal, is ever expanded. Cameras also send invalid UTF-8 and control characters in text
 * such as a model name [S17]; those become U+FFFD / are dropped instead of failing the whole reply.
 */
public final class SafeXml {

    private static final Pattern DECLARED_ENCODING =
            Pattern.compile("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");
    /** XML 1.0 forbids these code points even as character references. */
    private static final Pattern NOT_XML_CHARACTER =
            Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

    private static final DocumentBuilderFactory FACTORY = hardenedFactory();

    private SafeXml() {
    }

    public static SoapElement parse(byte[] bytes) throws PeerProtocolException {
        String text = NOT_XML_CHARACTER.matcher(decode(bytes)).replaceAll("");
        try {
            DocumentBuilder builder;
            synchronized (FACTORY) {
                builder = FACTORY.newDocumentBuilder();
            }
            builder.setErrorHandler(null); // the default handler prints parse errors to stderr
            Document document = builder.parse(new InputSource(new StringReader(text)));
            return new SoapElement(document.getDocumentElement());
        } catch (SAXException | IOException | ParserConfigurationException invalid) {
            // the parser's message may quote the peer's text, so it is not passed on
            throw new PeerProtocolException(text.contains("<!DOCTYPE") ? "reply carries a DOCTYPE (refused)"
                    : "reply is not well-formed XML");
        }
    }

    /** Decodes in the declared encoding (UTF-8 when none or unknown), replacing bytes that are not valid in it. */
    private static String decode(byte[] bytes) {
        Charset charset = StandardCharsets.UTF_8;
        String head = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
        Matcher declared = DECLARED_ENCODING.matcher(head);
        if (declared.find() && Charset.isSupported(declared.group(1))) {
            charset = Charset.forName(declared.group(1));
        }
        try {
            String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (java.nio.charset.CharacterCodingException cannotHappenWithReplace) {
            throw new IllegalStateException(cannotHappenWithReplace);
        }
    }

    private static DocumentBuilderFactory hardenedFactory() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException unknownFeature) {
            throw new IllegalStateException("the JDK's XML parser lacks a hardening feature", unknownFeature);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setNamespaceAware(true);
        return factory;
    }
}
