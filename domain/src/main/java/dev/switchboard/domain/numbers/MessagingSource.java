package dev.switchboard.domain.numbers;

/**
 * How the inventory learned a number's messaging setting. Flowroute's Numbers v2 documents do not
 * report {@code messaging_enabled}, and its message provisioning finishes after the purchase or
 * update that asked for it, so the setting is often what we asked for rather than what Flowroute
 * said.
 */
public enum MessagingSource {
  /** Flowroute's answer showed the setting (or told us it failed to enable it, a 207). */
  REPORTED,
  /** We set it and Flowroute accepted the request; its documents do not show the result. */
  REQUESTED,
  /** Neither: a number Flowroute listed without the setting that we never set. */
  UNKNOWN
}
