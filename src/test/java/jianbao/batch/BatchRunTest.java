package jianbao.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jianbao.pipeline.PagePipeline;
import jianbao.read.PageReader;
import jianbao.read.RejectedPageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch loop with a reader stand-in: failures the file system of a root test run cannot stage. */
class BatchRunTest {
  static final Path SAMPLE = Path.of("samples/000_e1de8d0c08a602d2.txt");

  @TempDir Path dir;

  @Test
  void unreadableFileIsRejectedAndTheNextOneRead() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.copy(SAMPLE, in.resolve("a_locked.txt"));
    Files.write(in.resolve("b.txt"), (Files.readString(SAMPLE) + "\n第二版\n").getBytes());
    PageReader reader = new PageReader();
    // What PageReader reports for an AccessDeniedException (see PageReaderTest, which runs it
    // for real when not root).
    BatchRun.PageSource source = file -> {
      if (file.getFileName().toString().equals("a_locked.txt")) {
        throw new RejectedPageException(file.toString(), "read", "unreadable: permission denied");
      }
      return reader.readPages(file);
    };
    StringWriter err = new StringWriter();
    BatchRun.Summary s = new BatchRun(settings(in, false), new PrintWriter(err, true), source).run();
    assertEquals(1, s.rejected());
    assertEquals(1, s.pages());
    assertEquals("jianbao: " + in.resolve("a_locked.txt") + ": unreadable: permission denied\n", err.toString());
    assertEquals("{\"path\":\"" + in.resolve("a_locked.txt") + "\",\"stage\":\"read\",\"reason\":\"unreadable: permission denied\"}\n",
        Files.readString(dir.resolve("out/rejects.jsonl")));
  }

  @Test
  void progressCountsAddUpWithLinksThatLeadNowhere() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.copy(SAMPLE, in.resolve("a.txt"));
    Files.copy(SAMPLE, in.resolve("b-copy.txt"));
    Files.write(in.resolve("c-empty.txt"), new byte[0]);
    Files.createSymbolicLink(in.resolve("d-dangling.txt"), in.resolve("gone.txt"));
    List<Progress.Counters> seen = new ArrayList<>();
    Progress progress = new Progress() {
      @Override
      public void message(String line) {}

      @Override
      public void cutting(Counters now) {
        seen.add(now);
      }
    };
    BatchRun.Summary s = new BatchRun(settings(in, false), progress).run();
    Progress.Counters last = seen.get(seen.size() - 1);
    // Every input is one of: a page, a rejected file (the link included), a duplicate.
    assertEquals(4, last.totalFiles());
    assertEquals(4, last.files());
    assertEquals(List.of(1, 2, 1), List.of(last.pagesCut(), last.rejects(), last.duplicates()));
    assertEquals(Files.size(SAMPLE) * 2, last.totalBytes());
    assertEquals(last.totalBytes(), last.bytes());
    assertEquals(4, s.files());
    assertEquals(s.files(), s.pages() + s.rejected() + s.duplicates());
  }

  @Test
  void readerCrashOnOneFileDoesNotStopTheBatch() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.copy(SAMPLE, in.resolve("a.txt"));
    Files.write(in.resolve("b.txt"), (Files.readString(SAMPLE) + "\n第二版\n").getBytes());
    PageReader reader = new PageReader();
    BatchRun.PageSource source = file -> {
      if (file.getFileName().toString().equals("a.txt")) {
        throw new IllegalStateException("boom");
      }
      return reader.readPages(file);
    };
    BatchRun.Summary s = new BatchRun(settings(in, false), new PrintWriter(new StringWriter()), source).run();
    assertEquals(1, s.rejected());
    assertEquals(1, s.pages());
    assertTrue(Files.readString(dir.resolve("out/rejects.jsonl"))
        .contains("\"stage\":\"read\",\"reason\":\"internal error: java.lang.IllegalStateException: boom\""));
  }

  @Test
  void outdirThatCannotBeCreatedIsFatal() throws Exception {
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    BatchRun.Failure f = assertThrows(BatchRun.Failure.class,
        () -> new BatchRun(new BatchRun.Settings(List.of(SAMPLE), file.resolve("out"), Set.of("jsonl"),
            new PagePipeline.Options(null, jianbao.segment.HeadlinePosition.AUTO, false),
            PageReader.Options.defaults(), false, "test"), new PrintWriter(new StringWriter())).run());
    assertTrue(!f.usage());
    assertTrue(f.getMessage().startsWith("cannot create output folder " + file.resolve("out")), f.getMessage());
  }

  private BatchRun.Settings settings(Path in, boolean resume) {
    return new BatchRun.Settings(List.of(in), dir.resolve("out"), Set.of("jsonl", "csv"),
        new PagePipeline.Options(null, jianbao.segment.HeadlinePosition.AUTO, false),
        PageReader.Options.defaults(), resume, "test");
  }
}
