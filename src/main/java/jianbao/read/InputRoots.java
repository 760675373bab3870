package jianbao.read;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The inputs of a run, as typed, to tell where each page sits below the input that found it. A
 * page's path is whatever the user typed plus the walk below it ({@code /mnt/archive/2021/05/p1.txt},
 * {@code ../scans/p1.txt}); its path relative to its input ({@code 05/p1.txt}) stays the same when
 * the archive moves or another machine reads it.
 */
public final class InputRoots {
  /** No inputs known (an output folder without run.json): no relative paths. */
  public static final InputRoots NONE = new InputRoots(List.of());

  /** The "#pN" a page of a several-page file carries after the file's path. */
  private static final Pattern PAGE_OF_FILE = Pattern.compile("#p\\d+$");

  private final List<Path> inputs;

  private InputRoots(List<Path> inputs) {
    this.inputs = List.copyOf(inputs);
  }

  /** Inputs as the command line gave them; one that is no usable path is left out. */
  public static InputRoots of(List<String> inputs) {
    List<Path> paths = new ArrayList<>();
    for (String input : inputs) {
      try {
        paths.add(Path.of(input));
      } catch (InvalidPathException e) {
        // holds no page either
      }
    }
    return new InputRoots(paths);
  }

  /**
   * The page's path below the first input that holds it, as the walk lists files under the first
   * input that reaches them: inside a folder, the path from that folder; a file named itself, its
   * name. A PDF page keeps its "#pN". Null when no input holds the path.
   */
  public String relative(String pagePath) {
    String found = below(pagePath, "");
    Matcher page = PAGE_OF_FILE.matcher(pagePath);
    if (found == null && page.find()) {
      found = below(pagePath.substring(0, page.start()), page.group());
    }
    return found;
  }

  private String below(String file, String suffix) {
    Path path;
    try {
      path = Path.of(file);
    } catch (InvalidPathException e) {
      return null;
    }
    for (Path input : inputs) {
      if (path.equals(input)) {
        return path.getFileName() + suffix;
      }
      if (path.startsWith(input)) {
        return input.relativize(path) + suffix;
      }
    }
    return null;
  }
}
