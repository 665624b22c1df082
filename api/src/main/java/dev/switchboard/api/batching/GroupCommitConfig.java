package dev.switchboard.api.batching;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How far requests that arrive together share one transaction (inbound webhooks, sends): each is
 * still answered only after its own data is committed.
 */
@ConfigMapping(prefix = "switchboard.group-commit")
public interface GroupCommitConfig {

  /**
   * Transactions of shared work running at once (each holds one database connection). Two keep one
   * committing while the next fills; more only make the batches smaller (BENCHMARKS.md).
   */
  @WithDefault("2")
  int concurrency();

  /** The most requests in one transaction; 1 turns sharing off. */
  @WithDefault("100")
  int maxBatch();

  /**
   * The most requests waiting for a transaction; one more is answered 503 at once (the database is
   * not keeping up, or is away).
   */
  @WithDefault("10000")
  int maxQueued();

  /**
   * How long a request waits for its commit at most before it is answered 503 with Retry-After:
   * past the pool's acquisition timeout, so that a database that is down answers with its own error
   * first, and one that hangs is noticed within seconds.
   */
  @WithDefault("3s")
  Duration deadline();

  /**
   * The least time from the start of a shared transaction of more than one request that was not
   * full to the start of the same runner's next one: under a steady concurrent load a commit then
   * carries several requests rather than one or two, so the machine is not kept busy committing
   * (BENCHMARKS.md); a full batch never waits, nor does the request after a transaction of one (a
   * caller sending one request after another). Zero turns it off. Five milliseconds rather than
   * two: at half the peak the machine then keeps some idle time, and the tail was shorter in most
   * runs (docs/benchmarks/analysis.md, sixth stop).
   */
  @WithDefault("5ms")
  Duration linger();

  default GroupCommit.Limits limits() {
    return new GroupCommit.Limits(concurrency(), maxBatch(), maxQueued(), deadline(), linger());
  }
}
