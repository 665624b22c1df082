package dev.switchboard.api.media;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Settings of inbound media kept: where our copies go, and the workers that make them. */
@ConfigMapping(prefix = "switchboard.media")
public interface MediaConfig {

  Storage storage();

  Archive archive();

  Fetch fetch();

  /** Our object storage for the copies. */
  interface Storage {

    /** Which adapter keeps the copies. */
    enum Kind {
      FILESYSTEM,
      S3
    }

    /** {@code filesystem} (a local directory, the sandbox's) or {@code s3}. */
    @WithDefault("filesystem")
    Kind kind();

    /** The directory of the filesystem storage (relative to the working directory if relative). */
    @WithDefault("media")
    Path directory();

    S3 s3();

    /** An S3 bucket, on AWS or an S3-compatible server. */
    interface S3 {

      /** The bucket; required with {@code kind=s3}. */
      Optional<String> bucket();

      /** An S3-compatible server's URL; unset for AWS itself. */
      Optional<URI> endpoint();

      @WithDefault("us-east-1")
      String region();

      /** Path-style URLs ({@code host/bucket/key}), as most S3-compatible servers need. */
      @WithDefault("false")
      boolean pathStyle();

      /** With the secret, static credentials; unset uses the AWS SDK's default chain. */
      Optional<String> accessKeyId();

      /** Secret: never logged. */
      Optional<String> secretAccessKey();

      /** Create the bucket at start when it is missing (sandbox and tests). */
      @WithDefault("false")
      boolean createBucket();
    }
  }

  /** The workers copying inbound media from Flowroute's temporary links. */
  interface Archive {

    /** Whether this replica copies media (the list of media to copy is kept either way). */
    @WithDefault("true")
    boolean enabled();

    @WithDefault("1")
    int workers();

    /** The most media one worker claims at a time. */
    @WithDefault("10")
    int batchSize();

    /** How long an idle worker waits before looking for due media again. */
    @WithDefault("1s")
    Duration pollInterval();

    /** How long a claimed medium is reserved before another worker may take it over. */
    @WithDefault("2m")
    Duration lease();

    Retry retry();

    /** Back-off of failed copies: after max-attempts a medium is given up (FAILED). */
    interface Retry {

      @WithDefault("20")
      int maxAttempts();

      @WithDefault("5s")
      Duration initialDelay();

      @WithDefault("10m")
      Duration maxDelay();

      @WithDefault("2.0")
      double multiplier();

      @WithDefault("0.2")
      double jitter();
    }
  }

  /** Bounds of one download of a medium. */
  interface Fetch {

    @WithDefault("5s")
    Duration connectTimeout();

    @WithDefault("30s")
    Duration readTimeout();

    /** Larger media are not copied (Flowroute says inbound MMS may reach 15 MB). */
    @WithDefault("16777216")
    long maxBytes();
  }
}
