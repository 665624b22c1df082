package dev.switchboard.domain.shared;

/** A request that contradicts the current state, such as an idempotency key reused. */
public class ConflictException extends DomainException {
  public ConflictException(String code, String message) {
    super(code, message);
  }
}
