package news.cms.core.audit;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AuditRepository extends CrudRepository<AuditRow, Long> {

    List<AuditRow> findByStoryIdOrderByIdAsc(Long storyId);

    List<AuditRow> findByIdIn(Collection<Long> ids);

    List<AuditRow> findBySubjectTypeAndSubjectIdOrderByIdAsc(String subjectType, String subjectId);
}
