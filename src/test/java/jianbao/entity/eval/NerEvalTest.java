package jianbao.entity.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The NER evaluation: the BIO reader and scorer on a hand-written file, and
 * jianbao against raw HanLP on the first 300 passages of each public set in
 * ../shared/ner (skipped when that folder is missing). The full run is
 * {@code ./jianbao eval-ner --bio ../shared/ner/peoples_daily_1998.dev.bio ../shared/ner/msra.test.bio}.
 */
class NerEvalTest {
    static final Path NER = Path.of("../shared/ner");

    @Test
    void readsBioAndScoresUniqueNamesPerPassage(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("t.bio");
        Files.writeString(f, "张 B-PER\n三 I-PER\n在 O\n北 B-LOC\n京 I-LOC\n，\tO\n张\tB-PER\n三\tI-PER\n\n县 B-ORG\n委 I-ORG\n\n");
        List<NerEval.Passage> ps = NerEval.readBio(f, 0);
        assertEquals(2, ps.size());
        assertEquals("张三在北京，张三", ps.get(0).text());
        assertEquals(Set.of("张三"), ps.get(0).gold().get(NerEval.Type.PER));
        assertEquals(Set.of("北京"), ps.get(0).gold().get(NerEval.Type.LOC));
        assertEquals(Set.of("县委"), ps.get(1).gold().get(NerEval.Type.ORG));
        NerEval.Score s = NerEval.score(ps, text -> {
            var m = NerEval.empty();
            if (text.contains("张三")) { m.get(NerEval.Type.PER).add("张三"); m.get(NerEval.Type.PER).add("李四"); }
            return m;
        }, null);
        assertEquals(0.5, s.precision(NerEval.Type.PER), 1e-9);
        assertEquals(1.0, s.recall(NerEval.Type.PER), 1e-9);
        assertEquals(0.0, s.recall(NerEval.Type.LOC), 1e-9);
    }

    @Test
    void jianbaoBeatsRawHanLPOnEachTypeAndSet() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(NER), NER.toAbsolutePath() + " missing; skipping the NER slice");
        for (String set : new String[] {"peoples_daily_1998.dev.bio", "msra.test.bio"}) {
            Path f = NER.resolve(set);
            Assumptions.assumeTrue(Files.exists(f), f + " missing");
            List<NerEval.Passage> ps = NerEval.readBio(f, 300);
            NerEval.Score raw = NerEval.score(ps, NerEval.rawExtractor(), null);
            NerEval.Score jb = NerEval.score(ps, NerEval.jianbaoExtractor(), null);
            System.out.print(NerEval.table(set, ps.size(), raw, jb));
            for (NerEval.Type t : NerEval.Type.values())
                assertTrue(jb.f1(t) > raw.f1(t), set + " " + t + ": jianbao F1 " + jb.f1(t) + " <= raw " + raw.f1(t));
        }
    }
}
