package dev.tandem.server.store;

/** The database failed (connection, SQL); the transaction it happened in was rolled back. */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
