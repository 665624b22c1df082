package dev.switchboard.storage;

import dev.switchboard.domain.messaging.media.MediaBytes;
import dev.switchboard.domain.messaging.media.MediaContent;
import dev.switchboard.domain.messaging.media.MediaFetchException;
import dev.switchboard.domain.messaging.port.out.MediaStore;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CreateBucketRequest;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadBucketRequest;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Media kept in an S3 bucket, on AWS or any S3-compatible server, through AWS SDK v2. The SDK's
 * exceptions never leave this class: callers see our own words, and credentials are never in them.
 */
public final class S3MediaStore implements MediaStore, AutoCloseable {

  private final S3Client s3;
  private final String bucket;

  public S3MediaStore(S3Client s3, String bucket) {
    this.s3 = s3;
    this.bucket = bucket;
  }

  /** A client for the settings, over the JDK's HTTP client with bounded timeouts. */
  public static S3MediaStore connect(S3Settings settings) {
    var builder =
        S3Client.builder()
            .region(Region.of(settings.region()))
            .forcePathStyle(settings.pathStyle())
            // Checksums only where S3 requires them: the SDK's newer default (trailing CRC32 in
            // chunked uploads, checksum mode on reads) is refused by many S3-compatible servers.
            .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
            .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
            .httpClientBuilder(
                UrlConnectionHttpClient.builder()
                    .connectionTimeout(Duration.ofSeconds(5))
                    .socketTimeout(Duration.ofSeconds(30)))
            .credentialsProvider(
                settings.accessKeyId() == null
                    ? DefaultCredentialsProvider.builder().build()
                    : StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(
                            settings.accessKeyId(), settings.secretAccessKey())));
    if (settings.endpoint() != null) {
      builder.endpointOverride(settings.endpoint());
    }
    return new S3MediaStore(builder.build(), settings.bucket());
  }

  /**
   * Creates the bucket when it does not exist (the sandbox's and the tests' servers start empty).
   */
  public void ensureBucket() throws MediaFetchException {
    try {
      s3.headBucket(HeadBucketRequest.builder().bucket(bucket).build());
    } catch (NoSuchBucketException e) {
      create();
    } catch (S3Exception e) {
      if (e.statusCode() != 404) {
        throw new MediaFetchException("the S3 bucket could not be checked", e);
      }
      create();
    } catch (SdkException e) {
      throw new MediaFetchException("the S3 server could not be reached", e);
    }
  }

  private void create() throws MediaFetchException {
    try {
      s3.createBucket(CreateBucketRequest.builder().bucket(bucket).build());
    } catch (SdkException e) {
      throw new MediaFetchException("the S3 bucket could not be created", e);
    }
  }

  @Override
  public void put(String key, MediaBytes medium) throws MediaFetchException {
    try {
      s3.putObject(
          PutObjectRequest.builder()
              .bucket(bucket)
              .key(key)
              .contentType(medium.contentType())
              .contentLength(medium.size())
              .build(),
          RequestBody.fromBytes(medium.content()));
    } catch (SdkException e) {
      throw new MediaFetchException("the S3 bucket could not be written", e);
    }
  }

  @Override
  public Optional<MediaContent> open(String key) throws MediaFetchException {
    try {
      ResponseInputStream<GetObjectResponse> object =
          s3.getObject(GetObjectRequest.builder().bucket(bucket).key(key).build());
      GetObjectResponse response = object.response();
      String type =
          response.contentType() == null ? "application/octet-stream" : response.contentType();
      return Optional.of(new MediaContent(type, response.contentLength(), object));
    } catch (NoSuchKeyException e) {
      return Optional.empty();
    } catch (SdkException e) {
      throw new MediaFetchException("the S3 bucket could not be read", e);
    }
  }

  @Override
  public void close() {
    s3.close();
  }
}
