package jianbao.read;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Expands the command line's inputs into the page files to read.
 *
 * <p>Inputs keep the order given; a folder expands in place to its regular files, recursively, in
 * path order, so a run over the same tree always reads pages in the same order. Inside folders,
 * hidden entries (name starting with ".") and anything but regular files and folders are skipped;
 * a file named explicitly is taken even if hidden. Symbolic links are followed, but a link back to
 * a folder being walked is not (reported as a reject), and a file reached twice (named twice, or
 * through a link) is listed once.
 */
public final class InputWalker {

  /** The files to read, in reading order, and the inputs that yield none. */
  public record Inputs(List<Path> files, List<Reject> rejects) {
    public Inputs {
      files = List.copyOf(files);
      rejects = List.copyOf(rejects);
    }
  }

  private final List<Path> files = new ArrayList<>();
  private final List<Reject> rejects = new ArrayList<>();
  private final Set<Path> seenFiles = new HashSet<>();

  private InputWalker() {}

  public static Inputs walk(List<Path> inputs) {
    InputWalker walker = new InputWalker();
    for (Path input : inputs) {
      walker.visitInput(input);
    }
    return new Inputs(walker.files, walker.rejects);
  }

  private void visitInput(Path input) {
    if (Files.isDirectory(input)) {
      visitFolder(input, new HashSet<>());
    } else if (Files.isRegularFile(input)) {
      addFile(input);
    } else if (Files.isSymbolicLink(input)) {
      reject(input, danglingLinkReason(input));
    } else if (Files.exists(input, LinkOption.NOFOLLOW_LINKS)) {
      reject(input, "not a regular file");
    } else {
      reject(input, "no such file or directory");
    }
  }

  /** {@code ancestors}: real paths of the folders on the way down, to spot link loops. */
  private void visitFolder(Path folder, Set<Path> ancestors) {
    Path real;
    List<Path> entries;
    try {
      real = folder.toRealPath();
      if (!ancestors.add(real)) {
        reject(folder, "symbolic link loop, not followed");
        return;
      }
      entries = sortedEntries(folder);
    } catch (AccessDeniedException e) {
      reject(folder, "unreadable folder: permission denied");
      return;
    } catch (IOException e) {
      reject(folder, "unreadable folder: " + e.getMessage());
      return;
    }
    for (Path entry : entries) {
      if (entry.getFileName().toString().startsWith(".")) {
        continue;
      }
      if (Files.isDirectory(entry)) {
        visitFolder(entry, ancestors);
      } else if (Files.isRegularFile(entry)) {
        addFile(entry);
      } else if (Files.isSymbolicLink(entry) && !Files.exists(entry)) {
        reject(entry, danglingLinkReason(entry));
      }
      // sockets, pipes, devices inside a folder are not page files: skipped silently
    }
    ancestors.remove(real);
  }

  /** A link that leads nowhere: into a cycle of links (a → b → a), or to nothing. */
  static String danglingLinkReason(Path link) {
    Set<Path> visited = new HashSet<>();
    Path at = link.toAbsolutePath().normalize();
    try {
      while (Files.isSymbolicLink(at)) {
        if (!visited.add(at)) {
          return "symbolic link loop, not followed";
        }
        Path parent = at.getParent();
        Path target = Files.readSymbolicLink(at);
        at = (parent == null ? target : parent.resolve(target)).normalize();
      }
    } catch (IOException e) {
      return "broken symbolic link: " + e.getMessage();
    }
    return "broken symbolic link";
  }

  private static List<Path> sortedEntries(Path folder) throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      // Compare names as strings: Path order is platform-dependent (case folding on Windows).
      return list.sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
          .toList();
    }
  }

  private void addFile(Path file) {
    Path identity;
    try {
      identity = file.toRealPath();
    } catch (IOException e) {
      identity = file.toAbsolutePath().normalize();
    }
    if (seenFiles.add(identity)) {
      files.add(file);
    }
  }

  private void reject(Path input, String reason) {
    rejects.add(new Reject(input.toString(), PageReader.STAGE, reason));
  }
}
