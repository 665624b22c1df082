package dev.switchboard.domain.shared;

/** A resource that does not exist (or is not visible to the caller). */
public class NotFoundException extends DomainException {
  public NotFoundException(String code, String message) {
    super(code, message);
  }
}
