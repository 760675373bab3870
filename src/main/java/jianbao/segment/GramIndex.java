package jianbao.segment;

import java.util.Arrays;

/**
 * Which runs of a page hold which Chinese bigrams (pairs of Han characters, as {@link Overlap}
 * counts them). The article search asks, for every candidate headline block, in which runs each
 * of its bigrams occur; here each distinct bigram of the page gets a number and its sorted list of
 * runs, so a headline's bigrams are found with one hash probe each, whatever the page's length.
 */
final class GramIndex {
  /** Open addressing: bigram → its number, 0 marking an empty slot (no bigram of two Han characters is 0). */
  private int[] keys;
  private int[] numbers;
  private int count;
  /** Runs of bigram n: {@code runs[start[n]] .. runs[start[n + 1] - 1]}, ascending. */
  private final int[] start;
  private final int[] runs;
  /** For {@link #head}: which numbers the block being read has already counted. */
  private final int[] seen;
  private int stamp;

  /** A headline block's distinct bigrams: the numbers of those some run holds, and how many there are in all. */
  record Grams(int[] known, int total) {}

  GramIndex(java.util.List<String> runTexts) {
    int chars = 0;
    for (String t : runTexts) {
      chars += t.length();
    }
    keys = new int[Integer.highestOneBit(Math.max(16, chars) * 2) * 2];
    numbers = new int[keys.length];
    // first pass: number the bigrams and count each one's runs (a run counted once per bigram)
    int[] lastRun = new int[16];
    int[] runCount = new int[16];
    int[][] perRun = new int[runTexts.size()][];
    for (int r = 0; r < runTexts.size(); r++) {
      String t = runTexts.get(r);
      int[] mine = new int[Math.max(0, t.length() - 1)];
      int n = 0;
      for (int i = 0; i + 1 < t.length(); i++) {
        int g = gram(t.charAt(i), t.charAt(i + 1));
        if (g == 0) {
          continue;
        }
        int id = numberOf(g, true);
        if (id >= lastRun.length) {
          lastRun = Arrays.copyOf(lastRun, id * 2);
          runCount = Arrays.copyOf(runCount, id * 2);
        }
        if (runCount[id] == 0 || lastRun[id] != r) {
          lastRun[id] = r;
          runCount[id]++;
          mine[n++] = id;
        }
      }
      perRun[r] = Arrays.copyOf(mine, n);
    }
    start = new int[count + 1];
    for (int id = 0; id < count; id++) {
      start[id + 1] = start[id] + runCount[id];
    }
    runs = new int[start[count]];
    int[] fill = Arrays.copyOf(start, count);
    for (int r = 0; r < perRun.length; r++) {
      for (int id : perRun[r]) {
        runs[fill[id]++] = r;
      }
    }
    seen = new int[count];
  }

  /** The bigram of two characters, or 0 unless both are Han. */
  static int gram(char a, char b) {
    return Overlap.isHan(a) && Overlap.isHan(b) ? a << 16 | b : 0;
  }

  private int numberOf(int g, boolean add) {
    int mask = keys.length - 1;
    int slot = (g * 0x9E3779B9) >>> 7 & mask;
    while (keys[slot] != 0) {
      if (keys[slot] == g) {
        return numbers[slot];
      }
      slot = slot + 1 & mask;
    }
    if (!add) {
      return -1;
    }
    keys[slot] = g;
    numbers[slot] = count;
    return count++;
  }

  /** The distinct bigrams of a headline block's text. */
  Grams head(String text) {
    stamp++;
    int[] known = new int[Math.max(0, text.length() - 1)];
    int k = 0;
    int[] unknown = new int[known.length];
    int u = 0;
    for (int i = 0; i + 1 < text.length(); i++) {
      int g = gram(text.charAt(i), text.charAt(i + 1));
      if (g == 0) {
        continue;
      }
      int id = numberOf(g, false);
      if (id < 0) {
        unknown[u++] = g; // spans two runs: no run holds it, but it counts
      } else if (seen[id] != stamp) {
        seen[id] = stamp;
        known[k++] = id;
      }
    }
    return new Grams(Arrays.copyOf(known, k), k + distinct(unknown, u));
  }

  private static int distinct(int[] a, int n) {
    Arrays.sort(a, 0, n);
    int d = 0;
    for (int i = 0; i < n; i++) {
      if (i == 0 || a[i] != a[i - 1]) {
        d++;
      }
    }
    return d;
  }

  /** The first run at or after {@code from} that holds bigram {@code id}, or -1. */
  int firstFrom(int id, int from) {
    int i = lowerBound(id, from);
    return i < start[id + 1] ? runs[i] : -1;
  }

  /** The last run before {@code to} that holds bigram {@code id}, or -1. */
  int lastBefore(int id, int to) {
    int i = lowerBound(id, to) - 1;
    return i >= start[id] ? runs[i] : -1;
  }

  /** Whether a run in [from, to) holds bigram {@code id}. */
  boolean within(int id, int from, int to) {
    int r = firstFrom(id, from);
    return r >= 0 && r < to;
  }

  /** Adds one to {@code counts[run]} for each run before {@code to} that holds bigram {@code id}. */
  void countRunsBefore(int id, int to, int[] counts) {
    for (int i = start[id]; i < start[id + 1] && runs[i] < to; i++) {
      counts[runs[i]]++;
    }
  }

  /** The position in {@link #runs} of bigram id's first run at or after {@code run}. */
  private int lowerBound(int id, int run) {
    int i = start[id];
    int end = start[id + 1];
    while (i < end && runs[i] < run) {
      i++; // most bigrams are in a run or two
    }
    return i;
  }
}
