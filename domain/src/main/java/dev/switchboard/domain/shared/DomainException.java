package dev.switchboard.domain.shared;

/** A refusal of the domain, named by a stable code that callers can rely on. */
public abstract class DomainException extends RuntimeException {

  private final String code;

  protected DomainException(String code, String message) {
    super(message);
    this.code = code;
  }

  /** A stable, kebab-case name of the error, used as the problem type. */
  public String code() {
    return code;
  }
}
