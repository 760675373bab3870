package jianbao.entity;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Trains the sequence model ({@link NerModel}) from NER corpora
 * ({@link TrainingCorpus}). Every passage is analysed as at run time: HanLP's
 * segmentation, our lists ({@link NerFeatures}) and, unless text only, every
 * recogniser's proposals. Features seen fewer than {@code minCount} times are
 * dropped; an averaged structured perceptron then runs {@code epochs} passes
 * in an order shuffled by a fixed seed, single-threaded, so the same corpora
 * give the same model file, byte for byte.
 * <p>The corpora follow three conventions: the news sets (People's Daily, MSRA:
 * places cut at each level, 江苏|如皋市|城西乡), CLUENER (a whole address is one
 * place; clubs, brands and portals are organisations) and Weibo. Each feature
 * has a shared weight and one per convention (feature augmentation); the model
 * shipped reads the news convention, which the measuring sets and the
 * record's lists follow, plus half of CLUENER's organisation weights, because
 * our organisations include the companies, brands, clubs and media the news
 * sets of 1998 rarely name. On held-out tenths of the corpora that share cost
 * the news sets nothing in organisation F1 and raised CLUENER's from .52 to .63.
 */
public final class NerTrainer {
    /**
     * @param holdout when above 0, every holdout-th passage of each corpus is kept out and scored after training
     * @param readRules whether the model reads the recognisers' proposals (false: text only, for comparison)
     */
    public record Options(int epochs, int minCount, long seed, int holdout, boolean readRules) {
        public static Options defaults() {
            return new Options(EPOCHS, 2, 12, 0, true);
        }
    }

    static final int EPOCHS = 10;
    /** news, CLUENER, Weibo */
    private static final int DOMAINS = 3, NEWS = 0, CLUENER = 1;
    /** the share of CLUENER's own organisation weights the shipped model adds to the news ones */
    private static final float CLUENER_ORG_SHARE = 0.5f;
    /** rows whose largest weight is below this fraction of the model's largest are dropped (a smaller, faster model, same scores) */
    private static final float PRUNE = Float.parseFloat(System.getProperty("prune", "0.017"));

    private record Example(int[] rows, int[] gold, int n) {}

    private final Options options;
    private final PrintWriter log;

    public NerTrainer(Options options, PrintWriter log) {
        this.options = options;
        this.log = log;
    }

    /** The convention a corpus follows, known by its format. */
    private static int domain(Path corpus) {
        String n = corpus.getFileName().toString();
        return n.endsWith(".jsonl") ? CLUENER : n.endsWith(".conll") ? 2 : NEWS;
    }

    /** A feature key's copy for one convention: what that convention adds to the shared weight. */
    private static long domainKey(long key, int domain) {
        return NerFeatures.key(200 + domain, key, 0, 0);
    }

