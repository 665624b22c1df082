package dev.switchboard.api.messages;

import java.util.List;

/** The body of {@code POST /v1/messages/batch}: 1 to 1,000 messages. */
public record SendBatchRequest(List<SendMessageRequest> messages) {}
