package dev.switchboard.api.consent;

import dev.switchboard.domain.messaging.OptOut;
import dev.switchboard.domain.shared.E164Number;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An opt-out as the API shows it; {@code number} is null (and {@code allNumbers} true) when the
 * phone opted out of every number of ours.
 */
public record OptOutView(
    String id,
    String number,
    boolean allNumbers,
    String peer,
    String source,
    String actor,
    String reason,
    Instant optedOutAt) {

  public static OptOutView of(OptOut o) {
    return new OptOutView(
        o.id().toString(),
        o.ourNumber().map(E164Number::value).orElse(null),
        o.ourNumber().isEmpty(),
        o.peer().value(),
        o.source().name(),
        o.actor(),
        o.reason(),
        o.at());
  }

  /** One page of {@code GET /v1/opt-outs}; {@code nextCursor} is absent on the last page. */
  @Schema(name = "OptOutPage")
  public record Page(List<OptOutView> data, String nextCursor) {}

  /** The body of {@code POST /v1/opt-outs}: a peer, and our number unless it is every number. */
  @Schema(name = "OptOutRequest")
  public record AddRequest(String number, String peer, String reason) {}
}
