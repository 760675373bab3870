package jianbao.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jianbao.model.Article;
import jianbao.model.PageRecord;

/**
 * The durable progress of a run, {@code OUTDIR/.jianbao/journal.jsonl}: a header line with the
 * settings that shape records, then one line per finished page holding its pages.jsonl record and
 * its articles. The outputs are assembled from it when the run ends, so they only ever appear
 * whole (see {@link AtomicFile}), while a killed run keeps every page it finished.
 *
 * <p>Each page goes to the OS in one write once it is finished, so a SIGKILL loses only the page
 * being cut. The file is fsynced at most once a {@link #SYNC_INTERVAL_NANOS second} (and at the
 * end): a power cut may lose the last second of pages or tear the last line; {@link #resume}
 * drops a torn or unreadable tail and those pages are cut again.
 */
public final class ProgressJournal implements AutoCloseable {
  public static final String FOLDER = ".jianbao";
  public static final String FILE = "journal.jsonl";
  private static final String MAGIC = "jianbao progress journal";
  private static final long SYNC_INTERVAL_NANOS = 1_000_000_000L;

  /** A page is identified by its content and its path: both are in its records. */
  public record Key(String sha256, String path) {}

  /** A finished page: its pages.jsonl record and its articles. */
  public record Entry(PageRecord page, List<Article> articles) {
    public Key key() {
      return new Key(page.sha256(), page.path());
    }
  }

  /** A page's line as stored. */
  private record Line(PageRecord page, Article[] articles) {}

  /** Where an entry's line lies in the file. */
  private record Slot(long offset, int length) {}

  /** The journal of another run was written with other settings; resuming it would mix records. */
  public static final class SettingsMismatch extends IOException {
    public SettingsMismatch(String message) {
      super(message);
    }
  }

  private final Path file;
  private final FileChannel channel;
  private final Map<Key, Slot> slots;
  private long size;
  private long lastSync = System.nanoTime();
  private boolean closed;

  private ProgressJournal(Path file, FileChannel channel, Map<Key, Slot> slots, long size) {
    this.file = file;
    this.channel = channel;
    this.slots = slots;
    this.size = size;
  }

  public static Path path(Path outDir) {
    return outDir.resolve(FOLDER).resolve(FILE);
  }

  /** Starts an empty journal, replacing any earlier one. */
  public static ProgressJournal create(Path outDir, JsonNode settings) throws IOException {
    Path file = path(outDir);
    Files.createDirectories(file.getParent());
    FileChannel channel =
        FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ,
            StandardOpenOption.TRUNCATE_EXISTING);
    ProgressJournal journal = new ProgressJournal(file, channel, new HashMap<>(), 0);
    try {
      journal.append(Json.mapper().writeValueAsBytes(header(settings)));
      journal.sync();
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
    return journal;
  }

