package news.cms.core.db;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import news.cms.core.paging.PageRequest;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A list with optional filters, paged: {@code FROM table alias [WHERE …]} with only the conditions
 * that were asked for, counted and read a page of ids at a time. Values are always bound, never
 * spliced into the SQL. Call inside a (read-only) transaction so count and page agree.
 */
public final class FilteredQuery {

    private final String from;
    private final List<String> conditions = new ArrayList<>();
    private final List<Object> values = new ArrayList<>();

    /** @param from the table and its alias, e.g. {@code "story s"} */
    public FilteredQuery(String from) {
        this.from = from;
    }

    /** Adds a condition with one {@code ?} per value. */
    public FilteredQuery where(String condition, Object... conditionValues) {
        conditions.add(condition);
        values.addAll(List.of(conditionValues));
        return this;
    }

    public long count(JdbcOperations jdbc) {
        return jdbc.prepareStatement("SELECT COUNT(*) FROM " + from + whereClause(), statement -> {
            try (ResultSet rs = bind(statement, values).executeQuery()) {
                rs.next();
                return rs.getLong(1);
            } catch (SQLException e) {
                throw new DataAccessException("Counting " + from + " failed: " + e.getMessage(), e);
            }
        });
    }

    /** The ids of one page, in {@code orderBy} order (e.g. {@code "s.updated_at DESC, s.id DESC"}). */
    public List<Long> ids(JdbcOperations jdbc, String idColumn, String orderBy, PageRequest page) {
        List<Object> pageValues = new ArrayList<>(values);
        pageValues.add(page.size());
        pageValues.add(page.offset());
        String sql = "SELECT " + idColumn + " FROM " + from + whereClause() + " ORDER BY " + orderBy + " LIMIT ? OFFSET ?";
        return jdbc.prepareStatement(sql, statement -> {
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = bind(statement, pageValues).executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            } catch (SQLException e) {
                throw new DataAccessException("Listing " + from + " failed: " + e.getMessage(), e);
            }
            return ids;
        });
    }

    private String whereClause() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** Binds {@code values} to the statement's parameters in order. */
    public static PreparedStatement bind(PreparedStatement statement, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setObject(i + 1, values.get(i));
        }
        return statement;
    }
}
