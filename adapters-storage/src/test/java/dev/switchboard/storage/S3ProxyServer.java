package dev.switchboard.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A real S3-compatible server for tests: S3Proxy (Maven Central {@code org.gaul:s3proxy}, its
 * self-contained jar copied to {@code target/s3proxy/} by the build) run as a child process on a
 * free port with its filesystem backend in a temporary directory, so none of its dependencies meets
 * ours on a classpath and no Docker is needed.
 */
public final class S3ProxyServer implements AutoCloseable {

  public static final String IDENTITY = "switchboard-test";
  public static final String CREDENTIAL = "switchboard-test-secret";

  /** Where the build puts the jar, from the module's directory (where Maven runs the tests). */
  public static final Path JAR = Path.of("target", "s3proxy", "s3proxy.jar");

  private final Process process;
  private final URI endpoint;
  private final Path directory;

  private S3ProxyServer(Process process, URI endpoint, Path directory) {
    this.process = process;
    this.endpoint = endpoint;
    this.directory = directory;
  }

  /** Starts a server and waits until it answers (a few seconds). */
  public static S3ProxyServer start() throws IOException, InterruptedException {
    if (!Files.isRegularFile(JAR)) {
      throw new IllegalStateException(
          JAR.toAbsolutePath() + " is missing: the build copies it in generate-test-resources");
    }
    Path directory = Files.createTempDirectory("s3proxy-");
    Path blobs = Files.createDirectories(directory.resolve("blobs"));
    int port = freePort();
    URI endpoint = URI.create("http://127.0.0.1:" + port);
    Path properties = directory.resolve("s3proxy.conf");
    Files.writeString(
        properties,
        String.join(
            "\n",
            "s3proxy.endpoint=" + endpoint,
            "s3proxy.authorization=aws-v2-or-v4",
            "s3proxy.identity=" + IDENTITY,
            "s3proxy.credential=" + CREDENTIAL,
            "jclouds.provider=filesystem",
            "jclouds.filesystem.basedir=" + blobs,
            "jclouds.identity=" + IDENTITY,
            "jclouds.credential=" + CREDENTIAL,
            ""));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(
                List.of(
                    java,
                    "-Xmx256m",
                    "-cp",
                    JAR.toAbsolutePath().toString(),
                    "org.gaul.s3proxy.Main",
                    "--properties",
                    properties.toString()))
            .redirectErrorStream(true)
            .redirectOutput(directory.resolve("s3proxy.log").toFile())
            .start();
    S3ProxyServer server = new S3ProxyServer(process, endpoint, directory);
    try {
      server.awaitReady(Duration.ofSeconds(60));
    } catch (IOException | RuntimeException | InterruptedException e) {
      server.close();
      throw e;
    }
    return server;
  }

  public URI endpoint() {
    return endpoint;
  }

  /** Settings for a bucket on this server, with its credentials, path-style. */
  public S3Settings settings(String bucket) {
    return new S3Settings(endpoint, "us-east-1", bucket, true, IDENTITY, CREDENTIAL);
  }

  private void awaitReady(Duration timeout) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "S3Proxy exited: " + Files.readString(directory.resolve("s3proxy.log")));
      }
      try {
        HttpURLConnection probe = (HttpURLConnection) endpoint.toURL().openConnection();
        probe.setConnectTimeout(500);
        probe.setReadTimeout(1000);
        probe.getResponseCode(); // any answer (403 without a signature) means it listens
        probe.disconnect();
        return;
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    throw new IllegalStateException("S3Proxy did not answer within " + timeout);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
