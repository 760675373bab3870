package jianbao.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The model's table, its side table of wider weights and the Bloom filter in front: every key written is read
 * back with its weights, alone or summed with a char's other keys, and no other key weighs.
 */
class NerModelTest {
    private static final int TAGS = NerModel.TAGS, K = NerFeatures.TEMPLATES;

    @Test
    void everyKeyWrittenIsFoundAndNoOtherWeighs() throws IOException {
        Random random = new Random(12);
        int n = 5000;
        long[] keys = new long[n];
        for (int r = 0; r < n; r++) keys[r] = random.nextLong() | 1;
        Arrays.sort(keys);
        float[] weights = new float[n * TAGS];
        for (int i = 0; i < weights.length; i++) weights[i] = random.nextInt(5) == 0 ? random.nextInt(1023) - 511 : 0;
        weights[0] = 511;   // the largest weight sets the scale to 1: weights are read back exactly
        weights[1] = 0;
        weights[2] = 7;     // the first key keeps a weight even if the draws gave it none
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        NerModel.write(bytes, keys, weights, new float[TAGS * TAGS], "test", false);
        NerModel model = NerModel.read(new ByteArrayInputStream(bytes.toByteArray()));

        // one char per key, the key alone among the char's templates
        long[] asked = new long[n * K];
        for (int r = 0; r < n; r++) asked[r * K + r % K] = keys[r];
        float[] found = model.emissions(asked, n);
        for (int r = 0; r < n; r++)
            for (int t = 0; t < TAGS; t++) assertEquals(weights[r * TAGS + t], found[r * TAGS + t], "key " + r + " tag " + t);

        long[] absent = new long[n * K];
        for (int i = 0; i < absent.length; i++) {
            long key = random.nextLong() | 1;
            if (Arrays.binarySearch(keys, key) < 0) absent[i] = key;
        }
        for (float x : model.emissions(absent, n)) assertEquals(0f, x);

        // every char asks for all its templates at once: byte-wide and wider keys (kept apart) add up
        long[] many = new long[n * K];
        for (int i = 0; i < many.length; i++) many[i] = keys[random.nextInt(n)];
        float[] sums = model.emissions(many, n);
        for (int c = 0; c < n; c++)
            for (int t = 0; t < TAGS; t++) {
                float expected = 0;
                for (int f = 0; f < K; f++) expected += weights[Arrays.binarySearch(keys, many[c * K + f]) * TAGS + t];
                assertEquals(expected, sums[c * TAGS + t], "char " + c + " tag " + t);
            }
    }
}
