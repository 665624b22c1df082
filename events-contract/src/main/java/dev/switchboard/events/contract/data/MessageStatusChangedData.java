package dev.switchboard.events.contract.data;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code message.status-changed}: an outbound message moved to a new state; {@code
 * deliveryReceipt} is null unless a carrier receipt caused the change.
 */
public record MessageStatusChangedData(
    UUID id,
    String direction,
    String from,
    String to,
    String body,
    TextEncoding encoding,
    int segments,
    boolean mms,
    List<Media> media,
    String flowrouteId,
    MessageStatus status,
    MessageStatus previousStatus,
    String failureCode,
    String failureReason,
    Instant changedAt,
    Boolean autoReply,
    // Absent on the wire, not null, when no receipt caused the change.
    @JsonInclude(JsonInclude.Include.NON_NULL) DeliveryReceipt deliveryReceipt) {}
