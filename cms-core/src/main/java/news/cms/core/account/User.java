package news.cms.core.account;

import java.time.Instant;

/**
 * A newsroom account. The password hash is deliberately not part of it: it never leaves
 * {@link UserAccounts}.
 *
 * @param credentialsVersion raised by each change of password, role or status: a token issued with
 *                           another version is no longer honoured
 */
public record User(long id, String username, String displayName, Role role, boolean enabled,
                   long credentialsVersion, Instant createdAt, Instant updatedAt) {
}
