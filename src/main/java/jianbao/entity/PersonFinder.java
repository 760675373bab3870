package jianbao.entity;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import jianbao.typography.Typography;

/**
 * Finds the places where the text itself vouches for a person name: a title
 * written right before it (局长张三), a 、-list continuing such a name, a title
 * right after it (张三书记), a speech or group word after a HanLP person tag
 * (张三表示), and anonymised names (钱某, 王某某). Bare HanLP person tags are not
 * trusted on their own: on newspaper text about half of them are ordinary words.
 */
final class PersonFinder implements Recogniser {
    /** chars after 某 that make it a determiner (某日, 某地), not an anonymised given name */
    private static final String NOT_AFTER_MOU = "一些年月日天时地处种个位项家次点件份批名人事物样类单村镇乡县市省区";
    /** grammatical chars that do not occur in given names; a tag containing one has run into the sentence */
    private static final String NOT_IN_NAME = "的了和与及是在上下时把被都也就为着过地得这那等未便竟却仍已";
    /** a name never follows a numeral directly: there the "surname" is a measure word (3张卫星, 五十余人) */
    private static final String NUMERALS = "0123456789０１２３４５６７８９一二三四五六七八九十百千万亿两几多数每";

    private final Lexicons lex;

    PersonFinder(Lexicons lex) {
        this.lex = lex;
    }

    @Override
    public String name() {
        return "people";
    }

    @Override
    public List<Proposal> propose(Passage p) {
        List<Proposal> out = new ArrayList<>();
        for (Cue c : cues(p)) out.add(new Proposal(EntityType.PERSON, c.start(), c.end(), c.title(), name(), c.why().ordinal()));
        return out;
    }

    /**
     * Why the text vouches for a name. The combiner's model reads it beside
     * the name, so each kind of evidence earns its own trust.
     */
    enum Why {
        /** an office or role word right before it (局长张三) */
        TITLE_BEFORE,
        /** a 、-list continuing a titled name (区领导甲、乙) */
        TITLE_LIST,
        /** a byline role and a space (（记者 X 通讯员 Y）) */
        BYLINE,
        /** an office right after it (张三书记) */
        TITLE_AFTER,
        /** a speech or group word right after it (张三表示) */
        SPEECH,
        /** HanLP's person tag, its shape checked against HanLP's dictionary */
        TAG,
        /** a transliterated name (约翰·拉贝, 哈|塔|米 说) */
        FOREIGN,
        /** a verb of naming before it (名叫X) */
        NAMING_VERB,
        /** surname and given-name pieces HanLP cut apart, framed by the clause */
        PIECES,
        /** a doctrine named after the person (…理论) */
        DOCTRINE,
        /** a bare surname with an office or form of address (江主席) */
        SURNAME_OFFICE,
        /** an anonymised name (钱某, 王某某) */
        ANONYMISED,
        /** a 、-list holding a vouched-for name */
        LISTED,
        /** names run together without separators */
        RUN
    }

    /** A vouched-for name at [start, end), with the title the text gives there (may be null), and why. */
    record Cue(String name, String title, int start, int end, Why why) {}

    /**
     * A name found at [start, end), the title words [titleStart, titleEnd)
     * before it (titleEnd == start) or after it (titleStart == end), or -1, -1.
     */
    record NameSpan(int start, int end, int titleStart, int titleEnd, Why why) {
        NameSpan at(int s, int e) {
            return new NameSpan(s, e, titleStart, titleEnd, why);
        }

        boolean titleAfter() {
            return titleStart >= end;
        }
    }

    /** The names found so far in one passage and the chars they cover: later readings never take a covered char. */
    private static final class Found {
        final List<NameSpan> spans = new ArrayList<>();
        final BitSet chars;

        Found(int length) {
            chars = new BitSet(length);
        }

        void add(int s, int e, int ts, int te, Why why) {
            spans.add(new NameSpan(s, e, ts, te, why));
            chars.set(s, e);
        }

        void add(int s, int e, Why why) {
            add(s, e, -1, -1, why);
        }

        boolean taken(int i) {
            return chars.get(i);
        }

        boolean free(int s, int e) {
            return chars.get(s, e).isEmpty();
        }
    }

