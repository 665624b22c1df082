package dev.switchboard.benchmarks;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Open-loop HTTP load from one thread: POSTs started at a fixed rate over keep-alive connections
 * with non-blocking I/O. A thread per request in flight cost the shared two cores three context
 * switches per request (pacer to worker, worker to socket and back), as much CPU as the API spent
 * answering; here one thread paces, writes and reads. Latency runs from the planned start, so a
 * request that waits for a free connection is charged for the wait.
 */
final class PacedPosts {

  /** One request to send: its JSON body and what to remember about it. */
  record Post(String json, Object tag) {}

  /** Makes the next request; called on the pacing thread. */
  interface Source {
    Post next();
  }

  /** Told each answer (status) of a request, on the pacing thread. */
  interface Answers {
    void answered(Object tag, int status, long plannedStart);
  }

  private final String host;
  private final int port;
  private final String target;
  private final int connections;

  PacedPosts(String url, int connections) {
    URI uri = URI.create(url);
    this.host = uri.getHost();
    this.port = uri.getPort();
    this.target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    this.connections = connections;
  }

  /**
   * Starts a request every {@code 1/perSecond} for {@code warmup + measure}, then waits up to 30 s
   * for the answers. Counts (and times) only requests planned after the warm-up.
   */
  LoadResult run(
      double perSecond, Duration warmup, Duration measure, Source source, Answers answers)
      throws IOException {
    Pacing pacing = Pacing.startingNow(perSecond, warmup, measure);
    Latencies latencies = new Latencies();
    long ok = 0;
    long failed = 0;
    List<Conn> all = new ArrayList<>();
    try (Selector selector = Selector.open()) {
      ArrayDeque<Conn> idle = new ArrayDeque<>();
      for (int i = 0; i < connections; i++) {
        Conn c = new Conn(selector);
        all.add(c);
        idle.add(c);
      }
      ArrayDeque<Long> waiting = new ArrayDeque<>();
      long planned = pacing.begin();
      int inFlight = 0;
      while (true) {
        long now = System.nanoTime();
        while (planned <= now && planned < pacing.measureTo()) {
          waiting.add(planned);
          planned += pacing.interval();
        }
        while (!waiting.isEmpty() && !idle.isEmpty()) {
          idle.poll().send(waiting.poll(), source.next());
          inFlight++;
        }
        boolean sending = planned < pacing.measureTo();
        if (!sending && waiting.isEmpty() && inFlight == 0) {
          break;
        }
        if (now > pacing.answersDeadline()) {
          failed += inFlight + waiting.size();
          break;
        }
        long untilNext = sending ? planned - System.nanoTime() : TimeUnit.MILLISECONDS.toNanos(5);
        if (untilNext >= 1_000_000) {
          selector.select(untilNext / 1_000_000);
        } else {
          // Selector timeouts are whole milliseconds: park for a finer pace, then look.
          if (untilNext > 0) {
            LockSupport.parkNanos(untilNext);
          }
          selector.selectNow();
        }
        Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
        while (keys.hasNext()) {
          SelectionKey key = keys.next();
          keys.remove();
          Conn c = (Conn) key.attachment();
          if (key.isValid() && key.isWritable()) {
            c.flush();
          }
          int status = key.isValid() && key.isReadable() ? c.read() : 0;
          if (status == 0) {
            continue;
          }
          long end = System.nanoTime();
          inFlight--;
          idle.add(c);
          if (pacing.counts(c.plannedStart)) {
            if (status == 200 || status == 202) {
              ok++;
              latencies.add(end - c.plannedStart);
            } else {
              failed++;
            }
          }
          answers.answered(c.tag, status, c.plannedStart);
        }
      }
    } finally {
      all.forEach(Conn::close);
    }
    return new LoadResult(ok, failed, measure.toNanos() / 1e9, latencies);
  }

  /** One keep-alive connection: at most one request in flight. */
  private final class Conn {
    private final SocketChannel channel;
    private final SelectionKey key;
    private final ByteBuffer in = ByteBuffer.allocate(16_384);
    private ByteBuffer out;
    long plannedStart;
    Object tag;

    Conn(Selector selector) throws IOException {
      channel = SocketChannel.open(new InetSocketAddress(host, port));
      channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
      channel.configureBlocking(false);
      key = channel.register(selector, SelectionKey.OP_READ, this);
    }

    void send(long planned, Post post) throws IOException {
      plannedStart = planned;
      tag = post.tag();
      byte[] body = post.json().getBytes(StandardCharsets.UTF_8);
      byte[] head = KeepAliveConnection.requestHead("POST", target, host + ":" + port, null, body);
      out = ByteBuffer.allocate(head.length + body.length).put(head).put(body).flip();
      flush();
    }

    void flush() throws IOException {
      channel.write(out);
      key.interestOps(
          out.hasRemaining() ? SelectionKey.OP_READ | SelectionKey.OP_WRITE : SelectionKey.OP_READ);
    }

    /** Reads what arrived: the status once the whole answer is in, 0 before. */
    int read() throws IOException {
      if (channel.read(in) < 0) {
        throw new IOException("the API closed a connection mid-answer");
      }
      int headEnd = indexOf(in, "\r\n\r\n");
      if (headEnd < 0) {
        if (!in.hasRemaining()) {
          throw new IOException("an answer head longer than " + in.capacity() + " bytes");
        }
        return 0;
      }
      String head = new String(in.array(), 0, headEnd, StandardCharsets.ISO_8859_1);
      int length = contentLength(head);
      int total = headEnd + 4 + length;
      if (total > in.capacity()) {
        throw new IOException("an answer longer than " + in.capacity() + " bytes");
      }
      if (in.position() < total) {
        return 0;
      }
      if (in.position() > total) {
        throw new IOException("an answer arrived that no request asked for");
      }
      in.clear();
      return Integer.parseInt(head.substring(9, 12));
    }

    void close() {
      try {
        channel.close();
      } catch (IOException ignored) {
        // closing anyway
      }
    }
  }

  private static int contentLength(String head) throws IOException {
    for (String line : head.split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon > 0
          && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("content-length")) {
        return Integer.parseInt(line.substring(colon + 1).trim());
      }
    }
    throw new IOException(
        "an answer without Content-Length: " + head.lines().findFirst().orElse(""));
  }

  private static int indexOf(ByteBuffer buffer, String marker) {
    byte[] bytes = buffer.array();
    int limit = buffer.position() - marker.length();
    for (int i = 0; i <= limit; i++) {
      int j = 0;
      while (j < marker.length() && bytes[i + j] == marker.charAt(j)) {
        j++;
      }
      if (j == marker.length()) {
        return i;
      }
    }
    return -1;
  }
}
