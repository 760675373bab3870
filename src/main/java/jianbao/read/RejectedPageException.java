package jianbao.read;

/**
 * An input the pipeline will not process, with the stage that refused it and a short human reason
 * ("empty file", "binary content, not text", ...). The message names the file and the reason.
 */
public class RejectedPageException extends Exception {
  private final String path;
  private final String stage;
  private final String reason;

  public RejectedPageException(String path, String stage, String reason) {
    this(path, stage, reason, null);
  }

  public RejectedPageException(String path, String stage, String reason, Throwable cause) {
    super(path + ": " + reason, cause);
    this.path = path;
    this.stage = stage;
    this.reason = reason;
  }

  public String path() {
    return path;
  }

  public String stage() {
    return stage;
  }

  public String reason() {
    return reason;
  }

  public Reject toReject() {
    return new Reject(path, stage, reason);
  }
}
