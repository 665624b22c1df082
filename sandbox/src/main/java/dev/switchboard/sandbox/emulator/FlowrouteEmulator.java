package dev.switchboard.sandbox.emulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.switchboard.sandbox.emulator.account.Account;
import dev.switchboard.sandbox.emulator.account.AccountNumber;
import dev.switchboard.sandbox.emulator.account.CallbackType;
import dev.switchboard.sandbox.emulator.account.Catalogue;
import dev.switchboard.sandbox.emulator.account.CatalogueNumber;
import dev.switchboard.sandbox.emulator.account.NumberDetails;
import dev.switchboard.sandbox.emulator.account.NumberService;
import dev.switchboard.sandbox.emulator.account.RouteBook;
import dev.switchboard.sandbox.emulator.account.RouteRecord;
import dev.switchboard.sandbox.emulator.cnam.CnamApi;
import dev.switchboard.sandbox.emulator.cnam.CnamBook;
import dev.switchboard.sandbox.emulator.cnam.CnamJson;
import dev.switchboard.sandbox.emulator.cnam.CnamRecord;
import dev.switchboard.sandbox.emulator.cnam.CnamService;
import dev.switchboard.sandbox.emulator.control.AccountHooksApi;
import dev.switchboard.sandbox.emulator.control.FaultsApi;
import dev.switchboard.sandbox.emulator.control.ForeignMessagesApi;
import dev.switchboard.sandbox.emulator.control.InboundHooksApi;
import dev.switchboard.sandbox.emulator.control.LoggedRequest;
import dev.switchboard.sandbox.emulator.control.MessagingApiVersionApi;
import dev.switchboard.sandbox.emulator.control.RequestLog;
import dev.switchboard.sandbox.emulator.control.SandboxIndexApi;
import dev.switchboard.sandbox.emulator.control.ServiceSwitch;
import dev.switchboard.sandbox.emulator.control.ServiceSwitchApi;
import dev.switchboard.sandbox.emulator.control.TrafficApi;
import dev.switchboard.sandbox.emulator.e911.E911Api;
import dev.switchboard.sandbox.emulator.e911.E911Book;
import dev.switchboard.sandbox.emulator.e911.E911Json;
import dev.switchboard.sandbox.emulator.e911.E911Record;
import dev.switchboard.sandbox.emulator.e911.E911Service;
import dev.switchboard.sandbox.emulator.faults.Faults;
import dev.switchboard.sandbox.emulator.http.Exchange;
import dev.switchboard.sandbox.emulator.http.FlowrouteException;
import dev.switchboard.sandbox.emulator.http.Router;
import dev.switchboard.sandbox.emulator.messaging.DlrSimulator;
import dev.switchboard.sandbox.emulator.messaging.InboundRequest;
import dev.switchboard.sandbox.emulator.messaging.InboundResult;
import dev.switchboard.sandbox.emulator.messaging.InboundService;
import dev.switchboard.sandbox.emulator.messaging.MediaFetcher;
import dev.switchboard.sandbox.emulator.messaging.MediaStore;
import dev.switchboard.sandbox.emulator.messaging.MessageRecord;
import dev.switchboard.sandbox.emulator.messaging.MessageStore;
import dev.switchboard.sandbox.emulator.messaging.MessagesApi;
import dev.switchboard.sandbox.emulator.messaging.MessagesV2Api;
import dev.switchboard.sandbox.emulator.messaging.SendService;
import dev.switchboard.sandbox.emulator.messaging.SendStats;
import dev.switchboard.sandbox.emulator.messaging.WebhookDelivery;
import dev.switchboard.sandbox.emulator.messaging.WebhookSender;
import dev.switchboard.sandbox.emulator.numbers.NumbersApi;
import dev.switchboard.sandbox.emulator.numbersv1.NumbersV1Api;
import dev.switchboard.sandbox.emulator.numbersv1.V1Signatures;
import dev.switchboard.sandbox.emulator.routes.RouteValues;
import dev.switchboard.sandbox.emulator.routes.RoutesApi;
import dev.switchboard.sandbox.emulator.token.JwtIssuer;
import dev.switchboard.sandbox.emulator.token.OidcProviderApi;
import dev.switchboard.sandbox.emulator.token.TokenApi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stateful local stand-in for Flowroute's Messages v2.1, Numbers v2, Routes v2, E911 v2 and CNAM
 * v2 APIs and the legacy Numbers v1 (HMAC-signed, on the same account), with its webhooks, plus
 * {@code /sandbox} endpoints for tests and users. Listens on 127.0.0.1.
 */
