package news.cms.core.account;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import news.cms.core.author.AuthorDirectory;
import news.cms.core.error.ConflictException;
import news.cms.core.error.InvalidInputException;
import news.cms.core.testing.DatabaseTest;
import news.cms.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UserAccountsTest implements DatabaseTest {

    @Inject
    UserAccounts accounts;
    @Inject
    AuthorDirectory authors;

    private final Actor admin = new Actor(1, AdminBootstrap.USERNAME, Role.ADMIN);

    @Test
    void theFirstStartCreatesTheAdminWithTheConfiguredPassword() {
        assertTrue(accounts.authenticate(AdminBootstrap.USERNAME, TestDatabase.ADMIN_PASSWORD).isPresent(),
                "on " + TestDatabase.name());
    }

    @Test
    void aNewUserGetsAnAuthorProfileNamedAfterThem() {
        UserProfile rita = accounts.create(admin, new NewUser("rita", "Rita-pass-12345", "Rita Ré Müller", Role.REPORTER));
        assertEquals("rita-re-muller", rita.authorSlug());
        assertEquals(rita.user().id(), authors.get("rita-re-muller").userId());
    }

    @Test
    void aUsernameIsTakenOnlyOnce() {
        accounts.create(admin, new NewUser("twice", "Twice-pass-12345", "Twice", Role.EDITOR));
        ConflictException e = assertThrows(ConflictException.class,
                () -> accounts.create(admin, new NewUser("twice", "Other-pass-12345", "Other", Role.EDITOR)));
        assertEquals("username", e.errors().get(0).field());
    }

    @Test
    void everyFaultOfANewUserIsReportedAtOnce() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> accounts.create(admin, new NewUser("Bad Name", "short", " ", null)));
        assertEquals(4, e.errors().size(), e.errors().toString());
    }

    @Test
    void passwordsAreStoredAsArgon2idAndCheckedBySignIn() {
        accounts.create(admin, new NewUser("hashy", "Hashy-pass-12345", "Hashy", Role.REPORTER));
        assertTrue(accounts.authenticate("hashy", "Hashy-pass-12345").isPresent());
        assertFalse(accounts.authenticate("hashy", "hashy-pass-12345").isPresent());
        assertFalse(accounts.authenticate("nobody", "Hashy-pass-12345").isPresent());
    }

    @Test
    void aDisabledUserCannotSignInAndChangesEndTheirSessions() {
        UserProfile u = accounts.create(admin, new NewUser("leaver", "Leaver-pass-12345", "Leaver", Role.REPORTER));
        UserProfile disabled = accounts.update(admin, u.user().id(), new UserChanges(null, null, false));
        assertFalse(disabled.user().enabled());
        assertTrue(disabled.user().credentialsVersion() > u.user().credentialsVersion(), "the change ends the sessions");
        UserProfile renamed = accounts.update(admin, u.user().id(), new UserChanges("Leaver Renamed", null, null));
        assertEquals(disabled.user().credentialsVersion(), renamed.user().credentialsVersion(), "a new name ends no session");
        assertFalse(accounts.authenticate("leaver", "Leaver-pass-12345").isPresent());
    }

    @Test
    void anAdminCannotLockThemselvesOut() {
        long adminId = accounts.findByUsername(AdminBootstrap.USERNAME).orElseThrow().id();
        Actor self = new Actor(adminId, AdminBootstrap.USERNAME, Role.ADMIN);
        assertThrows(InvalidInputException.class, () -> accounts.update(self, adminId, new UserChanges(null, null, false)));
        assertThrows(InvalidInputException.class, () -> accounts.update(self, adminId, new UserChanges(null, Role.EDITOR, null)));
    }

    @Test
    void changingYourPasswordNeedsTheCurrentOne() {
        UserProfile u = accounts.create(admin, new NewUser("mover", "Mover-pass-12345", "Mover", Role.REPORTER));
        Actor me = new Actor(u.user().id(), "mover", Role.REPORTER);
        assertThrows(InvalidInputException.class, () -> accounts.changePassword(me, "wrong-password", "New-pass-123456"));
        accounts.changePassword(me, "Mover-pass-12345", "New-pass-123456");
        assertTrue(accounts.authenticate("mover", "New-pass-123456").isPresent());
        assertFalse(accounts.authenticate("mover", "Mover-pass-12345").isPresent());
    }

    @Test
    void anAdminSetsANewPasswordForSomeoneWhoLostTheirsButNotForThemselves() {
        UserProfile u = accounts.create(admin, new NewUser("forgetful", "Forgot-pass-12345", "Forgetful", Role.REPORTER));
        long id = u.user().id();
        assertThrows(InvalidInputException.class, () -> accounts.setPassword(admin, id, "short"));
        assertTrue(accounts.authenticate("forgetful", "Forgot-pass-12345").isPresent(), "a refused reset changes nothing");

        accounts.setPassword(admin, id, "Handed-over-pass-1");
        assertTrue(accounts.authenticate("forgetful", "Handed-over-pass-1").isPresent());
        assertFalse(accounts.authenticate("forgetful", "Forgot-pass-12345").isPresent());

        long adminId = admin.userId();
        assertThrows(InvalidInputException.class, () -> accounts.setPassword(admin, adminId, "Admins-new-pass-1"));
    }
}
