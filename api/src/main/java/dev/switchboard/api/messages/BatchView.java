package dev.switchboard.api.messages;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.switchboard.api.problems.HttpProblem;
import dev.switchboard.api.problems.Problem;
import dev.switchboard.domain.messaging.usecase.SendMessage;
import dev.switchboard.domain.shared.DomainException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;

/**
 * The answer to a batch request: one result per message, in the request's order, each the message
 * accepted (status 202, or 202 replayed) or its RFC 9457 problem.
 */
public record BatchView(int accepted, int refused, List<Item> results) {

  private static final Logger LOG = Logger.getLogger(BatchView.class);

  /** One message's outcome; {@code message} or {@code problem} is present. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Schema(name = "BatchResult")
  public record Item(
      int index, int status, Boolean replayed, MessageView message, Problem problem) {}

  public static BatchView of(List<SendMessage.Outcome> outcomes) {
    List<Item> items = new ArrayList<>(outcomes.size());
    int accepted = 0;
    for (int i = 0; i < outcomes.size(); i++) {
      SendMessage.Outcome outcome = outcomes.get(i);
      if (outcome.result() != null) {
        accepted++;
        items.add(
            new Item(
                i,
                202,
                outcome.result().replayed(),
                MessageView.of(outcome.result().message()),
                null));
      } else {
        Problem problem = problemOf(outcome.refusal());
        items.add(new Item(i, problem.status(), null, null, problem));
      }
    }
    return new BatchView(accepted, outcomes.size() - accepted, items);
  }

  private static Problem problemOf(RuntimeException refusal) {
    if (refusal instanceof DomainException domain) {
      return Problem.of(domain.problem(), domain.getMessage());
    }
    LOG.error("unexpected error in a batch", refusal);
    return Problem.of(HttpProblem.INTERNAL_ERROR, "something went wrong on our side; retry later");
  }
}
