package dev.switchboard.events.contract.data;

import java.time.Instant;

/** Data of {@code cnam.approved} and {@code cnam.rejected}: the review of a caller name. */
public record CnamReviewedData(
    String id, String value, String status, Instant approvedAt, String rejectionReason) {}
