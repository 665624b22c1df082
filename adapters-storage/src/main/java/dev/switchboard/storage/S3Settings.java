package dev.switchboard.storage;

import java.net.URI;
import java.util.Objects;

/**
 * Where the S3 adapter keeps media and how it signs in.
 *
 * @param endpoint an S3-compatible server (MinIO, Ceph, S3Proxy, ...), or null for AWS itself
 * @param pathStyle {@code http://host/bucket/key} rather than {@code http://bucket.host/key}, as
 *     most S3-compatible servers need
 * @param accessKeyId with {@code secretAccessKey}, static credentials; null for the SDK's default
 *     chain (environment, profile, instance or pod role)
 */
public record S3Settings(
    URI endpoint,
    String region,
    String bucket,
    boolean pathStyle,
    String accessKeyId,
    String secretAccessKey) {

  public S3Settings {
    Objects.requireNonNull(region, "region");
    if (bucket == null || bucket.isBlank()) {
      throw new IllegalArgumentException("an S3 bucket is required");
    }
    if ((accessKeyId == null) != (secretAccessKey == null)) {
      throw new IllegalArgumentException(
          "set both the S3 access key id and secret access key, or neither");
    }
  }

  /** Never prints the secret. */
  @Override
  public String toString() {
    return "S3Settings[endpoint="
        + endpoint
        + ", region="
        + region
        + ", bucket="
        + bucket
        + ", pathStyle="
        + pathStyle
        + ", credentials="
        + (accessKeyId == null ? "default chain" : "static")
        + "]";
  }
}
