package dev.switchboard.domain.messaging.usecase;

import dev.switchboard.domain.events.port.out.Outbox;
import dev.switchboard.domain.messaging.MessageQuery;
import dev.switchboard.domain.messaging.OptOut;
import dev.switchboard.domain.messaging.OptOutQuery;
import dev.switchboard.domain.messaging.OptOutSource;
import dev.switchboard.domain.messaging.event.MessageEvents;
import dev.switchboard.domain.messaging.port.out.OptOuts;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.NotFoundException;
import dev.switchboard.domain.shared.Page;
import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.ValidationException;
import dev.switchboard.domain.shared.port.out.UnitOfWork;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * Use case: an API caller lists, adds and removes opt-outs; every change records the caller and the
 * reason and publishes its event in the same transaction.
 */
public final class ManageOptOuts {

  /** The opt-out as it stands after an add, and whether the add recorded it (false: it was). */
  public record Added(OptOut optOut, boolean created) {}

  private final OptOuts optOuts;
  private final Outbox outbox;
  private final MessageEvents events;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public ManageOptOuts(
      OptOuts optOuts, Outbox outbox, MessageEvents events, UnitOfWork unitOfWork, Clock clock) {
    this.optOuts = optOuts;
    this.outbox = outbox;
    this.events = events;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  public Page<OptOut> list(OptOutQuery query) {
    return optOuts.list(query);
  }

  public OptOut get(UUID id) {
    return optOuts.byId(id).orElseThrow(() -> notFound(id));
  }

  /**
   * Opts {@code peer} out of {@code ourNumber}, or of every number of ours when it is empty. An
   * opt-out of the same pair already recorded stands as it is.
   */
  public Added add(Optional<E164Number> ourNumber, E164Number peer, String reason, String caller) {
    if (peer == null) {
      throw new ValidationException(ProblemType.INVALID_OPT_OUT, "an opt-out needs a peer");
    }
    return unitOfWork.inTransaction(
        () ->
            new Consent(optOuts, events)
                .optOut(ourNumber, peer, OptOutSource.API, caller, reason, clock.instant())
                .map(
                    change -> {
                      outbox.append(change.event());
                      return new Added(change.optOut(), true);
                    })
                .orElseGet(() -> new Added(existing(ourNumber, peer), false)));
  }

  /** Removes the opt-out {@code id}: the pair may be texted again (unless another one holds). */
  public OptOut remove(UUID id, String reason, String caller) {
    String why = OptOut.validReason(reason);
    return unitOfWork.inTransaction(
        () -> {
          OptOut found = get(id);
          return new Consent(optOuts, events)
              .optIn(
                  found.ourNumber(), found.peer(), OptOutSource.API, caller, why, clock.instant())
              .map(
                  change -> {
                    outbox.append(change.event());
                    return change.optOut();
                  })
              .orElseThrow(() -> notFound(id));
        });
  }

  private OptOut existing(Optional<E164Number> ourNumber, E164Number peer) {
    OptOutQuery query =
        new OptOutQuery(
            ourNumber,
            Optional.of(peer),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            MessageQuery.MAX_LIMIT);
    return optOuts.list(query).items().stream()
        .filter(o -> o.ourNumber().equals(ourNumber))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("an opt-out both recorded and missing"));
  }

  private static NotFoundException notFound(UUID id) {
    return new NotFoundException(ProblemType.OPT_OUT_NOT_FOUND, "no opt-out " + id);
  }
}
