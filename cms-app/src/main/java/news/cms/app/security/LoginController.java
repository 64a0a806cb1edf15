package news.cms.app.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.render.AccessRefreshToken;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import news.cms.core.account.User;
import news.cms.core.error.InputChecks;

import java.util.Locale;

/** {@code POST /login}: a username and password for a bearer token. */
@Controller("/login")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Sign-in")
class LoginController {

    @Serdeable
    record Credentials(@Nullable String username, @Nullable String password) {
    }

    private final SignIn signIn;
    private final AccessTokens tokens;
    private final ClientOrigin origin;

    LoginController(SignIn signIn, AccessTokens tokens, ClientOrigin origin) {
        this.signIn = signIn;
        this.tokens = tokens;
        this.origin = origin;
    }

    @Post
    @Operation(summary = "Sign in", description = "200 with an access token; 401 for a wrong username or password "
            + "(one answer for both); 429 with Retry-After after repeated failures.")
    AccessRefreshToken login(@Body Credentials credentials, HttpRequest<?> request) {
        InputChecks checks = new InputChecks();
        // Usernames are lowercase by rule; "Rita" at the sign-in form means "rita".
        String username = checks.required("username", credentials.username(), 64);
        checks.present("password", credentials.password());
        checks.throwIfAny();
        User user = signIn.attempt(username.toLowerCase(Locale.ROOT), credentials.password(), origin.address(request));
        return tokens.issue(user);
    }
}
