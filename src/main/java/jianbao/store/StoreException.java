package jianbao.store;

import java.io.IOException;

/** A database that could not be opened, written or read; the message names the database. */
public final class StoreException extends IOException {
  public StoreException(Database db, String what, Throwable cause) {
    super(db + ": " + what + ": " + reason(cause), cause);
  }

  public StoreException(Database db, String what) {
    super(db + ": " + what);
  }

  private static String reason(Throwable cause) {
    String message = cause.getMessage();
    return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message.strip();
  }
}
