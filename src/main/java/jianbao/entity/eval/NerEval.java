package jianbao.entity.eval;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import jianbao.entity.EntityEngine;
import jianbao.entity.Mention;
import jianbao.entity.Mentions;

/**
 * Scores entity recognition on a character-BIO file (one {@code char TAG} per
 * line, blank line between passages; B-/I-PER, ORG, LOC): per passage, the set
 * of unique names of each type is compared by exact string, and true/false
 * positives and misses are summed over passages. The same passages are scored
 * for raw HanLP (Viterbi with name, place and organisation recognition; nr* =
 * person, ns* = place, nt* = organisation) and for jianbao's entity stage.
 */
public final class NerEval {
    public enum Type { PER, ORG, LOC }

    /** A passage's text and its gold names per type. */
    public record Passage(String text, Map<Type, Set<String>> gold) {}

    /** Summed counts per type. */
    public static final class Score {
        final Map<Type, int[]> counts = new EnumMap<>(Type.class);   // tp, fp, fn

        Score() {
            for (Type t : Type.values()) counts.put(t, new int[3]);
        }

        public double precision(Type t) {
            int[] c = counts.get(t);
            return c[0] + c[1] == 0 ? 0 : c[0] / (double) (c[0] + c[1]);
        }

        public double recall(Type t) {
            int[] c = counts.get(t);
            return c[0] + c[2] == 0 ? 0 : c[0] / (double) (c[0] + c[2]);
        }

