package dev.switchboard.events.contract.data;

/**
 * Data of {@code number.drift-repaired}: our record of a number differed from Flowroute's and was
 * repaired; {@code before} is null for an added number, {@code after} for a removed one.
 */
public record NumberDriftRepairedData(
    String number, DriftChange change, NumberState before, NumberState after) {}
