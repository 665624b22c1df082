package dev.switchboard.domain.shared;

import java.util.Objects;

/**
 * The catalogue of the platform's refusals: each has a stable code (the last segment of the RFC
 * 9457 problem {@code type} the API answers with, so a code never changes) and its {@link
 * ProblemClass}, which decides the status. A {@link DomainException} always names one.
 */
public enum ProblemType {

  // Any area: text, numbers, paging
  INVALID_CHARACTERS("invalid-characters", ProblemClass.MALFORMED),
  INVALID_QUERY_PARAMETER("invalid-query-parameter", ProblemClass.MALFORMED),
  INVALID_CURSOR("invalid-cursor", ProblemClass.MALFORMED),
  MISSING_BODY("missing-body", ProblemClass.INVALID),
  INVALID_PHONE_NUMBER("invalid-phone-number", ProblemClass.INVALID),
  INVALID_LIMIT("invalid-limit", ProblemClass.INVALID),
  INVALID_OFFSET("invalid-offset", ProblemClass.INVALID),
  INVALID_FILTER("invalid-filter", ProblemClass.INVALID),
  INVALID_STATE("invalid-state", ProblemClass.INVALID),
  NOT_FOUND("not-found", ProblemClass.NOT_FOUND),
  DATABASE_UNAVAILABLE("database-unavailable", ProblemClass.UNAVAILABLE),

  // Messaging: sends, webhooks, receipts
  INVALID_WEBHOOK_PAYLOAD("invalid-webhook-payload", ProblemClass.MALFORMED),
  INVALID_MESSAGE("invalid-message", ProblemClass.INVALID),
  INVALID_MESSAGE_ID("invalid-message-id", ProblemClass.INVALID),
  INVALID_RECIPIENT("invalid-recipient", ProblemClass.INVALID),
  BODY_TOO_LONG("body-too-long", ProblemClass.INVALID),
  INVALID_MEDIA("invalid-media", ProblemClass.INVALID),
  INVALID_MEDIA_URL("invalid-media-url", ProblemClass.INVALID),
  TOO_MANY_MEDIA("too-many-media", ProblemClass.INVALID),
  MMS_NOT_AVAILABLE("mms-not-available", ProblemClass.INVALID),
  INVALID_IDEMPOTENCY_KEY("invalid-idempotency-key", ProblemClass.INVALID),
  INVALID_SCHEDULE("invalid-schedule", ProblemClass.INVALID),
  INVALID_BATCH("invalid-batch", ProblemClass.INVALID),
  RECIPIENT_OPTED_OUT("recipient-opted-out", ProblemClass.INVALID),
  SENDER_NOT_OURS("sender-not-ours", ProblemClass.INVALID),
  SENDER_MESSAGING_DISABLED("sender-messaging-disabled", ProblemClass.INVALID),
  MEDIA_URL_FORBIDDEN("media-url-forbidden", ProblemClass.INVALID),
  MEDIA_UNREACHABLE("media-unreachable", ProblemClass.INVALID),
  MEDIA_CONTENT_TYPE_NOT_ACCEPTED("media-content-type-not-accepted", ProblemClass.INVALID),
  MEDIA_TOO_LARGE("media-too-large", ProblemClass.INVALID),
  INVALID_INBOUND("invalid-inbound", ProblemClass.INVALID),
  INVALID_RECEIPT("invalid-receipt", ProblemClass.INVALID),
  MESSAGE_NOT_FOUND("message-not-found", ProblemClass.NOT_FOUND),
  IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", ProblemClass.CONFLICT),
  MESSAGE_NOT_CANCELABLE("message-not-cancelable", ProblemClass.CONFLICT),

  // Consent: opt-outs and keywords
  INVALID_OPT_OUT("invalid-opt-out", ProblemClass.INVALID),
  INVALID_KEYWORDS("invalid-keywords", ProblemClass.INVALID),
  OPT_OUT_NOT_FOUND("opt-out-not-found", ProblemClass.NOT_FOUND),
  MEDIA_NOT_FOUND("media-not-found", ProblemClass.NOT_FOUND),
  MEDIA_NOT_ARCHIVED("media-not-archived", ProblemClass.CONFLICT),
  MEDIA_STORAGE_UNAVAILABLE("media-storage-unavailable", ProblemClass.UNAVAILABLE),

  // Numbers: the catalogue, the inventory and its reconciliation
  MISSING_NUMBER("missing-number", ProblemClass.INVALID),
  INVALID_AREA_CODE("invalid-area-code", ProblemClass.INVALID),
  INVALID_EXCHANGE("invalid-exchange", ProblemClass.INVALID),
  INVALID_NUMBER_TYPE("invalid-number-type", ProblemClass.INVALID),
  INVALID_ORDER("invalid-order", ProblemClass.INVALID),
  RATE_CENTER_NEEDS_STATE("rate-center-needs-state", ProblemClass.INVALID),
  INVALID_ALIAS("invalid-alias", ProblemClass.INVALID),
  EMPTY_UPDATE("empty-update", ProblemClass.INVALID),
  INVALID_CALLBACK_KIND("invalid-callback-kind", ProblemClass.INVALID),
  INVALID_CALLBACK_URL("invalid-callback-url", ProblemClass.INVALID),
  NUMBER_NOT_FOUND("number-not-found", ProblemClass.NOT_FOUND),
  NO_RECONCILIATION_YET("no-reconciliation-yet", ProblemClass.NOT_FOUND),

