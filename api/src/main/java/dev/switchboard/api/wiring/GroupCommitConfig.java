package dev.switchboard.api.wiring;

import dev.switchboard.domain.shared.GroupCommit;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

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

  default GroupCommit.Limits limits() {
    return new GroupCommit.Limits(concurrency(), maxBatch());
  }
}
