package jianbao.entity;

import static jianbao.entity.Passages.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Person names HanLP tags or cuts in ways the plain surname rules miss, on
 * hand-written sentences: each case with the shape that must not be read as a
 * name beside it.
 */
class PeopleShapesTest {
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
        assertEquals(List.of(), people("各级领导干部都要做学习的表率。"));
        assertEquals(List.of(), people("厂里的下岗职工都能得到基本生活费。"));
        // 向医生/nr: a preposition before an office that introduces a name is no surname; the name after it is one
        assertEquals(List.of(m("施家豪", null, 5)), people("家属向医生施家豪表示感谢。"));
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

    @Test
    void runTogetherListReadAsAWholeCover() {
        assertEquals(List.of(m("王建华", null, 6), m("李文彬", null, 9), m("田真", null, 12), m("赵海清", null, 14), m("刘春生", null, 17),
                        m("孙立军", null, 20), m("周明远", null, 23)),
                people("主席团成员：王建华李文彬田真赵海清刘春生孙立军周明远"));
        // HanLP's tag cuts one name (黄丽|萍) and one untagged name sits between tagged ones (罗振宇)
        assertEquals(List.of(m("张国华", null, 4), m("林晓峰", null, 7), m("陈志刚", null, 10), m("黄丽萍", null, 13), m("郑文斌", null, 16),
                        m("吴秀兰", null, 19), m("马俊杰", null, 22), m("高建平", null, 25)),
                people("获奖者：张国华林晓峰陈志刚黄丽萍郑文斌吴秀兰马俊杰高建平"));
        // a tag that drifted into the next name (方立谷|春生): the cover cuts it where the names meet
        List<Mention> drifted = people("名单如下：方向明方立谷春生吕正平何长林余海波朱德明宋建华");
        assertEquals(m("方向明", null, 5), drifted.get(0));
        assertEquals(m("方立", null, 8), drifted.get(1));
        assertEquals(false, drifted.stream().anyMatch(x -> x.name().equals("方立谷")));
    }

    @Test
    void proseWithSurnamesIsNoRunOfNames() {
        assertEquals(List.of(), people("今年春节期间大家一起去北京看望了在那里工作的朋友。"));
        assertEquals(List.of(), people("普通高中学生参加了学校组织的夏令营活动。"));
    }
}
