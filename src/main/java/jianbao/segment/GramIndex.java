package jianbao.segment;

import java.util.Arrays;

/**
 * Which runs of a page hold which Chinese bigrams ({@link Overlap#grams}): one sorted array of
 * (bigram, run) pairs. The article search asks, for every headline block, in which runs each of
 * its few bigrams occur; looking each bigram up once here costs a binary search per bigram
 * instead of one per bigram and run.
 */
final class GramIndex {
  /** (bigram, run) pairs as {@link #key}s, sorted. */
  private final long[] pairs;

  /** @param grams each run's distinct bigrams */
  GramIndex(int[][] grams) {
    int n = 0;
    for (int[] g : grams) {
      n += g.length;
    }
    pairs = new long[n];
    int p = 0;
    for (int run = 0; run < grams.length; run++) {
      for (int g : grams[run]) {
        pairs[p++] = key(g, run);
      }
    }
    Arrays.sort(pairs);
  }

  private static long key(int gram, int run) {
    return (gram & 0xFFFFFFFFL) << 32 | run;
  }

  private static int gramOf(long key) {
    return (int) (key >>> 32);
  }

  /** The index of the first pair at or after (gram, run). */
  private int lowerBound(int gram, int run) {
    int i = Arrays.binarySearch(pairs, key(gram, run));
    return i >= 0 ? i : -i - 1;
  }

  /** The first run at or after {@code from} that holds the bigram, or -1. */
  int firstFrom(int gram, int from) {
    int i = lowerBound(gram, from);
    return i < pairs.length && gramOf(pairs[i]) == gram ? (int) pairs[i] : -1;
  }

  /** The last run before {@code to} that holds the bigram, or -1. */
  int lastBefore(int gram, int to) {
    int i = lowerBound(gram, to) - 1;
    return i >= 0 && gramOf(pairs[i]) == gram ? (int) pairs[i] : -1;
  }

  /** Whether a run in [from, to) holds the bigram. */
  boolean within(int gram, int from, int to) {
    int r = firstFrom(gram, from);
    return r >= 0 && r < to;
  }

  /** Adds one to {@code counts[run]} for each run before {@code to} that holds the bigram. */
  void countRunsBefore(int gram, int to, int[] counts) {
    int end = lowerBound(gram, to);
    for (int i = lowerBound(gram, 0); i < end; i++) {
      counts[(int) pairs[i]]++;
    }
  }
}
