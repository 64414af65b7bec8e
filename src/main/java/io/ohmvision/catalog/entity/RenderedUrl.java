package io.ohmvision.catalog.entity;

/**
 * A template filled in for one camera. The connect form carries the credentials and is for the moment of
 * connecting only; everything that is shown or logged uses the masked form, which {@link #toString} returns.
 *
 * @param manufacturerId the profile the template belongs to (an OEM maker for inherited templates)
 * @param maskedUrl      the URL with the password and secret parameters replaced by ***
 * @param connectUrl     the URL with credentials percent-encoded in place
 */
public record RenderedUrl(String manufacturerId, UrlTemplate template, String maskedUrl, String connectUrl) {

    @Override
    public String toString() {
        return "RenderedUrl[" + manufacturerId + " " + template.connectionType().wireName() + "/"
                + template.role().wireName() + " " + maskedUrl + "]";
    }
}
