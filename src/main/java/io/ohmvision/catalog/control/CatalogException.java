package io.ohmvision.catalog.control;

/**
 * A catalogue file that cannot be used. The message starts with the file and the field, e.g.
 * {@code catalog/manufacturers/axis.json: templates[2].connectionType 'rtspx' is not one of rtsp, ...}, so the
 * deployment log says exactly what to fix.
 */
public class CatalogException extends RuntimeException {

    private final String file;
    private final String field;

    public CatalogException(String file, String field, String problem) {
        super(file + ": " + (field.isEmpty() ? "" : field + " ") + problem);
        this.file = file;
        this.field = field;
    }

    public String file() {
        return file;
    }

    public String field() {
        return field;
    }
}
