package dev.switchboard.domain.messaging.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.events.port.out.RecordingOutbox;
import dev.switchboard.domain.messaging.InboundMessage;
import dev.switchboard.domain.messaging.Media;
import dev.switchboard.domain.messaging.Message;
import dev.switchboard.domain.messaging.MessageId;
import dev.switchboard.domain.messaging.RetryPolicy;
import dev.switchboard.domain.messaging.event.MessageEvents;
import dev.switchboard.domain.messaging.event.MessageMediaArchived;
import dev.switchboard.domain.messaging.media.ArchiveState;
import dev.switchboard.domain.messaging.media.MediaBytes;
import dev.switchboard.domain.messaging.media.MediaContent;
import dev.switchboard.domain.messaging.media.MediaFetchException;
import dev.switchboard.domain.messaging.media.MediaNotArchivedException;
import dev.switchboard.domain.messaging.media.MediaTask;
import dev.switchboard.domain.messaging.port.out.InMemoryMediaArchive;
import dev.switchboard.domain.messaging.port.out.InMemoryMediaStore;
import dev.switchboard.domain.messaging.port.out.InMemoryMessages;
import dev.switchboard.domain.messaging.port.out.MediaSource;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.MutableClock;
import dev.switchboard.domain.shared.NotFoundException;
import dev.switchboard.domain.shared.PhoneAddress;
import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.port.out.DirectUnitOfWork;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class ArchiveInboundMediaTest {

  private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
  private static final E164Number OURS = new E164Number("+12065550100");
  private static final URI CAT = URI.create("https://media.example/cat");
  private static final URI CLIP = URI.create("https://media.example/clip");
  private static final Duration LEASE = Duration.ofMinutes(1);

  private final MutableClock clock = new MutableClock(START);
  private final InMemoryMessages messages = new InMemoryMessages();
  private final InMemoryMediaArchive archive = new InMemoryMediaArchive(messages);
  private final InMemoryMediaStore store = new InMemoryMediaStore();
  private final RecordingOutbox outbox = new RecordingOutbox();
  private final FakeSource source = new FakeSource();
  private final ReceiveInboundMessage receive =
      new ReceiveInboundMessage(
          messages,
          new dev.switchboard.domain.messaging.port.out.InMemoryOptOuts(),
          new RecordingOutbox(),
          archive,
          new MessageEvents(UUID::randomUUID),
          new DirectUnitOfWork(),
          UUID::randomUUID,
          clock);
  private final ArchiveInboundMedia archiver =
      new ArchiveInboundMedia(
          archive,
          source,
          store,
          messages,
          outbox,
          new MessageEvents(UUID::randomUUID),
          new DirectUnitOfWork(),
          clock,
          new RetryPolicy(3, Duration.ofSeconds(2), Duration.ofSeconds(10), 2, 0),
          LEASE,
          () -> 0.5);
  private final ReadArchivedMedia read = new ReadArchivedMedia(messages, archive, store);

  @Test
  void each_medium_is_copied_recorded_on_the_message_and_told() throws Exception {
    source.serve(CAT, "image/png", "cat");
    source.serve(CLIP, "video/mp4", "clip");
    MessageId id = receiveMms(CAT, CLIP);

    ArchiveInboundMedia.Pass pass = archiver.archiveBatch(10);

    assertThat(pass.archived()).isEqualTo(2);
    Message message = messages.byId(id).orElseThrow();
    assertThat(message.media().get(0).archived().key()).isEqualTo("inbound/" + id + "/0");
    assertThat(message.media().get(1).archived().contentType()).isEqualTo("video/mp4");
    assertThat(message.media().get(0).url()).isEqualTo(CAT);
    assertThat(outbox.events()).hasSize(2).allMatch(e -> e instanceof MessageMediaArchived);
    MessageMediaArchived first = (MessageMediaArchived) outbox.events().get(0);
    assertThat(first.key()).isEqualTo(OURS.value());
    assertThat(first.count()).isEqualTo(2);
    assertThat(first.copy().sizeBytes()).isEqualTo(3);
    try (MediaContent content = read.open(id, 1)) {
      assertThat(content.contentType()).isEqualTo("video/mp4");
      assertThat(new String(content.stream().readAllBytes(), StandardCharsets.UTF_8))
          .isEqualTo("clip");
    }
    assertThat(archiver.archiveBatch(10).claimed()).isZero();
  }

  @Test
  void a_medium_whose_server_is_down_waits_with_back_off_and_is_copied_once_it_is_back() {
    MessageId id = receiveMms(CAT);

    assertThat(archiver.archiveBatch(10).retried()).isEqualTo(1);
    InMemoryMediaArchive.Row row = archive.row(id, 0).orElseThrow();
    assertThat(row.attempts()).isEqualTo(1);
    assertThat(row.nextAttemptAt()).isEqualTo(START.plusSeconds(2));
    assertThat(row.lastError()).contains("unreachable");
    assertThat(archiver.archiveBatch(10).claimed()).as("not due before its back-off").isZero();
    assertThatThrownBy(() -> read.open(id, 0))
        .isInstanceOfSatisfying(
            MediaNotArchivedException.class, e -> assertThat(e.retryAfter()).isPresent());

    source.serve(CAT, "image/png", "cat");
    clock.advance(Duration.ofSeconds(2));

    assertThat(archiver.archiveBatch(10).archived()).isEqualTo(1);
    assertThat(archive.state(id, 0)).contains(ArchiveState.ARCHIVED);
  }

  @Test
  void after_its_last_attempt_a_medium_is_failed_and_says_so() {
    MessageId id = receiveMms(CAT);
    for (int attempt = 1; attempt <= 3; attempt++) {
      archiver.archiveBatch(10);
      clock.advance(Duration.ofSeconds(30));
    }

    assertThat(archive.state(id, 0)).contains(ArchiveState.FAILED);
    assertThat(archiver.archiveBatch(10).claimed()).isZero();
    assertThatThrownBy(() -> read.open(id, 0))
        .isInstanceOfSatisfying(
            MediaNotArchivedException.class, e -> assertThat(e.retryAfter()).isEmpty());
  }

  @Test
  void a_worker_whose_lease_lapsed_and_was_claimed_again_records_nothing() {
    source.serve(CAT, "image/png", "cat");
    MessageId id = receiveMms(CAT);
    List<MediaTask> stale = archive.claimDue(clock.instant(), 1, LEASE);
    clock.advance(LEASE.plusSeconds(1));

    assertThat(archiver.archiveBatch(10).archived()).isEqualTo(1);
    assertThat(archive.archived(stale.get(0), null)).isFalse();
    assertThat(archive.retryAt(stale.get(0), clock.instant(), "late")).isFalse();
    assertThat(archive.state(id, 0)).contains(ArchiveState.ARCHIVED);
    assertThat(outbox.events()).hasSize(1);
  }

  @Test
  void a_medium_that_does_not_exist_or_is_not_ours_to_keep_is_not_found() {
    MessageId id = receiveMms(CAT);
    Message outbound =
        Message.queued(
            new MessageId(UUID.randomUUID()),
            OURS,
            new E164Number("+12065550199"),
            null,
            List.of(Media.of(CAT)),
            null,
            null,
            START);
    messages.add(outbound);

    assertThatThrownBy(() -> read.open(id, 1))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> assertThat(e.problem()).isEqualTo(ProblemType.MEDIA_NOT_FOUND));
    assertThatThrownBy(() -> read.open(outbound.id(), 0))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> assertThat(e.problem()).isEqualTo(ProblemType.MEDIA_NOT_FOUND));
    assertThatThrownBy(() -> read.open(new MessageId(UUID.randomUUID()), 0))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> assertThat(e.problem()).isEqualTo(ProblemType.MESSAGE_NOT_FOUND));
  }

  private MessageId receiveMms(URI... media) {
    return receive
        .receive(
            new InboundMessage(
                "mdr2-" + UUID.randomUUID(),
                PhoneAddress.parse("+12065550199"),
                OURS,
                null,
                java.util.Arrays.stream(media).map(Media::of).toList(),
                true,
                clock.instant()))
        .message()
        .id();
  }

  /** Media servers: a URL not served is down. */
  private static final class FakeSource implements MediaSource {
    private final Map<URI, MediaBytes> served = new ConcurrentHashMap<>();

    void serve(URI url, String type, String content) {
      served.put(url, new MediaBytes(type, content.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public MediaBytes fetch(URI url) throws MediaFetchException {
      MediaBytes medium = served.get(url);
      if (medium == null) {
        throw new MediaFetchException("the media server is unreachable");
      }
      return medium;
    }
  }
}
