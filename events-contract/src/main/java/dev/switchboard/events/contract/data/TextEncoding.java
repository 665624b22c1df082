package dev.switchboard.events.contract.data;

/** How a text's body is encoded on the carrier network, which sets its segment count. */
public enum TextEncoding {
  GSM_7,
  UCS_2
}
