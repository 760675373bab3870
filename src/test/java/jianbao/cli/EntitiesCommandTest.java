package jianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jianbao entities}: one JSON line per input line, offsets into that line. */
class EntitiesCommandTest {
    @Test
    void oneObjectPerLineWithOffsets(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.txt");
        String first = "县领导陈志刚、林秀英出席开工仪式。";
        Files.writeString(in, first + "\n\n华信（深圳）科技有限公司在桃园镇李家湾村。\n", StandardCharsets.UTF_8);
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            code = Main.run("entities", in.toString());
        } finally {
            System.setOut(old);
        }
        assertEquals(0, code);
        List<String> lines = buf.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(3, lines.size());
        ObjectMapper json = new ObjectMapper();
        JsonNode a = json.readTree(lines.get(0));
        assertEquals(2, a.get("people").size());
        JsonNode p = a.get("people").get(1);
        assertEquals("林秀英", p.get("name").asText());
        assertEquals("县领导", p.get("title").asText());
        assertEquals("林秀英", first.substring(p.get("start").asInt(), p.get("end").asInt()));
        assertEquals("{\"people\":[],\"organizations\":[],\"places\":[]}", lines.get(1));
        JsonNode c = json.readTree(lines.get(2));
        assertEquals("华信（深圳）科技有限公司", c.get("organizations").get(0).get("name").asText());
        assertEquals(List.of("桃园镇", "李家湾村"),
                List.of(c.get("places").get(0).get("name").asText(), c.get("places").get(1).get("name").asText()));
        assertEquals(13, c.get("places").get(0).get("start").asInt());
    }
}
