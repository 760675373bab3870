package jianbao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputWalkerTest {
  @TempDir Path dir;

  @BeforeEach
  void tree() throws IOException {
    // Created out of order: the walk must sort.
    file("pages/b.txt");
    file("pages/a.txt");
    file("pages/2024/05/17.txt");
    file("pages/2024/05/01.txt");
    file("pages/Z.txt");
    file("pages/.hidden.txt");
    file("pages/.git/objects.txt");
    file("loose.txt");
  }

  @Test
  void foldersExpandRecursivelyInSortedOrderSkippingHidden() {
    InputWalker.Inputs inputs = InputWalker.walk(List.of(dir.resolve("pages")));
    assertEquals(
        List.of(
            dir.resolve("pages/2024/05/01.txt"),
            dir.resolve("pages/2024/05/17.txt"),
            dir.resolve("pages/Z.txt"),
            dir.resolve("pages/a.txt"),
            dir.resolve("pages/b.txt")),
        inputs.files());
    assertEquals(List.of(), inputs.rejects());
  }

  @Test
  void inputsKeepTheirOrderAndDuplicatesAreListedOnce() {
    InputWalker.Inputs inputs =
        InputWalker.walk(
            List.of(
                dir.resolve("loose.txt"),
                dir.resolve("pages/2024"),
                dir.resolve("pages/.hidden.txt"),
                dir.resolve("pages/2024/05/17.txt"),
                dir.resolve("loose.txt")));
    assertEquals(
        List.of(
            dir.resolve("loose.txt"),
            dir.resolve("pages/2024/05/01.txt"),
            dir.resolve("pages/2024/05/17.txt"),
            dir.resolve("pages/.hidden.txt")),
        inputs.files());
  }

  @Test
  void missingInputIsRejectedAndTheRestStillWalked() {
    Path missing = dir.resolve("nope.txt");
    InputWalker.Inputs inputs = InputWalker.walk(List.of(missing, dir.resolve("loose.txt")));
    assertEquals(List.of(dir.resolve("loose.txt")), inputs.files());
    assertEquals(
        List.of(new Reject(missing.toString(), "read", "no such file or directory")),
        inputs.rejects());
  }

  @Test
  void symlinkLoopIsNotFollowedAndLinkedFilesAreListedOnce() throws IOException {
    Files.createSymbolicLink(dir.resolve("pages/2024/back"), dir.resolve("pages"));
    Files.createSymbolicLink(dir.resolve("pages/c.txt"), dir.resolve("pages/a.txt"));
    Files.createSymbolicLink(dir.resolve("pages/dangling.txt"), dir.resolve("gone.txt"));
    InputWalker.Inputs inputs = InputWalker.walk(List.of(dir.resolve("pages")));
    assertEquals(
        List.of(
            dir.resolve("pages/2024/05/01.txt"),
            dir.resolve("pages/2024/05/17.txt"),
            dir.resolve("pages/Z.txt"),
            dir.resolve("pages/a.txt"),
            dir.resolve("pages/b.txt")),
        inputs.files());
    assertEquals(
        List.of(
            new Reject(dir.resolve("pages/2024/back").toString(), "read",
                "symbolic link loop, not followed"),
            new Reject(dir.resolve("pages/dangling.txt").toString(), "read",
                "broken symbolic link")),
        inputs.rejects());
  }

  @Test
  void linkedFolderOutsideTheTreeIsWalked() throws IOException {
    file("elsewhere/x.txt");
    Files.createSymbolicLink(dir.resolve("pages/linked"), dir.resolve("elsewhere"));
    List<Path> files = InputWalker.walk(List.of(dir.resolve("pages"))).files();
    assertEquals(
        List.of(
            dir.resolve("pages/2024/05/01.txt"),
            dir.resolve("pages/2024/05/17.txt"),
            dir.resolve("pages/Z.txt"),
            dir.resolve("pages/a.txt"),
            dir.resolve("pages/b.txt"),
            dir.resolve("pages/linked/x.txt")),
        files);
  }

  @Test
  void pathsKeepTheFormGiven() {
    Path relative = Path.of("samples");
    assertEquals(
        List.of(Path.of("samples/000_e1de8d0c08a602d2.txt")),
        InputWalker.walk(List.of(relative)).files());
  }

  private void file(String name) throws IOException {
    Path path = dir.resolve(name);
    Files.createDirectories(path.getParent());
    Files.writeString(path, name);
  }
}
