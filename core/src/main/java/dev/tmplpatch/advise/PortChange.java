package dev.tmplpatch.advise;

/**
 * PortChange moves one bind port below 1024 to a free port at or above 1024: 80 to 8080, 443 to
 * 8443, in general the port plus 8000, or the next port up that the gateway does not use yet.
 *
 * @param from the port as declared now
 * @param to the new bind port
 */
public record PortChange(BindPort from, int to) {

  /** OFFSET is what we add to a privileged port: 80 becomes 8080, the convention users know. */
  public static final int OFFSET = 8000;
}
