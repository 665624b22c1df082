package dev.switchboard.api.messages;

import java.util.List;

/** One page of {@code GET /v1/messages}; {@code nextCursor} is absent on the last page. */
public record MessagePage(List<MessageView> data, String nextCursor) {}
