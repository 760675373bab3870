package jianbao.entity;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import jianbao.model.Named;
import jianbao.model.Person;

/**
 * Entity stage: people with titles, organisations and places, on HanLP's
 * dictionary segmenter (name recognition on; place and organisation
 * recognition off, because on newspaper text they merge prepositions into
 * places, 从省 / 驻村, and tag ordinary phrases as organisations). Each passage
 * is segmented once; everything else is trie and token look-ups.
 */
public final class EntityEngine {
    private static volatile EntityEngine shared;

    /** Byline roles: a name right after one inside brackets is a credit, not a mention. */
    private static final String[] CREDIT_ROLES = {"记者", "通讯员", "摄影", "实习生", "见习记者", "特约记者", "本报记者"};

    private final Lexicons lex = Lexicons.get();
    private final PersonFinder persons = new PersonFinder(lex);
    private final DivisionNames divisions = new DivisionNames(lex);
    /** the peers whose proposals the combiner weighs; their order is part of the model's features */
    final List<Recogniser> recognisers = List.of(persons, new OrgFinder(lex, persons), new PlaceFinder(lex, divisions), divisions);
    private final Combiner combiner;
    /** whether the recognisers run: always without a model, else when the model reads them */
    private final boolean proposing;
    // HanLP segmenters keep per-call state in the call, but one per thread avoids relying on that
    private final ThreadLocal<Segment> segment = ThreadLocal.withInitial(() -> HanLP.newSegment()
            .enableNameRecognize(true)
            .enablePlaceRecognize(false)
            .enableOrganizationRecognize(false)
            .enableOffset(true));

    private final NerModel model;
    /** recognisers left out, by name (to measure what each family brings) */
    private final Set<String> leftOut;

    private EntityEngine(NerModel model) {
        this(model, Set.of());
    }

    private EntityEngine(NerModel model, Set<String> leftOut) {
        this.model = model;
        this.leftOut = Set.copyOf(leftOut);
        combiner = new Combiner(persons, model);
        proposing = model == null || model.readsRules;
    }

    /** The names of the rule families and the gazetteer, as {@link #leaving} takes them. */
    public List<String> recogniserNames() {
        return recognisers.stream().map(Recogniser::name).toList();
    }

    /**
     * This engine with some recognisers silenced (for measuring what each brings; the model, when
     * there is one, then reads no proposals from them).
     *
     * @throws IllegalArgumentException for a name that is no recogniser's
     */
    public EntityEngine leaving(Set<String> names) {
        for (String n : names) {
            if (!recogniserNames().contains(n)) {
                throw new IllegalArgumentException("no recogniser '" + n + "' (there are " + String.join(", ", recogniserNames()) + ")");
            }
        }
        return new EntityEngine(model, names);
    }

    /**
     * The engine of this process: the rules and the model shipped in the jar, loaded once and
     * ready, so threads that share it only read (see {@link #loadShared}).
     */
    public static EntityEngine shared() {
        EntityEngine e = shared;
        if (e == null) {
            synchronized (EntityEngine.class) {
                if (shared == null) shared = loadShared();
                e = shared;
            }
        }
        return e;
    }

    /**
     * The three loads that make most of a short run's start-up run side by side: the model's table
     * and HanLP's dictionaries are read on threads of their own while the word lists load on this
     * one. One short analysis before the engine is handed out loads the rest of HanLP (and the
     * natures it declares) once: HanLP's lazy loading is not safe to race, so only one thread
     * touches it until then.
     */
    private static EntityEngine loadShared() {
        FutureTask<NerModel> model = loading(new FutureTask<>(EntityEngine::bundledModel), "jianbao-ner-model");
        FutureTask<Object> dictionaries = loading(new FutureTask<>(() -> HanLP.newSegment().seg("本报讯")), "jianbao-hanlp");
        Lexicons.get();
        EntityEngine e;
        try {
            dictionaries.get();
            e = new EntityEngine(model.get());
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the entity stage", ex);
        } catch (ExecutionException ex) {
            throw ex.getCause() instanceof RuntimeException r ? r : new IllegalStateException(ex.getCause());
        }
        e.analyze("本报讯");
        return e;
    }

    private static <T> FutureTask<T> loading(FutureTask<T> task, String name) {
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        t.start();
        return task;
    }

