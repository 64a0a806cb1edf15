package news.cms.app.security;

import jakarta.inject.Singleton;
import news.cms.core.account.User;
import news.cms.core.account.UserAccounts;

import java.time.Duration;
import java.util.Optional;

/**
 * Checks a username and password with rate limiting: the one way into the newsroom, for the API's
 * {@code /login} and the desk's sign-in form alike.
 */
@Singleton
public class SignIn {

    private final UserAccounts accounts;
    private final LoginThrottle throttle;

    SignIn(UserAccounts accounts, LoginThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    /**
     * @param clientAddress where the attempt comes from, for the per-address limit
     * @throws SignInRefusedException when the credentials are wrong or the limit is reached
     */
    public User attempt(String username, String password, String clientAddress) {
        Optional<Duration> wait = throttle.lockedOut(username, clientAddress);
        if (wait.isPresent()) {
            throw SignInRefusedException.throttled(wait.get());
        }
        Optional<User> user = accounts.authenticate(username, password);
        if (user.isEmpty()) {
            throttle.failed(username, clientAddress);
            throw SignInRefusedException.wrongCredentials();
        }
        throttle.succeeded(username);
        return user.get();
    }
}