public final class FlowrouteEmulator implements AutoCloseable {

  private final EmulatorConfig config;
  private final HttpServer server;
  private final ExecutorService executor;
  private final ScheduledExecutorService scheduler;
  private final String url;
  private final Account account;
  private final Catalogue catalogue = new Catalogue();
  private final RouteBook routes = new RouteBook();
  private final NumberService numberService;
  private final E911Service e911s;
  private final CnamService cnams;
  private final MessageStore store = new MessageStore();
  private final MediaStore media = new MediaStore();
  private final RequestLog requestLog = new RequestLog();
  private final Faults faults;
  private final java.util.Map<String, ServiceSwitch> switches =
      new java.util.concurrent.ConcurrentHashMap<>();
  private final WebhookSender webhooks;
  private final SendService sends;
  private final InboundService inbound;
  private final JwtIssuer jwt;
  private final Router flowroute = new Router();
  private final Router sandbox = new Router();
  private final byte[] expectedAuthorization;
  private final V1Signatures v1Signatures;

  private FlowrouteEmulator(EmulatorConfig config, HttpServer server) {
    this.config = config;
    this.server = server;
    this.url = "http://127.0.0.1:" + server.getAddress().getPort();
    // Unbounded: an accepted_then_timeout fault holds a thread for longer than a read timeout.
    this.executor = Executors.newCachedThreadPool(daemonThreads("flowroute-emulator-http"));
    this.scheduler = Executors.newScheduledThreadPool(2, daemonThreads("flowroute-emulator-timer"));
    this.account =
        new Account(config.numbers(), config.accountCallbacks(), config.messagingApiVersion());
    this.faults = new Faults(config.smsPerSecond(), config.mmsPerSecond());
    this.numberService =
        new NumberService(
            account, catalogue, routes, faults, scheduler, config.messagingProvisioningDelay());
    this.e911s = new E911Service(account, numberService, new E911Book(), config.e911ForTollFree());
    this.cnams =
        new CnamService(account, numberService, new CnamBook(), scheduler, config.cnamAutoReview());
    this.webhooks =
        new WebhookSender(
            scheduler,
            faults::dropCallbacks,
            config.webhookRetries(),
            config.webhookRetryInterval());
    DlrSimulator dlr =
        new DlrSimulator(
            scheduler,
            store,
            account,
            webhooks,
            config.dlrDelay(),
            url,
            faults::withholdsReceiptsTo);
    this.sends = new SendService(account, store, faults, new MediaFetcher(), dlr);
    this.inbound = new InboundService(account, store, media, webhooks, url);
    this.jwt = new JwtIssuer(config.jwtIssuer());
    this.expectedAuthorization =
        ("Basic "
                + Base64.getEncoder()
                    .encodeToString(
                        (config.accessKey() + ":" + config.secretKey())
                            .getBytes(StandardCharsets.UTF_8)))
            .getBytes(StandardCharsets.UTF_8);
    new MessagesApi(account, store, sends, media, url).register(flowroute);
    new MessagesV2Api(store, sends, url).register(flowroute);
    new NumbersApi(
            numberService,
            catalogue,
            id -> e911s.find(id).map(record -> E911Json.record(record, url)),
            id -> cnams.find(id).map(record -> CnamJson.record(record, url)),
            url)
        .register(flowroute);
    new RoutesApi(numberService, url).register(flowroute);
    new NumbersV1Api(numberService, catalogue).register(flowroute);
    this.v1Signatures = new V1Signatures(config.accessKey(), config.secretKey());
    new E911Api(e911s, url).register(flowroute);
    new CnamApi(cnams, url).register(flowroute);
    new SandboxIndexApi(url).register(sandbox);
    new TokenApi(jwt).register(sandbox);
    new OidcProviderApi(jwt, config.jwtIssuer(), url).register(sandbox);
    new AccountHooksApi(numberService, catalogue, e911s, cnams, url).register(sandbox);
    new InboundHooksApi(inbound, media).register(sandbox);
    new ForeignMessagesApi(sends).register(sandbox);
    new TrafficApi(requestLog, sends).register(sandbox);
    new FaultsApi(faults).register(sandbox);
    new MessagingApiVersionApi(account).register(sandbox);
    new ServiceSwitchApi(switches).register(sandbox);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
  }

