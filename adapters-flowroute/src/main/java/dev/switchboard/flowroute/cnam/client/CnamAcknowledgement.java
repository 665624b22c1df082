package dev.switchboard.flowroute.cnam.client;

import java.time.Instant;
import java.util.Optional;

/**
 * Flowroute's 202 answer to a CNAM assignment or unassignment (§5.6, §5.7): the record id (an
 * integer, or null on unassignment) and when Flowroute took the request (an RFC-1123 date).
 */
record CnamAcknowledgement(Optional<String> cnamId, Optional<Instant> acceptedAt) {}
