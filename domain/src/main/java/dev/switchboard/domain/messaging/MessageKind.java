package dev.switchboard.domain.messaging;

/**
 * SMS or MMS: Flowroute counts their rates apart, so the dispatcher claims and paces them apart.
 */
public enum MessageKind {
  SMS,
  MMS;

  public static MessageKind of(Message message) {
    return message.isMms() ? MMS : SMS;
  }
}
