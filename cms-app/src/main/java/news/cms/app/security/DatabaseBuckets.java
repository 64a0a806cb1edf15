package news.cms.app.security;

import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.AbstractSelectForUpdateBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.LockAndGetResult;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.SelectForUpdateBasedTransaction;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.SynchronousTransactionManager;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionStatus;
import news.cms.core.time.UtcTime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Bucket4j's buckets in the {@code login_bucket} table, for every server on the database: each
 * operation locks the bucket's row ({@code SELECT … FOR UPDATE}) in a transaction of its own, so
 * concurrent attempts, on one server or several, take their tokens one after the other. Bucket4j's
 * own JDBC modules are not served to this build; its core does the bucket arithmetic and the
 * locking protocol, this class only the SQL, which is the same on H2 (MySQL mode), MySQL and MariaDB.
 */
final class DatabaseBuckets extends AbstractSelectForUpdateBasedProxyManager<String> {

    /** A row is kept until its bucket is full again: after that, no row means the same. */
    private static final ExpirationAfterWriteStrategy UNTIL_FULL =
            ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO);

    private final SynchronousTransactionManager<Connection> transactions;

    /** @param time the buckets' clock: the application's, so that tests can move it */
    DatabaseBuckets(SynchronousTransactionManager<Connection> transactions, TimeMeter time) {
        super(ClientSideConfig.getDefault().withClientClock(time).withExpirationAfterWriteStrategy(UNTIL_FULL));
        this.transactions = transactions;
    }

    @Override
    public boolean isExpireAfterWriteSupported() {
        return true;
    }

    /** Deletes the rows whose buckets are full again: without one, a bucket starts full. */
    int forgetFull(Instant now) {
        TransactionStatus<Connection> status = transactions.getTransaction(TransactionDefinition.of(TransactionDefinition.Propagation.REQUIRES_NEW));
        try (PreparedStatement delete = status.getConnection().prepareStatement("DELETE FROM login_bucket WHERE expires_at < ?")) {
            delete.setLong(1, UtcTime.toRow(now));
            int deleted = delete.executeUpdate();
            transactions.commit(status);
            return deleted;
        } catch (SQLException | RuntimeException e) {
            transactions.rollback(status);
            throw failed("forgetting full buckets", e);
        }
    }

    @Override
    public void removeProxy(String key) {
        TransactionStatus<Connection> status = transactions.getTransaction(TransactionDefinition.of(TransactionDefinition.Propagation.REQUIRES_NEW));
        try (PreparedStatement delete = status.getConnection().prepareStatement("DELETE FROM login_bucket WHERE id = ?")) {
            delete.setString(1, key);
            delete.executeUpdate();
            transactions.commit(status);
        } catch (SQLException | RuntimeException e) {
            transactions.rollback(status);
            throw failed("removing a bucket", e);
        }
    }

    @Override
    protected SelectForUpdateBasedTransaction allocateTransaction(String key, Optional<Long> timeoutNanos) {
        return new RowTransaction(key);
    }

    private static DataAccessException failed(String what, Exception e) {
        return new DataAccessException("Sign-in limits: " + what + " failed: " + e.getMessage(), e);
    }

    /** One operation on one bucket: its row locked from the first read to the commit. */
    private final class RowTransaction implements SelectForUpdateBasedTransaction {

        private final String key;
        private TransactionStatus<Connection> status;

        RowTransaction(String key) {
            this.key = key;
        }

        @Override
        public void begin(Optional<Long> timeoutNanos) {
            status = transactions.getTransaction(TransactionDefinition.of(TransactionDefinition.Propagation.REQUIRES_NEW));
        }

        @Override
        public LockAndGetResult tryLockAndGet(Optional<Long> timeoutNanos) {
            try (PreparedStatement select = connection().prepareStatement("SELECT state FROM login_bucket WHERE id = ? FOR UPDATE")) {
                select.setString(1, key);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? LockAndGetResult.locked(row.getBytes(1)) : LockAndGetResult.notLocked();
                }
            } catch (SQLException e) {
                throw failed("reading a bucket", e);
            }
        }

        @Override
        public boolean tryInsertEmptyData(Optional<Long> timeoutNanos) {
            // A concurrent attempt may insert the same row first: then nothing is inserted, and Bucket4j
            // locks that row in its next transaction.
            try (PreparedStatement insert = connection().prepareStatement(
                    "INSERT IGNORE INTO login_bucket (id, state, expires_at) VALUES (?, NULL, ?)")) {
                insert.setString(1, key);
                insert.setLong(2, UtcTime.toRow(now()));
                return insert.executeUpdate() > 0;
            } catch (SQLException e) {
                throw failed("making a bucket", e);
            }
        }

        @Override
        public void update(byte[] data, RemoteBucketState newState, Optional<Long> timeoutNanos) {
            try (PreparedStatement update = connection().prepareStatement(
                    "UPDATE login_bucket SET state = ?, expires_at = ? WHERE id = ?")) {
                update.setBytes(1, data);
                update.setLong(2, UtcTime.toRow(expiry(newState)));
                update.setString(3, key);
                update.executeUpdate();
            } catch (SQLException e) {
                throw failed("writing a bucket", e);
            }
        }

        @Override
        public void commit(Optional<Long> timeoutNanos) {
            TransactionStatus<Connection> done = status;
            status = null;
            transactions.commit(done);
        }

        @Override
        public void rollback() {
            TransactionStatus<Connection> done = status;
            status = null;
            if (done != null) {
                transactions.rollback(done);
            }
        }

        @Override
        public void release() {
            rollback(); // nothing to do after a commit; after a failure, the transaction is not left open
        }

        private Connection connection() {
            return status.getConnection();
        }

        private Instant expiry(RemoteBucketState state) {
            return now().plusMillis(UNTIL_FULL.calculateTimeToLiveMillis(state, currentTimeNanos()));
        }

        private Instant now() {
            return Instant.ofEpochSecond(0, currentTimeNanos());
        }
    }
}
