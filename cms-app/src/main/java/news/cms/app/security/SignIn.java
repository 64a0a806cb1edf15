package news.cms.app.security;

import jakarta.inject.Singleton;
import news.cms.core.account.User;
import news.cms.core.account.UserAccounts;

import java.net.InetAddress;
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
     * The attempt is counted before the password is checked, so that parallel guesses cannot all be
     * checked before the first failure is counted; a correct password gives it back.
     *
     * @param client where the attempt comes from ({@link ClientOrigin}), for the limits by address
     * @throws SignInRefusedException when the credentials are wrong or a limit is reached
     */
    public User attempt(String username, String password, InetAddress client) {
        LoginThrottle.Attempt attempt = throttle.take(username, client);
        Optional<User> user = accounts.authenticate(username, password);
        if (user.isEmpty()) {
            throw SignInRefusedException.wrongCredentials();
        }
        throttle.succeeded(attempt);
        return user.get();
    }
}
