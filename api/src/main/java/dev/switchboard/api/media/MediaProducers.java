package dev.switchboard.api.media;

import dev.switchboard.api.wiring.UseCaseProducers;
import dev.switchboard.domain.events.port.out.Outbox;
import dev.switchboard.domain.messaging.RetryPolicy;
import dev.switchboard.domain.messaging.event.MessageEvents;
import dev.switchboard.domain.messaging.media.MediaFetchException;
import dev.switchboard.domain.messaging.port.out.MediaArchive;
import dev.switchboard.domain.messaging.port.out.MediaSource;
import dev.switchboard.domain.messaging.port.out.MediaStore;
import dev.switchboard.domain.messaging.port.out.Messages;
import dev.switchboard.domain.messaging.usecase.ArchiveInboundMedia;
import dev.switchboard.domain.messaging.usecase.ReadArchivedMedia;
import dev.switchboard.domain.shared.port.out.UnitOfWork;
import dev.switchboard.flowroute.messaging.media.HttpMediaSource;
import dev.switchboard.storage.FilesystemMediaStore;
import dev.switchboard.storage.S3MediaStore;
import dev.switchboard.storage.S3Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.Logger;

/**
 * Wires inbound media kept: the storage adapter the settings choose, the HTTP source of Flowroute's
 * links, and the two use cases. Beside {@link UseCaseProducers}, which wires the rest.
 */
@ApplicationScoped
public class MediaProducers {

  private static final Logger LOG = Logger.getLogger(MediaProducers.class);

  @Produces
  @Singleton
  MediaStore mediaStore(MediaConfig config) {
    MediaConfig.Storage storage = config.storage();
    if (storage.kind() == MediaConfig.Storage.Kind.FILESYSTEM) {
      FilesystemMediaStore store = new FilesystemMediaStore(storage.directory());
      LOG.infof("inbound media kept in the directory %s", store.root());
      return store;
    }
    MediaConfig.Storage.S3 s3 = storage.s3();
    S3Settings settings =
        new S3Settings(
            s3.endpoint().orElse(null),
            s3.region(),
            s3.bucket()
                .orElseThrow(
                    () ->
                        new IllegalStateException(
                            "switchboard.media.storage.s3.bucket is required with kind=s3")),
            s3.pathStyle(),
            s3.accessKeyId().orElse(null),
            s3.secretAccessKey().orElse(null));
    S3MediaStore store = S3MediaStore.connect(settings);
    // The settings' own toString leaves the secret out.
    LOG.infof("inbound media kept in S3: %s", settings);
    if (s3.createBucket()) {
      try {
        store.ensureBucket();
      } catch (MediaFetchException e) {
        // Not fatal: copies wait and are retried until the bucket is reachable.
        LOG.warnf("the S3 bucket could not be checked or created: %s", e.getMessage());
      }
    }
    return store;
  }

  void close(@Disposes MediaStore store) {
    if (store instanceof S3MediaStore s3) {
      s3.close();
    }
  }

  @Produces
  @Singleton
  MediaSource mediaSource(MediaConfig config) {
    MediaConfig.Fetch fetch = config.fetch();
    return new HttpMediaSource(fetch.connectTimeout(), fetch.readTimeout(), fetch.maxBytes());
  }

  @Produces
  @Singleton
  ArchiveInboundMedia archiveInboundMedia(
      MediaArchive archive,
      MediaSource source,
      MediaStore store,
      Messages messages,
      @dev.switchboard.api.metrics.Metered Outbox outbox,
      MessageEvents events,
      UnitOfWork unitOfWork,
      Clock clock,
      MediaConfig config) {
    MediaConfig.Archive.Retry retry = config.archive().retry();
    return new ArchiveInboundMedia(
        archive,
        source,
        store,
        messages,
        outbox,
        events,
        unitOfWork,
        clock,
        new RetryPolicy(
            retry.maxAttempts(),
            retry.initialDelay(),
            retry.maxDelay(),
            retry.multiplier(),
            retry.jitter()),
        config.archive().lease(),
        () -> ThreadLocalRandom.current().nextDouble());
  }

  @Produces
  @Singleton
  ReadArchivedMedia readArchivedMedia(Messages messages, MediaArchive archive, MediaStore store) {
    return new ReadArchivedMedia(messages, archive, store);
  }
}
