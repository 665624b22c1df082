package dev.switchboard.events.contract.data;

/**
 * A number's whole state after a change: the data of {@code number.purchased}, {@code
 * number.updated}, {@code number.routes-changed}, {@code number.e911-changed} and {@code
 * number.cnam-changed}, and the before and after of {@code number.drift-repaired}.
 */
public record NumberState(
    String number,
    NumberType type,
    String alias,
    boolean cnamLookupsEnabled,
    boolean messagingEnabled,
    MessagingSource messagingSource,
    String rateCenter,
    String state,
    String primaryRoute,
    String failoverRoute,
    String e911Id,
    String cnamId,
    Callbacks callbacks) {}
