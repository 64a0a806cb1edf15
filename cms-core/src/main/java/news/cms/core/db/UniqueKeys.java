package news.cms.core.db;

import java.sql.SQLException;
import java.util.Locale;

/** Recognises a write refused by one named unique key, on H2 and on MySQL/MariaDB alike. */
public final class UniqueKeys {

    private UniqueKeys() {
    }

    /** @return whether {@code e} (or a cause) is a duplicate-key error on the unique key {@code name} */
    public static boolean violated(Throwable e, String name) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            // 23000: MySQL/MariaDB "Duplicate entry … for key 'name'"; 23505: H2 "Unique index … NAME …"
            if (t instanceof SQLException sql && ("23000".equals(sql.getSQLState()) || "23505".equals(sql.getSQLState()))) {
                return String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT));
            }
        }
        return false;
    }
}
