package dev.switchboard.benchmarks.floor;

import java.util.UUID;

/** The answer to an accepted send: the queued message, as the API answers with its view. */
public record Accepted(UUID id, String status, String from, String to, String body) {}