    /**
     * Starts loading {@link #shared} on a thread of its own and returns at once: a run calls this
     * first and opens its outputs and cuts its first page's layout meanwhile. A load that fails is
     * left to the first real call to report.
     */
    public static void loadInBackground() {
        if (shared != null) return;
        Thread t = new Thread(() -> {
            try {
                shared();
            } catch (RuntimeException ignored) {
                // shared() throws the same again where the run needs the engine, and says why there
            }
        }, "jianbao-entity-loading");
        t.setDaemon(true);
        t.start();
    }

    /** The rules alone, combined by precedence (for comparison). */
    public static EntityEngine rulesOnly() {
        return new EntityEngine(null);
    }

    /** The rules and another model file (for comparison; see {@code jianbao train-ner}). */
    public static EntityEngine withModel(Path model) throws IOException {
        try (InputStream in = Files.newInputStream(model)) {
            return new EntityEngine(NerModel.read(in));
        }
    }

    /** Where the shipped model sits on the class path. */
    static final String MODEL = "/jianbao/entity/ner.model";

    private static NerModel bundledModel() {
        try (InputStream in = EntityEngine.class.getResourceAsStream(MODEL)) {
            if (in == null) throw new IllegalStateException("the NER model " + MODEL + " is missing from the build (see jianbao train-ner)");
            return NerModel.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the NER model " + MODEL, e);
        }
    }

    Passage segment(String text) {
        long[] divisions = lex.divisionsAt(text);
        return new Passage(text, countiesWhole(text, divisions, officesApart(segment.get().seg(text))), divisions);
    }

    /**
     * A dictionary word that is a body's head and an office run together
     * (党委书记/n): cut into the body (党委, nis in HanLP's custom dictionary) and the office (书记, nnt), as
     * HanLP cuts 党委|副书记 and 党组|书记, so the body is an organisation head.
     */
    private static List<Term> officesApart(List<Term> terms) {
        List<Term> out = null;
        for (int i = 0; i < terms.size(); i++) {
            Term t = terms.get(i);
            // 卧龙|区区/z|长: a district's level char and the district head's office (区|区长), not 区区 (trifling)
            if (t.word.equals("区区") && i > 0 && i + 1 < terms.size() && terms.get(i + 1).word.equals("长")
                    && terms.get(i - 1).nature == Nature.ns && terms.get(i - 1).offset + terms.get(i - 1).length() == t.offset) {
                if (out == null) out = new ArrayList<>(terms.subList(0, i));
                out.add(piece("区", Nature.n, t.offset));
                out.add(piece("区长", Nature.nnt, t.offset + 1));
                i++;
                continue;
            }
            int cut = t.length() >= 4 && t.length() <= 6 && t.nature == Nature.n ? officeCut(t.word) : 0;
            if (cut > 0 && out == null) out = new ArrayList<>(terms.subList(0, i));
            if (out == null) continue;
            if (cut == 0) { out.add(t); continue; }
            out.add(piece(t.word.substring(0, cut), Nature.nis, t.offset));
            out.add(piece(t.word.substring(cut), Nature.nnt, t.offset + cut));
        }
        return out == null ? terms : out;
    }

    /** Length of the body head opening a body + office word (党委|书记), or 0. */
    private static int officeCut(String w) {
        for (int k = 2; k <= w.length() - 2; k++) {
            CoreDictionary.Attribute head = CustomDictionary.get(w.substring(0, k)), office = CustomDictionary.get(w.substring(k));
            if (head != null && office != null && head.nature[0] == Nature.nis && office.nature[0] == Nature.nnt) return k;
        }
        return 0;
    }

