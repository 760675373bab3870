package jianbao.batch;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.regex.Pattern;
import jianbao.write.JsonFilesSink;
import jianbao.write.ProgressJournal;

/** OUTDIR as a run takes it: checked, locked against a second run, cleared of a killed run's temporaries. */
final class OutputFolder implements AutoCloseable {

  /** Temporary files of {@code AtomicFile} (".name.<uuid>.tmp") that a killed run left behind. */
  private static final Pattern STALE_TEMP =
      Pattern.compile("\\..+\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.tmp");

  private final FileChannel lockFile;
  private final FileLock lock;

  private OutputFolder(FileChannel lockFile, FileLock lock) {
    this.lockFile = lockFile;
    this.lock = lock;
  }

  /**
   * Creates OUTDIR and its state folder, takes the lock and removes stale temporaries.
   *
   * @throws BatchRun.Failure when OUTDIR cannot be a folder or cannot be created
   * @throws IOException when another run holds the lock, or the folder cannot be written
   */
  static OutputFolder take(Path out) throws BatchRun.Failure, IOException {
    checkPath(out);
    Path state = out.resolve(ProgressJournal.FOLDER);
    try {
      Files.createDirectories(state);
    } catch (IOException e) {
      throw new BatchRun.Failure("cannot create output folder " + out + ": " + describe(e), false, e);
    }
    FileChannel channel = FileChannel.open(state.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    try {
      OutputFolder folder = new OutputFolder(channel, lock(channel));
      removeStaleTemps(out);
      return folder;
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  @Override
  public void close() throws IOException {
    try (lockFile) {
      lock.release();
    }
  }

  /**
   * OUTDIR, or the nearest part of its path that exists, must be a folder. Said in those words: the
   * file system's "…/out/.jianbao: Not a directory" names a path the user never typed.
   */
  private static void checkPath(Path out) throws BatchRun.Failure {
    for (Path p = out.toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p)) {
        return;
      }
      if (Files.exists(p)) {
        Path typed = out.isAbsolute() ? p : Path.of("").toAbsolutePath().relativize(p);
        throw new BatchRun.Failure(typed.equals(out)
            ? "output path " + out + " exists and is not a folder"
            : "cannot create output folder " + out + ": " + typed + " exists and is not a folder", false, null);
      }
    }
  }

  private static FileLock lock(FileChannel channel) throws IOException {
    try {
      FileLock lock = channel.tryLock();
      if (lock != null) {
        return lock;
      }
    } catch (OverlappingFileLockException e) {
      // held by this JVM: same answer
    }
    throw new IOException("another jianbao run is writing to this folder");
  }

  /** Temporary outputs of a run killed while writing them; only names of jianbao's own pattern. */
  private static void removeStaleTemps(Path out) throws IOException {
    for (Path folder : List.of(out, out.resolve(JsonFilesSink.FOLDER))) {
      if (!Files.isDirectory(folder)) {
        continue;
      }
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
        for (Path entry : entries) {
          if (STALE_TEMP.matcher(entry.getFileName().toString()).matches() && Files.isRegularFile(entry)) {
            Files.deleteIfExists(entry);
          }
        }
      }
    }
  }

  /** An I/O failure's message in the user's words. */
  static String describe(IOException e) {
    String m = e.getMessage();
    String kind = e.getClass().getSimpleName();
    if (m == null) {
      return kind;
    }
    return switch (kind) {
      case "AccessDeniedException" -> m + ": permission denied";
      case "FileAlreadyExistsException" -> m + ": a file is in the way";
      case "NoSuchFileException" -> m + ": no such file or directory";
      case "NotDirectoryException" -> m + ": not a directory";
      default -> m;
    };
  }
}
