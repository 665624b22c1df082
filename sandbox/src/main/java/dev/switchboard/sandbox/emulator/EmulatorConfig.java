package dev.switchboard.sandbox.emulator;

import dev.switchboard.sandbox.emulator.account.AccountNumber;
import dev.switchboard.sandbox.emulator.account.CallbackType;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Settings of a {@link FlowrouteEmulator}. Start from {@link #defaults()} and change what a test
 * needs with the {@code with...} methods.
 *
 * @param port the port to listen on, 0 for any free one
 * @param accessKey the Basic-auth user (Flowroute's API access key)
 * @param secretKey the Basic-auth password (Flowroute's API secret key)
 * @param numbers the account's numbers
 * @param smsPerSecond SMS sends allowed per sliding second; 0 or less disables the limit
 * @param mmsPerSecond MMS sends allowed per sliding second; 0 or less disables the limit
 * @param dlrDelay time from a send to its first receipt, and between receipts
 * @param webhookRetries how many times a webhook is sent again after a non-200 answer or none
 * @param webhookRetryInterval time between those re-sends
 * @param accountCallbacks the account-level callback URLs at start
 * @param jwtIssuer the {@code iss} of the tokens from {@code /sandbox/token}
 * @param messagingApiVersion the account's messaging API version, {@code v2.1} or {@code v2}
 *     (legacy flat inbound webhooks)
 * @param e911ForTollFree whether toll-free numbers support emergency services (E911 records can be
 *     assigned to them); local numbers always do
 * @param cnamAutoReview when not null, CNAM records still pending this long after they were created
 *     or last changed are reviewed automatically (values containing {@code POLICE} rejected, others
 *     approved); null leaves them pending until a sandbox hook reviews them
 * @param messagingProvisioningDelay how long after a purchase or PATCH that turns messaging on the
 *     number's messaging is actually enabled (Flowroute's asynchronous message provisioning); zero
 *     enables it at once
 */
public record EmulatorConfig(
    int port,
    String accessKey,
    String secretKey,
    List<AccountNumber> numbers,
    double smsPerSecond,
    double mmsPerSecond,
    Duration dlrDelay,
    int webhookRetries,
    Duration webhookRetryInterval,
    Map<CallbackType, String> accountCallbacks,
    String jwtIssuer,
    String messagingApiVersion,
    boolean e911ForTollFree,
    Duration cnamAutoReview,
    Duration messagingProvisioningDelay) {

  public static final int DEFAULT_PORT = 8090;
  public static final String DEFAULT_ACCESS_KEY = "1111111";
  public static final String DEFAULT_SECRET_KEY = "sandbox-secret-key";
  public static final String DEFAULT_ISSUER = "switchboard-sandbox";

  public EmulatorConfig {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
    Objects.requireNonNull(accessKey, "accessKey");
    Objects.requireNonNull(secretKey, "secretKey");
    numbers = List.copyOf(numbers);
    Objects.requireNonNull(dlrDelay, "dlrDelay");
    if (webhookRetries < 0) {
      throw new IllegalArgumentException("webhookRetries must be >= 0");
    }
    Objects.requireNonNull(webhookRetryInterval, "webhookRetryInterval");
    accountCallbacks = Map.copyOf(accountCallbacks);
    Objects.requireNonNull(jwtIssuer, "jwtIssuer");
    Objects.requireNonNull(messagingApiVersion, "messagingApiVersion");
    if (cnamAutoReview != null && cnamAutoReview.isNegative()) {
      throw new IllegalArgumentException("cnamAutoReview must not be negative");
    }
    Objects.requireNonNull(messagingProvisioningDelay, "messagingProvisioningDelay");
    if (messagingProvisioningDelay.isNegative()) {
      throw new IllegalArgumentException("messagingProvisioningDelay must not be negative");
    }
  }

  /**
   * Port 8090, key {@code 1111111}, four numbers (the last without messaging), Flowroute limits.
   */
  public static EmulatorConfig defaults() {
    return new EmulatorConfig(
        DEFAULT_PORT,
        DEFAULT_ACCESS_KEY,
        DEFAULT_SECRET_KEY,
        List.of(
            new AccountNumber("12065550100", true),
            new AccountNumber("12065550101", true),
            new AccountNumber("12065550102", true),
            new AccountNumber("12065550103", false)),
        5,
        1,
        Duration.ofMillis(200),
        4,
        Duration.ofSeconds(30),
        Map.of(),
        DEFAULT_ISSUER,
        "v2.1",
        false,
        null,
        Duration.ofMillis(500));
  }

  public EmulatorConfig withPort(int newPort) {
    return with(c -> c.port = newPort);
  }

  public EmulatorConfig withCredentials(String newAccessKey, String newSecretKey) {
    return with(
        c -> {
          c.accessKey = newAccessKey;
          c.secretKey = newSecretKey;
        });
  }

  public EmulatorConfig withNumbers(List<AccountNumber> newNumbers) {
    return with(c -> c.numbers = newNumbers);
  }

  public EmulatorConfig withRates(double sms, double mms) {
    return with(
        c -> {
          c.smsPerSecond = sms;
          c.mmsPerSecond = mms;
        });
  }

  public EmulatorConfig withDlrDelay(Duration delay) {
    return with(c -> c.dlrDelay = delay);
  }

  public EmulatorConfig withWebhookRetry(int retries, Duration interval) {
    return with(
        c -> {
          c.webhookRetries = retries;
          c.webhookRetryInterval = interval;
        });
  }

  /** Adds or replaces one account-level callback URL. */
  public EmulatorConfig withAccountCallback(CallbackType type, String url) {
    Map<CallbackType, String> callbacks = new EnumMap<>(CallbackType.class);
    callbacks.putAll(accountCallbacks);
    callbacks.put(type, url);
    return with(c -> c.accountCallbacks = callbacks);
  }

  public EmulatorConfig withJwtIssuer(String issuer) {
    return with(c -> c.jwtIssuer = issuer);
  }

  public EmulatorConfig withMessagingApiVersion(String version) {
    return with(c -> c.messagingApiVersion = version);
  }

  public EmulatorConfig withE911ForTollFree(boolean allowed) {
    return with(c -> c.e911ForTollFree = allowed);
  }

  /** Reviews pending CNAM records automatically after {@code delay}; null turns it off. */
  public EmulatorConfig withCnamAutoReview(Duration delay) {
    return with(c -> c.cnamAutoReview = delay);
  }

  /** Delays the enabling of messaging after a purchase or PATCH; zero enables it at once. */
  public EmulatorConfig withMessagingProvisioningDelay(Duration delay) {
    return with(c -> c.messagingProvisioningDelay = delay);
  }

  /** A copy with some settings changed; the constructor checks the result as usual. */
  private EmulatorConfig with(Consumer<Copy> change) {
    Copy copy = new Copy(this);
    change.accept(copy);
    return copy.build();
  }

  /** The settings as mutable fields, only to make one changed copy. */
  private static final class Copy {
    int port;
    String accessKey;
    String secretKey;
    List<AccountNumber> numbers;
    double smsPerSecond;
    double mmsPerSecond;
    Duration dlrDelay;
    int webhookRetries;
    Duration webhookRetryInterval;
    Map<CallbackType, String> accountCallbacks;
    String jwtIssuer;
    String messagingApiVersion;
    boolean e911ForTollFree;
    Duration cnamAutoReview;
    Duration messagingProvisioningDelay;

    Copy(EmulatorConfig c) {
      port = c.port;
      accessKey = c.accessKey;
      secretKey = c.secretKey;
      numbers = c.numbers;
      smsPerSecond = c.smsPerSecond;
      mmsPerSecond = c.mmsPerSecond;
      dlrDelay = c.dlrDelay;
      webhookRetries = c.webhookRetries;
      webhookRetryInterval = c.webhookRetryInterval;
      accountCallbacks = c.accountCallbacks;
      jwtIssuer = c.jwtIssuer;
      messagingApiVersion = c.messagingApiVersion;
      e911ForTollFree = c.e911ForTollFree;
      cnamAutoReview = c.cnamAutoReview;
      messagingProvisioningDelay = c.messagingProvisioningDelay;
    }

    EmulatorConfig build() {
      return new EmulatorConfig(
          port,
          accessKey,
          secretKey,
          numbers,
          smsPerSecond,
          mmsPerSecond,
          dlrDelay,
          webhookRetries,
          webhookRetryInterval,
          accountCallbacks,
          jwtIssuer,
          messagingApiVersion,
          e911ForTollFree,
          cnamAutoReview,
          messagingProvisioningDelay);
    }
  }
}