    /** Every name the passage vouches for, in text order, each reading adding to what the earlier ones found. */
    List<Cue> cues(Passage p) {
        Found f = new Found(p.length());
        titled(p, f);
        tagged(p, f);
        afterNamingVerbs(p, f);
        cutBeforeSpeech(p, f);
        syllablesBeforeCues(p, f);
        loosePieces(p, f);
        doctrines(p, f);
        surnamesWithOffices(p, f);
        anonymised(p, f);
        listsAround(p, f);
        runTogetherNames(p, f);
        wholeAcrossDots(p, f);
        trimSwallowedChar(p, f);
        List<Cue> out = new ArrayList<>(f.spans.size());
        for (NameSpan sp : f.spans) {
            String title = sp.titleStart() < 0 ? null
                    : sp.titleAfter() ? p.text.substring(sp.titleStart(), sp.titleEnd())
                    : readTitle(p, sp.titleStart(), sp.titleEnd(), f.chars, 0);
            out.add(new Cue(p.text.substring(sp.start(), sp.end()), title, sp.start(), sp.end(), sp.why()));
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** Names right after an office word, a byline role, or in a 、-list continuing one. */
    private void titled(Passage p, Found f) {
        String text = p.text;
        for (int t = 0; t < p.size(); t++) {
            int e = p.end[t];
            int tl = titleEndingAt(p, e);
            if (tl == 0) continue;
            // a byline (（记者 X 通讯员 Y）): a space between the role word and a name that fills the segment
            if (e + 1 < text.length() && (text.charAt(e) == ' ' || text.charAt(e) == '\u3000') && !f.taken(e + 1) && p.boundary(e + 1)) {
                int be = titledName(p, e + 1);
                if (be > e + 2 && be < text.length() && " \u3000）)，、".indexOf(text.charAt(be)) >= 0 && f.free(e + 1, be)) {
                    f.add(e + 1, be, e - tl, e, Why.BYLINE);
                    continue;
                }
            }
            int ne = titledName(p, e);
            // a transliterated name after a title (外交大臣库克); a Chinese reading that runs into one is a fragment (普里|马科夫)
            int ft = p.tokenStartingAt(e);
            if (ft >= 0 && (p.is(ft, "nrf") || p.is(ft, "nrj"))) ne = syllablesAfter(p, foreignName(p, ft, 2));
            else if (ne > 0 && ne < text.length() && p.tokenStartingAt(ne) >= 0 && p.is(p.tokenStartingAt(ne), "nrf")) ne = -1;
            // a foreign name HanLP cut into syllables (哈|塔|米, 若|斯潘): the run of transliteration characters
            if (ft >= 0) {
                int fe = syllableRun(p, e);
                if (fe > (ne < 0 ? e + 1 : ne)) ne = fe;
            }
            if (ne < 0 || f.taken(e)) continue;
            f.add(e, ne, e - tl, e, Why.TITLE_BEFORE);
            // a 、-list right after a titled name shares its title (区领导甲、乙出席)
            for (int pos = ne; pos < text.length() - 1 && text.charAt(pos) == '、'; ) {
                int ne2 = titledName(p, pos + 1);
                if (ne2 < 0 || titleEndingAt(p, ne2) == ne2 - pos - 1) break;
                f.add(pos + 1, ne2, e - tl, e, Why.TITLE_LIST);
                pos = ne2;
            }
        }
    }

    /** HanLP's person tags: transliterated ones, and Chinese ones with an office or a speech verb after them or a name's shape. */
    private void tagged(Passage p, Found f) {
        String text = p.text;
        for (int t = 0; t < p.size(); t++) {
            int s = p.start[t];
            if (f.taken(s)) continue;
            if (p.is(t, "nrf") || p.is(t, "nrj")) {
                int fe = syllablesAfter(p, foreignName(p, t, 3));
                if (fe > 0) {
                    int fs = syllablesBefore(p, s);
                    if (f.free(fs, s)) s = fs;
                    f.add(s, fe, Why.FOREIGN);
                    t = p.tokenAt[fe - 1];
                }
                continue;
            }
            if (!p.is(t, "nr")) continue;
            // 费尔南|德斯: a person tag of syllables glued to a transliterated tag is one foreign name
            int v = t + 1;
            if (v < p.size() && p.start[v] == p.end[t] && p.is(v, "nrf") && syllables(p.word[t])) {
                int fe = syllablesAfter(p, foreignName(p, v, 2));
                if (fe > 0) { f.add(s, fe, Why.FOREIGN); t = p.tokenAt[fe - 1]; continue; }
            }
            int[] inner = trimmedTag(p, t);
            if (inner != null) {
                if (f.free(inner[0], inner[1])) f.add(inner[0], inner[1], Why.TAG);
                continue;
            }
            int fl = lex.surnameAt(text, s);
            if (fl > 0 && p.len(t) > fl && addressWord(p.word[t].substring(fl))) continue;   // 李主席/nr: read below
            int ne;
            int sur = surnameBefore(p, t);
            if (sur >= 0 && !f.taken(sur)) { s = sur; ne = p.end[t]; }
            else ne = parseName(p, s);
            if (ne < 0) {
                // a person tag with no surname of ours (素林, 桥本): only an office right after vouches for it
                int tl = wholeTag(p, t) ? titleStartingAt(p, p.end[t]) : 0;
                if (tl > 0 && p.boundary(p.end[t] + tl) && endsClause(p, p.end[t] + tl)) f.add(s, p.end[t], p.end[t], p.end[t] + tl, Why.TITLE_AFTER);
                // or a speech verb right after it (萨默斯|说)
                else if (wholeTag(p, t) && lex.personCues.longestStartingAt(text, p.end[t]) > 0
                        && p.boundary(p.end[t] + lex.personCues.longestStartingAt(text, p.end[t]))) f.add(s, p.end[t], Why.SPEECH);
                continue;
            }
            int tl = titleStartingAt(p, ne);
            if (tl > 0 && p.boundary(ne + tl) && endsClause(p, ne + tl)) {
                f.add(s, ne, ne, ne + tl, Why.TITLE_AFTER);   // 张三书记: the title is the word itself
            } else {
                int cl = lex.personCues.longestStartingAt(text, ne);
                if (cl > 0 && p.boundary(ne + cl)) f.add(s, ne, Why.SPEECH);
                else if (bareName(p, s, ne)) f.add(s, ne, Why.TAG);
            }
        }
    }

    /** A name right after a verb of naming (这名男子|名叫|X): the verb vouches for it as a title would. */
    private void afterNamingVerbs(Passage p, Found f) {
        for (int t = 0; t + 1 < p.size(); t++) {
            int pos = p.end[t];
            if (!NAMING_VERBS.contains(p.word[t]) || f.taken(pos)) continue;
            int ne = parseName(p, pos);
            if (ne < 0) ne = looseName(p, pos);
            if (ne > 0 && f.free(pos, ne)) f.add(pos, ne, Why.NAMING_VERB);
        }
    }

    /** Surname + given-name characters HanLP cut apart (叶|钊|颖, 张|孝|华), right before a speech verb. */
    private void cutBeforeSpeech(Passage p, Found f) {
        for (int t = 1; t < p.size(); t++) {
            int pos = p.start[t];
            if (f.taken(pos - 1)) continue;
            int cl = lex.personCues.longestStartingAt(p.text, pos);
            if (cl == 0 || !p.boundary(pos + cl) || !p.verb(t) && cl < 2) continue;
            int fs = splitNameBefore(p, pos);
            if (fs >= 0 && f.free(fs, pos)) f.add(fs, pos, Why.PIECES);
        }
    }

    /** A foreign name cut into syllables right before a speech verb or an office (哈|塔|米 说, 库|马拉通加 总统). */
    private void syllablesBeforeCues(Passage p, Found f) {
        for (int t = 1; t < p.size(); t++) {
            int pos = p.start[t];
            if (f.taken(pos - 1)) continue;
            int cl = lex.personCues.longestStartingAt(p.text, pos), tl = titleStartingAt(p, pos);
            if (cl == 0 && tl == 0 || cl > 0 && !p.boundary(pos + cl)) continue;
            int fs = syllableRunBefore(p, pos);
            if (fs < 0 || !f.free(fs, pos)) continue;
            if (tl > 0 && cl == 0) f.add(fs, pos, pos, pos + tl, Why.FOREIGN);
            else f.add(fs, pos, Why.FOREIGN);
        }
    }

    /** Surname + given char, each a proper-noun piece of its own (赵/nz 磊/nz), framed as a noun by the clause. */
    private void loosePieces(Passage p, Found f) {
        String text = p.text;
        for (int t = 0; t + 1 < p.size(); t++) {
            int s = p.start[t], u = t + 1, e = p.end[u];
            if (p.len(t) != 1 || p.len(u) != 1 || f.taken(s) || f.taken(p.start[u]) || !lex.isSurname(p.word[t])) continue;
            if (!PIECE.contains(p.nature[t]) || !PIECE.contains(p.nature[u]) || !lex.givenChar(p.word[u].charAt(0))) continue;
            String name = text.substring(s, e);
            if (HanDict.kind(name) != HanDict.NONE || !plausible(name)) continue;
            boolean before = s == 0 || punctuation(text.charAt(s - 1)) || p.is(t - 1, "p") || p.is(t - 1, "c") || titleEndingAt(p, s) > 0;
            boolean after = e >= text.length() || punctuation(text.charAt(e)) || endsClause(p, e) && !p.is(u + 1, "q") || titleStartingAt(p, e) > 0;
            // a third given char may follow (邵|炜|刚): ambiguous, left alone
            boolean third = u + 1 < p.size() && p.len(u + 1) == 1 && lex.givenChar(p.word[u + 1].charAt(0));
            if (before && after && !third && !blockedAfter(p, e)) f.add(s, e, Why.PIECES);
        }
    }

    /** A doctrine named after a person (…理论, …主义, …思想): the name HanLP's dictionary lists is a mention of that person. */
    private void doctrines(Passage p, Found f) {
        for (int t = 0; t < p.size(); t++) {
            String w = p.word[t];
            int s = p.start[t];
            if (f.taken(s) || w.length() < 4 || !p.is(t, "n")) continue;
            for (String d : DOCTRINES) {
                if (!w.endsWith(d) || w.length() - d.length() < 2) continue;
                String n = w.substring(0, w.length() - d.length());
                if (HanDict.kind(n) == HanDict.PERSON && n.length() <= 4) f.add(s, s + n.length(), Why.DOCTRINE);
                break;
            }
        }
    }

    /** A bare surname with an office or a form of address (江主席/nr, 胡老/nr, 唐|外长): the surname is the name the text gives. */
    private void surnamesWithOffices(Passage p, Found f) {
        String text = p.text;
        for (int t = 0; t < p.size(); t++) {
            int s = p.start[t];
            if (f.taken(s) || p.len(t) > 5) continue;
            int sl = lex.surnameAt(text, s);
            if (sl == 0 || s > 0 && (NUMERALS.indexOf(text.charAt(s - 1)) >= 0 || nameChar(p, s - 1) && p.boundary(s) && p.tokenAt[s - 1] >= 0
                    && p.len(p.tokenAt[s - 1]) == 1 && !p.functional(p.tokenAt[s - 1]))) continue;
            int te;
            if (p.len(t) == sl) {
                // the surname a token of its own, an office word of two or more chars after it
                if (!(p.is(t, "n") || p.is(t, "ng") || p.is(t, "tg") || p.is(t, "nz") || p.is(t, "nr"))) continue;
                int u = t + 1;
                if (u >= p.size() || p.start[u] != p.end[t]) continue;
                int tl = titleStartingAt(p, p.end[t]);
                if (tl < 2 || GROUP_NOUNS.contains(text.substring(p.end[t], p.end[t] + tl))) continue;
                te = p.end[t] + tl;
            } else if (p.is(t, "nr") && addressWord(p.word[t].substring(sl))) {
                te = p.end[t];
            } else continue;
            if (!endsClause(p, te) && te < text.length() && !punctuation(text.charAt(te)) && lex.titles.longestStartingAt(text, te) == 0) continue;
            // 向|医生|施家豪: an office that introduces a name has a preposition before it, not a surname
            if (HanDict.functionChar(text.charAt(s)) && te < text.length() && (parseName(p, te) > 0 || looseName(p, te) > 0)) continue;
            f.add(s, s + sl, s + sl, te, Why.SURNAME_OFFICE);
            t = p.tokenAt[te - 1];
        }
    }

    /** Anonymised names: a surname and 某 or 某某 (钱某, 王某某), not 某 as a determiner (某日). */
    private void anonymised(Passage p, Found f) {
        String text = p.text;
        for (int i = text.indexOf('某'); i > 0; i = text.indexOf('某', i + 1)) {
            for (int sl = 2; sl >= 1; sl--) {
                int s = i - sl;
                if (s < 0 || f.taken(s) || !lex.isSurname(text.substring(s, i))) continue;
                int e = anonymisedAt(p, s);
                if (e > 0 && (p.boundary(s) || titleEndingAt(p, s) > 0)) {
                    int tl = titleEndingAt(p, s);
                    f.add(s, e, tl > 0 ? s - tl : -1, s, Why.ANONYMISED);
                    i = e - 1;
                    break;
                }
            }
        }
    }

    /** A 、-list holding a vouched-for name is a list of names: its other HanLP person tags are names too. */
    private void listsAround(Passage p, Found f) {
        String text = p.text;
        for (int k = 0; k < f.spans.size(); k++) {   // names read here extend lists further
            NameSpan sp = f.spans.get(k);
            int e = sp.end();
            for (int next = nextItem(text, e); next > 0 && !f.taken(next); next = nextItem(text, e)) {
                int ne = listedName(p, next);
                if (ne < 0) break;
                f.add(next, ne, Why.LISTED);
                e = ne;
            }
            int s0 = sp.start();
            for (int prev = prevItemEnd(text, s0); prev > 0 && !f.taken(prev - 1); prev = prevItemEnd(text, s0)) {
                int t = p.tokenEndingAt(prev);
                if (t < 0) break;
                int st = p.start[t];
                int u = st > 0 ? p.tokenEndingAt(st) : -1;   // 梅|方权: a surname token before a cut given name
                if (p.len(t) == 2 && u >= 0 && (surnameBefore(p, t) == p.start[u] || p.len(u) == 1 && lex.isSurname(p.word[u]) && listedName(p, p.start[u]) == prev))
                    st = p.start[u];
                if (listedName(p, st) != prev || !(st == 0 || "、，。：；（“ 　".indexOf(text.charAt(st - 1)) >= 0 || p.functional(p.tokenAt[st - 1])))
                    break;
                f.add(st, prev, Why.LISTED);
                s0 = st;
            }
        }
    }

    /** A name next to a middle dot is one part of a transliterated name (胡安·拉莫斯, 买买提·艾力): taken whole. */
    private void wholeAcrossDots(Passage p, Found f) {
        List<NameSpan> spans = f.spans;
        boolean[] gone = new boolean[spans.size()];
        for (int k = 0; k < spans.size(); k++) {
            if (gone[k]) continue;
            NameSpan sp = spans.get(k);
            int[] whole = acrossDots(p, sp.start(), sp.end());
            if (whole[0] == sp.start() && whole[1] == sp.end()) continue;
            boolean straddles = false;   // another name sticking out of the grown span: leave both alone
            for (int j = 0; j < spans.size(); j++) {
                NameSpan o = spans.get(j);
                if (j != k && !gone[j] && o.start() < whole[1] && o.end() > whole[0] && (o.start() < whole[0] || o.end() > whole[1])) straddles = true;
            }
            if (straddles) continue;
            for (int j = 0; j < spans.size(); j++) {   // parts of this name
                NameSpan o = spans.get(j);
                if (j != k && !gone[j] && o.start() >= whole[0] && o.end() <= whole[1]) gone[j] = true;
            }
            spans.set(k, sp.at(whole[0], whole[1]));
            f.chars.set(whole[0], whole[1]);
        }
        List<NameSpan> kept = new ArrayList<>(spans.size());
        for (int k = 0; k < spans.size(); k++) if (!gone[k]) kept.add(spans.get(k));
        spans.clear();
        spans.addAll(kept);
    }

    /** A foreign-name tag that swallowed the next word's first char (克林顿派|代表): the dictionary name inside. */
    private void trimSwallowedChar(Passage p, Found f) {
        String text = p.text;
        for (int k = 0; k < f.spans.size(); k++) {
            NameSpan sp = f.spans.get(k);
            if (sp.end() - sp.start() < 3 || sp.titleEnd() > sp.start() && sp.titleAfter()) continue;
            String w = text.substring(sp.start(), sp.end()), front = w.substring(0, w.length() - 1);
            if (w.indexOf('·') >= 0 || HanDict.kind(w) == HanDict.PERSON || HanDict.kind(front) != HanDict.PERSON) continue;
            int t = p.tokenStartingAt(sp.start());
            if (t >= 0 && p.end[t] == sp.end() && (p.is(t, "nrf") || p.is(t, "nrj"))) f.spans.set(k, sp.at(sp.start(), sp.end() - 1));
        }
    }

    /** verbs whose object is a person's name (名叫, 叫做, 名为) */
    private static final java.util.Set<String> NAMING_VERBS = java.util.Set.of("名叫", "叫做", "名为");

    /** natures HanLP gives the loose pieces of a name it did not recognise */
    private static final java.util.Set<String> PIECE = java.util.Set.of("nz", "ng", "nr", "g");

    private static final String[] DOCTRINES = {"理论", "主义", "思想", "学说"};

    /** Role words in the title list that name a group, not an office one is addressed by (村民, 代表, 学生). */
    private static final java.util.Set<String> GROUP_NOUNS = java.util.Set.of("村民", "居民", "党员", "干部", "村干部", "社区干部",
            "驻村干部", "代表", "人大代表", "政协委员", "职工", "员工", "业主", "农民", "市民", "群众", "游客", "学生", "同学", "成员",
            "组员", "队员", "领导", "负责人", "工作人员", "志愿者", "专家", "选手", "球员", "运动员", "技术人员", "委员", "常委", "发言人");

    /** The rest of a fused surname token that addresses a person: an office (主席) or a form of address (老, 先生). */
    private boolean addressWord(String rest) {
        if (rest.isEmpty() || GROUP_NOUNS.contains(rest)) return false;
        if (lex.titles.contains(rest)) return true;
        return lex.honorifics.contains(rest) && !rest.equals("某") && !rest.equals("家") && !rest.equals("氏") && !rest.equals("姓");
    }

    /**
     * A stretch of Han characters between separators that reads whole as a run of
     * names, each a surname + one or two given characters, is a list of names run
     * together (name lists printed without separators). Every piece must be a
     * plausible name: one HanLP tags as a person or its dictionary lists as one
     * (a strong piece), or a surname + given-name characters (given_name_chars.txt)
     * that is no common word and cuts no person tag apart. At least three pieces,
     * half of them strong; pieces already read as names stay as they are.
     */
    private void runTogetherNames(Passage p, Found f) {
        String text = p.text;
        int n = text.length();
        for (int a = 0; a < n; ) {
            if (!han(text.charAt(a))) { a++; continue; }
            int b = a;
            int tagged = 0;
            while (b < n && han(text.charAt(b))) b++;
            // a stretch touching a middle dot is part of a transliterated name (阿沛·阿旺晋美): left to the dot rule
            boolean dotted = a > 0 && text.charAt(a - 1) == '·' || b < n && text.charAt(b) == '·';
            if (b - a >= 8 && !dotted) {
                int taggedChars = 0;
                for (int t = p.tokenAt[a]; t >= 0 && t < p.size() && p.start[t] < b; t++)
                    if (p.nature[t].equals("nr")) { tagged++; taggedChars += p.len(t); }
                // a list is mostly person tags: three at least, covering a third of the stretch (cheap test before the reading)
                if (tagged >= 3 && taggedChars * 3 >= b - a) splitRun(p, a, b, f);
            }
            a = b;
        }
    }

    /** piece scores (see {@link #pieceScore}) and the cost of the free stretch at either end of a run */
    private static final int DICT = 6, STRONG = 5, DRIFTED = 3, WEAK = 2, PLAIN = -1, UNSUPPORTED = -2, NO_PIECE = Integer.MIN_VALUE, FREE = -4,
            PER_PIECE = -1, CUT_TAG = -2;

    /**
     * Reads the stretch [a, b) as a run of names by dynamic programming: the best
     * full cover by pieces of a surname + one or two given chars (each scored from
     * its evidence by {@link #pieceScore}, with a point for each end on a HanLP
     * token boundary), optionally after a head and before a tail that are no
     * names. HanLP's tags on such runs drift out of phase (甲乙|丙丁戊 tagged 甲乙丙 +
     * 丁戊), so a tag may be cut; the cover as a whole decides. Accepted only when
     * at least three pieces, two thirds of them, are strong; then names read
     * inside the cover that cross its pieces give way to the pieces.
     */
    private void splitRun(Passage p, int a, int b, Found f) {
        String text = p.text;
        int len = b - a;
        final int NONE = Integer.MIN_VALUE;
        int[] best = new int[len + 1], strong = new int[len + 1], bad = new int[len + 1], count = new int[len + 1], prev = new int[len + 1];
        boolean[] piece = new boolean[len + 1];
        java.util.Arrays.fill(best, NONE);
        best[0] = 0;
        // the run may start after words that are no names (…名单如下：|甲乙丙, 出席的有|甲乙丙): one free stretch at the front
        for (int j = 1; j < len; j++) if (p.boundary(a + j)) { best[j] = FREE; prev[j] = 0; }
        for (int i = 0; i < len; i++) {
            if (best[i] == NONE) continue;
            int s = a + i;
            for (int sl = 1; sl <= 2; sl++) {
                if (s + sl > b || !lex.isSurname(text.substring(s, s + sl))) continue;
                for (int gl = 1; gl <= 2; gl++) {
                    int e = s + sl + gl;
                    if (e > b) break;
                    int score = pieceScore(p, s, e, sl);
                    if (score == NO_PIECE) continue;
                    int v = best[i] + score + (score > 0 ? (p.boundary(s) ? 1 : 0) + (p.boundary(e) ? 1 : 0) : 0) + PER_PIECE;
                    if (e < b && p.tokenAt[e] >= 0 && p.start[p.tokenAt[e]] < e && p.nature[p.tokenAt[e]].equals("nr")) v += CUT_TAG;
                    int j = e - a;
                    if (v > best[j]) {
                        best[j] = v;
                        strong[j] = strong[i] + (score >= DRIFTED ? 1 : 0);
                        bad[j] = bad[i] + (score < WEAK ? 1 : 0);
                        count[j] = count[i] + 1;
                        prev[j] = i;
                        piece[j] = true;
                    }
                }
            }
        }
        // and may end before words that are no names (甲乙丙|等, a transliterated name cut at its dot)
        int end = len;
        for (int j = 1; j < len; j++)
            if (best[j] != NONE && count[j] >= 3 && p.boundary(a + j) && (best[end] == NONE || best[j] + FREE > best[end])) end = j;
        // two thirds of the pieces strong; on a longer run half of them, with few pieces that read as no name
        int c = count[end], st = strong[end];
        if (best[end] == NONE || c < 3 || st < 3 || st * 3 < c * 2 && (c < 6 || st * 2 < c - 1 || bad[end] * 4 > c)) return;
        List<int[]> pieces = new ArrayList<>();
        for (int j = end; j > 0 && piece[j]; j = prev[j]) pieces.add(0, new int[] {a + prev[j], a + j});
        int from = pieces.get(0)[0], to = pieces.get(pieces.size() - 1)[1];
        // names read earlier inside the cover that cut across its pieces (甲乙丙 from a drifted tag) give way
        java.util.Set<Long> cuts = new java.util.HashSet<>();
        for (int[] pc : pieces) cuts.add((long) pc[0] << 32 | pc[1]);
        f.spans.removeIf(sp -> {
            if (sp.start() < a || sp.end() > b || sp.end() <= from || sp.start() >= to || cuts.contains((long) sp.start() << 32 | sp.end())) return false;
            f.chars.clear(sp.start(), sp.end());
            return true;
        });
        for (int k = 0; k < pieces.size(); k++) {
            int s = pieces.get(k)[0], e = pieces.get(k)[1];
            int score = pieceScore(p, s, e, lex.surnameAt(text, s) == 2 && e - s > 2 ? 2 : 1);
            // a piece HanLP does not vouch for only between two others (never at an edge of the run), and never a common word
            if (score < WEAK || score < STRONG && (k == 0 || k == pieces.size() - 1)) continue;
            if (f.free(s, e)) f.add(s, e, Why.RUN);
        }
    }

    /**
     * How a piece of a run reads as a name: {@link #STRONG} for a HanLP person
     * tag or a dictionary person; {@link #WEAK} for a surname + given chars that
     * are given-name chars (given_name_chars.txt) or stand inside a person tag,
     * and no common word; {@link #PLAIN} for a common word on token boundaries
     * (万里, 宋平: it may cover a name but is never read as one); {@link #NO_PIECE}
     * otherwise, and always when a given char is a grammatical char.
     */
    private int pieceScore(Passage p, int s, int e, int sl) {
        String w = p.text.substring(s, e);
        int t = p.tokenStartingAt(s);
        int kind = HanDict.kind(w);
        boolean tag = t >= 0 && p.end[t] == e && p.nature[t].equals("nr");
        if (kind == HanDict.PERSON) return tag ? DICT + 1 : DICT;
        // a tag that took the next name's surname (甲乙丙|丁戊 tagged 甲乙丙丁 + 戊): weaker than one that ends the run or a clean one
        if (tag) return e - s == 3 && sl == 1 && e < p.length() && han(p.text.charAt(e))
                && lex.commonSurnames.contains(w.substring(2)) ? DRIFTED : STRONG;
        // a transliterated name is never cut (普里|马科夫)
        for (int pos : new int[] {s, e}) {
            int u = pos > 0 && pos < p.length() ? p.tokenAt[pos] : -1;
            if (u >= 0 && p.start[u] < pos && (p.is(u, "nrf") || p.is(u, "nrj"))) return NO_PIECE;
        }
        boolean onBoundaries = p.boundary(s) && p.boundary(e);
        if (kind == HanDict.COMMON) return onBoundaries ? PLAIN : NO_PIECE;
        boolean given = true;
        for (int i = s + sl; i < e; i++) {
            char c = p.text.charAt(i);
            int u = p.tokenAt[i];
            if (NOT_IN_NAME.indexOf(c) >= 0 || !Typography.isHan(c)) return NO_PIECE;
            if (!lex.givenChar(c) && !(u >= 0 && p.nature[u].equals("nr") && p.len(u) > 1)) given = false;
        }
        return given ? WEAK : onBoundaries ? PLAIN : UNSUPPORTED;
    }

    private static boolean han(char c) {
        return Typography.isHan(c);
    }

    /**
     * A HanLP person tag trusted without a cue. HanLP's role tagger proposes many
     * ordinary words (百余, 养老, 王家), so the shape of the name is checked
     * against HanLP's own core dictionary: a name the dictionary lists as a
     * person is kept; otherwise a surname + two-character given name is kept
     * when neither surname + first char nor the given name is a common word,
     * and a surname + one-character given name when the surname char is known
     * as a name part and the given char is not a common word. Nothing is kept
     * that runs into a place, organisation or facility head (…村, …公司, …大街).
     */
    private boolean bareName(Passage p, int s, int ne) {
        String text = p.text, name = text.substring(s, ne);
        if (blockedAfter(p, ne)) return false;
        // 在|伊河/nr|岸边: a tag ending in a feature kind before a position word is the feature
        int pu = p.tokenStartingAt(ne);
        if (lex.featureHeads.contains(name.substring(name.length() - 1)) && pu >= 0 && (p.is(pu, "s") || p.is(pu, "f"))) return false;
        int sl = lex.surnameAt(text, s);
        String given = name.substring(sl);
        if (given.indexOf('某') >= 0) return false;   // anonymised forms are read by anonymisedAt
        if (modifiesNoun(p, ne) && (given.length() == 1 || HanDict.kind(name) != HanDict.PERSON)
                && (given.length() == 1 || headsName(p, ne))) return false;
        if (lex.titles.contains(given) || lex.personCues.contains(given) || lex.honorifics.contains(given)) return false;
        // 文创店/nr: a tag ending in a one-char head of a shop, street or shrine that no given name ends in
        if (given.length() == 2 && lex.nameBlockers.contains(given.substring(1)) && !lex.givenChar(given.charAt(1))) return false;
        int whole = HanDict.kind(name);
        if (whole == HanDict.PERSON) return true;
        // a rarer surname that is mostly a function word (那, 都, 和) needs a cue: HanLP reads the word into names
        if (whole != HanDict.NONE || rareFunctionSurname(name, sl)) return false;
        if (sl == 2) return given.length() >= 1;
        if (given.length() == 2) {
            int pre = HanDict.kind(name.substring(0, 2)), giv = HanDict.kind(given);
            return pre == HanDict.NONE && giv != HanDict.COMMON;
        }
        if (given.length() == 1) {
            char g = given.charAt(0);
            if (NOT_IN_NAME.indexOf(g) >= 0 || lex.nameEnders.contains(given)) return false;
            return HanDict.kind(name.substring(0, 1)) == HanDict.PERSON && HanDict.kind(given) != HanDict.COMMON;
        }
        return false;
    }

    /** A rarer surname that is mostly a function word (那, 都, 和): it opens a name only where a cue vouches for it. */
    private boolean rareFunctionSurname(String name, int sl) {
        return sl == 1 && HanDict.functionChar(name.charAt(0)) && !lex.commonSurnames.contains(name.substring(0, 1));
    }

    /**
     * True when a noun follows directly (韩公|教育园区, 花田|水乡, 华信|实业|有限公司):
     * a bare tag there is read as the modifier of a place, brand or firm name.
     */
    private boolean modifiesNoun(Passage p, int pos) {
        int u = p.tokenStartingAt(pos);
        if (u < 0 || lex.titles.longestStartingAt(p.text, pos) > 0 || lex.personCues.longestStartingAt(p.text, pos) > 0) return false;
        String n = p.nature[u];
        return n.equals("n") || n.equals("nis") || n.equals("nz") || n.equals("nt") || n.equals("ns") || n.equals("nf")
                || n.equals("vn") && u + 1 < p.size() && (p.is(u + 1, "n") || p.institution(u + 1));
    }

    /**
     * True when the noun phrase starting at pos is the rest of a larger name
     * (华信|实业|有限公司, 韩公|教育园区): an institution, place or brand word follows,
     * or an organisation / place / facility head ends within the next two tokens.
     */
    private boolean headsName(Passage p, int pos) {
        int u = p.tokenStartingAt(pos);
        if (u < 0) return false;
        String n = p.nature[u];
        if (n.equals("nis") || n.startsWith("nt") || n.startsWith("ns") || n.equals("nz") || n.equals("nf")) return true;
        for (int k = u; k < p.size() && k <= u + 1; k++) {
            if (p.functional(k)) break;
            int e = p.end[k];
            if (lex.orgSuffixes.longestEndingAt(p.text, e, p.start[k]) > 0 || lex.placeSuffixes.longestEndingAt(p.text, e, p.start[k]) > 0
                    || lex.nameBlockers.longestEndingAt(p.text, e, p.start[k]) > 0) return true;
        }
        return false;
    }

    /** True when the text at pos continues a name into a place, organisation or facility (…村, …公司, …大街). */
    private boolean blockedAfter(Passage p, int pos) {
        if (pos >= p.length() || lex.titles.longestStartingAt(p.text, pos) > 0) return false;
        int u = p.tokenStartingAt(pos);
        if (u >= 0 && p.len(u) == 1 && p.functional(u)) return false;   // 张三|所|做的: the particle 所, not a 所 (institute)
        return lex.placeSuffixes.longestStartingAt(p.text, pos) > 0 || lex.orgSuffixes.longestStartingAt(p.text, pos) > 0
                || lex.nameBlockers.longestStartingAt(p.text, pos) > 0;
    }

    /**
     * End of a transliterated name starting at token t (HanLP nrf/nrj), joining
     * parts across a middle dot (约翰·拉贝); -1 when it is too short, a common
     * word in HanLP's dictionary (桑塔纳) or the head of a facility (希尔顿饭店).
     */
    private int foreignName(Passage p, int t, int minLength) {
        int s = p.start[t], e = p.end[t];
        int kind = HanDict.kind(p.word[t]);
        if (kind != HanDict.NONE && kind != HanDict.PERSON) return -1;
        int k = t;
        while (e + 1 < p.length() && "·•．".indexOf(p.text.charAt(e)) >= 0) {
            int u = p.tokenStartingAt(e + 1);
            if (u < 0 || p.functional(u) || !(p.is(u, "nr") || p.is(u, "nx") || p.len(u) >= 2)) break;
            e = p.end[u];
            k = u;
        }
        // 塔南路/nrf: a street, building or place head inside the tag makes it that place
        if (e - s < minLength || blockedAfter(p, e) || lex.nameBlockers.longestEndingAt(p.text, e, e - 1) > 0
                || lex.placeSuffixes.longestEndingAt(p.text, e, e - 1) > 0) return -1;
        for (int i = s; i < e; i++) {
            char c = p.text.charAt(i);
            if (!Typography.isHan(c) && "·•．".indexOf(c) < 0) return -1;
        }
        return e;
    }

    /**
     * A transliterated name HanLP tagged without its last syllables (阿维兰|热,
     * 费尔南|德斯): the end grown over up to two single-char tokens of
     * transliteration chars that are no function words, offices or cues.
     */
    private int syllablesAfter(Passage p, int e) {
        if (e < 0 || e < p.length() && DOTS.indexOf(p.text.charAt(e)) >= 0) return e;
        int grown = e;
        while (grown < p.length() && grown - e < 2) {
            int u = p.tokenStartingAt(grown);
            if (u < 0 || grown + p.len(u) - e > 2 || p.functional(u) || p.is(u, "a") || !syllables(p.word[u])
                    || p.len(u) > 1 && HanDict.kind(p.word[u]) > HanDict.PERSON
                    || titleStartingAt(p, grown) > 0 || lex.personCues.longestStartingAt(p.text, grown) > 0) break;
            grown = p.end[u];
        }
        // only when the clause goes on after the grown name
        return grown > e && (grown == p.length() || punctuation(p.text.charAt(grown)) || endsClause(p, grown) || titleStartingAt(p, grown) > 0) ? grown : e;
    }

    /** The start of a transliterated name grown back over up to two syllable chars HanLP left out (库|马拉通加), as {@link #syllablesAfter}. */
    private int syllablesBefore(Passage p, int s) {
        int grown = s;
        for (int k = 0; k < 2 && grown > 0; k++) {
            int u = p.tokenEndingAt(grown);
            if (u < 0 || p.len(u) != 1 || p.functional(u) || p.verb(u) || !lex.translitChar(p.word[u].charAt(0)) || titleEndingAt(p, grown) > 0) break;
            grown--;
        }
        return grown < s && (grown == 0 || punctuation(p.text.charAt(grown - 1)) || p.functional(p.tokenAt[grown - 1]) || p.verb(p.tokenAt[grown - 1])
                || titleEndingAt(p, grown) > 0) ? grown : s;
    }

    /**
     * Start of a one-char surname token right before a two-char person tag that
     * HanLP cut off (梅|方权, 孙|卫东), or -1: the surname char stands alone as a
     * content token, and surname + first given char is no word of HanLP's dictionary.
     */
    private int surnameBefore(Passage p, int t) {
        if (t == 0 || p.len(t) != 2 || !p.nature[t].equals("nr")) return -1;
        int u = t - 1;
        if (p.len(u) != 1 || p.end[u] != p.start[t] || !lex.isSurname(p.word[u])) return -1;
        int s = p.start[u];
        // a surname HanLP read as a measure word (张/q) is one when no numeral or demonstrative counts with it
        boolean measure = p.is(u, "q") && (s == 0 || !(u > 0 && (p.is(u - 1, "r") || p.is(u - 1, "m"))));
        if (p.functional(u) && !p.is(u, "tg") && !measure || p.verb(u) && !p.is(u, "vg")) return -1;
        if (s > 0 && NUMERALS.indexOf(p.text.charAt(s - 1)) >= 0) return -1;
        if (HanDict.kind(p.text.substring(s, s + 2)) != HanDict.NONE) return -1;
        String name = p.text.substring(s, p.end[t]);
        return plausible(name) && HanDict.kind(name) <= HanDict.PERSON ? s : -1;
    }

    /**
     * End of a name listed at s inside a 、-list of names: a HanLP person tag
     * (or surname + cut given name) read by {@link #parseName}, that ends where
     * the list goes on or closes (、, 等, 和, punctuation, a verb); -1 otherwise.
     */
    private int listedName(Passage p, int s) {
        int t = p.tokenStartingAt(s);
        if (t < 0) return -1;
        int e;
        if (t + 1 < p.size() && surnameBefore(p, t + 1) == s) e = p.end[t + 1];
        else if (p.is(t, "nr")) e = parseName(p, s);
        else e = splitNameAt(p, s);
        if (e < 0 && p.len(t) == lex.surnameAt(p.text, s)) e = parseName(p, s);   // 张|丽娟: a surname token before its given name
        if (e < 0) e = beforeDeng(p, s);
        if (e < 0 || blockedAfter(p, e)) return -1;
        if (e == p.length()) return e;
        char c = p.text.charAt(e);
        return c == '、' || punctuation(c) || p.text.startsWith("等", e) || endsClause(p, e) ? e : -1;
    }

    /** Start of the next item of a list of names after e: past one 、 or a run of layout spaces; -1 if the list ends. */
    private static int nextItem(String text, int e) {
        if (e + 1 >= text.length()) return -1;
        if (text.charAt(e) == '、') return e + 1;
        int i = e;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '　')) i++;
        return i > e && i < text.length() ? i : -1;
    }

