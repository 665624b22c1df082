package dev.switchboard.events.contract;

/**
 * The CloudEvents 1.0 Kafka binding (binary mode) as Switchboard uses it: the header names and the
 * way type and data schema are named. The producer and the reader both take them from here.
 */
public final class SwitchboardCloudEvents {

  /** Prefix of every CloudEvents {@code type}, as in {@code dev.switchboard.message.received}. */
  public static final String TYPE_PREFIX = "dev.switchboard.";

  /** The version of the data schemas; it moves together with the {@code .v1} topic suffix. */
  public static final String SCHEMA_VERSION = "v1";

  public static final String SPEC_VERSION = "1.0";
  public static final String CONTENT_TYPE = "application/json";

  /** The Kafka binding's prefix of the header of every CloudEvents attribute. */
  public static final String HEADER_PREFIX = "ce_";

  public static final String SPECVERSION_HEADER = "ce_specversion";
  public static final String ID_HEADER = "ce_id";
  public static final String SOURCE_HEADER = "ce_source";
  public static final String TYPE_HEADER = "ce_type";
  public static final String TIME_HEADER = "ce_time";
  public static final String SUBJECT_HEADER = "ce_subject";
  public static final String DATASCHEMA_HEADER = "ce_dataschema";

  /** The binding maps {@code datacontenttype} to Kafka's own {@code content-type} header. */
  public static final String CONTENT_TYPE_HEADER = "content-type";

  private SwitchboardCloudEvents() {}

  public static String cloudEventType(String type) {
    return TYPE_PREFIX + type;
  }

  public static String dataSchema(String type) {
    return "urn:switchboard:schema:" + type + ":" + SCHEMA_VERSION;
  }
}
