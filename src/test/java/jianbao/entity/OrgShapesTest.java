package jianbao.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Organisation shapes on hand-written sentences: passage → exact mentions with offsets. */
class OrgShapesTest {
    private final EntityEngine engine = EntityEngine.shared();

    private static Mention m(String name, int start) {
        return new Mention(name, null, start, start + name.length());
    }

    private List<Mention> orgs(String text) {
        return engine.analyze(text).organizations();
    }

    @Test
    void abbreviatedBodiesTheDictionaryListsAsAbbreviations() {
        assertEquals(List.of(m("欧盟委员会", 0), m("北大", 10), m("亚行", 13)), orgs("欧盟委员会发布报告，北大和亚行的专家参加。"));
        assertEquals(List.of(m("中共十四大", 0)), orgs("中共十四大以来，经济发展很快。"));
    }

    @Test
    void abbreviationsOfKindsOrFieldsAreNoBodies() {
        assertEquals(List.of(), orgs("高校和经贸部门的负责人参加了座谈。"));
        assertEquals(List.of(), orgs("第三大城市的人口增长很快。"));
    }

    @Test
    void bodyBeforeAnOfficeHeldByAPerson() {
        assertEquals(List.of(m("中科院", 0), m("国际足联", 13)), orgs("中科院副院长张三出席会议，国际足联主席李四致辞。"));
        // without the office and person, common words before an institution word stay no name
        assertEquals(List.of(), orgs("会上，国际足联通报了情况。"));
    }
}
