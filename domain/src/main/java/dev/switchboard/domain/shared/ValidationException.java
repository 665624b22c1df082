package dev.switchboard.domain.shared;

/** Input that breaks a rule of the domain. */
public class ValidationException extends DomainException {
  public ValidationException(String code, String message) {
    super(code, message);
  }
}
