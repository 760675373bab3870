package jianbao.batch;

/**
 * What a run tells its user as it goes. Every call comes from the run's one coordinating thread
 * (never from the workers), in input order.
 */
public interface Progress {

  /**
   * Where the cutting stands. {@code files} counts inputs taken in, of {@code totalFiles} (a link
   * that leads nowhere is an input too, rejected), {@code bytes} their size, of {@code
   * totalBytes}. Once all are taken, files = pages + rejects + duplicates, but for files of several
   * pages (PDF).
   */
  record Counters(int files, int totalFiles, long bytes, long totalBytes, int pagesCut, int pagesResumed, int records,
      int rejects, int duplicates, long nanos) {}

  /** A line for the user now (a reject), above any bar. */
  void message(String line);

  /** Called after each input file; the implementation decides whether to show anything. */
  default void cutting(Counters now) {}

  /** The run is over (or failed): remove anything transient from the screen. */
  default void finished() {}
}
