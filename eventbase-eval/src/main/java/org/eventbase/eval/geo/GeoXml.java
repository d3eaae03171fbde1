package org.eventbase.eval.geo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eventbase.eval.GoldXml;
import org.eventbase.model.InputException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Small element helpers for the geoparsing gold-file readers, over {@link GoldXml}. */
final class GeoXml {
    private GeoXml() {}

    static Element root(Path file) {
        return GoldXml.root(file, "gold file");
    }

    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        if (parent == null) {
            return found;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    /** Every element called {@code name} under {@code parent}, at any depth, in document order. */
    static List<Element> descendants(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        if (parent != null) {
            org.w3c.dom.NodeList all = parent.getElementsByTagName(name);
            for (int i = 0; i < all.getLength(); i++) {
                found.add((Element) all.item(i));
            }
        }
        return found;
    }

    static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    static String text(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? null : e.getTextContent();
    }

    static int integer(Path file, Element parent, String name) {
        String value = text(parent, name);
        try {
            return Integer.parseInt(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw new InputException(file.toString(), "<" + name + "> of '" + text(parent, "phrase")
                    + text(parent, "name") + "' is not a number: " + value);
        }
    }

    /** The point from {@code <lat>} and {@code <lon>} children, or null when either is missing. */
    static GeoPoint point(Path file, Element parent) {
        String lat = text(parent, "lat");
        String lon = text(parent, "lon");
        if (lat == null || lon == null || lat.isBlank() || lon.isBlank()) {
            return null;
        }
        try {
            return new GeoPoint(Double.parseDouble(lat.strip()), Double.parseDouble(lon.strip()));
        } catch (IllegalArgumentException e) {
            throw new InputException(file.toString(), "bad coordinates " + lat.strip() + ", " + lon.strip());
        }
    }
}
