package io.ohmvision.channels.onvif;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A read-only view of one element, found by local name only. Cameras put ONVIF elements in the wrong namespace
 * version or under odd prefixes, and the local names alone are unambiguous within one reply.
 */
public final class SoapElement {

    private final Element element;

    SoapElement(Element element) {
        this.element = element;
    }

    public String localName() {
        return localNameOf(element);
    }

    public List<SoapElement> children(String localName) {
        List<SoapElement> found = new ArrayList<>();
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child && localNameOf(child).equals(localName)) {
                found.add(new SoapElement(child));
            }
        }
        return found;
    }

    /** The first child along the path of local names. */
    public Optional<SoapElement> child(String... path) {
        SoapElement current = this;
        for (String name : path) {
            List<SoapElement> next = current.children(name);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            current = next.get(0);
        }
        return Optional.of(current);
    }

    public Optional<SoapElement> firstChild() {
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child) {
                return Optional.of(new SoapElement(child));
            }
        }
        return Optional.empty();
    }

    /** The first element with this local name anywhere below, depth first. */
    public Optional<SoapElement> descendant(String localName) {
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child) {
                SoapElement candidate = new SoapElement(child);
                if (candidate.localName().equals(localName)) {
                    return Optional.of(candidate);
                }
                Optional<SoapElement> deeper = candidate.descendant(localName);
                if (deeper.isPresent()) {
                    return deeper;
                }
            }
        }
        return Optional.empty();
    }

    /** Trimmed text of the child along the path; null when absent or blank. */
    public String text(String... path) {
        return child(path).map(SoapElement::text).orElse(null);
    }

    /** Trimmed text content; null when blank. */
    public String text() {
        String value = element.getTextContent().strip();
        return value.isEmpty() ? null : value;
    }

    public String attribute(String localName) {
        String value = element.getAttributeNS(null, localName);
        return value.isEmpty() ? null : value;
    }

    private static String localNameOf(Element element) {
        return element.getLocalName() != null ? element.getLocalName() : element.getTagName();
    }
}