    /**
     * County names whose first char HanLP reads as a word of its own (通|许县卫,
     * 临|颍|县, 在内|黄县): a county or banner of the division gazetteer, three
     * chars or more, that HanLP's cut crosses at its first char is made one
     * place token. The piece of a crossed token outside the name keeps its
     * nature; a piece of a person tag left after the name is a plain noun piece.
     */
    private List<Term> countiesWhole(String text, long[] divisions, List<Term> terms) {
        List<Term> out = null;
        int n = terms.size(), next = 0;
        for (int i = 0; i < n; i++) {
            Term a = terms.get(i);
            for (int off = 0; off < a.length(); off++) {
                int s = a.offset + off;
                int e = countyAt(text, s, divisions[s]);
                if (e < 0) continue;
                // the first char must be cut off from the name: a token of its own, or the end of a longer token
                boolean firstCut = off == 0 ? a.length() == 1 : off == a.length() - 1;
                if (!firstCut) continue;
                int j = i;
                while (j < n && terms.get(j).offset + terms.get(j).length() < e) j++;
                if (j == n) continue;
                Term z = terms.get(j);
                if (out == null) out = new ArrayList<>(terms.subList(0, i));
                else out.addAll(terms.subList(next, i));
                if (off > 0) out.add(piece(a.word.substring(0, off), a.nature, a.offset));
                out.add(piece(text.substring(s, e), Nature.ns, s));
                int zEnd = z.offset + z.length();
                if (zEnd > e) out.add(piece(text.substring(e, zEnd), z.nature == Nature.nr ? Nature.ng : z.nature, e));
                next = j + 1;
                i = j;
                break;
            }
        }
        if (out == null) return terms;
        out.addAll(terms.subList(next, n));
        return out;
    }

    /** End of a county-level gazetteer name (…县, …旗) of three chars or more at s (names: the lengths of those starting there), or -1. */
    private static int countyAt(String text, int s, long names) {
        if (names == 0) return -1;
        for (int len = Math.min(6, text.length() - s); len >= 3; len--) {
            char last = text.charAt(s + len - 1);
            if (last != '县' && last != '旗' || (names & 1L << len) == 0) continue;
            if (HanDict.kind(text.substring(s, s + len)) != HanDict.COMMON) return s + len;
        }
        return -1;
    }

    private static Term piece(String word, Nature nature, int offset) {
        Term t = new Term(word, nature);
        t.offset = offset;
        return t;
    }

    /** The proposals of every recogniser, in the order of {@link #recognisers}. */
    List<List<Proposal>> propose(Passage p) {
        List<List<Proposal>> out = new ArrayList<>(recognisers.size());
        for (Recogniser r : recognisers) out.add(proposing && !leftOut.contains(r.name()) ? r.propose(p) : List.of());
        return out;
    }

    /** One passage on its own: a person name it gives once is a name wherever it recurs in it. */
    public Mentions analyze(String passage) {
        Passage p = segment(passage);
        Combiner.Decision d = combiner.decide(p, propose(p));
        Set<String> accepted = new HashSet<>();
        for (Proposal x : d.people()) accepted.add(x.name(p.text));
        return mentions(p, d, accepted.isEmpty() ? NO_NAMES : trieOf(prune(accepted)), false);
    }

    /**
     * A whole page. A name accepted anywhere on the page (or given in a
     * byline) is accepted wherever it appears on the page; titles come only from
     * the record's own text.
     */
    public List<RecordEntities> analyzePage(List<List<String>> records, Set<String> knownNames) {
        List<List<Passage>> passages = new ArrayList<>(records.size());
        List<List<Combiner.Decision>> decisions = new ArrayList<>(records.size());
        Set<String> accepted = new HashSet<>();
        if (knownNames != null) for (String n : knownNames) if (n != null && n.length() >= 2) accepted.add(n);
        for (List<String> rec : records) {
            List<Passage> ps = new ArrayList<>(rec.size());
            List<Combiner.Decision> ds = new ArrayList<>(rec.size());
            for (String para : rec) {
                Passage p = segment(para == null ? "" : para);
                Combiner.Decision d = combiner.decide(p, propose(p));
                for (Proposal x : d.people()) accepted.add(x.name(p.text));
                ps.add(p);
                ds.add(d);
            }
            passages.add(ps);
            decisions.add(ds);
        }
        WordTrie names = trieOf(prune(accepted));
        List<RecordEntities> out = new ArrayList<>(records.size());
        for (int r = 0; r < records.size(); r++) {
            Map<String, String[]> people = new LinkedHashMap<>();   // name -> {title}
            Map<String, Integer> counts = new HashMap<>();
            Map<String, Integer> orgCounts = new LinkedHashMap<>();
            Map<String, Integer> placeCounts = new LinkedHashMap<>();
            for (int i = 0; i < passages.get(r).size(); i++) {
                Mentions m = mentions(passages.get(r).get(i), decisions.get(r).get(i), names, true);
                for (Mention x : m.people()) {
                    String[] t = people.computeIfAbsent(x.name(), k -> new String[1]);
                    if (t[0] == null) t[0] = x.title();
                    counts.merge(x.name(), 1, Integer::sum);
                }
                for (Mention x : m.organizations()) orgCounts.merge(x.name(), 1, Integer::sum);
                for (Mention x : m.places()) placeCounts.merge(x.name(), 1, Integer::sum);
            }
            List<Person> ps = new ArrayList<>(people.size());
            people.forEach((n, t) -> ps.add(new Person(n, t[0], counts.get(n))));
            out.add(new RecordEntities(ps, named(orgCounts), named(placeCounts)));
        }
        return out;
    }

