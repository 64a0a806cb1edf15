package news.cms.core.account;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import news.cms.core.error.InvalidInputException;
import news.cms.core.settings.DataDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Creates the {@code admin} account on the first start against an empty database. Its password is
 * {@code CMS_ADMIN_PASSWORD} when set; otherwise a random one, printed once and written to
 * {@code <data dir>/initial-admin-password}, readable by the owner only.
 */
@Singleton
public class AdminBootstrap {

    public static final String USERNAME = "admin";
    public static final String PASSWORD_FILE = "initial-admin-password";
    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);

    private final UserAccounts accounts;
    private final DataDirectory dataDirectory;
    private final String configuredPassword;

    AdminBootstrap(UserAccounts accounts, DataDirectory dataDirectory,
                   @Nullable @Value("${cms.admin-password:}") String configuredPassword) {
        this.accounts = accounts;
        this.dataDirectory = dataDirectory;
        this.configuredPassword = configuredPassword;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (accounts.any()) {
            return;
        }
        boolean generated = configuredPassword == null || configuredPassword.isEmpty();
        String password = generated ? randomPassword() : configuredPassword;
        try {
            accounts.create(null, new NewUser(USERNAME, password, "Administrator", Role.ADMIN));
        } catch (InvalidInputException e) {
            throw new IllegalStateException("CMS_ADMIN_PASSWORD is not usable: " + e.getMessage()
                    + ". Set a password of at least " + Passwords.MIN_LENGTH + " characters, or unset it to get a random one.");
        }
        if (generated) {
            Path file = dataDirectory.resolve(PASSWORD_FILE);
            dataDirectory.writeOwnerOnly(file, password + "\n");
            LOG.warn("Created the first account '{}' with password {} (also in {}). Sign in and change it.",
                    USERNAME, password, file);
        } else {
            LOG.info("Created the first account '{}' with the password from CMS_ADMIN_PASSWORD.", USERNAME);
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
