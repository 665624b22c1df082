package dev.switchboard.api.messages;

import java.util.List;

/** The body of {@code POST /v1/messages}. */
public record SendMessageRequest(String from, String to, String body, List<String> mediaUrls) {}
