package news.cms.core.account;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface UserRepository extends CrudRepository<UserRow, Long> {

    Optional<UserRow> findByUsername(String username);

    boolean existsByUsername(String username);

    List<UserRow> findAllOrderByUsername();

    /**
     * The credentials version is raised in the same statement that changes role or status, judged
     * against the row's values at that moment, so concurrent changes cannot both miss it. It comes
     * first: MySQL and MariaDB evaluate assignments left to right, with the new values of columns
     * already assigned (H2 uses the old values throughout).
     */
    @Query("""
            UPDATE users SET
                credentials_version = credentials_version + CASE WHEN role <> :role OR enabled <> :enabled THEN 1 ELSE 0 END,
                display_name = :displayName, role = :role, enabled = :enabled, updated_at = :updatedAt
            WHERE id = :id""")
    void updateProfile(long id, String displayName, String role, boolean enabled, long updatedAt);

    /** A new password, and a new credentials version in the same statement: every token issued before it ends. */
    @Query("""
            UPDATE users SET credentials_version = credentials_version + 1, password_hash = :passwordHash,
                updated_at = :updatedAt
            WHERE id = :id""")
    void updatePassword(long id, String passwordHash, long updatedAt);
}
