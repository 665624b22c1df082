package dev.switchboard.events.contract.data;

import java.time.Instant;

/** The carrier's delivery receipt that caused a status change. */
public record DeliveryReceipt(
    int level, String status, Integer statusCode, String description, Instant timestamp) {}
