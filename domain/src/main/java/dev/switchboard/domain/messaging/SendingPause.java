package dev.switchboard.domain.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Whether the carrier refused the account (401, or a 403 about the account): while it does, no
 * message is sent, so a mistaken credential rotation leaves the queue waiting instead of failing
 * it. A probe now and then tells when it is over. Logged at most once a minute, never with a
 * secret.
 */
public final class SendingPause {

  /** Why sending is paused. */
  public enum Reason {
    /** The carrier refused our credentials (401). */
    CREDENTIALS,
    /** The carrier refused the account the right to send (403 about the account). */
    FORBIDDEN
  }

  private static final Logger LOG = Logger.getLogger(SendingPause.class.getName());
  private static final Duration LOG_EVERY = Duration.ofMinutes(1);

  private final Duration probeInterval;
  private Reason reason;
  private String detail;
  private Instant nextProbe;
  private Instant lastLog;
  private boolean pauseLogged;

  public SendingPause(Duration probeInterval) {
    if (probeInterval.isNegative() || probeInterval.isZero()) {
      throw new IllegalArgumentException("the probe interval must be positive");
    }
    this.probeInterval = probeInterval;
  }

  /** Stops sending until a probe succeeds. */
  public synchronized void pause(Reason why, String carrierCode, Instant now) {
    boolean fresh = reason == null;
    reason = why;
    detail = carrierCode;
    if (fresh) {
      nextProbe = now.plus(probeInterval);
    }
    logAtMostEveryMinute(now);
  }

  public synchronized boolean paused() {
    return reason != null;
  }

  public synchronized Optional<Reason> reason() {
    return Optional.ofNullable(reason);
  }

  /** The carrier's code and reason behind the pause, null when sending. */
  public synchronized String detail() {
    return detail;
  }

  /**
   * Gives one caller the turn to probe when a probe is due (others get false), and logs the pause
   * once a minute meanwhile.
   */
  public synchronized boolean probeTurn(Instant now) {
    if (reason == null) {
      return false;
    }
    logAtMostEveryMinute(now);
    if (now.isBefore(nextProbe)) {
      return false;
    }
    nextProbe = now.plus(probeInterval);
    return true;
  }

  /** The probe succeeded: sending resumes. */
  public synchronized void resume() {
    // Logged only after a logged pause, so a flapping account logs at most twice a minute.
    if (reason != null && pauseLogged) {
      pauseLogged = false;
      LOG.info("Flowroute accepts the account again: sending resumes");
    }
    reason = null;
    detail = null;
  }

  private void logAtMostEveryMinute(Instant now) {
    if (lastLog == null || !now.isBefore(lastLog.plus(LOG_EVERY))) {
      lastLog = now;
      pauseLogged = true;
      LOG.warning(
          "sending paused: Flowroute refused the account ("
              + detail
              + ", "
              + (reason == Reason.CREDENTIALS
                  ? "check the access and secret keys"
                  : "check the account's rights")
              + "); messages stay queued, probing every "
              + probeInterval.toSeconds()
              + " s");
    }
  }
}
