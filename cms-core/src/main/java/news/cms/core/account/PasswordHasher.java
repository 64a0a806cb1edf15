package news.cms.core.account;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import jakarta.inject.Singleton;

/**
 * Argon2id password hashing (password4j). Parameters follow OWASP's current minimum for Argon2id
 * (19 MiB, 2 passes, 1 lane); they are stored inside each hash, so raising them later re-hashes
 * nobody and still verifies every old hash.
 */
@Singleton
public class PasswordHasher {

    private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19 * 1024, 2, 1, 32, Argon2.ID);
    /**
     * Verified against for unknown usernames, so a wrong username costs what a wrong password costs.
     * Made on first need rather than at start: an Argon2 run costs start-up time.
     */
    private volatile String decoy;

    public String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(ARGON2ID).getResult();
    }

    public boolean verify(String password, String hash) {
        return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
    }

    /** Spends the time of one verification and fails: the answer for a username that does not exist. */
    public boolean verifyDecoy(String password) {
        String hash = decoy;
        if (hash == null) {
            hash = hash("decoy password that nobody has");
            decoy = hash;
        }
        verify(password, hash);
        return false;
    }
}
