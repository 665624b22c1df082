package dev.switchboard.flowroute.messaging.webhook;

import dev.switchboard.domain.messaging.MessageId;
import dev.switchboard.domain.messaging.port.in.InboundMessageIntake;
import dev.switchboard.domain.messaging.usecase.ApplyDeliveryReceipt;
import dev.switchboard.domain.shared.Futures;
import dev.switchboard.domain.shared.NotFoundException;
import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.flowroute.http.FlowrouteJson;
import dev.switchboard.flowroute.http.Secret;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.jboss.logging.Logger;

/**
 * The webhooks Flowroute calls: inbound SMS and MMS, and delivery receipts. The secret in the path
 * is the only proof of origin Flowroute allows (it signs nothing). Bodies are read as bytes
 * whatever their content type, and answered 200 only once the use case has committed, so that
 * Flowroute re-sends anything we did not keep. Inbound messages are parsed on the event loop and
 * answered when their shared transaction commits, holding no thread while they wait (the busiest
 * path); receipts run on a worker thread.
 */
@Path(WebhookUrls.ROOT + "{secret}")
public class FlowrouteWebhookResource {

  static final String OK = "{\"status\":\"ok\"}";

  private static final Logger LOG = Logger.getLogger(FlowrouteWebhookResource.class);

  private final byte[] secret;
  private final InboundMessageIntake receiveInbound;
  private final ApplyDeliveryReceipt applyReceipt;
  private final FlowrouteWebhookParser parser;

  @Inject
  public FlowrouteWebhookResource(
      WebhookConfig config,
      InboundMessageIntake receiveInbound,
      ApplyDeliveryReceipt applyReceipt,
      Instance<Clock> clocks) {
    this(
        config.secret(),
        receiveInbound,
        applyReceipt,
        new FlowrouteWebhookParser(
            FlowrouteJson.mapper(), clocks.isResolvable() ? clocks.get() : Clock.systemUTC()));
  }

  FlowrouteWebhookResource(
      Secret secret,
      InboundMessageIntake receiveInbound,
      ApplyDeliveryReceipt applyReceipt,
      FlowrouteWebhookParser parser) {
    this.secret = secret.reveal().getBytes(StandardCharsets.UTF_8);
    this.receiveInbound = receiveInbound;
    this.applyReceipt = applyReceipt;
    this.parser = parser;
  }

  /** Inbound SMS; an MMS body is accepted too, the content decides. */
  @POST
  @Path("sms")
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  public CompletionStage<String> sms(@PathParam("secret") String given, byte[] body) {
    return inbound(given, body);
  }

  /** Inbound MMS; an SMS body is accepted too, the content decides. */
  @POST
  @Path("mms")
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  public CompletionStage<String> mms(@PathParam("secret") String given, byte[] body) {
    return inbound(given, body);
  }

  /** Delivery receipts of our outbound SMS and MMS. */
  @POST
  @Path("dlr")
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  @Blocking
  public String dlr(@PathParam("secret") String given, byte[] body) {
    requireSecret(given);
    applyReceipt.apply(parser.deliveryReceipt(text(body)));
    return OK;
  }

  /**
   * Delivery receipts sent to one message's own callback URL: the path names our message, which
   * settles a send whose answer we never got.
   */
  @POST
  @Path("dlr/{messageId}")
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  @Blocking
  public String messageDlr(
      @PathParam("secret") String given, @PathParam("messageId") String messageId, byte[] body) {
    requireSecret(given);
    applyReceipt.apply(parser.deliveryReceipt(text(body)), messageIdOf(messageId));
    return OK;
  }

  /** A path that names no message of ours is still a receipt: it is kept by Flowroute's id. */
  private static Optional<MessageId> messageIdOf(String text) {
    try {
      return Optional.of(new MessageId(UUID.fromString(text)));
    } catch (IllegalArgumentException notOurs) {
      return Optional.empty();
    }
  }

  private CompletionStage<String> inbound(String given, byte[] body) {
    requireSecret(given);
    return Futures.then(
        receiveInbound.receiveLater(parser.inboundMessage(text(body))), received -> OK);
  }

  private void requireSecret(String given) {
    byte[] candidate = given == null ? new byte[0] : given.getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(candidate, secret)) {
      // What an operator needs when Flowroute's callback URLs hold an old secret (its webhooks are
      // refused and it gives up after a while); never the path, which holds the given secret.
      LOG.warn("webhook refused (404): the secret in its path is not this deployment's");
      throw new NotFoundException(ProblemType.NOT_FOUND, "no such resource");
    }
  }

  private static String text(byte[] body) {
    return body == null ? "" : new String(body, StandardCharsets.UTF_8);
  }
}
