package dev.switchboard.domain.messaging.usecase;

import dev.switchboard.domain.messaging.Senders;
import dev.switchboard.domain.messaging.port.out.Messages;
import dev.switchboard.domain.messaging.port.out.OptOuts;
import dev.switchboard.domain.messaging.port.out.SendChecks;
import java.util.Set;

/** A batch's send checks read through the messages, the inventory and the opt-outs, one by one. */
public final class SeparateSendChecks implements SendChecks {

  private final Messages messages;
  private final Senders senders;
  private final OptOuts optOuts;

  public SeparateSendChecks(Messages messages, Senders senders, OptOuts optOuts) {
    this.messages = messages;
    this.senders = senders;
    this.optOuts = optOuts;
  }

  @Override
  public Found read(Asked asked) {
    return new Found(
        asked.keys().isEmpty() ? Set.of() : messages.byIdempotencyKeys(asked.keys()).keySet(),
        senders.standings(asked.senders()),
        asked.pairs().isEmpty() ? Set.of() : optOuts.optedOut(asked.pairs()));
  }
}
