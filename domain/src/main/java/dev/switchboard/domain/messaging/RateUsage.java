package dev.switchboard.domain.messaging;

import java.time.Duration;

/**
 * One kind's use of the account's send rate, as its limiter sees it now.
 *
 * @param perSecond sends in the last window, per second (all replicas when the limiter is shared)
 * @param limit the account's rate the limiter keeps to, per second
 * @param heldFor what is left of the pause a 429 asked for, zero when none
 */
public record RateUsage(double perSecond, double limit, Duration heldFor) {}
