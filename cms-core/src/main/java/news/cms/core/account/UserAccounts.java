package news.cms.core.account;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import news.cms.core.audit.AuditEntry;
import news.cms.core.audit.AuditLog;
import news.cms.core.author.Author;
import news.cms.core.author.AuthorDirectory;
import news.cms.core.author.AuthorDraft;
import news.cms.core.error.ConflictException;
import news.cms.core.error.InputChecks;
import news.cms.core.error.InvalidInputException;
import news.cms.core.error.NotFoundException;
import news.cms.core.time.UtcTime;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Newsroom accounts: creating them (each with its author profile), changing role and status,
 * passwords (one's own, or an admin setting someone else's), and checking a sign-in. Every change is audited in the same transaction.
 */
@Singleton
public class UserAccounts {

    private final UserRepository users;
    private final AuthorDirectory authors;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final Clock clock;

    UserAccounts(UserRepository users, AuthorDirectory authors, PasswordHasher hasher, AuditLog audit, Clock clock) {
        this.users = users;
        this.authors = authors;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates an account and its author profile; {@code by} is null for the server's own bootstrap. */
    @Transactional
    public UserProfile create(Actor by, NewUser newUser) {
        NewUser valid = newUser.validated();
        if (users.existsByUsername(valid.username())) {
            throw ConflictException.taken("username", valid.username());
        }
        Instant now = UtcTime.now(clock);
        UserRow row = users.save(new UserRow(null, valid.username(), valid.displayName(), valid.role().name(), true,
                hasher.hash(valid.password()), 0, UtcTime.toRow(now), UtcTime.toRow(now)));
        Author profile = authors.create(by, new AuthorDraft(valid.displayName(), null, null), row.id());
        audit.record(AuditEntry.of(by, "user.create", "user", valid.username(),
                "created " + valid.role() + " account with author profile " + profile.slug()));
        return new UserProfile(toUser(row), profile.slug());
    }

    public List<UserProfile> list() {
        return users.findAllOrderByUsername().stream().map(this::profile).toList();
    }

    public UserProfile get(long id) {
        return profile(row(id));
    }

    public Optional<User> findByUsername(String username) {
        return users.findByUsername(username).map(UserAccounts::toUser);
    }

    public boolean any() {
        return users.count() > 0;
    }

    /**
     * Changes display name, role or status. A change of role or status also ends the user's
     * sessions: tokens issued before it stop working.
     */
    @Transactional
    public UserProfile update(Actor by, long id, UserChanges changes) {
        UserRow row = row(id);
        InputChecks checks = new InputChecks();
        String displayName = changes.displayName() == null ? row.displayName()
                : checks.required("displayName", changes.displayName(), 200);
        Role role = changes.role() == null ? Role.valueOf(row.role()) : changes.role();
        boolean enabled = changes.enabled() == null ? row.enabled() : changes.enabled();
        if (by != null && by.userId() == id) {
            checks.check(enabled, "enabled", "you cannot disable your own account");
            checks.check(role == Role.ADMIN, "role", "you cannot take the admin role from yourself");
        }
        checks.throwIfAny();
        users.updateProfile(id, displayName, role.name(), enabled, UtcTime.toRow(UtcTime.now(clock)));
        UserRow updated = row(id);
        if (!displayName.equals(row.displayName())) {
            authors.renameProfileOf(id, displayName);
        }
        audit.record(AuditEntry.of(by, "user.update", "user", row.username(), describe(row, updated)));
        return profile(updated);
    }

    /** A signed-in user changes their own password; their other sessions end. */
    @Transactional
    public void changePassword(Actor me, String currentPassword, String newPassword) {
        UserRow row = row(me.userId());
        InputChecks checks = new InputChecks();
        checks.check(currentPassword != null && hasher.verify(currentPassword, row.passwordHash()),
                "currentPassword", "is not your current password");
        Passwords.check(checks, "newPassword", newPassword);
        checks.throwIfAny();
        users.updatePassword(row.id(), hasher.hash(newPassword), UtcTime.toRow(UtcTime.now(clock)));
        audit.record(AuditEntry.of(me, "user.password", "user", row.username(), "changed own password"));
    }

    /**
     * An admin gives someone who has lost their password a new one, to pass on by a safe channel;
     * that person's sessions end. An admin's own password is changed with the current one
     * ({@link #changePassword}), so a stolen admin session cannot lock its owner out.
     */
    @Transactional
    public void setPassword(Actor admin, long id, String newPassword) {
        UserRow row = row(id);
        InputChecks checks = new InputChecks();
        checks.check(admin.userId() != id, "newPassword",
                "is for someone else's account: change your own with your current password on your account page");
        Passwords.check(checks, "newPassword", newPassword);
        checks.throwIfAny();
        users.updatePassword(row.id(), hasher.hash(newPassword), UtcTime.toRow(UtcTime.now(clock)));
        audit.record(AuditEntry.of(admin, "user.password", "user", row.username(), "password set by an admin"));
    }

    /**
     * The enabled user with this username and password. A wrong username, a wrong password and a
     * disabled account are indistinguishable to the caller, in answer and in time.
     */
    public Optional<User> authenticate(String username, String password) {
        Optional<UserRow> row = username == null ? Optional.empty() : users.findByUsername(username);
        if (row.isEmpty()) {
            hasher.verifyDecoy(password == null ? "" : password);
            return Optional.empty();
        }
        boolean matches = password != null && hasher.verify(password, row.get().passwordHash());
        return matches && row.get().enabled() ? Optional.of(toUser(row.get())) : Optional.empty();
    }

    private UserRow row(long id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("No user has the id " + id));
    }

    private UserProfile profile(UserRow row) {
        String slug = authors.profileOf(row.id()).map(Author::slug)
                .orElseThrow(() -> new IllegalStateException("user " + row.username() + " has no author profile"));
        return new UserProfile(toUser(row), slug);
    }

    private static String describe(UserRow before, UserRow after) {
        List<String> changes = new ArrayList<>();
        if (!before.displayName().equals(after.displayName())) {
            changes.add("displayName '" + before.displayName() + "' -> '" + after.displayName() + "'");
        }
        if (!before.role().equals(after.role())) {
            changes.add("role " + before.role() + " -> " + after.role());
        }
        if (before.enabled() != after.enabled()) {
            changes.add(after.enabled() ? "enabled" : "disabled");
        }
        return changes.isEmpty() ? "no change" : String.join("; ", changes);
    }

    static User toUser(UserRow row) {
        return new User(row.id(), row.username(), row.displayName(), Role.valueOf(row.role()), row.enabled(),
                row.credentialsVersion(), UtcTime.fromRow(row.createdAt()), UtcTime.fromRow(row.updatedAt()));
    }
}
