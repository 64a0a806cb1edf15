package news.cms.core.schedule;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ScheduleMissRepository extends CrudRepository<ScheduleMissRow, Long> {

    List<ScheduleMissRow> findByScheduledAtGreaterThanEqualsOrderByScheduledAtDesc(long since);
}