    /** Trains on the corpora and writes the model to out. */
    public void train(List<Path> corpora, OutputStream out) throws IOException {
        EntityEngine engine = EntityEngine.rulesOnly();
        NerFeatures features = new NerFeatures(Lexicons.get());
        List<TrainingCorpus.Sentence> train = new ArrayList<>();
        List<Integer> domains = new ArrayList<>();
        Map<String, List<TrainingCorpus.Sentence>> test = new LinkedHashMap<>();
        StringBuilder about = new StringBuilder();
        for (Path c : corpora) {
            List<TrainingCorpus.Sentence> s = TrainingCorpus.read(c);
            int kept = 0;
            for (int i = 0; i < s.size(); i++) {
                if (options.holdout() > 0 && i % options.holdout() == options.holdout() - 1)
                    test.computeIfAbsent(c.getFileName().toString(), x -> new ArrayList<>()).add(s.get(i));
                else {
                    train.add(s.get(i));
                    domains.add(domain(c));
                    kept++;
                }
            }
            about.append(about.length() == 0 ? "" : ", ").append(c.getFileName()).append(" (").append(kept).append(" passages)");
            log.printf("read %s: %,d passages%n", c, s.size());
            log.flush();
        }
        if (options.readRules() && Boolean.getBoolean("kindStats")) sureKinds(engine, train, domains);
        // pass 1: the features seen often enough
        LongIntMap counts = new LongIntMap(1 << 20);
        for (int i = 0; i < train.size(); i++)
            for (long k : trainingKeys(keys(engine, features, train.get(i).text()), domains.get(i))) if (k != 0) counts.increment(k);
        long[] kept = counts.keysAtLeast(options.minCount());
        counts = null;
        LongIntMap index = new LongIntMap(kept.length);
        for (int r = 0; r < kept.length; r++) index.put(kept[r], r);
        log.printf("features: %,d seen %d+ times%n", kept.length, options.minCount());
        log.flush();
        // pass 2: rows and gold tags, then the perceptron
        List<Example> examples = new ArrayList<>(train.size());
        for (int i = 0; i < train.size(); i++) examples.add(example(train.get(i), domains.get(i), engine, features, index));
        int k = 2 * NerFeatures.TEMPLATES, tags = NerModel.TAGS;
        float[] w = new float[kept.length * tags], tr = new float[tags * tags];
        double[] wAcc = new double[w.length], trAcc = new double[tr.length];
        Random random = new Random(options.seed());
        int[] order = new int[examples.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        int c = 1;
        for (int epoch = 1; epoch <= options.epochs(); epoch++) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1), x = order[i];
                order[i] = order[j];
                order[j] = x;
            }
            int wrong = 0;
            for (int oi : order) {
                Example ex = examples.get(oi);
                int[] pred = NerModel.decode(ex.rows(), ex.n(), k, w, tr);
                if (!Arrays.equals(pred, ex.gold())) {
                    wrong++;
                    update(ex, pred, k, c, w, wAcc, tr, trAcc);
                }
                c++;
            }
            log.printf("epoch %d: %,d of %,d passages wrong%n", epoch, wrong, order.length);
            log.flush();
        }
        float[] weights = prune(fold(kept, index, averaged(w, wAcc, c))), transitions = averaged(tr, trAcc, c);
        String description = "averaged perceptron, " + options.epochs() + " epochs, features seen " + options.minCount()
                + "+ times, seed " + options.seed() + (options.readRules() ? ", reading the rules" : ", text only")
                + "; trained on " + about;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        NerModel.write(bytes, kept, weights, transitions, description, options.readRules());
        NerModel model = NerModel.read(new ByteArrayInputStream(bytes.toByteArray()));
        log.printf("model: %,d feature keys, %,d bytes%n", model.size, bytes.size());
        for (Map.Entry<String, List<TrainingCorpus.Sentence>> e : test.entrySet()) report(e.getKey(), model, e.getValue(), engine, features);
        log.flush();
        bytes.writeTo(out);
    }

    /** a kind of proposal is followed as it stands when at least this share of it is right on the news corpora */
    private static final double SURE = 0.95;
    /** ... and it was seen at least this often there */
    private static final int SURE_SEEN = 20;

    /**
     * The kinds of proposal precise enough to stand as they are (see {@link Combiner}):
     * on the news corpora's training passages, a recogniser's proposals of one
     * kind that name exactly a name of the same type, {@link #SURE} of them or more.
     * Bit recogniser * Proposal.KINDS + kind.
     */
    private long sureKinds(EntityEngine engine, List<TrainingCorpus.Sentence> train, List<Integer> domains) {
        int families = engine.recognisers.size();
        int[][] right = new int[families][Proposal.KINDS], seen = new int[families][Proposal.KINDS];
        for (int i = 0; i < train.size(); i++) {
            if (domains.get(i) != NEWS) continue;
            TrainingCorpus.Sentence s = train.get(i);
            Set<Span> gold = new HashSet<>(s.spans());
            List<List<Proposal>> props = engine.propose(engine.segment(s.text()));
            for (int r = 0; r < families; r++)
                for (Proposal x : props.get(r)) {
                    seen[r][x.kind()]++;
                    if (gold.contains(new Span(x.type(), x.start(), x.end()))) right[r][x.kind()]++;
                }
        }
        long sure = 0;
        for (int r = 0; r < families; r++)
            for (int k = 0; k < Proposal.KINDS; k++) {
                if (seen[r][k] == 0) continue;
                boolean ok = seen[r][k] >= SURE_SEEN && right[r][k] >= SURE * seen[r][k];
                if (ok) sure |= 1L << (r * Proposal.KINDS + k);
                log.printf("  %-14s kind %2d: %5d proposed, %.3f right%s%n", engine.recognisers.get(r).name(), k, seen[r][k],
                        right[r][k] / (double) seen[r][k], ok ? "  (followed as it stands)" : "");
            }
        log.flush();
        return sure;
    }

    /** The keys a passage trains: the shared ones, then their copies for the passage's convention. */
    private static long[] trainingKeys(long[] keys, int domain) {
        int k = NerFeatures.TEMPLATES, n = keys.length / k;
        long[] out = new long[2 * keys.length];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < k; j++) {
                long key = keys[i * k + j];
                out[i * 2 * k + j] = key;
                out[i * 2 * k + k + j] = key == 0 ? 0 : domainKey(key, domain);
            }
        return out;
    }

    /**
     * The weights the model ships: each shared key's weight plus its news copy's
     * and, on organisation tags, a share of its CLUENER copy's, so the model
     * reads with one look-up per key. The copies' own rows are left zero (the
     * writer drops empty rows).
     */
    private static float[] fold(long[] keys, LongIntMap index, float[] w) {
        int tags = NerModel.TAGS;
        float[] out = w.clone();
        Set<Long> copies = new HashSet<>();
        for (long key : keys) for (int d = 0; d < DOMAINS; d++) copies.add(domainKey(key, d));
        for (long key : keys) {
            if (copies.contains(key)) continue;
            int r = index.get(key), news = index.get(domainKey(key, NEWS)), clue = index.get(domainKey(key, CLUENER));
            for (int t = 0; t < tags; t++) {
                if (news >= 0) out[r * tags + t] += w[news * tags + t];
                if (clue >= 0 && NerModel.type(t) == EntityType.ORGANIZATION) out[r * tags + t] += CLUENER_ORG_SHARE * w[clue * tags + t];
            }
        }
        for (long key : keys) {
            if (!copies.contains(key)) continue;
            int r = index.get(key);
            Arrays.fill(out, r * tags, r * tags + tags, 0f);
        }
        return out;
    }

    /** Rows whose largest weight is below {@link #PRUNE} of the largest weight of all, zeroed. */
    private static float[] prune(float[] w) {
        int tags = NerModel.TAGS;
        float max = 0;
        for (float x : w) max = Math.max(max, Math.abs(x));
        for (int r = 0; r < w.length / tags; r++) {
            float m = 0;
            for (int t = 0; t < tags; t++) m = Math.max(m, Math.abs(w[r * tags + t]));
            if (m < PRUNE * max) Arrays.fill(w, r * tags, r * tags + tags, 0f);
        }
        return w;
    }

    private static float[] averaged(float[] w, double[] acc, int c) {
        float[] a = new float[w.length];
        for (int i = 0; i < w.length; i++) a[i] = (float) (w[i] - acc[i] / c);
        return a;
    }

    /** The perceptron step: gold's features and transitions up, the prediction's down, where they differ. */
    private static void update(Example ex, int[] pred, int k, int c, float[] w, double[] wAcc, float[] tr, double[] trAcc) {
        int n = ex.n(), tags = NerModel.TAGS;
        int[] gold = ex.gold(), rows = ex.rows();
        for (int i = 0; i < n; i++) {
            int g = gold[i], h = pred[i];
            if (g != h) {
                for (int f = i * k; f < i * k + k; f++) {
                    int r = rows[f];
                    if (r < 0) continue;
                    w[r * tags + g] += 1;
                    wAcc[r * tags + g] += c;
                    w[r * tags + h] -= 1;
                    wAcc[r * tags + h] -= c;
                }
            }
            if (i > 0 && (g != h || gold[i - 1] != pred[i - 1])) {
                tr[gold[i - 1] * tags + g] += 1;
                trAcc[gold[i - 1] * tags + g] += c;
                tr[pred[i - 1] * tags + h] -= 1;
                trAcc[pred[i - 1] * tags + h] -= c;
            }
        }
    }

    private Example example(TrainingCorpus.Sentence s, int domain, EntityEngine engine, NerFeatures features, LongIntMap index) {
        long[] keys = trainingKeys(keys(engine, features, s.text()), domain);
        int[] rows = new int[keys.length];
        for (int i = 0; i < keys.length; i++) rows[i] = keys[i] == 0 ? -1 : index.get(keys[i]);
        return new Example(rows, gold(s), s.text().length());
    }

    /** The passage's keys as at run time: analysed, then (reading rules) with every recogniser's proposals. */
    private long[] keys(EntityEngine engine, NerFeatures features, String text) {
        Passage p = engine.segment(text);
        return features.keys(p, options.readRules() ? engine.propose(p) : null);
    }

    /** BIOES tags of a passage's spans. */
    static int[] gold(TrainingCorpus.Sentence s) {
        int[] g = new int[s.text().length()];
        for (Span sp : s.spans()) {
            if (sp.end() - sp.start() == 1) g[sp.start()] = NerModel.tag(sp.type(), 'S');
            else {
                g[sp.start()] = NerModel.tag(sp.type(), 'B');
                for (int i = sp.start() + 1; i < sp.end() - 1; i++) g[i] = NerModel.tag(sp.type(), 'I');
                g[sp.end() - 1] = NerModel.tag(sp.type(), 'E');
            }
        }
        return g;
    }

    /** Per-passage unique-name P/R/F1 (as eval-ner counts) of the model alone on held-out passages. */
    private void report(String name, NerModel m, List<TrainingCorpus.Sentence> test, EntityEngine engine, NerFeatures features) {
        int[][] c = new int[3][3];
        for (TrainingCorpus.Sentence s : test) {
            List<Span> got = NerModel.spans(m.tags(keys(engine, features, s.text()), s.text().length(), null));
            for (EntityType t : EntityType.values()) {
                Set<String> g = new HashSet<>(), h = new HashSet<>();
                for (Span sp : s.spans()) if (sp.type() == t) g.add(s.text().substring(sp.start(), sp.end()));
                for (Span sp : got) if (sp.type() == t) h.add(s.text().substring(sp.start(), sp.end()));
                int[] x = c[t.ordinal()];
                for (String n : h) if (g.contains(n)) x[0]++; else x[1]++;
                for (String n : g) if (!h.contains(n)) x[2]++;
            }
        }
        StringBuilder sb = new StringBuilder(String.format("held out of %-36s", name));
        for (EntityType t : EntityType.values()) {
            int[] x = c[t.ordinal()];
            double pr = x[0] / Math.max(1.0, x[0] + x[1]), re = x[0] / Math.max(1.0, x[0] + x[2]);
            sb.append(String.format(" %s %.3f/%.3f/%.3f", t.name().substring(0, 3), pr, re, pr + re == 0 ? 0 : 2 * pr * re / (pr + re)));
        }
        log.println(sb);
    }
}
