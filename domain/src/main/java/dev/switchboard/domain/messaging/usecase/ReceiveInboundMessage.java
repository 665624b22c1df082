package dev.switchboard.domain.messaging.usecase;

import dev.switchboard.domain.events.DomainEvent;
import dev.switchboard.domain.events.port.out.Outbox;
import dev.switchboard.domain.messaging.InboundMessage;
import dev.switchboard.domain.messaging.Keyword;
import dev.switchboard.domain.messaging.KeywordRule;
import dev.switchboard.domain.messaging.KeywordSettings;
import dev.switchboard.domain.messaging.MediaUrls;
import dev.switchboard.domain.messaging.Message;
import dev.switchboard.domain.messaging.MessageId;
import dev.switchboard.domain.messaging.OptOutSource;
import dev.switchboard.domain.messaging.event.MessageEvents;
import dev.switchboard.domain.messaging.port.out.MediaArchive;
import dev.switchboard.domain.messaging.port.out.Messages;
import dev.switchboard.domain.messaging.port.out.NumberKeywords;
import dev.switchboard.domain.messaging.port.out.OptOuts;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.port.out.IdGenerator;
import dev.switchboard.domain.shared.port.out.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Use case: record a message a phone sent to one of our numbers and tell it as an event, once per
 * Flowroute id however often Flowroute delivers it. A keyword (the account's, or the number's own)
 * updates the opt-out list and may queue its auto-reply, in the same transaction as the inbound
 * row: a delivery that is a repeat adds neither again. The media of an MMS are put on the list to
 * copy into our storage.
 */
public final class ReceiveInboundMessage {

  /**
   * The stored message, whether this delivery was a repeat of one already recorded, and the
   * auto-reply it queued (a repeat never queues one).
   */
  public record Result(Message message, boolean duplicate, Optional<Message> autoReply) {

    public Result(Message message, boolean duplicate) {
      this(message, duplicate, Optional.empty());
    }

    public Result {
      autoReply = autoReply == null ? Optional.empty() : autoReply;
    }
  }

  /** The prefix of an auto-reply's idempotency key: scoped keys start with a digit, never so. */
  static final String AUTO_REPLY_KEY = "auto-reply:";

  private final Messages messages;
  private final OptOuts optOuts;
  private final Outbox outbox;
  private final MediaArchive mediaArchive;
  private final MessageEvents events;
  private final UnitOfWork unitOfWork;
  private final IdGenerator ids;
  private final Clock clock;
  private final KeywordSettings account;
  private final NumberKeywords numberKeywords;

  /** With the default keywords, no auto-replies and no number's own keywords. */
  public ReceiveInboundMessage(
      Messages messages,
      OptOuts optOuts,
      Outbox outbox,
      MediaArchive mediaArchive,
      MessageEvents events,
      UnitOfWork unitOfWork,
      IdGenerator ids,
      Clock clock) {
    this(
        messages,
        optOuts,
        outbox,
        mediaArchive,
        events,
        unitOfWork,
        ids,
        clock,
        KeywordSettings.DEFAULTS,
        NumberKeywords.NONE);
  }

  public ReceiveInboundMessage(
      Messages messages,
      OptOuts optOuts,
      Outbox outbox,
      MediaArchive mediaArchive,
      MessageEvents events,
      UnitOfWork unitOfWork,
      IdGenerator ids,
      Clock clock,
      KeywordSettings account,
      NumberKeywords numberKeywords) {
    this.messages = messages;
    this.optOuts = optOuts;
    this.outbox = outbox;
    this.mediaArchive = mediaArchive;
    this.events = events;
    this.unitOfWork = unitOfWork;
    this.ids = ids;
    this.clock = clock;
    this.account = account;
    this.numberKeywords = numberKeywords;
  }

  /** Records one message in a transaction of its own. */
  public Result receive(InboundMessage inbound) {
    return receiveAll(List.of(inbound)).get(0);
  }

