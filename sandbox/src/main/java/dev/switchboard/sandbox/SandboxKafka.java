package dev.switchboard.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A real single-node Kafka broker in KRaft mode, running in this JVM. It can be stopped and started
 * again on the same port and log directory, to test what happens while Kafka is down.
 */
public final class SandboxKafka implements AutoCloseable {

  private final int port;
  private final int controllerPort;
  private final Path logDir;
  private final boolean temporary;
  private KafkaRaftServer server;

  private SandboxKafka(int port, int controllerPort, Path logDir, boolean temporary) {
    this.port = port;
    this.controllerPort = controllerPort;
    this.logDir = logDir;
    this.temporary = temporary;
  }

  /**
   * Starts a broker.
   *
   * @param port the client port, or 0 for any free one
   * @param logDirectory where to keep the logs across runs, or null for a temporary directory that
   *     is deleted on close
   */
  public static SandboxKafka start(int port, Path logDirectory) throws IOException {
    boolean temporary = logDirectory == null;
    Path dir = temporary ? Files.createTempDirectory("switchboard-kafka") : logDirectory;
    Files.createDirectories(dir);
    int clientPort = port > 0 ? port : freePort();
    int controllerPort;
    do {
      // The system may hand out again the port it has just given back.
      controllerPort = freePort();
    } while (controllerPort == clientPort);
    SandboxKafka kafka = new SandboxKafka(clientPort, controllerPort, dir, temporary);
    kafka.startServer();
    return kafka;
  }

  public String bootstrapServers() {
    return "127.0.0.1:" + port;
  }

  /**
   * Creates topics and waits until every partition has a leader, as a deployment's topic operator
   * does before the application runs: a topic the first produce has to create answers
   * NOT_LEADER_OR_FOLLOWER until its leader is elected, which holds the first events back for
   * longer than a test waits for them.
   */
  public void createTopics(List<String> names, int partitions) {
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
      admin
          .createTopics(
              names.stream().map(name -> new NewTopic(name, partitions, (short) 1)).toList())
          .all()
          .get(30, TimeUnit.SECONDS);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
      while (!allHaveLeaders(admin, names)) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("no leader for every partition of " + names);
        }
        Thread.sleep(50);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating the topics " + names, e);
    } catch (Exception e) {
      throw new IllegalStateException("could not create the topics " + names, e);
    }
  }

  private static boolean allHaveLeaders(Admin admin, List<String> names) throws Exception {
    try {
      return admin.describeTopics(names).allTopicNames().get(10, TimeUnit.SECONDS).values().stream()
          .flatMap(topic -> topic.partitions().stream())
          .allMatch(partition -> partition.leader() != null && !partition.leader().isEmpty());
    } catch (ExecutionException e) {
      if (e.getCause() instanceof UnknownTopicOrPartitionException) {
        return false; // created, but the broker has not seen the new metadata yet
      }
      throw e;
    }
  }

  public synchronized boolean isRunning() {
    return server != null;
  }

  /** Stops the broker and keeps its data, as if its host went away. */
  public synchronized void stop() {
    if (server != null) {
      server.shutdown();
      server.awaitShutdown();
      server = null;
    }
  }

  /** Starts the broker again on the same port with the same data. */
  public synchronized void restart() {
    if (server == null) {
      startServer();
    }
  }

  private synchronized void startServer() {
    Properties p = new Properties();
    p.put("process.roles", "broker,controller");
    p.put("node.id", "1");
    p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
    p.put(
        "listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
    p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
    p.put("controller.listener.names", "CONTROLLER");
    p.put("inter.broker.listener.name", "PLAINTEXT");
    p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    p.put("log.dirs", logDir.toString());
    p.put("num.partitions", "3");
    p.put("auto.create.topics.enable", "true");
    p.put("offsets.topic.replication.factor", "1");
    p.put("offsets.topic.num.partitions", "3");
    p.put("transaction.state.log.replication.factor", "1");
    p.put("transaction.state.log.min.isr", "1");
    p.put("share.coordinator.state.topic.replication.factor", "1");
    p.put("share.coordinator.state.topic.min.isr", "1");
    p.put("group.initial.rebalance.delay.ms", "0");
    KafkaConfig config = KafkaConfig.fromProps(p);
    if (!Files.exists(logDir.resolve("meta.properties"))) {
      try {
        new Formatter()
            .setPrintStream(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()))
            .setNodeId(1)
            .setClusterId(Uuid.randomUuid().toString())
            .setDirectories(List.of(logDir.toString()))
            .setMetadataLogDirectory(logDir.toString())
            .setControllerListenerName("CONTROLLER")
            .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
            .run();
      } catch (Exception e) {
        throw new IllegalStateException("could not format the Kafka log directory " + logDir, e);
      }
    }
    server = new KafkaRaftServer(config, Time.SYSTEM);
    server.startup();
  }

  @Override
  public void close() {
    stop();
    if (temporary) {
      try (Stream<Path> paths = Files.walk(logDir)) {
        paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    }
  }
}