    /** End of the list item before s (see {@link #nextItem}), or -1. */
    private static int prevItemEnd(String text, int s) {
        if (s < 2) return -1;
        if (text.charAt(s - 1) == '、') return s - 1;
        int i = s;
        while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '　')) i--;
        return i < s && i > 0 ? i : -1;
    }

    /**
     * End of the last name of a list where HanLP read its given char into the
     * closing 等 (何|平等 → 何平 + 等): surname + one or two given-name chars
     * ending right before 等, or -1.
     */
    private int beforeDeng(Passage p, int s) {
        int sl = lex.surnameAt(p.text, s);
        if (sl == 0) return -1;
        for (int gl = 1; gl <= 2; gl++) {
            int e = s + sl + gl;
            if (e >= p.length() || p.text.charAt(e) != '等' || p.boundary(e) || !p.boundary(e + 1)) continue;
            boolean ok = true;
            for (int i = s + sl; i < e && ok; i++) ok = lex.givenChar(p.text.charAt(i));
            if (ok && plausible(p.text.substring(s, e))) return e;
        }
        return -1;
    }

    private static final String DOTS = "·•．";

    /**
     * Start of surname + one or two given-name characters ending at e that HanLP
     * cut into pieces (no piece a name tag or longer than two chars), or -1: the
     * given characters come from the given-name list, neither the whole nor the
     * given part is a word of HanLP's dictionary, and a clause opens before it.
     */
    private int splitNameBefore(Passage p, int e) {
        String text = p.text;
        for (int gl = 2; gl >= 1; gl--) {
            for (int sl = 1; sl <= 2; sl++) {
                int s = e - gl - sl;
                if (s < 0 || !p.boundary(s) || lex.surnameAt(text, s) != sl) continue;
                boolean ok = true;
                for (int i = s + sl; i < e && ok; i++) ok = lex.givenChar(text.charAt(i));
                if (!ok) continue;
                // HanLP cut it: more than one token, none spanning past the name
                int ts = p.tokenAt[s], te = p.tokenAt[e - 1];
                if (ts == te || p.start[ts] != s) continue;
                for (int k = ts; k <= te && ok; k++) ok = p.len(k) <= 2 && !p.functional(k);
                if (!ok) continue;
                String name = text.substring(s, e), given = name.substring(sl);
                if (s > 0 && DOTS.indexOf(text.charAt(s - 1)) >= 0) continue;
                if (HanDict.kind(name) != HanDict.NONE || HanDict.kind(given) == HanDict.COMMON
                        || gl == 2 && HanDict.kind(name.substring(0, sl + 1)) == HanDict.COMMON || !plausible(name)) continue;
                if (s > 0) {
                    int u = p.tokenEndingAt(s);
                    if (u < 0 || !(punctuation(text.charAt(s - 1)) || p.functional(u) || p.nature[u].equals("nnt") || titleEndingAt(p, s) > 0))
                        continue;
                }
                return s;
            }
        }
        return -1;
    }

    /** End of surname + given-name characters at s that HanLP cut apart (see {@link #splitNameBefore}), or -1. */
    private int splitNameAt(Passage p, int s) {
        for (int len = 4; len >= 2; len--) {
            int e = s + len;
            if (e > p.length() || !p.boundary(e)) continue;
            if (splitNameBefore(p, e) == s) return e;
        }
        return -1;
    }

    /** Start of a run of at least three transliteration characters ending at e (see {@link #syllableRun}), or -1. */
    private int syllableRunBefore(Passage p, int e) {
        String text = p.text;
        int s = e, tokens = 0;
        while (s > 0) {
            int t = p.tokenEndingAt(s);
            if (t < 0) break;
            String w = p.word[t];
            if (w.length() == 1 && DOTS.indexOf(w.charAt(0)) >= 0) { if (s == e) break; s = p.start[t]; continue; }
            boolean piece = p.len(t) == 1 && !p.functional(t) || p.nature[t].startsWith("nr") || p.is(t, "nz") || p.is(t, "ns") || p.is(t, "nsf");
            if (!piece) break;
            boolean all = true;
            for (int i = 0; i < w.length() && all; i++) all = lex.translitChar(w.charAt(i));
            if (!all || titleEndingAt(p, s) > 0) break;
            tokens++;
            s = p.start[t];
        }
        while (s < e && DOTS.indexOf(text.charAt(s)) >= 0) s++;
        if (e - s < 3 || tokens < 2 || HanDict.kind(text.substring(s, e)) > HanDict.PERSON) return -1;
        // the run opens a clause: text start, punctuation, a function word, a verb or a country before it
        if (s > 0) {
            int u = p.tokenEndingAt(s);
            if (u < 0 || !(punctuation(text.charAt(s - 1)) || p.functional(u) || p.verb(u) || p.is(u, "nsf") || p.is(u, "ns") || p.nature[u].equals("nnt")))
                return -1;
        }
        return s;
    }

    /**
     * End of a foreign name HanLP cut into syllables, starting at s right after
     * an office word: a run of transliteration characters (and middle dots)
     * over tokens that are single characters or name / proper-noun pieces,
     * ending on a token boundary where the clause goes on; -1 when there is no
     * such run of at least two characters with at least two tokens, or when it
     * is an ordinary word of HanLP's dictionary.
     */
    private int syllableRun(Passage p, int s) {
        String text = p.text;
        int e = s, tokens = 0;
        while (e < text.length()) {
            int t = p.tokenStartingAt(e);
            if (t < 0) break;
            String w = p.word[t];
            boolean dot = w.length() == 1 && DOTS.indexOf(w.charAt(0)) >= 0;
            if (!dot) {
                boolean piece = p.len(t) == 1 || p.nature[t].startsWith("nr") || p.is(t, "nz") || p.is(t, "ns") || p.is(t, "nsf");
                if (!piece) break;
                boolean all = true;
                for (int i = 0; i < w.length() && all; i++) all = lex.translitChar(w.charAt(i));
                if (!all || lex.titles.longestStartingAt(text, e) > 0 || lex.personCues.longestStartingAt(text, e) > 0) break;
                tokens++;
            } else if (e == s || e + 1 >= text.length()) break;
            e = p.end[t];
        }
        while (e > s && DOTS.indexOf(text.charAt(e - 1)) >= 0) e--;
        if (e - s < 2 || tokens < 2 || HanDict.kind(text.substring(s, e)) > HanDict.PERSON) return -1;
        if (!(e == text.length() || endsClause(p, e) || punctuation(text.charAt(e)) || titleStartingAt(p, e) > 0)) return -1;
        return e;
    }

    /**
     * The span [s, e) grown across middle dots into the surrounding parts of a
     * transliterated name: each part runs to punctuation, a function word or
     * an office word, at most eight chars.
     */
    private int[] acrossDots(Passage p, int s, int e) {
        String text = p.text;
        while (e + 1 < text.length() && DOTS.indexOf(text.charAt(e)) >= 0) {
            int j = e + 1, k = j;
            while (k < text.length() && k - j < 8 && nameChar(p, k) && lex.titles.longestStartingAt(text, k) == 0
                    && lex.personCues.longestStartingAt(text, k) == 0) {
                int t = p.tokenAt[k];
                if (t < 0 || p.start[t] == k && (p.functional(t) || p.nature[t].equals("nnt"))) break;
                k++;
            }
            if (k == j || k < text.length() && !p.boundary(k)) break;
            e = k;
        }
        while (s > 1 && DOTS.indexOf(text.charAt(s - 1)) >= 0) {
            int j = s - 1, k = j;
            while (k > 0 && j - k < 8 && nameChar(p, k - 1)) {
                int t = p.tokenAt[k - 1];
                if (t < 0 || p.functional(t) || p.nature[t].equals("nnt") || titleEndingAt(p, k) > 0) break;
                // 希腊|船主|瓦西里斯·…: a word that is no syllable run ends the name's first part
                if (p.len(t) >= 2 && !p.is(t, "nr") && !syllables(p.word[t])) break;
                k = Math.max(p.start[t], j - 8);
            }
            if (k == j || !p.boundary(k)) break;
            s = k;
        }
        return new int[] {s, e};
    }

    private boolean syllables(String w) {
        for (int i = 0; i < w.length(); i++) if (!lex.translitChar(w.charAt(i))) return false;
        return true;
    }

    private static boolean nameChar(Passage p, int i) {
        char c = p.text.charAt(i);
        return Typography.isHan(c) || DOTS.indexOf(c) >= 0;
    }

    /** True when a clause can end at pos: end of text, punctuation or a function word / verb follows. */
    private boolean endsClause(Passage p, int pos) {
        if (pos >= p.length()) return true;
        int t = p.tokenStartingAt(pos);
        return t >= 0 && (p.functional(t) || p.verb(t) || lex.personCues.longestStartingAt(p.text, pos) > 0);
    }

    /**
     * End of a person name starting at s, or -1. Decides between two- and
     * three-character names from HanLP's token boundaries: HanLP often tags only
     * surname + one char (许海|玲) or leaves the surname alone (代|新洋).
     */
    int parseName(Passage p, int s) {
        if (s >= p.length()) return -1;
        int t = p.tokenStartingAt(s);
        if (t < 0) return -1;
        int sl = lex.surnameAt(p.text, s);
        if (sl == 0 || s > 0 && NUMERALS.indexOf(p.text.charAt(s - 1)) >= 0) return -1;
        // a lone "surname" HanLP reads as a conjunction, preposition or adverb (和, 都) is that word
        if (p.len(t) == sl && p.functional(t) && !p.is(t, "q") && !p.is(t, "m")) return -1;
        int anon = anonymisedAt(p, s);
        if (anon > 0) return anon;
        int len = p.len(t);
        String nat = p.nature[t];
        int e = -1;
        if (nat.startsWith("nr") && len >= sl + 1 && len <= sl + 2) {
            e = p.end[t];
            if (len == sl + 1 && givenNameChar(p, t + 1, e)) e++;
        } else if (len == sl || (sl == 2 && len == 1)) {
            int u = p.tokenStartingAt(s + sl);
            if (u < 0 || p.functional(u) || p.institution(u) || p.nature[u].equals("nnt") || p.len(u) > 2) return -1;
            if (p.len(u) == 1 && !givenNameChar(p, u, s + sl)) return -1;
            if (p.len(u) == 2 && p.verb(u)) return -1;
            e = p.end[u];
            if (p.len(u) == 1 && sl == 1 && givenNameChar(p, u + 1, e)) e++;
        } else if (len >= sl + 1 && len <= sl + 2
                && (nat.equals("nz") || nat.equals("ng") || nat.equals("g") || nat.equals("j") || nat.equals("nrf"))) {
            e = p.end[t];
        }
        if (e < 0) return -1;
        // a transliterated foreign name (罗朗·雷斯) is not cut into a Chinese one
        if (e < p.length() && "·•．".indexOf(p.text.charAt(e)) >= 0) return -1;
        return plausible(p.text.substring(s, e)) ? e : -1;
    }

    /** A name right after a title (or in a list continuing one): HanLP's cut first, else the clause shape. */
    private int titledName(Passage p, int s) {
        // 下岗职工|都能|得到: a conjunction or adverb right after a role word, not a rarer surname
        if (s < p.length() && HanDict.mostlyOf(p.text.charAt(s), "c", "d") && lex.surnameAt(p.text, s) == 1
                && !lex.commonSurnames.contains(p.text.substring(s, s + 1)) && !HanDict.isPerson(p.text, s)) return -1;
        int e = parseName(p, s);
        if (e < 0) e = looseName(p, s);
        // a person tag whose first char is no surname of ours (萨默斯, 赖尔登): the title vouches for it whole
        int t = p.tokenStartingAt(s);
        return e < 0 && t >= 0 && wholeTag(p, t) ? p.end[t] : e;
    }

    /**
     * A three-char person tag that took in a function char beside a name the
     * dictionary lists (向|李鹏, 李鹏|来, 黄菊|和): the listed name, or null.
     */
    private int[] trimmedTag(Passage p, int t) {
        if (p.len(t) != 3) return null;
        String w = p.word[t];
        int s = p.start[t];
        if (HanDict.kind(w) == HanDict.PERSON) return null;
        if (lex.nameEnders.contains(w.substring(2)) && HanDict.kind(w.substring(0, 2)) == HanDict.PERSON) return new int[] {s, s + 2};
        // 杨光|和|妻子: a conjunction char read into the tag, a noun after it
        int u = t + 1;
        if ("和与及同跟".indexOf(w.charAt(2)) >= 0 && u < p.size() && p.start[u] == p.end[t] && (p.is(u, "n") || p.is(u, "nr"))
                && !p.is(u, "nz") && lex.surnameAt(w, 0) == 1 && plausible(w.substring(0, 2)) && HanDict.kind(w.substring(0, 2)) <= HanDict.PERSON)
            return new int[] {s, s + 2};
        boolean opener = lex.clauseOpeners.contains(w.substring(0, 1)) || lex.nameEnders.contains(w.substring(0, 1));
        if (opener && HanDict.kind(w.substring(1)) == HanDict.PERSON) return new int[] {s + 1, s + 3};
        // 向焦裕|禄|同志: the preposition read in front, the last given char left out before a cue or an office
        int v = t + 1, e = p.end[t];
        if (opener && v < p.size() && p.len(v) == 1 && PIECE.contains(p.nature[v]) && lex.surnameAt(w, 1) == 1
                && (lex.personCues.longestStartingAt(p.text, e + 1) > 0 || titleStartingAt(p, e + 1) > 0) && plausible(p.text.substring(s + 1, e + 1)))
            return new int[] {s + 1, e + 1};
        return null;
    }

    /** Token t is a HanLP person tag that can stand as a name by itself: 2–4 Han chars, no common word, nothing built on it. */
    private boolean wholeTag(Passage p, int t) {
        if (!p.nature[t].equals("nr") || p.len(t) < 2 || p.len(t) > 4 || HanDict.kind(p.word[t]) > HanDict.PERSON) return false;
        if (!plausible(p.word[t]) || blockedAfter(p, p.end[t]) || lex.honorifics.contains(p.word[t].substring(p.len(t) - 1))) return false;
        // whole only where the clause frames it: not a piece of a longer name HanLP cut (基里|延科, 果永|毅)
        int e = p.end[t];
        boolean before = t == 0 || p.functional(t - 1) || p.verb(t - 1) || p.nature[t - 1].equals("nnt") || titleEndingAt(p, p.start[t]) > 0;
        boolean after = e >= p.length() || punctuation(p.text.charAt(e)) || endsClause(p, e) || titleStartingAt(p, e) > 0;
        return before && after;
    }

    /**
     * End of surname + one- or two-character given name at s judged from what
     * follows rather than from HanLP's cut (戴|秉国, 罗豪|才): the name must end
     * on a token boundary where a clause can go on (punctuation, a function
     * word, a verb, a cue word, a title), and no char of the given name may be
     * a grammatical one. Used only where a title vouches for a name.
     */
    int looseName(Passage p, int s) {
        String text = p.text;
        int sl = lex.surnameAt(text, s);
        if (sl == 0 || !p.boundary(s) || s > 0 && NUMERALS.indexOf(text.charAt(s - 1)) >= 0) return -1;
        for (int gl = 2; gl >= 1; gl--) {
            int e = s + sl + gl;
            if (e > text.length() || !p.boundary(e)) continue;
            boolean ok = true;
            for (int i = s + sl; i < e && ok; i++) {
                char c = text.charAt(i);
                ok = Typography.isHan(c) && NOT_IN_NAME.indexOf(c) < 0
                        && NUMERALS.indexOf(c) < 0;
            }
            if (!ok || lex.nameEnders.contains(text.substring(e - 1, e))) continue;
            if (!(e == text.length() || endsClause(p, e) || titleStartingAt(p, e) > 0 || punctuation(text.charAt(e)))) continue;
            String name = text.substring(s, e), given = name.substring(sl);
            // 党员|和|师生, 职工|都|能: a conjunction or adverb, not a rarer surname
            if (sl == 1 && HanDict.mostlyOf(name.charAt(0), "c", "d") && !lex.commonSurnames.contains(name.substring(0, 1))) return -1;
            // an ordinary word after a role word (群众明确, 职工都承认) is no name
            if (HanDict.kind(name) >= HanDict.RARE || HanDict.kind(given) == HanDict.COMMON
                    || name.length() - sl == 2 && HanDict.kind(name.substring(0, 2)) == HanDict.COMMON) continue;
            // 记者|查看|新修: surname + first given char a verb token of the dictionary, the clause's verb after the role word
            int v = p.tokenStartingAt(s);
            // (农民|丰收|节: a verb only HanLP's custom dictionary lists)
            if (sl == 1 && gl == 2 && v >= 0 && p.end[v] == s + 2 && p.verb(v)
                    && (HanDict.kind(p.word[v]) >= HanDict.RARE || HanDict.customWord(p.word[v]))) continue;
            if (plausible(name)) return e;
        }
        return -1;
    }

    private static boolean punctuation(char c) {
        return "，。、；：！？”“（）()《》·—…,.;:!? 　".indexOf(c) >= 0;
    }

    /** Token u is a lone char starting at pos that can finish a given name (not 到/在/是…). */
    private boolean givenNameChar(Passage p, int u, int pos) {
        if (u < 0 || u >= p.size() || p.start[u] != pos || p.len(u) != 1) return false;
        char c = p.text.charAt(pos);
        if (!Typography.isHan(c) || NUMERALS.indexOf(c) >= 0
                || p.functional(u) || lex.nameEnders.contains(p.word[u]) || lex.titles.longestStartingAt(p.text, pos) > 0) return false;
        // a one-char verb finishes a name only where the clause goes on after it (陈和生|说), not before its object (张浩|受|派遣)
        return !p.verb(u) || endsClause(p, pos + 1) || punctuation(pos + 1 < p.length() ? p.text.charAt(pos + 1) : '。');
    }

    private boolean plausible(String name) {
        if (name.length() < 2 || name.length() > 4) return false;
        // 余人, 众人: a two-char word ending in 人 is a group of people
        if (name.length() == 2 && name.charAt(1) == '人') return false;
        // 千余人, 万多名: a numeral "surname" with an approximation or a counted noun is a quantity
        if (NUMERALS.indexOf(name.charAt(0)) >= 0 && ("余多几来".indexOf(name.charAt(1)) >= 0 || "人名户位元个次".indexOf(name.charAt(name.length() - 1)) >= 0))
            return false;
        for (int i = 0; i < name.length(); i++)
            if (!Typography.isHan(name.charAt(i))
                    || i > 0 && NOT_IN_NAME.indexOf(name.charAt(i)) >= 0) return false;
        // 李卜村, 龙泉乡: a place head at the end makes it a place; not a banner or prefecture head (旗, 州) ending a
        // given name that is a word of its own and no place (王|红旗, 张|九州: 红旗 is a flag, no banner)
        int ph = lex.placeSuffixes.longestEndingAt(name, name.length(), name.length() - 1);
        if (ph == 1 && name.length() >= 3 && "旗州".indexOf(name.charAt(name.length() - 1)) >= 0) {
            String tail = name.substring(name.length() - 2);
            if (HanDict.kind(tail) >= HanDict.RARE && !HanDict.place(tail)) ph = 0;
        }
        // 向医生, 李书记: a surname and an office is the surname with its office, read elsewhere
        return ph == 0 && !lex.titles.contains(name) && !lex.genericPlaces.contains(name) && !lex.titles.contains(name.substring(1));
    }

    /** End of an anonymised name (surname + 某 or 某某) at s, or -1. */
    int anonymisedAt(Passage p, int s) {
        String text = p.text;
        int sl = lex.surnameAt(text, s);
        if (sl == 0) return -1;
        int i = s + sl, n = 0;
        while (i < text.length() && text.charAt(i) == '某' && n < 2) { i++; n++; }
        if (n == 0) return -1;
        if (i < text.length() && NOT_AFTER_MOU.indexOf(text.charAt(i)) >= 0) return -1;
        return i;
    }

    /** Length of the longest title word ending at pos whose start is a token boundary. */
    int titleEndingAt(Passage p, int pos) {
        if (!p.boundary(pos)) return 0;
        long bits = lex.titles.allEndingAt(p.text, pos, 0);
        for (int l = 63; l > 0 && bits != 0; l--)
            if ((bits & (1L << l)) != 0 && p.boundary(pos - l)) return l;
        // HanLP's own office nature (外交部长/nnt, 副总理/nnt)
        int t = p.tokenEndingAt(pos);
        return t >= 0 && p.nature[t].equals("nnt") && p.len(t) >= 2 ? p.len(t) : 0;
    }

    private int titleStartingAt(Passage p, int pos) {
        int l = lex.titles.longestStartingAt(p.text, pos);
        return l > 0 && p.boundary(pos + l) ? l : 0;
    }

    /**
     * The office as the text gives it for a title word at [ts, te): from the
     * start of the clause up to the name. Reaching back stops at punctuation,
     * function words, clause-opening verbs and other names; a demonstrative
     * (该公司董事长) leaves only the bare office words; a 、-joined segment that
     * is itself a title with no name (党工委书记、管委会主任) is prepended.
     */
    /** heads of street-office, community and village names, whose cores may be adjectives or verbs */
    private static final java.util.Set<String> COMMUNITY_HEADS = java.util.Set.of("街道", "社区", "村");

    String readTitle(Passage p, int ts, int te, BitSet names, int depth) {
        String text = p.text;
        int i = ts;
        boolean demonstrative = false;
        while (i > 0 && te - i < 48) {
            char c = text.charAt(i - 1);
            if (Passage.closeBracket(c)) {
                int o = p.matchingOpen(i, 0);
                if (o < 0) break;
                i = o;
                continue;
            }
            if (names.get(i - 1)) break;
            int t = p.tokenAt[i - 1];
            if (t < 0) break;
            String w = p.word[t];
            if (lex.demonstratives.contains(w) || lex.demonstratives.contains(w.substring(0, 1)) && p.is(t, "r")) {
                demonstrative = true;
                break;
            }
            // 三|组|村民: a numbered group belongs to the title; any other numeral or function word ends it
            boolean numbered = p.is(t, "m") && i == p.end[t] && p.tokenStartingAt(i) >= 0 && p.len(p.tokenStartingAt(i)) == 1 && p.is(p.tokenStartingAt(i), "n");
            if (numbered) { i = p.start[t]; break; }
            if (p.functional(t) || lex.clauseOpeners.contains(w)) break;
            // 向阳|街道, 幸福|社区: an adjective or verb naming a street office or community is part of the office
            boolean community = t + 1 < p.size() && p.start[t + 1] == p.end[t] && COMMUNITY_HEADS.contains(p.word[t + 1]);
            if (p.len(t) > 1 && (p.is(t, "f") || p.is(t, "a")) && !community) break;
            if (p.verb(t) && p.len(t) > 1 && !verbInsideName(p, t) && !community) break;
            i = p.start[t];
        }
        if (demonstrative) return titleChain(p, te);
        String title = text.substring(i, te);
        if (depth < 3 && i > 1 && text.charAt(i - 1) == '、' && !names.get(i - 2)) {
            int tl = titleEndingAt(p, i - 1);
            if (tl > 0) title = readTitle(p, i - 1 - tl, i - 1, names, depth + 1) + "、" + title;
        }
        return title;
    }

    /** Consecutive title words ending at te (副处长, 党委书记), without anything before them. */
    private String titleChain(Passage p, int te) {
        int i = te;
        for (int l; (l = titleEndingAt(p, i)) > 0; ) i -= l;
        return p.text.substring(i, te);
    }

    /**
     * A verb inside an institution name (党史学习教育领导小组) is followed within
     * two tokens by an institution word; a verb that takes an object
     * (会见市委书记) is followed by a place or an administrative prefix.
     */
    boolean verbInsideName(Passage p, int t) {
        for (int k = t + 1; k < p.size() && k <= t + 2; k++) {
            if (p.functional(k) || p.is(k, "ns") || "省市县区".indexOf(p.text.charAt(p.start[k])) >= 0) return false;
            if (p.institution(k) || lex.orgSuffixes.longestEndingAt(p.text, p.end[k], p.start[k]) >= 2) return true;
        }
        return false;
    }
}
