package dev.switchboard.benchmarks.floor;

/** The body of a send, as {@code POST /v1/messages} takes it. */
public record SendRequest(String from, String to, String body) {}
