package dev.switchboard.domain.messaging.usecase;

import dev.switchboard.domain.messaging.DispatcherState;
import dev.switchboard.domain.messaging.port.out.WorkBacklog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Use case: read the dispatcher's state for operators, from where it is decided: the account pause
 * kept by {@link DispatchMessages}, each kind's rate limiter, and the backlog of work.
 */
public final class ReadDispatcher {

  private final DispatchMessages dispatch;
  private final WorkBacklog backlog;
  private final Clock clock;

  public ReadDispatcher(DispatchMessages dispatch, WorkBacklog backlog, Clock clock) {
    this.dispatch = dispatch;
    this.backlog = backlog;
    this.clock = clock;
  }

  public DispatcherState read() {
    Optional<Instant> oldest = backlog.oldestUnpublishedEvent();
    Instant now = clock.instant();
    Duration lag =
        oldest
            .map(at -> at.isBefore(now) ? Duration.between(at, now) : Duration.ZERO)
            .orElse(Duration.ZERO);
    return new DispatcherState(
        dispatch.pause().reason(),
        dispatch.pause().detail(),
        dispatch.rates(),
        backlog.queuedByKind(),
        backlog.unpublishedEvents(),
        oldest,
        lag);
  }
}