    private static List<Named> named(Map<String, Integer> counts) {
        List<Named> out = new ArrayList<>(counts.size());
        counts.forEach((n, c) -> out.add(new Named(n, c)));
        return out;
    }

    /** Drops accepted names that are only the front of a longer accepted name (李建 of 李建华). */
    private static Set<String> prune(Set<String> names) {
        Set<String> out = new HashSet<>(names);
        for (String a : names)
            for (String b : names)
                if (b.length() > a.length() && b.startsWith(a)) { out.remove(a); break; }
        return out;
    }

    /** The trie of a passage that names nobody: most passages, so not built anew for each (a trie is never changed once built). */
    private static final WordTrie NO_NAMES = new WordTrie();

    private static WordTrie trieOf(Collection<String> words) {
        WordTrie t = new WordTrie();
        words.forEach(t::add);
        return t;
    }

    /**
     * The decided mentions, each as long as the accepted name written there, with every other occurrence of an accepted person
     * name (on a token boundary, clear of the other mentions) added; byline
     * credits left out when {@code skipCredits}.
     */
    private Mentions mentions(Passage p, Combiner.Decision d, WordTrie names, boolean skipCredits) {
        String text = p.text;
        Map<Integer, Proposal> decided = new HashMap<>();
        for (Proposal x : d.people()) decided.put(x.start(), x);
        BitSet taken = new BitSet(text.length());
        for (Proposal x : d.organizations()) taken.set(x.start(), x.end());
        for (Proposal x : d.places()) taken.set(x.start(), x.end());
        List<Mention> people = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            Proposal x = decided.get(i);
            int known = names.longestStartingAt(text, i);
            int len = x != null ? x.end() - i : known;
            // a name read short where the whole of a name accepted elsewhere is written (王志|刚说 beside 王志刚): the whole
            if (x != null && known > len && taken.get(i + len, i + known).isEmpty()) len = known;
            if (len == 0 || x == null && (!p.boundary(i) || !p.boundary(i + len) || len < 2 || !taken.get(i, i + len).isEmpty())) continue;
            if (skipCredits && credit(text, i)) { i += len - 1; continue; }
            people.add(new Mention(text.substring(i, i + len), x == null ? null : x.title(), i, i + len));
            i += len - 1;
        }
        return new Mentions(people, list(p, d.organizations()), list(p, d.places()));
    }

    private static List<Mention> list(Passage p, List<Proposal> ps) {
        List<Mention> out = new ArrayList<>(ps.size());
        for (Proposal x : ps) out.add(new Mention(x.name(p.text), null, x.start(), x.end()));
        return out;
    }

    /** True when the name at i is a byline credit: （记者甲 乙） or （甲 摄）. */
    private static boolean credit(String text, int i) {
        int open = -1;
        for (int k = i - 1; k >= 0 && i - k <= 24; k--) {
            char c = text.charAt(k);
            if (Passage.openBracket(c)) { open = k; break; }
            if (Passage.closeBracket(c) || c == '。' || c == '，') return false;
        }
        if (open < 0) return false;
        for (String role : CREDIT_ROLES) if (text.startsWith(role, open + 1)) return true;
        int close = i;
        while (close < text.length() && close - i < 24 && !Passage.closeBracket(text.charAt(close))) close++;
        return close < text.length() && close > 0 && text.charAt(close - 1) == '摄';
    }
}
