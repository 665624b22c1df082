package dev.switchboard.domain.numbers;

/** The messaging webhooks Flowroute can send for one number (DID-level callbacks). */
public enum CallbackKind {
  SMS,
  MMS,
  SMS_DLR,
  MMS_DLR
}
