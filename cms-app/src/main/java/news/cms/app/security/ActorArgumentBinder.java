package news.cms.app.security;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import news.cms.core.account.Actor;
import news.cms.core.account.Role;

import java.util.Optional;

/**
 * Lets a controller method take the signed-in {@link Actor} as a parameter. The token carries the
 * user id and role; {@link AccountStillValid} has already checked that both are current.
 */
@Singleton
class ActorArgumentBinder implements TypedRequestArgumentBinder<Actor> {

    static final String USER_ID = "uid";

    @Override
    public Argument<Actor> argumentType() {
        return Argument.of(Actor.class);
    }

    @Override
    public BindingResult<Actor> bind(ArgumentConversionContext<Actor> context, HttpRequest<?> source) {
        Optional<Actor> actor = source.getUserPrincipal(Authentication.class).flatMap(ActorArgumentBinder::actor);
        return actor.isPresent() ? () -> actor : BindingResult.unsatisfied();
    }

    static Optional<Actor> actor(Authentication authentication) {
        Object id = authentication.getAttributes().get(USER_ID);
        if (!(id instanceof Number number) || authentication.getRoles().isEmpty()) {
            return Optional.empty();
        }
        Role role = Role.valueOf(authentication.getRoles().iterator().next());
        return Optional.of(new Actor(number.longValue(), authentication.getName(), role));
    }
}
