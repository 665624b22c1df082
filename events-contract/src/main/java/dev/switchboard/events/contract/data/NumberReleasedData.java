package dev.switchboard.events.contract.data;

/** Data of {@code number.released}: the number left our account. */
public record NumberReleasedData(String number) {}
