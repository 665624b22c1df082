package dev.switchboard.benchmarks;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One HTTP/1.1 keep-alive connection, written and read by hand: the load generator's client. It
 * does the least a client must (request line, headers, a fixed-length body; status, headers, a
 * fixed-length or chunked body), so that the generator takes as little of the shared CPU as it can
 * from the API it measures.
 */
final class KeepAliveConnection implements Closeable {

  /** A response: its status and body. */
  record Response(int status, String body) {}

  private final String host;
  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;
  private boolean open = true;
  private int exchanges;
  private boolean answering;

  KeepAliveConnection(String host, int port) throws IOException {
    this.host = host + ":" + port;
    socket = new Socket();
    socket.setTcpNoDelay(true);
    socket.connect(new InetSocketAddress(host, port), 2_000);
    // Long enough for a first request on a cold, loaded JVM; throughput is timed, not bounded.
    socket.setSoTimeout(30_000);
    in = new BufferedInputStream(socket.getInputStream(), 16_384);
    out = new BufferedOutputStream(socket.getOutputStream(), 16_384);
  }

  boolean isOpen() {
    return open;
  }

  /**
   * Whether the last exchange failed on a connection already used before, without a byte of answer:
   * the server closed it while idle (it restarted, say), and the request never reached it.
   */
  boolean failedStale() {
    return exchanges > 0 && !answering;
  }

  /** Sends one request and reads its whole response; {@code body} null sends none. */
  Response exchange(String method, String target, String bearer, String body) throws IOException {
    return exchange(method, target, bearer, null, body);
  }

  /** As {@link #exchange(String, String, String, String)}, with an Idempotency-Key when given. */
  Response exchange(String method, String target, String bearer, String idempotencyKey, String body)
      throws IOException {
    byte[] content = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
    answering = false;
    try {
      out.write(requestHead(method, target, host, bearer, idempotencyKey, content));
      if (content != null) {
        out.write(content);
      }
      out.flush();
      Response response = read();
      exchanges++;
      return response;
    } catch (IOException e) {
      close();
      throw e;
    }
  }

  /**
   * The request line and headers, up to the blank line, for a request to {@code host}
   * ("name:port"); a JSON body's type and length when {@code content} is not null, a bearer token
   * when given.
   */
  static byte[] requestHead(
      String method, String target, String host, String bearer, byte[] content) {
    return requestHead(method, target, host, bearer, null, content);
  }

  /** As above, with an {@code Idempotency-Key} header when {@code idempotencyKey} is not null. */
  static byte[] requestHead(
      String method,
      String target,
      String host,
      String bearer,
      String idempotencyKey,
      byte[] content) {
    StringBuilder head = new StringBuilder(256);
    head.append(method).append(' ').append(target).append(" HTTP/1.1\r\nHost: ").append(host);
    if (content != null) {
      head.append("\r\nContent-Type: application/json\r\nContent-Length: ").append(content.length);
    }
    if (bearer != null) {
      head.append("\r\nAuthorization: Bearer ").append(bearer);
    }
    if (idempotencyKey != null) {
      head.append("\r\nIdempotency-Key: ").append(idempotencyKey);
    }
    return head.append("\r\n\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  private Response read() throws IOException {
    int first = in.read();
    if (first < 0) {
      throw new EOFException("connection closed before the response");
    }
    answering = true;
    String statusLine = (char) first + line();
    if (!statusLine.startsWith("HTTP/1.1 ") || statusLine.length() < 12) {
      throw new IOException("not an HTTP/1.1 status line: " + statusLine);
    }
    int status = Integer.parseInt(statusLine.substring(9, 12));
    long length = -1;
    boolean chunked = false;
    for (String header = line(); !header.isEmpty(); header = line()) {
      int colon = header.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = header.substring(colon + 1).trim();
      if (name.equals("content-length")) {
        length = Long.parseLong(value);
      } else if (name.equals("transfer-encoding")) {
        chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
      } else if (name.equals("connection") && value.equalsIgnoreCase("close")) {
        open = false;
      }
    }
    ByteArrayOutputStream content = new ByteArrayOutputStream();
    if (chunked) {
      for (long size = chunkSize(); size > 0; size = chunkSize()) {
        copy(size, content);
        line();
      }
      while (!line().isEmpty()) {
        // trailers: none expected, read past them
      }
    } else if (length >= 0) {
      copy(length, content);
    } else {
      in.transferTo(content);
      open = false;
    }
    if (!open) {
      close();
    }
    return new Response(status, content.toString(StandardCharsets.UTF_8));
  }

  private long chunkSize() throws IOException {
    String line = line();
    int extension = line.indexOf(';');
    return Long.parseLong((extension < 0 ? line : line.substring(0, extension)).trim(), 16);
  }

  private void copy(long length, ByteArrayOutputStream to) throws IOException {
    byte[] buffer = new byte[8_192];
    long left = length;
    while (left > 0) {
      int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
      if (read < 0) {
        throw new EOFException("response body ended early");
      }
      to.write(buffer, 0, read);
      left -= read;
    }
  }

  private String line() throws IOException {
    StringBuilder line = new StringBuilder(64);
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new EOFException("connection closed mid-response");
      }
      if (b != '\r') {
        line.append((char) b);
      }
    }
    return line.toString();
  }

  @Override
  public void close() {
    open = false;
    try {
      socket.close();
    } catch (IOException ignored) {
      // Closing anyway.
    }
  }
}