        public double f1(Type t) {
            double p = precision(t), r = recall(t);
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private NerEval() {
    }

    /** Reads up to {@code limit} passages (all when limit &lt;= 0). */
    public static List<Passage> readBio(Path file, int limit) throws IOException {
        List<Passage> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<String> tags = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank()) {
                    if (!tags.isEmpty()) out.add(passage(text, tags));
                    text.setLength(0);
                    tags.clear();
                    if (limit > 0 && out.size() >= limit) return out;
                    continue;
                }
                int cut = line.lastIndexOf(' ');
                int tab = line.lastIndexOf('\t');
                cut = Math.max(cut, tab);
                if (cut <= 0) continue;
                text.append(line, 0, cut);
                String tag = line.substring(cut + 1).trim();
                for (int i = 0; i < cut; i++) tags.add(tag.startsWith("B-") && i > 0 ? "I-" + tag.substring(2) : tag);
            }
        }
        if (!tags.isEmpty() && (limit <= 0 || out.size() < limit)) out.add(passage(text, tags));
        return out;
    }

    private static Passage passage(StringBuilder text, List<String> tags) {
        Map<Type, Set<String>> gold = empty();
        String s = text.toString();
        int start = -1;
        Type type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            boolean cont = type != null && tag.equals("I-" + type);
            if (type != null && !cont) {
                gold.get(type).add(s.substring(start, i));
                type = null;
            }
            if (tag.startsWith("B-") || tag.startsWith("I-") && type == null) {
                try {
                    type = Type.valueOf(tag.substring(2));
                    start = i;
                } catch (IllegalArgumentException e) {
                    type = null;
                }
            }
        }
        return new Passage(s, gold);
    }

    static Map<Type, Set<String>> empty() {
        Map<Type, Set<String>> m = new EnumMap<>(Type.class);
        for (Type t : Type.values()) m.put(t, new LinkedHashSet<>());
        return m;
    }

    /** Raw HanLP as the issue measures it: Viterbi, name/place/organisation recognition on. */
    public static Segment rawHanLP() {
        return HanLP.newSegment().enableNameRecognize(true).enablePlaceRecognize(true).enableOrganizationRecognize(true);
    }

    public static Function<String, Map<Type, Set<String>>> rawExtractor() {
        Segment seg = rawHanLP();
        return text -> {
            Map<Type, Set<String>> m = empty();
            for (Term t : seg.seg(text)) {
                String n = t.nature == null ? "" : t.nature.toString();
                if (n.startsWith("nr")) m.get(Type.PER).add(t.word);
                else if (n.startsWith("ns")) m.get(Type.LOC).add(t.word);
                else if (n.startsWith("nt")) m.get(Type.ORG).add(t.word);
            }
            return m;
        };
    }

    public static Function<String, Map<Type, Set<String>>> jianbaoExtractor() {
        return jianbaoExtractor(EntityEngine.shared());
    }

    public static Function<String, Map<Type, Set<String>>> jianbaoExtractor(EntityEngine engine) {
        return text -> {
            Mentions r = engine.analyze(text);
            Map<Type, Set<String>> m = empty();
            for (Mention x : r.people()) m.get(Type.PER).add(x.name());
            for (Mention x : r.organizations()) m.get(Type.ORG).add(x.name());
            for (Mention x : r.places()) m.get(Type.LOC).add(x.name());
            return m;
        };
    }

    /** Scores an extractor; when {@code errors} is not null, prints each passage's misses and extras. */
    public static Score score(List<Passage> passages, Function<String, Map<Type, Set<String>>> extractor,
            PrintWriter errors) {
        Score s = new Score();
        for (Passage p : passages) {
            Map<Type, Set<String>> got = extractor.apply(p.text());
            for (Type t : Type.values()) {
                Set<String> g = p.gold().get(t), h = got.get(t);
                int[] c = s.counts.get(t);
                for (String n : h) if (g.contains(n)) c[0]++; else c[1]++;
                for (String n : g) if (!h.contains(n)) c[2]++;
                if (errors != null) {
                    for (String n : h) if (!g.contains(n)) errors.println(t + "\t+" + n + "\t" + p.text());
                    for (String n : g) if (!h.contains(n)) errors.println(t + "\t-" + n + "\t" + p.text());
                }
            }
        }
        return s;
    }

    /** The README table rows for one set: raw HanLP and jianbao, per type. */
    public static String table(String set, int n, Score raw, Score jb) {
        StringBuilder sb = new StringBuilder();
        for (Type t : Type.values()) {
            sb.append(String.format("| %s (%d) | %s | %.2f / %.2f / **%.3f** | %.2f / %.2f / **%.3f** |%n", set, n, name(t),
                    raw.precision(t), raw.recall(t), raw.f1(t), jb.precision(t), jb.recall(t), jb.f1(t)));
        }
        return sb.toString();
    }

    static String name(Type t) {
        return switch (t) {
            case PER -> "people";
            case ORG -> "organisations";
            case LOC -> "places";
        };
    }

    /**
     * CPU-time throughput of raw HanLP and the entity stage on the same passages: chars per CPU second
     * of each over all rounds, and the stage's share of raw HanLP's rate per round (min, median, max).
     */
    public record Speed(double rawCharsPerSecond, double stageCharsPerSecond, double minRatio, double medianRatio, double maxRatio) {}

    /**
     * Times raw HanLP segmentation and the entity stage in interleaved rounds on this thread's CPU
     * clock: wall time on a shared machine measures the neighbours as much as the code, CPU time
     * mostly not. Each round times both, in alternating order so neither always runs in the other's
     * wake, and yields one ratio; the median ratio is the figure to read.
     */
    public static Speed bench(List<String> texts, int rounds, EntityEngine engine) {
        Segment seg = rawHanLP();
        long chars = 0;
        for (String t : texts) chars += t.length();
        // warm-up: both paths load their dictionaries and get compiled
        for (String t : texts) { seg.seg(t); engine.analyze(t); }
        long raw = 0, ent = 0;
        double[] ratios = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long rawNanos, entNanos;
            if (r % 2 == 0) {
                rawNanos = cpuNanos(() -> { for (String t : texts) seg.seg(t); });
                entNanos = cpuNanos(() -> { for (String t : texts) engine.analyze(t); });
            } else {
                entNanos = cpuNanos(() -> { for (String t : texts) engine.analyze(t); });
                rawNanos = cpuNanos(() -> { for (String t : texts) seg.seg(t); });
            }
            raw += rawNanos;
            ent += entNanos;
            ratios[r] = (double) rawNanos / entNanos;
        }
        java.util.Arrays.sort(ratios);
        double median = rounds % 2 == 1 ? ratios[rounds / 2] : (ratios[rounds / 2 - 1] + ratios[rounds / 2]) / 2;
        return new Speed(chars * rounds / (raw / 1e9), chars * rounds / (ent / 1e9), ratios[0], median, ratios[rounds - 1]);
    }

    /** CPU nanoseconds this thread spends running the work. */
    private static long cpuNanos(Runnable work) {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long t0 = mx.getCurrentThreadCpuTime();
        work.run();
        return mx.getCurrentThreadCpuTime() - t0;
    }

    public static void main(String[] args) throws IOException {
        int limit = Integer.getInteger("limit", 0);
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter errors = Boolean.getBoolean("errors")
                ? new PrintWriter(Files.newBufferedWriter(Path.of(System.getProperty("errorsFile", "/tmp/ner-errors.tsv"))), true)
                : null;
        for (String f : args) {
            List<Passage> ps = readBio(Path.of(f), limit);
            Score raw = score(ps, rawExtractor(), null);
            Score jb = score(ps, jianbaoExtractor(), errors);
            out.print(table(Path.of(f).getFileName().toString(), ps.size(), raw, jb));
            out.flush();
        }
        if (errors != null) errors.close();
    }
}
