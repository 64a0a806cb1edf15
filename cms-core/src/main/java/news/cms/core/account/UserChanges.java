package news.cms.core.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** An admin's change to a user; a field left out stays as it is. */
@Serdeable
public record UserChanges(@Nullable String displayName, @Nullable Role role, @Nullable Boolean enabled) {
}
