package io.ohmvision.discovery.onboarding;

/**
 * One user name and password of a site onboarding's list. Held in memory only, by the job that tries it, and never
 * shown: devices report the index of the one that worked.
 */
public record CredentialToTry(String username, String password) {

    /** What a device is tried with when the list is empty: a device that needs no credentials. */
    public static final CredentialToTry NONE = new CredentialToTry(null, null);

    public boolean isNone() {
        return (username == null || username.isEmpty()) && (password == null || password.isEmpty());
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return "CredentialToTry[username=" + username + ", password=" + (password == null ? "null" : "***") + "]";
    }
}
