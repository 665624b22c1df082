package dev.switchboard.deploy.support;

/** A manifest that Kubernetes would refuse, or that the renderer cannot handle. */
public final class ManifestException extends RuntimeException {

  public ManifestException(String message) {
    super(message);
  }

  public ManifestException(String message, Throwable cause) {
    super(message + ": " + cause.getMessage(), cause);
  }
}
