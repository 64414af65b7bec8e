package io.ohmvision.admin;

/** What a console form's text field means: a blank field is no value. */
final class FormValues {

    private FormValues() {
    }

    /** The text without surrounding blanks; null for a blank field. */
    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