  /**
   * Opens the journal a previous run left, keeping the finished pages whose lines are whole and
   * readable and cutting the file after the last of them; starts a fresh one when there is none
   * (or its header is torn).
   *
   * @throws SettingsMismatch when the journal was written with other settings
   */
  public static ProgressJournal resume(Path outDir, JsonNode settings) throws IOException {
    Path file = path(outDir);
    if (!Files.isRegularFile(file)) {
      return create(outDir, settings);
    }
    FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.READ);
    // Read line by line: the journal is about the size of articles.jsonl, so it is never held
    // whole in memory.
    try (LineReader lines = new LineReader(channel)) {
      byte[] first = lines.next();
      JsonNode head = first == null ? null : parse(first, 0, first.length);
      if (head == null || !MAGIC.equals(head.path("journal").asText())) {
        channel.close();
        return create(outDir, settings);
      }
      if (!Objects.equals(head.get("settings"), settings)) {
        throw new SettingsMismatch(
            "--resume: " + outDir + " was written with other settings " + head.get("settings")
                + " (now " + settings + "); run without --resume to start over");
      }
      Map<Key, Slot> slots = new HashMap<>();
      long good = lines.offset();
      while (true) {
        long start = lines.offset();
        byte[] line = lines.next();
        if (line == null) {
          break; // end, or a torn last line
        }
        JsonNode node = parse(line, 0, line.length);
        Entry entry = node == null ? null : entry(node);
        if (entry == null) {
          break; // unreadable: everything from here is redone
        }
        slots.put(entry.key(), new Slot(start, line.length));
        good = lines.offset();
      }
      if (good < channel.size()) {
        channel.truncate(good);
        channel.force(true);
      }
      return new ProgressJournal(file, channel, slots, good);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /** Whole lines ("\n"-terminated) of a channel from its start; a last line without "\n" is not returned. */
  private static final class LineReader implements AutoCloseable {
    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocate(1 << 16).flip();
    private long offset; // file offset of the next unread byte
    private long read; // file offset the buffer was filled up to

    LineReader(FileChannel channel) {
      this.channel = channel;
    }

    long offset() {
      return offset;
    }

    byte[] next() throws IOException {
      java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
      while (true) {
        if (!buffer.hasRemaining()) {
          buffer.clear();
          int n = channel.read(buffer, read);
          buffer.flip();
          if (n <= 0) {
            return null;
          }
          read += n;
        }
        int from = buffer.position();
        int limit = buffer.limit();
        int i = from;
        while (i < limit && buffer.get(i) != '\n') {
          i++;
        }
        line.write(buffer.array(), from, i - from);
        if (i < limit) {
          buffer.position(i + 1);
          offset += line.size() + 1;
          return line.toByteArray();
        }
        buffer.position(limit);
      }
    }

    @Override
    public void close() {
      // the channel belongs to the journal
    }
  }

  private static ObjectNode header(JsonNode settings) {
    ObjectNode head = Json.mapper().createObjectNode();
    head.put("journal", MAGIC);
    head.set("settings", settings);
    return head;
  }

  public boolean contains(Key key) {
    return slots.containsKey(key);
  }

  public int size() {
    return slots.size();
  }

  /** The finished pages, as a copy that other threads may read while this journal grows. */
  public java.util.Set<Key> keys() {
    return java.util.Set.copyOf(slots.keySet());
  }

  /**
   * Serialises a finished page; throws before anything is written when the page cannot be
   * serialised, so that failure is the page's, not the journal's.
   */
  public static byte[] render(PageRecord page, List<Article> articles) throws IOException {
    ObjectNode line = Json.mapper().createObjectNode();
    line.set("page", Json.mapper().valueToTree(page));
    line.set("articles", Json.mapper().valueToTree(articles));
    return Json.mapper().writeValueAsBytes(line);
  }

  /** Appends a rendered page (from {@link #render}) in one write. */
  public void add(Key key, byte[] rendered) throws IOException {
    checkOpen();
    long offset = size;
    append(rendered);
    slots.put(key, new Slot(offset, rendered.length));
    if (System.nanoTime() - lastSync >= SYNC_INTERVAL_NANOS) {
      sync();
    }
  }

  /** Reads a finished page back. */
  public Entry get(Key key) throws IOException {
    checkOpen();
    Slot slot = slots.get(key);
    if (slot == null) {
      throw new IllegalArgumentException("page not in the journal: " + key);
    }
    ByteBuffer buffer = ByteBuffer.allocate(slot.length());
    while (buffer.hasRemaining()) {
      if (channel.read(buffer, slot.offset() + buffer.position()) < 0) {
        throw new IOException(file + ": ends inside the entry at byte " + slot.offset());
      }
    }
    // Straight to the records, without a JSON tree in between: this runs once per page when the
    // outputs are assembled.
    Line line;
    try {
      line = Json.mapper().readValue(buffer.array(), Line.class);
    } catch (IOException | RuntimeException e) {
      line = null;
    }
    if (line == null || line.page() == null || line.articles() == null) {
      throw new IOException(file + ": unreadable entry at byte " + slot.offset());
    }
    return new Entry(line.page(), List.of(line.articles()));
  }

  /**
   * Rewrites the journal to hold only {@code keep}, in that order, when it holds anything else
   * (pages of earlier runs no longer among the inputs), so it does not grow without bound; then
   * closes it.
   */
  public void compact(List<Key> keep, JsonNode settings) throws IOException {
    checkOpen();
    if (keep.size() == slots.size() && slots.keySet().containsAll(keep)) {
      close();
      return;
    }
    Path temp = file.resolveSibling(FILE + ".compact.tmp");
    Map<Key, Slot> moved = new HashMap<>();
    try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING)) {
      long at = writeLine(out, 0, Json.mapper().writeValueAsBytes(header(settings)));
      for (Key key : keep) {
        Slot slot = slots.get(key);
        ByteBuffer buffer = ByteBuffer.allocate(slot.length());
        while (buffer.hasRemaining()) {
          channel.read(buffer, slot.offset() + buffer.position());
        }
        moved.put(key, new Slot(at, slot.length()));
        at = writeLine(out, at, buffer.array());
      }
      out.force(true);
    }
    close();
    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    slots.clear();
    slots.putAll(moved);
  }

  private static long writeLine(FileChannel out, long at, byte[] line) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(line.length + 1).put(line).put((byte) '\n').flip();
    while (buffer.hasRemaining()) {
      out.write(buffer);
    }
    return at + line.length + 1;
  }

  private void append(byte[] line) throws IOException {
    // One buffer, one write: the page's line reaches the OS whole or (if the write fails) not at all
    // as far as resume can tell, since a line without its "\n" is dropped.
    size = writeLine(channel.position(size), size, line);
  }

  private void sync() throws IOException {
    channel.force(false);
    lastSync = System.nanoTime();
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("journal closed");
    }
  }

  /** Forces the journal to disk and closes it. */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try (channel) {
      channel.force(false);
    }
  }

  private static Entry entry(JsonNode node) {
    try {
      JsonNode page = node.get("page");
      JsonNode articles = node.get("articles");
      if (page == null || articles == null || !articles.isArray()) {
        return null;
      }
      PageRecord record = Json.mapper().treeToValue(page, PageRecord.class);
      Article[] list = Json.mapper().treeToValue(articles, Article[].class);
      if (record.sha256() == null || record.path() == null) {
        return null;
      }
      return new Entry(record, List.of(list));
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static JsonNode parse(byte[] bytes, int from, int to) {
    try {
      return Json.mapper().readTree(new String(bytes, from, to - from, StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }


}
