package news.cms.plugins.manage;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface PluginRepository extends CrudRepository<PluginRow, String> {

    List<PluginRow> findAllOrderById();
}
