package jianbao.entity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads the public NER corpora the sequence model is trained on, each in its
 * own format, into passages with typed spans under our conventions:
 * <ul>
 * <li>{@code *.bio}: one {@code char TAG} per line (space or tab), blank line
 * between passages, B-/I-PER, ORG, LOC (People's Daily 1998, MSRA);</li>
 * <li>{@code *.jsonl}: CLUENER 2020, {@code {"text", "label": {type: {name:
 * [[start, end]]}}}} with inclusive ends; name is a person, company,
 * government and organization are organisations, address and scene are
 * places; position, book, game and movie are no names of ours;</li>
 * <li>{@code *.conll}: Weibo NER, {@code char+digit<TAB>TAG} (the digit is the
 * char's place in its word); only named mentions count: PER.NAM, ORG.NAM,
 * LOC.NAM and GPE.NAM (a country or city is a place); nominal mentions
 * (.NOM, 女人) are no names.</li>
 * </ul>
 */
public final class TrainingCorpus {
    /** One passage and its names. */
    public record Sentence(String text, List<Span> spans) {}

    private static final Map<String, EntityType> CLUENER = Map.of(
            "name", EntityType.PERSON,
            "company", EntityType.ORGANIZATION, "government", EntityType.ORGANIZATION, "organization", EntityType.ORGANIZATION,
            "address", EntityType.PLACE, "scene", EntityType.PLACE);

    private TrainingCorpus() {
    }

    /** Reads one corpus file, its format known by its name's ending. */
    public static List<Sentence> read(Path file) throws IOException {
        String name = file.getFileName().toString();
        if (name.endsWith(".jsonl")) return cluener(file);
        if (name.endsWith(".conll")) return columns(file, true);
        if (name.endsWith(".bio")) return columns(file, false);
        throw new IOException(file + ": unknown corpus format (expected .bio, .jsonl or .conll)");
    }

    private static List<Sentence> columns(Path file, boolean weibo) throws IOException {
        List<Sentence> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<String> tags = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank()) {
                    flush(text, tags, out);
                    continue;
                }
                int cut = Math.max(line.lastIndexOf(' '), line.lastIndexOf('\t'));
                if (cut <= 0) continue;
                String ch = line.substring(0, cut);
                String tag = line.substring(cut + 1).trim();
                if (weibo) {
                    ch = ch.substring(0, ch.length() - 1);   // the word-position digit
                    if (tag.endsWith(".NOM")) tag = "O";
                    else if (tag.endsWith(".NAM")) tag = tag.substring(0, tag.length() - 4).replace("GPE", "LOC");
                }
                if (ch.isEmpty()) continue;
                text.append(ch);
                for (int i = 0; i < ch.length(); i++) tags.add(i > 0 && tag.startsWith("B-") ? "I-" + tag.substring(2) : tag);
            }
        }
        flush(text, tags, out);
        return out;
    }

    private static void flush(StringBuilder text, List<String> tags, List<Sentence> out) {
        if (tags.isEmpty()) return;
        List<Span> spans = new ArrayList<>();
        int start = -1;
        EntityType type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            EntityType t = tag.length() > 2 ? type(tag.substring(2)) : null;
            boolean cont = type != null && tag.startsWith("I-") && t == type;
            if (type != null && !cont) {
                spans.add(new Span(type, start, i));
                type = null;
            }
            if (t != null && (tag.startsWith("B-") || tag.startsWith("I-") && type == null)) {
                type = t;
                start = i;
            }
        }
        out.add(new Sentence(text.toString(), List.copyOf(spans)));
        text.setLength(0);
        tags.clear();
    }

    private static EntityType type(String t) {
        return switch (t) {
            case "PER" -> EntityType.PERSON;
            case "ORG" -> EntityType.ORGANIZATION;
            case "LOC" -> EntityType.PLACE;
            default -> null;
        };
    }

    private static List<Sentence> cluener(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Sentence> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank()) continue;
                JsonNode d = json.readTree(line);
                String text = d.get("text").asText();
                List<Span> spans = new ArrayList<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = d.path("label").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> kind = it.next();
                    EntityType t = CLUENER.get(kind.getKey());
                    if (t == null) continue;
                    for (JsonNode ranges : kind.getValue())
                        for (JsonNode range : ranges) {
                            int s = range.get(0).asInt(), e = range.get(1).asInt() + 1;
                            if (s >= 0 && e <= text.length() && s < e) spans.add(new Span(t, s, e));
                        }
                }
                spans.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
                // overlapping labels (rare) keep the first, longest one
                List<Span> flat = new ArrayList<>();
                int end = 0;
                for (Span s : spans) if (s.start() >= end) { flat.add(s); end = s.end(); }
                out.add(new Sentence(text, List.copyOf(flat)));
            }
        }
        return out;
    }
}
