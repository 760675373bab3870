package jianbao.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Person names HanLP tags or cuts in ways the plain surname rules miss, on
 * hand-written sentences: each case with the shape that must not be read as a
 * name beside it.
 */
class PeopleShapesTest {
    private final EntityEngine engine = EntityEngine.shared();

    private static Mention m(String name, String title, int start) {
        return new Mention(name, title, start, start + name.length());
    }

    private List<Mention> people(String text) {
        return engine.analyze(text).people();
    }

    @Test
    void personTagWithoutKnownSurnameNeedsAnOfficeBesideIt() {
        assertEquals(List.of(m("素芳", "主任", 3)), people("据悉，素芳主任已经退休。"));
        assertEquals(List.of(m("索菲亚", "市长", 6)), people("会见时，市长索菲亚表示愿意加强交流。"));
        assertEquals(List.of(m("萨默斯", null, 4)), people("会谈后，萨默斯说双方达成了共识。"));
        assertEquals(List.of(), people("其余人说不清楚。"));
    }

    @Test
    void functionCharReadIntoATagIsLeftOut() {
        assertEquals(List.of(m("李鹏", null, 8)), people("参加会议的还有向李鹏汇报的代表。"));
        assertEquals(List.of(m("杨光", null, 0)), people("杨光和妻子经营着一家农家乐。"));
    }

    @Test
    void prepositionInFrontAndGivenCharCutOff() {
        assertEquals(List.of(m("焦裕禄", null, 6)), people("党员干部要向焦裕禄同志学习。"));
    }

    @Test
    void namesInASpaceSeparatedList() {
        assertEquals(List.of(m("刘志强", null, 10), m("张丽娟", null, 18), m("孙磊", null, 22)),
                people("获奖者名单：一等奖 刘志强 二等奖 张丽娟 孙磊"));
    }

    @Test
    void lastListedNameBeforeDeng() {
        assertEquals(List.of(m("马东升", null, 0), m("孙红梅", null, 4), m("何平", null, 8)),
                people("马东升、孙红梅、何平等10名同志受到表彰。"));
    }

    @Test
    void surnameAndGivenCharAsLoosePieces() {
        assertEquals(List.of(m("赵磊", null, 3)), people("当天，赵磊一早就来到了田间地头。"));
    }

    @Test
    void numeralWithApproximationIsAQuantity() {
        assertEquals(List.of(), people("周边万余人参加了活动。"));
        assertEquals(List.of(), people("全县万多名群众观看了演出。"));
    }

    @Test
    void rareSurnameThatIsMostlyAFunctionWordNeedsACue() {
        assertEquals(List.of(), people("那一次我们都很感动。"));
        assertEquals(List.of(), people("都有其各自的道理。"));
        assertEquals(List.of(m("何伟", null, 3)), people("会议由何伟主持。"));
        assertEquals(List.of(), people("全体党员和师生参加了升旗仪式。"));
    }

    @Test
    void transliteratedNameGrownOverSyllablesHanlpLeftOut() {
        assertEquals(List.of(m("费尔南德斯", null, 3)), people("昨天，费尔南德斯在记者会上表示满意。"));
        assertEquals(List.of(m("库马拉通加", null, 3)), people("会后，库马拉通加总统会见了代表团。"));
        // the name's first part stops at a word that is no run of syllables (希腊|船主)
        assertEquals(List.of(m("瓦西里斯·康斯坦塔科普洛斯", null, 4)), people("希腊船主瓦西里斯·康斯坦塔科普洛斯先生访问上海。"));
    }

    @Test
    void streetTaggedAsForeignNameIsNoPerson() {
        assertEquals(List.of(), people("他们家住塔南路附近。"));
    }

    @Test
    void numberedGroupStaysInTheTitle() {
        assertEquals(List.of(m("张某某", "三组村民", 4)), people("三组村民张某某因琐事与邻居发生纠纷。"));
    }

    @Test
    void roleNounBeforeNameIsItsTitle() {
        assertEquals(List.of(m("冯小龙", "创业青年", 9)), people("90后返乡创业青年冯小龙办起了家庭农场。"));
    }
}
