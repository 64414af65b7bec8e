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
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.w3c.dom.Document;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses what a camera (or anything answering on its address) sends as XML. A DOCTYPE is refused outright, so no
 * entity, external or internal, is ever expanded. The shape is bounded before a tree is built: a streaming pass
 * refuses nesting deeper than {@value #MAX_DEPTH}, more than {@value #MAX_ELEMENTS} elements or more than
 * {@value #MAX_ATTRIBUTES} attributes on one element, so a reply's memory and the work of walking it stay
 * proportional to a real camera's. Cameras also send invalid UTF-8 and control characters in text such as a model
 * name [S17]; those become U+FFFD / are dropped instead of failing the whole reply.
 */
public final class SafeXml {

    /** ONVIF replies nest about 12 deep, vendor extensions a few more. */
    static final int MAX_DEPTH = 64;
    /** A 64-channel recorder's GetProfiles has about 10,000. */
    static final int MAX_ELEMENTS = 50_000;
    /** Namespace declarations are not counted; ONVIF elements carry a handful. */
    static final int MAX_ATTRIBUTES = 256;

    private static final Pattern DECLARED_ENCODING =
            Pattern.compile("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");
    /** XML 1.0 forbids these code points even as character references. */
    private static final Pattern NOT_XML_CHARACTER =
            Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";
    private static final String EXTERNAL_GENERAL_ENTITIES = "http://xml.org/sax/features/external-general-entities";
    private static final String EXTERNAL_PARAMETER_ENTITIES =
            "http://xml.org/sax/features/external-parameter-entities";
    private static final String LOAD_EXTERNAL_DTD = "http://apache.org/xml/features/nonvalidating/load-external-dtd";
    private static final DocumentBuilderFactory FACTORY = hardenedFactory();
    private static final SAXParserFactory SHAPE_CHECKER = hardened(SAXParserFactory.newInstance());

    private SafeXml() {
    }

    public static SoapElement parse(byte[] bytes) throws PeerProtocolException {
        String text = NOT_XML_CHARACTER.matcher(decode(bytes)).replaceAll("");
        try {
            SAXParser checker;
            synchronized (SHAPE_CHECKER) {
                checker = SHAPE_CHECKER.newSAXParser();
            }
            checker.parse(new InputSource(new StringReader(text)), new ShapeLimits());
            DocumentBuilder builder;
            synchronized (FACTORY) {
                builder = FACTORY.newDocumentBuilder();
            }
            builder.setErrorHandler(null); // the default handler prints parse errors to stderr
            Document document = builder.parse(new InputSource(new StringReader(text)));
            return new SoapElement(document.getDocumentElement());
        } catch (ShapeLimits.Exceeded refused) {
            throw new PeerProtocolException(refused.getMessage());
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
        harden(factory::setFeature);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setNamespaceAware(true);
        return factory;
    }

    private static SAXParserFactory hardened(SAXParserFactory factory) {
        harden(factory::setFeature);
        factory.setXIncludeAware(false);
        factory.setNamespaceAware(true);
        return factory;
    }

    /** Sets one parser feature: DocumentBuilderFactory and SAXParserFactory share the names, not a type. */
    @FunctionalInterface
    private interface FeatureSwitch {
        void set(String feature, boolean on) throws ParserConfigurationException, SAXException;
    }

    private static void harden(FeatureSwitch factory) {
        try {
            factory.set(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.set(DISALLOW_DOCTYPE, true);
            factory.set(EXTERNAL_GENERAL_ENTITIES, false);
            factory.set(EXTERNAL_PARAMETER_ENTITIES, false);
            factory.set(LOAD_EXTERNAL_DTD, false);
        } catch (ParserConfigurationException | SAXException unknownFeature) {
            throw new IllegalStateException("the JDK's XML parser lacks a hardening feature", unknownFeature);
        }
    }

    /** Counts while a streaming parser reads, and stops it at the first limit passed. */
    private static final class ShapeLimits extends DefaultHandler {

        /** A limit passed; its message is the reason given for the refusal. */
        static final class Exceeded extends SAXException {
            Exceeded(String message) {
                super(message);
            }
        }

        private int depth;
        private int elements;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws Exceeded {
            if (++depth > MAX_DEPTH) {
                throw new Exceeded("reply nested deeper than " + MAX_DEPTH + " elements (refused)");
            }
            if (++elements > MAX_ELEMENTS) {
                throw new Exceeded("reply has more than " + MAX_ELEMENTS + " elements (refused)");
            }
            if (attributes.getLength() > MAX_ATTRIBUTES) {
                throw new Exceeded("reply has an element with more than " + MAX_ATTRIBUTES + " attributes (refused)");
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            depth--;
        }
    }
}
