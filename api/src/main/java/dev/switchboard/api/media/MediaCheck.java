package dev.switchboard.api.media;

import dev.switchboard.domain.messaging.Media;
import dev.switchboard.domain.messaging.Message;
import dev.switchboard.domain.messaging.MmsMedia;
import dev.switchboard.domain.shared.ValidationException;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Checks the media of an MMS before it is accepted, as Flowroute will fetch them: each URL answers
 * 2xx with a content type Flowroute takes, and all of them with the text stay within its 750 kB
 * ({@link MmsMedia}). A HEAD tells type and size when the server gives both; otherwise a GET is
 * read only up to what the limit leaves, then cut.
 *
 * <p>The check must not let a caller reach our own network through us: every address a host
 * resolves to is judged by {@link AddressPolicy} before anything is sent, the connection goes to
 * the address judged (not to a second lookup a rebinding DNS could answer differently), and
 * redirects are followed by hand, each hop judged again. Time is bounded per URL ({@code timeout},
 * redirects included) and per connection ({@code connect-timeout}).
 */
@Singleton
public class MediaCheck {

  private record Answer(int status, String contentType, Long length, String location, long read) {

    boolean redirect() {
      return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    boolean ok() {
      return status >= 200 && status < 300;
    }
  }

  private final MediaCheckConfig config;
  private final AddressPolicy policy;
  private final HttpClient client;
  private final ExecutorService workers;

  MediaCheck(MediaCheckConfig config, Vertx vertx) {
    this.config = config;
    this.policy = new AddressPolicy(config.allow());
    this.client =
        vertx.createHttpClient(
            new HttpClientOptions()
                .setConnectTimeout(Math.toIntExact(config.connectTimeout().toMillis()))
                .setForceSni(true)
                .setKeepAlive(false)
                .setMaxRedirects(0));
    this.workers =
        Executors.newFixedThreadPool(
            config.threads(),
            r -> {
              Thread t = new Thread(r, "media-check");
              t.setDaemon(true);
              return t;
            });
  }

  @PreDestroy
  void stop() {
    workers.shutdownNow();
    client.close();
  }

  /** Completes when the message's media pass (at once for an SMS or with the check off). */
  public CompletableFuture<Void> check(Message message) {
    if (!config.enabled() || !message.isMms()) {
      return CompletableFuture.completedFuture(null);
    }
    return CompletableFuture.runAsync(() -> checkNow(message), workers);
  }

  private void checkNow(Message message) {
    long left = MmsMedia.MAX_PAYLOAD_BYTES - MmsMedia.textBytes(message.body());
    for (Media media : message.media()) {
      try {
        left -= size(media.url(), left);
      } catch (ValidationException refusal) {
        throw refusal;
      } catch (RuntimeException e) {
        // A URL the HTTP client cannot even ask (the domain let it through): a refusal, not a 500.
        throw MmsMedia.unreachable(media.url(), "it cannot be requested (" + reason(e) + ")");
      }
      if (left < 0) {
        throw MmsMedia.tooLarge(media.url());
      }
    }
  }

  /** The bytes of one medium (more than {@code left} means too large), its hops all judged. */
  private long size(URI url, long left) {
    long deadline = System.nanoTime() + config.timeout().toNanos();
    URI hop = url;
    for (int hops = 0; hops <= config.maxRedirects(); hops++) {
      InetAddress address = judge(url, hop);
      Answer head = ask(url, hop, address, HttpMethod.HEAD, 0, deadline);
      if (head.redirect()) {
        hop = next(url, hop, head);
        continue;
      }
      if (head.ok() && head.contentType() != null && !MmsMedia.accepts(head.contentType())) {
        throw MmsMedia.notAccepted(url, head.contentType());
      }
      if (head.ok() && head.contentType() != null && head.length() != null) {
        return head.length();
      }
      Answer get = ask(url, hop, address, HttpMethod.GET, left + 1, deadline);
      if (get.redirect()) {
        hop = next(url, hop, get);
        continue;
      }
      if (!get.ok()) {
        throw MmsMedia.unreachable(url, "it answered HTTP " + get.status());
      }
      if (!MmsMedia.accepts(get.contentType())) {
        throw MmsMedia.notAccepted(url, get.contentType());
      }
      return get.read();
    }
    throw MmsMedia.unreachable(url, "more than " + config.maxRedirects() + " redirects");
  }