  /** Records messages in one transaction; one result per message, in order. */
  public List<Result> receiveAll(List<InboundMessage> batch) {
    return unitOfWork.inTransaction(
        () -> {
          Instant now = clock.instant();
          List<Message> received =
              batch.stream()
                  .map(inbound -> Message.received(new MessageId(ids.newId()), inbound, now))
                  .toList();
          Set<MessageId> added = messages.addAll(received);
          List<Result> results = new ArrayList<>(received.size());
          List<DomainEvent> told = new ArrayList<>(added.size());
          List<Message> replies = new ArrayList<>();
          List<Message> withMedia = new ArrayList<>();
          // A batch is mostly texts to the same few numbers: their keywords are read once each, and
          // only when a text could be a keyword.
          Map<E164Number, KeywordSettings> settings = new HashMap<>();
          for (Message message : received) {
            if (added.contains(message.id())) {
              told.add(events.received(message));
              if (message.isMms()) {
                withMedia.add(message);
              }
              Optional<String> word = KeywordSettings.wordOf(message.body());
              Optional<Message> reply =
                  word.isPresent()
                      ? applyKeyword(
                          message,
                          word.get(),
                          settings.computeIfAbsent(message.to(), this::settingsOf),
                          now,
                          told)
                      : Optional.empty();
              reply.ifPresent(replies::add);
              results.add(new Result(message, false, reply));
            } else {
              Message existing =
                  messages
                      .byFlowrouteId(message.flowrouteId())
                      .orElseThrow(() -> new IllegalStateException("duplicate without original"));
              results.add(new Result(existing, true));
            }
          }
          queueReplies(replies, results, told);
          outbox.appendAll(told);
          // In the message's transaction: the copy is made later, but is never forgotten.
          if (!withMedia.isEmpty()) {
            mediaArchive.enqueue(withMedia, now);
          }
          return results;
        });
  }

  /**
   * STOP and START change the opt-out list; the family's reply, if it has one, is made. Only a
   * number we can text is answered (short codes and sender IDs we never text).
   */
  private Optional<Message> applyKeyword(
      Message message, String word, KeywordSettings settings, Instant now, List<DomainEvent> told) {
    Optional<E164Number> phone = message.from().nanp();
    if (phone.isEmpty()) {
      return Optional.empty();
    }
    Optional<Keyword> keyword = settings.familyOf(word);
    if (keyword.isEmpty()) {
      return Optional.empty();
    }
    Consent consent = new Consent(optOuts, events);
    Optional<E164Number> ours = Optional.of(message.to());
    String why = "texted " + message.body().strip();
    switch (keyword.get()) {
      case STOP ->
          consent
              .optOut(ours, phone.get(), OptOutSource.KEYWORD, null, why, now)
              .ifPresent(change -> told.add(change.event()));
      case START ->
          consent
              .optIn(ours, phone.get(), OptOutSource.KEYWORD, null, why, now)
              .ifPresent(change -> told.add(change.event()));
      case HELP -> {}
    }
    Optional<String> text = settings.reply(keyword.get());
    // The confirmation of a STOP is the one text an opted-out phone still gets.
    if (text.isEmpty()
        || keyword.get() != Keyword.STOP && optOuts.isOptedOut(message.to(), phone.get())) {
      return Optional.empty();
    }
    String key = AUTO_REPLY_KEY + message.flowrouteId();
    E164Number from = message.to();
    return Optional.of(
        Message.queued(
                new MessageId(ids.newId()),
                from,
                phone.get(),
                text.get(),
                List.of(),
                key,
                SendMessage.fingerprint(from, phone.get(), text.get(), MediaUrls.parse(null)),
                now)
            .asAutoReply());
  }

  private KeywordSettings settingsOf(E164Number ourNumber) {
    Map<Keyword, KeywordRule> own = numberKeywords.of(ourNumber);
    return own.isEmpty() ? account : account.overriddenBy(own);
  }

  /**
   * Queues the auto-replies with the first event of each; one whose key is taken (its text was
   * answered already) is left out.
   */
  private void queueReplies(List<Message> replies, List<Result> results, List<DomainEvent> told) {
    if (replies.isEmpty()) {
      return;
    }
    Set<MessageId> queued = messages.addAll(replies);
    for (Message reply : replies) {
      if (queued.contains(reply.id())) {
        told.add(events.statusChanged(reply, null, null));
      }
    }
    results.replaceAll(
        r ->
            r.autoReply().isPresent() && !queued.contains(r.autoReply().get().id())
                ? new Result(r.message(), r.duplicate())
                : r);
  }
}
