package dev.switchboard.domain.routes;

/** Which of a number's two voice routes: the one tried first, or the one tried when it fails. */
public enum RouteSlot {
  PRIMARY,
  FAILOVER
}
