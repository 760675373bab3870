package jianbao.write;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * An output file written under a hidden temporary name in the target's folder and renamed onto
 * the target on {@link #commit}, so the target name only ever holds a complete file: a run killed
 * midway leaves at most a stray ".name.*.tmp" beside it, never a truncated output.
 */
final class AtomicFile {
  private final Path target;
  private final Path temp;
  private final FileChannel channel;
  private final Writer writer;
  private boolean done;

  AtomicFile(Path target) throws IOException {
    this.target = target;
    // Same folder as the target: a rename within one file system is atomic.
    this.temp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
    this.channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    this.writer =
        new BufferedWriter(
            new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8));
  }

  Writer writer() {
    return writer;
  }

  Path target() {
    return target;
  }

  /** Flushes to disk and moves the file to its final name. */
  void commit() throws IOException {
    if (done) {
      return;
    }
    done = true;
    try (writer) {
      writer.flush();
      channel.force(true); // on disk before the rename makes it visible
    }
    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  /** Drops the temporary file; the target is left as it was. */
  void abort() throws IOException {
    if (done) {
      return;
    }
    done = true;
    try (writer) {
      // closing only
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
