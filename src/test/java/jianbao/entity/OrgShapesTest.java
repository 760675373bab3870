package jianbao.entity;

import static jianbao.entity.Passages.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Organisation shapes on hand-written sentences: passage → exact mentions with offsets. */
class OrgShapesTest {
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
        // without the office and person, a body the list of known organisations names is still one
        assertEquals(List.of(m("国际足联", 3)), orgs("会上，国际足联通报了情况。"));
    }

    @Test
    void andJoinsTwoNounsInsideALevelOpenedName() {
        assertEquals(List.of(m("市住房和城乡建设局", 0), m("市委", 11), m("市政府", 14)), orgs("市住房和城乡建设局联合市委和市政府开展检查。"));
        assertEquals(List.of(m("市场监管局", 3)), orgs("企业和市场监管局的人员都来了。"));
    }

    @Test
    void verbAfterItsObjectAndSetPhrasesInsideNames() {
        assertEquals(List.of(m("市疾病预防控制中心", 0)), orgs("市疾病预防控制中心提醒市民注意防护。"));
        assertEquals(List.of(m("县招商引资服务中心", 0)), orgs("县招商引资服务中心工作人员介绍了情况。"));
        assertEquals(List.of(), orgs("信号传到监测中心。"));
    }

    @Test
    void jointCommitteesAndBranches() {
        assertEquals(List.of(m("县纪委监委", 0)), orgs("县纪委监委通报了三起典型案例。"));
        assertEquals(List.of(m("中原银行焦作分行", 0)), orgs("中原银行焦作分行为客户提供服务。"));
        // the rules' reading; the model takes the time word in (近日华信…): a known miss
        assertEquals(List.of(m("华信公司郑州分公司", 2)), rules("近日华信公司郑州分公司开业。").organizations());
    }

    @Test
    void placeCutIntoSingleCharsBeforeItsLevel() {
        assertEquals(List.of(m("召忽镇党委", 0)), orgs("召忽镇党委书记王强主持会议。"));
        assertEquals(List.of(m("镇党委", 7)), orgs("他在县里工作，镇党委书记王强主持会议。"));
    }

    @Test
    void ministriesCutIntoWordsAndTheirDepartments() {
        assertEquals(List.of(m("对外贸易经济合作部", 0)), orgs("对外贸易经济合作部发布通知。"));
        assertEquals(List.of(m("科学技术部农村科技司", 0)), orgs("科学技术部农村科技司负责人介绍。"));
        assertEquals(List.of(), orgs("他和全部上司都谈了。"));
    }

    @Test
    void localBranchAfterItsParentOrganisation() {
        assertEquals(List.of("国家税务总局焦作市税务局"), orgNames("国家税务总局焦作市税务局开展纳税服务活动。"));
        assertEquals(List.of("中国移动焦作分公司"), orgNames("中国移动焦作分公司为村民免费安装宽带。"));
    }

    @Test
    void townshipReadAsAPersonOpensItsPartyCommittee() {
        assertEquals(List.of("宁郭镇党委"), orgNames("宁郭镇党委书记韩卫东一行到企业调研。"));
    }

    private List<String> orgNames(String text) {
        return analyze(text).organizations().stream().map(Mention::name).toList();
    }

    @Test
    void conjunctionRightBeforeABareHeadJoinsTwoThings() {
        assertEquals(List.of(), orgNames("他们看重待遇与公司的前景。"));
    }

    @Test
    void nameNeverReachesBackAcrossTheDateline() {
        assertEquals(List.of("焦作铁路分局"), orgNames("本报讯焦作铁路分局近日开展安全检查。"));
    }
}
