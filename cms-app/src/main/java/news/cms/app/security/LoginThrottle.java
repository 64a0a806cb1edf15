package news.cms.app.security;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.BucketProxy;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.SynchronousTransactionManager;
import jakarta.inject.Singleton;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * The sign-in limits, as token buckets in the database ({@link DatabaseBuckets}) so that every server
 * counts the same attempts. An attempt takes a token from three buckets before its password is
 * checked, atomically for each: one username from one address (the guesser at one place), one address
 * (spraying many names) and one username from everywhere (a distributed attack, with a much higher
 * ceiling). When any is empty the attempt is refused and gives back what it took. Each bucket refills
 * evenly over the window. A correct password forgives that username's typos at that address, so
 * nobody is locked out by their own earlier mistakes, and an attacker failing on purpose elsewhere
 * locks out only their own address, until the ceiling.
 */
@Singleton
class LoginThrottle {

    /** An attempt that was let through: the buckets it took a token from. */
    record Attempt(BucketProxy pair, List<BucketProxy> shared) {
    }

    private static final int IPV6_NETWORK_BITS = 64;

    private final DatabaseBuckets buckets;
    private final Clock clock;
    private final BucketConfiguration perPair;
    private final BucketConfiguration perAddress;
    private final BucketConfiguration perUsername;

    LoginThrottle(LoginThrottleConfiguration config, SynchronousTransactionManager<Connection> transactions, Clock clock) {
        this.clock = clock;
        this.buckets = new DatabaseBuckets(transactions, new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                Instant now = clock.instant();
                return Math.addExact(Math.multiplyExact(now.getEpochSecond(), 1_000_000_000L), now.getNano());
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        });
        this.perPair = limit(config.getMaxFailuresPerUsername(), config.getWindow());
        this.perAddress = limit(config.getMaxFailuresPerAddress(), config.getWindow());
        this.perUsername = limit(config.getMaxFailuresPerUsernameTotal(), config.getWindow());
    }

    /**
     * Takes the attempt from every limit, or from none.
     *
     * @throws SignInRefusedException saying how long to wait, when a limit refuses it
     */
    Attempt take(String username, InetAddress client) {
        String address = addressKey(client);
        List<BucketProxy> taken = new ArrayList<>();
        for (BucketProxy bucket : List.of(
                bucket("p", username + "\n" + address, perPair),
                bucket("a", address, perAddress),
                bucket("u", username, perUsername))) {
            ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
            if (!probe.isConsumed()) {
                taken.forEach(earlier -> earlier.addTokens(1));
                throw SignInRefusedException.throttled(Duration.ofNanos(probe.getNanosToWaitForRefill()));
            }
            taken.add(bucket);
        }
        return new Attempt(taken.get(0), List.copyOf(taken.subList(1, taken.size())));
    }

    /** The password was right: that username's failures from that address are forgiven, and this attempt given back. */
    void succeeded(Attempt attempt) {
        attempt.pair().reset();
        attempt.shared().forEach(bucket -> bucket.addTokens(1));
    }

    /** Rows of buckets that are full again are the same as no row: an hourly sweep keeps the table small. */
    @Scheduled(fixedDelay = "1h", initialDelay = "1m")
    void forgetFullBuckets() {
        buckets.forgetFull(clock.instant());
    }

    private BucketProxy bucket(String limit, String subject, BucketConfiguration configuration) {
        return buckets.builder().build(limit + ":" + digest(subject), configuration);
    }

    private static BucketConfiguration limit(int attempts, Duration window) {
        return BucketConfiguration.builder()
                .addLimit(bandwidth -> bandwidth.capacity(attempts).refillGreedy(attempts, window))
                .build();
    }

    /**
     * An IPv4 address, or the /64 network of an IPv6 one: a single IPv6 subscriber is usually given
     * a whole /64, so its addresses count as one.
     */
    static String addressKey(InetAddress address) {
        if (address instanceof Inet6Address) {
            byte[] network = Arrays.copyOf(address.getAddress(), 16);
            Arrays.fill(network, IPV6_NETWORK_BITS / 8, 16, (byte) 0);
            return Base64.getEncoder().encodeToString(network) + "/" + IPV6_NETWORK_BITS;
        }
        return address.getHostAddress();
    }

    /** Fixed length whatever was typed as a username, and no names or addresses in the table. */
    private static String digest(String subject) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(subject.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
