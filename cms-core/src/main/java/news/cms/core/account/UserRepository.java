package news.cms.core.account;

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
}
