package jianbao.segment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How much each piece of {@link Evidence} is worth in the page-level decision, in log-odds. The
 * weights ship as a resource learned by {@link LayoutTrainer} ({@code jianbao train-layout}); an
 * archive can learn its own from pages it has corrected and pass them to {@code extract}.
 *
 * <p>File format: one {@code NAME<TAB>weight} line per item of {@link Evidence}; {@code #} starts a
 * comment. Every item must be given once.
 */
public final class Weights {
  private final double[] w;

  Weights(double[] w) {
    if (w.length != Evidence.values().length) {
      throw new IllegalArgumentException("expected " + Evidence.values().length + " weights, got " + w.length);
    }
    this.w = w.clone();
  }

  private static final Weights DEFAULTS = fromResource();

  /** The weights jianbao ships with. */
  public static Weights defaults() {
    return DEFAULTS;
  }

  /** A short digest of the weights: outputs made with other weights are other outputs. */
  public String fingerprint() {
    try {
      java.security.MessageDigest d = java.security.MessageDigest.getInstance("SHA-256");
      for (double x : w) {
        long bits = Double.doubleToLongBits(x);
        for (int i = 0; i < 8; i++) {
          d.update((byte) (bits >>> (8 * i)));
        }
      }
      return java.util.HexFormat.of().formatHex(d.digest()).substring(0, 12);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  double get(Evidence e) {
    return w[e.ordinal()];
  }

  double[] array() {
    return w.clone();
  }

  /** The score of a feature vector indexed by {@link Evidence#ordinal()}. */
  double dot(double[] f) {
    double s = 0;
    for (int i = 0; i < w.length; i++) {
      s += w[i] * f[i];
    }
    return s;
  }

  /** Reads weights from a file written by {@link #write(Path, List)}. */
  public static Weights read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in, file.toString());
    }
  }

  private static Weights fromResource() {
    try (InputStream in = Weights.class.getResourceAsStream("weights.tsv")) {
      if (in == null) {
        throw new IllegalStateException("layout weights resource missing from the jar");
      }
      return parse(in, "weights.tsv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Weights parse(InputStream in, String name) throws IOException {
    double[] w = new double[Evidence.values().length];
    boolean[] seen = new boolean[w.length];
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int no = 0;
    while ((line = r.readLine()) != null) {
      no++;
      int hash = line.indexOf('#');
      String t = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (t.isEmpty()) {
        continue;
      }
      String[] parts = t.split("\\s+");
      if (parts.length != 2) {
        throw new IOException(name + ":" + no + ": expected NAME<TAB>weight, got: " + line);
      }
      Evidence e;
      try {
        e = Evidence.valueOf(parts[0]);
      } catch (IllegalArgumentException x) {
        throw new IOException(name + ":" + no + ": unknown evidence " + parts[0]);
      }
      if (seen[e.ordinal()]) {
        throw new IOException(name + ":" + no + ": " + parts[0] + " given twice");
      }
      try {
        w[e.ordinal()] = Double.parseDouble(parts[1]);
      } catch (NumberFormatException x) {
        throw new IOException(name + ":" + no + ": not a number: " + parts[1]);
      }
      seen[e.ordinal()] = true;
    }
    List<String> missing = new ArrayList<>();
    for (Evidence e : Evidence.values()) {
      if (!seen[e.ordinal()]) {
        missing.add(e.name());
      }
    }
    if (!missing.isEmpty()) {
      throw new IOException(name + ": no weight for " + String.join(", ", missing));
    }
    return new Weights(w);
  }

  /** Writes the weights, with comment lines first. */
  public void write(Path file, List<String> comments) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (String c : comments) {
      sb.append("# ").append(c).append('\n');
    }
    for (Evidence e : Evidence.values()) {
      sb.append(e.name()).append('\t').append(String.format(Locale.ROOT, "%.4f", w[e.ordinal()])).append('\n');
    }
    Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
  }
}
