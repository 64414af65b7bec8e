package io.ohmvision.users.control;

import io.ohmvision.platform.Roles;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * On the very first start (no user at all) creates the user "admin" with OHMVISION_ADMIN_PASSWORD, or with a random
 * password that is printed once, since nobody could log in otherwise.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class FirstAdministrator {

    static final String USERNAME = "admin";
    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    @Inject
    UserAccounts accounts;

    @Inject
    @ConfigProperty(name = "ohmvision.admin.password")
    Optional<String> configuredPassword;

    @PostConstruct
    void createWhenNoUserExists() {
        if (!accounts.isEmpty()) {
            return;
        }
        if (configuredPassword.isPresent()) {
            accounts.create(USERNAME, configuredPassword.get(), Roles.ADMIN);
            LOG.info("Created the first user 'admin' with the password from OHMVISION_ADMIN_PASSWORD");
        } else {
            String generated = randomPassword();
            accounts.create(USERNAME, generated, Roles.ADMIN);
            // Printed once, on purpose: it is the only way in. Change it with PUT /api/users/admin.
            System.out.println("OhmVision: created the first user 'admin' with the generated password: " + generated
                    + "  (shown only now; change it with PUT /api/users/admin)");
        }
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}
