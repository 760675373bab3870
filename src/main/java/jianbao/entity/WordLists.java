package jianbao.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The word lists under {@code /jianbao/entity/}: words separated by whitespace, {@code #} to the line's end a comment. */
public final class WordLists {
    private WordLists() {}

    /** The words of one list, in file order. */
    public static List<String> read(String name) {
        List<String> out = new ArrayList<>();
        try (InputStream in = WordLists.class.getResourceAsStream("/jianbao/entity/" + name)) {
            if (in == null) throw new IllegalStateException("missing lexicon " + name);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                int hash = line.indexOf('#');
                if (hash >= 0) line = line.substring(0, hash);
                words(line, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * Adds the whitespace-separated words of a line. By hand, not {@code split("\\s+")}: that
     * compiles a pattern per line, and the gazetteer's tens of thousands of lines are read at
     * every start, before the JIT has compiled anything.
     */
    private static void words(String line, List<String> out) {
        int i = 0, n = line.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(line.charAt(i))) i++;
            int s = i;
            while (i < n && !Character.isWhitespace(line.charAt(i))) i++;
            if (i > s) out.add(line.substring(s, i));
        }
    }
}
