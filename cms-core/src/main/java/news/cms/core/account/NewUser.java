package news.cms.core.account;

import io.micronaut.serde.annotation.Serdeable;
import news.cms.core.error.InputChecks;

import java.util.regex.Pattern;

/** A user to create, as an admin submits it. */
@Serdeable
public record NewUser(String username, String password, String displayName, Role role) {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    /** Checks every field; throws with all the faults at once. */
    public NewUser validated() {
        InputChecks checks = new InputChecks();
        String name = checks.required("username", username, 64);
        if (name != null) {
            checks.check(USERNAME.matcher(name).matches(), "username",
                    "must be 2 to 64 characters: lowercase letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        Passwords.check(checks, "password", password);
        String display = checks.required("displayName", displayName, 200);
        checks.present("role", role);
        checks.throwIfAny();
        return new NewUser(name, password, display, role);
    }
}
