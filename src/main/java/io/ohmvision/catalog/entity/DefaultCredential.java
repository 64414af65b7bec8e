package io.ohmvision.catalog.entity;

import java.util.List;

/**
 * A publicly documented factory login. An empty password means "blank". Kept so that an operator can be told
 * "this camera still has its factory password", never to log in silently.
 */
public record DefaultCredential(String user, String password, List<String> sources, boolean verified, String note) {
    public DefaultCredential {
        sources = List.copyOf(sources);
    }

    @Override
    public String toString() {
        return "DefaultCredential[user=" + user + ", password=" + (password.isEmpty() ? "(blank)" : "***") + "]";
    }
}
