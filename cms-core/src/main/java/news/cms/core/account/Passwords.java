package news.cms.core.account;

import news.cms.core.error.InputChecks;

/** The password rule of the contract: at least 10 characters, at most a sane upper bound. */
final class Passwords {

    static final int MIN_LENGTH = 10;
    /** Argon2 hashes any length, but a megabyte "password" is a denial-of-service attempt. */
    static final int MAX_LENGTH = 200;

    private Passwords() {
    }

    static void check(InputChecks checks, String field, String password) {
        if (password == null || password.isEmpty()) {
            checks.fail(field, "is required");
            return;
        }
        int length = password.codePointCount(0, password.length());
        checks.check(length >= MIN_LENGTH, field, "must be at least " + MIN_LENGTH + " characters");
        checks.check(length <= MAX_LENGTH, field, "must be at most " + MAX_LENGTH + " characters");
    }
}