  /**
   * Starts an emulator.
   *
   * @throws UncheckedIOException when the port is taken
   */
  public static FlowrouteEmulator start(EmulatorConfig config) {
    HttpServer server;
    try {
      server =
          HttpServer.create(
              new InetSocketAddress(InetAddress.getLoopbackAddress(), config.port()), 64);
    } catch (BindException e) {
      throw new UncheckedIOException(
          "Port " + config.port() + " is already in use; the Flowroute emulator cannot start", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    FlowrouteEmulator emulator = new FlowrouteEmulator(config, server);
    server.start();
    return emulator;
  }

  /** Starts an emulator with the defaults on any free port. */
  public static FlowrouteEmulator startOnFreePort() {
    return start(EmulatorConfig.defaults().withPort(0));
  }

  /** The base URL, e.g. {@code http://127.0.0.1:8090}; Flowroute paths go right after it. */
  public String url() {
    return url;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public EmulatorConfig config() {
    return config;
  }

  /** The account's numbers, by number. */
  public Collection<AccountNumber> numbers() {
    return account.numbers();
  }

  // ---- numbers and routes

  /** One of the account's numbers with its attributes and routes, as Flowroute would show it. */
  public Optional<NumberDetails> number(String number) {
    return account.details(number);
  }

  /** The account's numbers with their attributes and routes, by number. */
  public List<NumberDetails> numberDetails() {
    return account.allDetails();
  }

  /** The numbers for sale now, by number. */
  public List<CatalogueNumber> catalogue() {
    return catalogue.available();
  }

  /** The account's routes, sip-reg ({@code "0"}) first, then by id. */
  public List<RouteRecord> routes() {
    return numberService.routes();
  }

  /**
   * Puts a number on the account directly, as if bought elsewhere (behind the platform's back):
   * taken from the catalogue if it is there, else made up from its area code. No alias, no CNAM
   * lookups, primary route sip-reg.
   *
   * @throws IllegalArgumentException when it is not {@code 1NPANXXXXXX} or already on the account
   */
  public NumberDetails ownNumber(String number, boolean messagingEnabled) {
    return numberService.own(number, messagingEnabled);
  }

  /** The same with messaging disabled, as a purchase without flags leaves it. */
  public NumberDetails ownNumber(String number) {
    return ownNumber(number, false);
  }

  /**
   * Releases a number directly (behind the platform's back): it goes back to the catalogue.
   *
   * @throws IllegalArgumentException when it is not on the account
   */
  public void releaseBehindTheBack(String number) {
    numberService.releaseDirectly(number);
  }

  /** Changes a number's alias directly; null clears it. */
  public NumberDetails setAliasBehindTheBack(String number, String alias) {
    return numberService.setAliasDirectly(number, alias);
  }

  /** Sets a number's primary route directly; null puts sip-reg ({@code "0"}) back. */
  public NumberDetails setPrimaryRouteBehindTheBack(String number, String routeId) {
    return numberService.setRouteDirectly(number, NumberService.Slot.PRIMARY, routeId);
  }

  /** Sets a number's failover route directly; null removes it. */
  public NumberDetails setFailoverRouteBehindTheBack(String number, String routeId) {
    return numberService.setRouteDirectly(number, NumberService.Slot.FAILOVER, routeId);
  }

  /** Creates a route directly, as if made in Flowroute's portal; its id is returned in it. */
  public RouteRecord createRouteBehindTheBack(String alias, String routeType, String value) {
    String type = RouteValues.routeType(routeType);
    if (type == null || RouteValues.problem(type, value) != null) {
      throw new IllegalArgumentException("invalid route " + routeType + " " + value);
    }
    try {
      return numberService.createRoute(alias, type, value.trim(), null);
    } catch (FlowrouteException e) {
      throw new IllegalArgumentException(e.detail(), e);
    }
  }

  // ---- E911 and CNAM

  /** The account's E911 records, by id. */
  public List<E911Record> e911s() {
    return e911s.all();
  }

  public Optional<E911Record> e911(String id) {
    return e911s.find(id);
  }

  /** The account's CNAM records, by id. */
  public List<CnamRecord> cnams() {
    return cnams.all();
  }

  public Optional<CnamRecord> cnam(String id) {
    return cnams.find(id);
  }

  /**
   * Approves a pending CNAM record, as Flowroute's review would.
   *
   * @throws IllegalArgumentException when there is no such record
   * @throws IllegalStateException when it is not pending
   */
  public CnamRecord approveCnam(String id) {
    return cnams.approve(id);
  }

  /** Rejects a pending CNAM record with a reason (same exceptions as {@link #approveCnam}). */
  public CnamRecord rejectCnam(String id, String reason) {
    return cnams.reject(id, reason);
  }

  /**
   * Lets {@code POST /sandbox/<name>/stop} and {@code /start} switch a service the launcher owns
   * ({@code kafka}, {@code postgres}).
   */
  public void controlService(String name, ServiceSwitch service) {
    switches.put(name, service);
  }

  /** When true, every Flowroute endpoint answers 503 (a shortcut for {@code faults().setDown}). */
  public void setDown(boolean down) {
    faults.setDown(down);
  }

  // ---- requests received

  /** The Flowroute API requests received (not {@code /sandbox} ones), oldest first. */
  public List<LoggedRequest> requests() {
    return requestLog.all();
  }

  public void clearRequests() {
    requestLog.clear();
  }

  // ---- tokens

  /** The sandbox's token issuer: bearer tokens for the API, its JWKS and public key. */
  public JwtIssuer tokens() {
    return jwt;
  }

  // ---- inbound and webhooks

  /** Makes a phone text one of the account's numbers, as {@code POST /sandbox/inbound} does. */
  public InboundResult sendInbound(InboundRequest request) {
    try {
      return inbound.receive(request);
    } catch (FlowrouteException e) {
      if (e.status() == 409) {
        throw new IllegalStateException(e.detail(), e);
      }
      throw new IllegalArgumentException(e.detail(), e);
    }
  }

  /** Where the webhook of an inbound message stands. */
  public Optional<WebhookDelivery> inboundDelivery(String id) {
    return inbound.delivery(id);
  }

  /** Every webhook started so far (receipts and inbound), in no particular order. */
  public List<WebhookDelivery> webhookDeliveries() {
    return webhooks.all();
  }

  // ---- faults and settings

  /** The media server of inbound MMS links: their lifetime, and whether it is down. */
  public MediaStore media() {
    return media;
  }

  public Faults faults() {
    return faults;
  }

  /** Sets an account-level callback URL; null or blank clears it. */
  public void setAccountCallback(CallbackType type, String callbackUrl) {
    account.setAccountCallback(type, callbackUrl);
  }

  public Optional<String> accountCallback(CallbackType type) {
    return account.accountCallback(type);
  }

  /**
   * Switches the account's messaging API version, which decides the form of the webhooks: {@code
   * v2} (legacy flat inbound), {@code v2.1} or {@code v2.2} (numbers with {@code +}, {@code /v2.2}
   * links). {@link #reset()} restores the configured one.
   */
  public void setMessagingApiVersion(String version) {
    account.setMessagingApiVersion(version);
  }

  /** The account's messaging API version now. */
  public String messagingApiVersion() {
    return account.messagingApiVersion();
  }

  /** The number's own callback URL of that type, if one is set. */
  public Optional<String> numberCallback(String number, CallbackType type) {
    return account.numberCallback(number, type);
  }

  /** Sets a number-level callback URL; null or blank clears it. */
  public void setNumberCallback(String number, CallbackType type, String callbackUrl) {
    if (account.number(number).isEmpty()) {
      throw new IllegalArgumentException(number + " is not on the account");
    }
    account.setNumberCallback(number, type, callbackUrl);
  }

  /**
   * Forgets messages, requests, webhooks, media, E911 and CNAM records (planned CNAM reviews are
   * abandoned), restores the configured numbers, callbacks, catalogue and routes (sip-reg only),
   * and clears the faults.
   */
  public void reset() {
    store.clear();
    requestLog.clear();
    webhooks.clear();
    media.clear();
    numberService.reset();
    e911s.reset();
    cnams.reset();
    faults.reset();
    sends.resetCounters();
  }

  // ---- messages

  public Optional<MessageRecord> message(String id) {
    return store.get(id);
  }

  /** All MDRs, oldest first. */
  public List<MessageRecord> messages() {
    return store.all();
  }

  /** Sends stored and accepted (answered 202, or with an injected fault after accepting). */
  public long acceptedSends() {
    return sends.stats().accepted();
  }

  /** Sends answered 429. */
  public long rateLimitedSends() {
    return sends.stats().rateLimited();
  }

  /** Sends accepted, answered 429, and accepted per distinct (from, to, body). */
  public SendStats stats() {
    return sends.stats();
  }

  /** Sets the counters of {@link #stats()} back to zero (messages stay stored). */
  public void resetStats() {
    sends.resetCounters();
  }

  @Override
  public void close() {
    server.stop(0);
    scheduler.shutdownNow();
    executor.shutdownNow();
    try {
      executor.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  // ---- HTTP dispatch

  private void handle(HttpExchange http) {
    try {
      Exchange exchange = Exchange.read(http);
      try {
        String path = exchange.path();
        if (path.equals("/sandbox") || path.startsWith("/sandbox/")) {
          sandbox.dispatch(exchange);
        } else {
          requestLog.record(exchange);
          sleep(faults.latency());
          if (faults.down()) {
            throw new FlowrouteException(
                503,
                "Service Unavailable",
                "The service is temporarily unavailable. Please try again later.");
          }
          authenticate(exchange);
          flowroute.dispatch(exchange);
        }
      } catch (FlowrouteException e) {
        answerError(exchange, e);
      } catch (RuntimeException e) {
        answerError(
            exchange,
            new FlowrouteException(
                500, "Internal Server Error", "The emulator failed: " + e.getClass().getName()));
      }
    } catch (IOException e) {
      // the client went away; nothing to answer
    } finally {
      http.close();
    }
  }

  /** Flowroute's error body, or Numbers v1's {@code {"error": ...}} on its paths. */
  private static void answerError(Exchange exchange, FlowrouteException e) throws IOException {
    if (exchange.answered()) {
      return;
    }
    if (NumbersV1Api.handles(exchange.path())) {
      NumbersV1Api.error(exchange, e);
    } else {
      exchange.error(e);
    }
  }

  private void authenticate(Exchange exchange) {
    if (NumbersV1Api.handles(exchange.path())) {
      // Numbers v1 signs each request (§9.1) instead of sending the secret.
      if (!v1Signatures.valid(exchange) || faults.unauthorized()) {
        throw new FlowrouteException(401, "Unauthorized", "Authentication failed.");
      }
      return;
    }
    String header = exchange.header("Authorization");
    byte[] given = header == null ? new byte[0] : header.trim().getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(given, expectedAuthorization) || faults.unauthorized()) {
      throw new FlowrouteException(
          401,
          "Unauthorized",
          "Authentication failed.",
          java.util.Map.of("WWW-Authenticate", "Basic realm=\"flowroute\""));
    }
  }

  private static void sleep(Duration latency) {
    if (!latency.isZero()) {
      try {
        Thread.sleep(latency.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static ThreadFactory daemonThreads(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
