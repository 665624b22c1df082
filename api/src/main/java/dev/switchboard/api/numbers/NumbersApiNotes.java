package dev.switchboard.api.numbers;

/**
 * What the OpenAPI document says of operations that Flowroute's legacy Numbers v1 lacks, so that a
 * client of a deployment on {@code switchboard.flowroute.numbers-api=v1} knows before it calls.
 */
public final class NumbersApiNotes {

  /** An operation refused as a whole on Numbers v1. */
  public static final String NOT_WITH_V1 =
      "Not available with Numbers v1: a deployment with switchboard.flowroute.numbers-api=v1"
          + " answers 409 not-available-with-numbers-v1.";

  private NumbersApiNotes() {}
}
