package dev.switchboard.benchmarks.floor;

import dev.switchboard.benchmarks.GroupCommitCeiling;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Opens the benchmark's bare group commit when the application starts (its tables and topic exist
 * before the first request) and closes it on shutdown.
 */
final class GroupCommitLifecycle {

  @Produces
  @Singleton
  @Startup
  GroupCommitCeiling open(FloorSettings settings) throws Exception {
    return GroupCommitCeiling.open(settings.jdbcUrl(), settings.bootstrapServers());
  }

  void close(@Disposes GroupCommitCeiling commits) {
    commits.close();
  }
}
