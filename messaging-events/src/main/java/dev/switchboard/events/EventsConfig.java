package dev.switchboard.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Typed configuration of the event contract and the outbox relay ({@code switchboard.events.*}).
 */
@ConfigMapping(prefix = "switchboard.events")
public interface EventsConfig {

  /** The CloudEvents {@code source} attribute of every event. */
  @WithDefault("/switchboard")
  String source();

  Topics topics();

  Relay relay();

  /** How long one publish may take before it fails, even when the broker is unreachable. */
  @WithDefault("10S")
  Duration publishTimeout();

  /**
   * The Kafka topic of each event stream. The defaults are written out (the deploy checks read them
   * from this source); {@code EventsConfigTest} keeps them equal to the contract's {@code
   * EventType.Topics}.
   */
  interface Topics {
    @WithDefault("switchboard.messages.inbound.v1")
    String inbound();

    @WithDefault("switchboard.messages.status.v1")
    String status();

    @WithDefault("switchboard.numbers.v1")
    String numbers();

    /** Every change of the opt-out list ({@code opt-out.added}, {@code opt-out.removed}). */
    @WithDefault("switchboard.opt-outs.v1")
    String optOuts();
  }

  /** How the outbox relay runs. */
  interface Relay {
    @WithDefault("true")
    boolean enabled();

    @WithDefault("500")
    int batchSize();

    /** How long to wait for a new-event notification before looking at the outbox anyway. */
    @WithDefault("1S")
    Duration pollInterval();

    @WithDefault("10S")
    Duration maxBackoff();

    /**
     * The least time between the starts of two rounds while events trickle in: they wait up to this
     * long to go out together.
     */
    @WithDefault("5MS")
    Duration linger();

    /**
     * The Kafka transactional id every replica's relay uses. One id for all of them is what fences:
     * a relay taking the turn initialises its producer with it, which aborts and fences the
     * producer of any earlier holder, so a relay that lost its turn cannot publish late events.
     */
    @WithDefault("switchboard-outbox-relay")
    String transactionalId();
  }
}