  private static URI next(URI url, URI hop, Answer answer) {
    if (answer.location() == null) {
      throw MmsMedia.unreachable(url, "a redirect without a Location");
    }
    try {
      return hop.resolve(answer.location());
    } catch (IllegalArgumentException e) {
      throw MmsMedia.unreachable(url, "a redirect to something that is not a URL");
    }
  }

  /** The address to connect to for {@code hop}, once every address of its host passed. */
  private InetAddress judge(URI url, URI hop) {
    String scheme = hop.getScheme() == null ? "" : hop.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw MmsMedia.forbidden(url, "a redirect leads to a URL that is not http(s)");
    }
    String host = hop.getHost();
    if (host == null || host.isEmpty()) {
      throw MmsMedia.forbidden(url, "a redirect leads to a URL without a host");
    }
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host);
    } catch (UnknownHostException e) {
      throw MmsMedia.unreachable(url, "its host " + host + " does not resolve");
    }
    for (InetAddress address : addresses) {
      String why = policy.refusal(host, address).orElse(null);
      if (why != null) {
        throw MmsMedia.forbidden(url, why);
      }
    }
    return addresses[0];
  }

  /**
   * One request to {@code address}, reading at most {@code readLimit} bytes of the body (then the
   * connection is closed), within the URL's deadline.
   */
  private Answer ask(
      URI url, URI hop, InetAddress address, HttpMethod method, long readLimit, long deadline) {
    boolean tls = hop.getScheme().equalsIgnoreCase("https");
    int port = hop.getPort() > 0 ? hop.getPort() : tls ? 443 : 80;
    RequestOptions options =
        new RequestOptions()
            .setMethod(method)
            .setAbsoluteURI(hop.toString())
            .setServer(SocketAddress.inetSocketAddress(port, address.getHostAddress()))
            .setFollowRedirects(false);
    CompletableFuture<Answer> answer = new CompletableFuture<>();
    AtomicReference<HttpClientRequest> sent = new AtomicReference<>();
    client
        .request(options)
        .compose(
            request -> {
              sent.set(request);
              return request.send();
            })
        .onSuccess(
            response -> {
              String type = response.getHeader("Content-Type");
              String length = response.getHeader("Content-Length");
              Long declared = parseLength(length);
              String location = response.getHeader("Location");
              int status = response.statusCode();
              if (method == HttpMethod.HEAD) {
                answer.complete(new Answer(status, type, declared, location, 0));
                return;
              }
              if (declared != null && declared > readLimit && status >= 200 && status < 300) {
                // Too large by its own word: nothing more to read.
                answer.complete(new Answer(status, type, declared, location, declared));
                sent.get().reset();
                return;
              }
              long[] read = {0};
              response.handler(
                  chunk -> {
                    read[0] += chunk.length();
                    if (read[0] > readLimit && !answer.isDone()) {
                      answer.complete(new Answer(status, type, declared, location, read[0]));
                      sent.get().reset();
                    }
                  });
              response.endHandler(
                  v -> answer.complete(new Answer(status, type, declared, location, read[0])));
              response.exceptionHandler(answer::completeExceptionally);
            })
        .onFailure(answer::completeExceptionally);
    try {
      long wait = Math.max(0, deadline - System.nanoTime());
      return answer.get(wait, TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      HttpClientRequest request = sent.get();
      if (request != null) {
        request.reset();
      }
      throw MmsMedia.unreachable(
          url, "no whole answer within " + config.timeout().toMillis() + " ms");
    } catch (ExecutionException e) {
      throw MmsMedia.unreachable(url, "the connection failed (" + reason(e.getCause()) + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw MmsMedia.unreachable(url, "the check was interrupted");
    }
  }

  private static Long parseLength(String length) {
    if (length == null) {
      return null;
    }
    try {
      long value = Long.parseLong(length.strip());
      return value < 0 ? null : value;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The kind of failure, never a message that could echo what the server sent. */
  private static String reason(Throwable cause) {
    return cause == null ? "unknown" : cause.getClass().getSimpleName();
  }
}
