package jianbao.entity;

import static jianbao.entity.Passages.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One-character place abbreviations and administrative heads, on hand-written sentences. */
class PlaceAbbreviationTest {
    @Test
    void pairBeforeARelationWordGivesEachParty() {
        assertEquals(List.of(m("中", 5), m("韩", 6)), places("会议期间，中韩两国企业签署了合作协议。"));
    }

    @Test
    void compoundWordsOfAbbreviationsOnly() {
        assertEquals(List.of(m("京", 0), m("津", 1), m("冀", 2), m("港", 8), m("澳", 9), m("台", 10)),
                places("京津冀协同发展，港澳台同胞踊跃参与。"));
    }

    @Test
    void travelVerbTakesTheAbbreviationInOneTokenOrTwo() {
        assertEquals(List.of(m("华", 6), m("京", 12)), places("代表团下月访华，随后将在京参加论坛。"));
    }

    @Test
    void partiesAndTheirPeople() {
        assertEquals(List.of(m("中", 0), m("华", 11)), places("中方对此表示欢迎，多名华侨出席。"));
    }

    @Test
    void charUsedOnlyAsAnAbbreviationStandsAlone() {
        assertEquals(List.of(m("俄", 4)), places("据报道，俄将于下月举行大选。"));
    }

    @Test
    void ordinaryWordsWithAbbreviationCharsAreNoPlaces() {
        // (the rules' reading: the model reads some one-char abbreviations inside common words, 中|药; dropping those
        // costs PD98 and MSRA places .008, the abbreviations HanLP fuses into words, 访华, 中美)
        assertEquals(List.of(), rules("他常用中药调理身体，其中三味产自本地，中心医院28日开诊。").places());
        assertEquals(List.of(), places("这里风景美丽，新的中学明年招生。"));
        assertEquals(List.of(), places("他是企业法人，也是美人。"));
        assertEquals(List.of(), places("对比去年，对新情况要重视。"));
    }

    @Test
    void placeWithAdministrativeHeadInOneWord() {
        assertEquals(List.of(m("香港特别行政区", 2)), places("他在香港特别行政区工作多年。"));
    }
}
