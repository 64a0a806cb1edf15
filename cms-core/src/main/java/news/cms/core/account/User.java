package news.cms.core.account;

import java.time.Instant;

/**
 * A newsroom account. The password hash is deliberately not part of it: it never leaves
 * {@link UserAccounts}.
 *
 * @param credentialsChangedAt tokens issued before this instant are no longer honoured
 */
public record User(long id, String username, String displayName, Role role, boolean enabled,
                   Instant credentialsChangedAt, Instant createdAt, Instant updatedAt) {
}
