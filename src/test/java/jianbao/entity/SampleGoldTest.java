package jianbao.entity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jianbao.model.Named;
import jianbao.model.Person;
import org.junit.jupiter.api.Test;

/** Scores the engine on the hand-checked sample page, the same way the project's score.py does. */
class SampleGoldTest {
    /** The sample page's hand-checked records, the project's own copy. */
    static final Path GOLD = Path.of("src/test/resources/gold/000_e1de8d0c08a602d2.gold.json");

    @Test
    void peopleAndTitlesOnSamplePage() throws Exception {
        JsonNode gold = new ObjectMapper().readTree(GOLD.toFile());
        List<List<String>> records = new ArrayList<>();
        Set<String> bylines = new HashSet<>();
        for (JsonNode r : gold.get("records")) {
            List<String> paras = new ArrayList<>();
            r.get("paragraphs").forEach(p -> paras.add(p.asText()));
            records.add(paras);
            for (String f : new String[] {"reporters", "correspondents", "photographers"})
                if (r.has(f)) r.get(f).forEach(n -> bylines.add(n.asText()));
        }
        EntityEngine engine = EntityEngine.shared();
        engine.analyzePage(records, bylines);   // warm-up: dictionaries load on first use
        long t0 = System.nanoTime();
        List<RecordEntities> out = null;
        for (int k = 0; k < 10; k++) out = engine.analyzePage(records, bylines);
        double ms = (System.nanoTime() - t0) / 1e6 / 10;

        int tp = 0, fp = 0, fn = 0, titleOk = 0, titleTotal = 0, orgHit = 0, orgTotal = 0, orgCount = 0;
        int i = 0;
        for (JsonNode r : gold.get("records")) {
            RecordEntities got = out.get(i++);
            Map<String, String> want = new LinkedHashMap<>();
            r.get("people").fields().forEachRemaining(f -> want.put(f.getKey(), f.getValue().isNull() ? null : f.getValue().asText()));
            Map<String, String> have = new LinkedHashMap<>();
            for (Person p : got.people()) have.put(p.name(), p.title());
            for (String n : have.keySet()) if (want.containsKey(n)) tp++; else { fp++; System.out.println(r.get("id").asText() + " extra person " + n); }
            for (Map.Entry<String, String> w : want.entrySet()) {
                if (!have.containsKey(w.getKey())) { fn++; System.out.println(r.get("id").asText() + " missed person " + w.getKey()); }
                if (w.getValue() == null) continue;
                titleTotal++;
                if (w.getValue().equals(have.get(w.getKey()))) titleOk++;
                else System.out.println(r.get("id").asText() + " title " + w.getKey() + ": want " + w.getValue() + " got " + have.get(w.getKey()));
            }
            orgCount += got.organizations().size();
            for (JsonNode o : r.get("organizations")) {
                orgTotal++;
                boolean hit = got.organizations().stream().map(Named::name).anyMatch(n -> n.contains(o.asText()));
                if (hit) orgHit++; else System.out.println(r.get("id").asText() + " missed org " + o.asText());
            }
        }
        double p = tp / (double) Math.max(1, tp + fp), rc = tp / (double) Math.max(1, tp + fn);
        double f1 = p + rc == 0 ? 0 : 2 * p * rc / (p + rc);
        double titleAcc = titleOk / (double) Math.max(1, titleTotal);
        double orgRecall = orgHit / (double) Math.max(1, orgTotal);
        System.out.printf("people P=%.3f R=%.3f F1=%.3f title_acc=%.3f org_recall=%.3f (%d/%d) orgs_out=%d page_ms=%.1f%n",
                p, rc, f1, titleAcc, orgRecall, orgHit, orgTotal, orgCount, ms);
        assertTrue(f1 >= 0.95, "people F1 " + f1);
        assertTrue(titleAcc >= 0.9, "title accuracy " + titleAcc);
        assertTrue(orgRecall >= 0.85, "org recall " + orgRecall);
    }
}
