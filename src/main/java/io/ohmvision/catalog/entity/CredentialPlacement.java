package io.ohmvision.catalog.entity;

/** Where a template puts the user name and password when it is rendered for connecting. */
public enum CredentialPlacement {
    /** In the URL's user info ({@code rtsp://user:pass@host/...}), percent-encoded. */
    USERINFO,
    /** In the template's own {user}/{password} placeholders (Foscam usr=/pwd=, Reolink user=/password=). */
    TEMPLATE,
    /** Nowhere: the endpoint authenticates some other way (OAuth token, bridge, public API). */
    NONE
}
