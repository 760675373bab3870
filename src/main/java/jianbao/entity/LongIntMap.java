package jianbao.entity;

import java.util.Arrays;

/** Open-addressing map from non-zero long keys to ints (feature keys to weight rows), -1 for absent keys. */
final class LongIntMap {
    private long[] keys;
    private int[] values;
    private int size, mask;

    LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
        keys = new long[cap];
        values = new int[cap];
        mask = cap - 1;
    }

    int size() {
        return size;
    }

    int get(long key) {
        int i = slot(key);
        while (true) {
            long k = keys[i];
            if (k == key) return values[i];
            if (k == 0) return -1;
            i = (i + 1) & mask;
        }
    }

    /** The value for key, or {@code value} newly put there when absent. */
    int putIfAbsent(long key, int value) {
        int i = slot(key);
        while (true) {
            long k = keys[i];
            if (k == key) return values[i];
            if (k == 0) break;
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value;
        if (++size * 2 > keys.length) grow();
        return value;
    }

    void put(long key, int value) {
        int i = slot(key);
        while (keys[i] != 0 && keys[i] != key) i = (i + 1) & mask;
        if (keys[i] == 0) size++;
        keys[i] = key;
        values[i] = value;
        if (size * 2 > keys.length) grow();
    }

    /** Adds one to the count kept for key. */
    void increment(long key) {
        int i = slot(key);
        while (keys[i] != 0 && keys[i] != key) i = (i + 1) & mask;
        if (keys[i] == 0) {
            keys[i] = key;
            size++;
            values[i] = 1;
            if (size * 2 > keys.length) grow();
        } else values[i]++;
    }

    /** Keys whose value is at least min, sorted. */
    long[] keysAtLeast(int min) {
        long[] out = new long[size];
        int n = 0;
        for (int i = 0; i < keys.length; i++) if (keys[i] != 0 && values[i] >= min) out[n++] = keys[i];
        out = Arrays.copyOf(out, n);
        Arrays.sort(out);
        return out;
    }

    private int slot(long key) {
        return (int) (key ^ (key >>> 32)) & mask;
    }

    private void grow() {
        long[] ok = keys;
        int[] ov = values;
        keys = new long[ok.length * 2];
        values = new int[ok.length * 2];
        mask = keys.length - 1;
        size = 0;
        for (int i = 0; i < ok.length; i++) if (ok[i] != 0) put(ok[i], ov[i]);
    }
}