  // Routes
  MISSING_ROUTE("missing-route", ProblemClass.INVALID),
  INVALID_ROUTE_ID("invalid-route-id", ProblemClass.INVALID),
  INVALID_ROUTE_TYPE("invalid-route-type", ProblemClass.INVALID),
  INVALID_ROUTE_VALUE("invalid-route-value", ProblemClass.INVALID),
  INVALID_ROUTE_SLOT("invalid-route-slot", ProblemClass.INVALID),
  INVALID_EDGE_STRATEGY("invalid-edge-strategy", ProblemClass.INVALID),
  SAME_ROUTE_TWICE("same-route-twice", ProblemClass.INVALID),
  BUILT_IN_ROUTE("built-in-route", ProblemClass.INVALID),
  ROUTE_NOT_FOUND("route-not-found", ProblemClass.NOT_FOUND),
  DUPLICATE_ROUTE("duplicate-route", ProblemClass.CONFLICT),
  ROUTE_IN_USE("route-in-use", ProblemClass.CONFLICT),

  // E911 addresses
  MISSING_E911("missing-e911", ProblemClass.INVALID),
  INVALID_E911_ID("invalid-e911-id", ProblemClass.INVALID),
  INVALID_ADDRESS("invalid-address", ProblemClass.INVALID),
  INVALID_ADDRESS_TYPE("invalid-address-type", ProblemClass.INVALID),
  INVALID_COUNTRY("invalid-country", ProblemClass.INVALID),
  INVALID_POSTAL_CODE("invalid-postal-code", ProblemClass.INVALID),
  ADDRESS_NOT_FOUND("address-not-found", ProblemClass.INVALID),
  NUMBER_CANNOT_HAVE_E911("number-cannot-have-e911", ProblemClass.INVALID),
  E911_NOT_FOUND("e911-not-found", ProblemClass.NOT_FOUND),
  DUPLICATE_ADDRESS("duplicate-address", ProblemClass.CONFLICT),
  E911_IN_USE("e911-in-use", ProblemClass.CONFLICT),

  // Caller names (CNAM)
  MISSING_CNAM("missing-cnam", ProblemClass.INVALID),
  INVALID_CNAM_ID("invalid-cnam-id", ProblemClass.INVALID),
  INVALID_CALLER_NAME("invalid-caller-name", ProblemClass.INVALID),
  CALLER_NAME_NEEDS_LOCAL_NUMBER("caller-name-needs-local-number", ProblemClass.INVALID),
  CALLER_NAME_NOT_FOUND("caller-name-not-found", ProblemClass.NOT_FOUND),
  DUPLICATE_CALLER_NAME("duplicate-caller-name", ProblemClass.CONFLICT),
  CALLER_NAME_NOT_APPROVED("caller-name-not-approved", ProblemClass.CONFLICT),
  CALLER_NAME_NOT_PENDING("caller-name-not-pending", ProblemClass.CONFLICT),
  CALLER_NAME_IN_USE("caller-name-in-use", ProblemClass.CONFLICT),

  // Flowroute's answers that are none of the above
  FLOWROUTE_REJECTED_INPUT("flowroute-rejected-input", ProblemClass.INVALID),
  FLOWROUTE_REFUSED("flowroute-refused", ProblemClass.CONFLICT),
  FLOWROUTE_RATE_LIMITED("flowroute-rate-limited", ProblemClass.RATE_LIMITED),
  FLOWROUTE_CREDENTIALS_REJECTED("flowroute-credentials-rejected", ProblemClass.MISCONFIGURED),
  FLOWROUTE_UNAVAILABLE("flowroute-unavailable", ProblemClass.UNAVAILABLE),
  FLOWROUTE_CIRCUIT_OPEN("flowroute-circuit-open", ProblemClass.UNAVAILABLE),
  FLOWROUTE_INVALID_RESPONSE("flowroute-invalid-response", ProblemClass.UNAVAILABLE),
  /**
   * The deployment speaks Flowroute's Numbers v1 ({@code switchboard.flowroute.numbers-api=v1}),
   * which has no such operation (E911, CNAM, number settings, release, edge strategies, route
   * changes): a conflict with how the carrier is configured, not with the request.
   */
  NOT_AVAILABLE_WITH_NUMBERS_V1("not-available-with-numbers-v1", ProblemClass.CONFLICT);

  private final String code;
  private final ProblemClass problemClass;

  ProblemType(String code, ProblemClass problemClass) {
    this.code = code;
    this.problemClass = Objects.requireNonNull(problemClass);
  }

  /** The stable, kebab-case name of the problem. */
  public String code() {
    return code;
  }

  public ProblemClass problemClass() {
    return problemClass;
  }
}
