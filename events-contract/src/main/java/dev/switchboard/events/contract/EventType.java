package dev.switchboard.events.contract;

import dev.switchboard.events.contract.data.CnamReviewedData;
import dev.switchboard.events.contract.data.ForeignMessageRecordedData;
import dev.switchboard.events.contract.data.MediaArchivedData;
import dev.switchboard.events.contract.data.MessageReceivedData;
import dev.switchboard.events.contract.data.MessageStatusChangedData;
import dev.switchboard.events.contract.data.NumberDriftRepairedData;
import dev.switchboard.events.contract.data.NumberReleasedData;
import dev.switchboard.events.contract.data.NumberState;
import dev.switchboard.events.contract.data.OptOutAddedData;
import dev.switchboard.events.contract.data.OptOutRemovedData;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every event type Switchboard publishes: its name, the topic it goes to by default, the record of
 * its data and its JSON Schema.
 */
public enum EventType {
  MESSAGE_RECEIVED("message.received", Topics.INBOUND, MessageReceivedData.class),
  MESSAGE_MEDIA_ARCHIVED("message.media-archived", Topics.INBOUND, MediaArchivedData.class),
  MESSAGE_STATUS_CHANGED("message.status-changed", Topics.STATUS, MessageStatusChangedData.class),
  MESSAGE_FOREIGN_RECORDED(
      "message.foreign-recorded", Topics.STATUS, ForeignMessageRecordedData.class),
  NUMBER_PURCHASED("number.purchased", Topics.NUMBERS, NumberState.class),
  NUMBER_RELEASED("number.released", Topics.NUMBERS, NumberReleasedData.class),
  NUMBER_UPDATED("number.updated", Topics.NUMBERS, NumberState.class),
  NUMBER_ROUTES_CHANGED("number.routes-changed", Topics.NUMBERS, NumberState.class),
  NUMBER_E911_CHANGED("number.e911-changed", Topics.NUMBERS, NumberState.class),
  NUMBER_CNAM_CHANGED("number.cnam-changed", Topics.NUMBERS, NumberState.class),
  NUMBER_DRIFT_REPAIRED("number.drift-repaired", Topics.NUMBERS, NumberDriftRepairedData.class),
  CNAM_APPROVED("cnam.approved", Topics.NUMBERS, CnamReviewedData.class),
  CNAM_REJECTED("cnam.rejected", Topics.NUMBERS, CnamReviewedData.class),
  OPT_OUT_ADDED("opt-out.added", Topics.OPT_OUTS, OptOutAddedData.class),
  OPT_OUT_REMOVED("opt-out.removed", Topics.OPT_OUTS, OptOutRemovedData.class);

  private static final Map<String, EventType> BY_CLOUD_EVENT_TYPE =
      Arrays.stream(values())
          .collect(Collectors.toUnmodifiableMap(EventType::cloudEventType, Function.identity()));

  private final String type;
  private final String defaultTopic;
  private final Class<?> dataClass;

  EventType(String type, String defaultTopic, Class<?> dataClass) {
    this.type = type;
    this.defaultTopic = defaultTopic;
    this.dataClass = dataClass;
  }

  /** The type name without prefix, such as {@code message.received}. */
  public String type() {
    return type;
  }

  /** The CloudEvents {@code type} attribute ({@code ce_type}): {@code dev.switchboard.<type>}. */
  public String cloudEventType() {
    return SwitchboardCloudEvents.cloudEventType(type);
  }

  /** The CloudEvents {@code dataschema} attribute, also the {@code $id} of the schema. */
  public String dataSchema() {
    return SwitchboardCloudEvents.dataSchema(type);
  }

  /** The class path resource of the data's JSON Schema, {@code schemas/<type>.v1.json}. */
  public String schemaResource() {
    return "schemas/" + type + "." + SwitchboardCloudEvents.SCHEMA_VERSION + ".json";
  }

  /** The topic the event goes to unless the deployment renamed it. */
  public String defaultTopic() {
    return defaultTopic;
  }

  /** The record the data reads into. */
  public Class<?> dataClass() {
    return dataClass;
  }

  /** The event type of a {@code ce_type}; empty for a type this version of the contract lacks. */
  public static Optional<EventType> ofCloudEventType(String cloudEventType) {
    return Optional.ofNullable(BY_CLOUD_EVENT_TYPE.get(cloudEventType));
  }

  /** The default topic names. */
  public static final class Topics {
    public static final String INBOUND = "switchboard.messages.inbound.v1";
    public static final String STATUS = "switchboard.messages.status.v1";
    public static final String NUMBERS = "switchboard.numbers.v1";
    public static final String OPT_OUTS = "switchboard.opt-outs.v1";

    /** All four, in this order. */
    public static final List<String> ALL = List.of(INBOUND, STATUS, NUMBERS, OPT_OUTS);

    private Topics() {}
  }
}
