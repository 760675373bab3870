package jianbao.entity;

import static jianbao.entity.Passages.rules;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jianbao.model.Named;
import jianbao.model.Person;
import org.junit.jupiter.api.Test;

/** Each newspaper cue on hand-written sentences that share no names with the sample page. */
class EntityEngineTest {
    private final EntityEngine engine = EntityEngine.shared();

    private static Mention m(String name, String title, int start) {
        return new Mention(name, title, start, start + name.length());
    }

    @Test
    void titleBeforeNameReachesBackToClauseStart() {
        Mentions r = engine.analyze("昨天下午，市发展改革委主任王建国到县工业园区调研。");
        assertEquals(List.of(m("王建国", "市发展改革委主任", 13)), r.people());
        assertEquals(List.of(m("市发展改革委", null, 5)), r.organizations());
    }

    @Test
    void listAfterTitleSharesIt() {
        assertEquals(List.of(m("陈志刚", "县领导", 3), m("林秀英", "县领导", 7)),
                engine.analyze("县领导陈志刚、林秀英出席开工仪式。").people());
    }

    @Test
    void titleOnlySegmentBeforeCommaOfListIsPrepended() {
        assertEquals(List.of(m("黄丽萍", "县委常委、宣传部部长", 10)),
                engine.analyze("县委常委、宣传部部长黄丽萍主持会议。").people());
    }

    @Test
    void eachListedOfficeKeepsItsOwnTitle() {
        Mentions r = engine.analyze("省交通运输厅副厅长欧阳明辉、市公安局局长马骏一同调研。");
        assertEquals(List.of(m("欧阳明辉", "省交通运输厅副厅长", 9), m("马骏", "市公安局局长", 20)), r.people());
        assertEquals(List.of(m("省交通运输厅", null, 0), m("市公安局", null, 14)), r.organizations());
    }

    @Test
    void demonstrativeLeavesOnlyTheOffice() {
        Mentions r = engine.analyze("张文斌与该集团副总裁孙立新进行会谈。");
        assertEquals(List.of(m("张文斌", null, 0), m("孙立新", "副总裁", 10)), r.people());
        assertEquals(List.of(), r.organizations());
    }

    @Test
    void nameFollowedByTitle() {
        assertEquals(List.of(m("周海涛", "书记", 5)), engine.analyze("座谈会上，周海涛书记强调，要抓好安全生产。").people());
    }

    @Test
    void speechVerbConfirmsATaggedName() {
        assertEquals(List.of(m("刘建军", null, 4)), engine.analyze("据介绍，刘建军表示，项目年底完工。").people());
    }

    @Test
    void anonymisedNamesButNotDeterminers() {
        assertEquals(List.of(m("钱某", null, 5), m("王某某", null, 8)),
                engine.analyze("犯罪嫌疑人钱某、王某某被依法刑事拘留，于某日移送起诉。").people());
    }

    @Test
    void numbersAndCommonWordsAreNotNames() {
        Mentions r = engine.analyze("全市共有3万余人参加康养小镇活动。");
        assertEquals(List.of(), r.people());
    }

    @Test
    void organisationsWithBracketsAndShortForms() {
        // the rules' reading; the model misses the abbreviated bureau after a list comma (a known miss)
        Mentions r = rules("华信（深圳）科技有限公司与该公司签约，县卫健委、省委编办参加。");
        assertEquals(List.of(m("华信（深圳）科技有限公司", null, 0), m("县卫健委", null, 19), m("省委编办", null, 24)),
                r.organizations());
    }

    @Test
    void longOrganisationPrefixInTitle() {
        Mentions r = engine.analyze("中国人民银行南京分行行长吴晓东出席。");
        assertEquals(List.of(m("吴晓东", "中国人民银行南京分行行长", 12)), r.people());
        assertEquals(List.of(m("中国人民银行南京分行", null, 0)), r.organizations());
    }

    @Test
    void villageAndTownNamesKeptWhole() {
        assertEquals(List.of(m("桃园镇", null, 3), m("李家湾村", null, 6), m("清河街道", null, 11)),
                engine.analyze("他来到桃园镇李家湾村和清河街道。").places());
    }

    @Test
    void pageConsistencyAndPerRecordTitles() {
        List<RecordEntities> page = engine.analyzePage(List.of(
                List.of("市长赵明远视察了港口。", "赵明远要求加快建设。"),
                List.of("会后赵明远乘车离开，并与宁波港务集团董事长钱国栋交谈。")), Set.of());
        assertEquals(List.of(new Person("赵明远", "市长", 2)), page.get(0).people());
        // record 2 gives no title for 赵明远 itself, so none is carried over from record 1
        assertEquals(List.of(new Person("赵明远", null, 1), new Person("钱国栋", "宁波港务集团董事长", 1)), page.get(1).people());
        assertEquals(List.of(new Named("宁波港务集团", 1)), page.get(1).organizations());
    }

    @Test
    void bylineNamesAreCuesButCreditsAreNotMentions() {
        List<RecordEntities> page = engine.analyzePage(List.of(
                List.of("本报讯（记者孙悦）昨日，全县春耕生产全面展开。"),
                List.of("（记者孙悦）孙悦在田间看到，农机来回穿梭。")), Set.of("孙悦"));
        assertEquals(List.of(), page.get(0).people());
        assertEquals(List.of(new Person("孙悦", null, 1)), page.get(1).people());
    }

    @Test
    void partOfAnAcceptedNameIsNotAName() {
        // HanLP tags only 杜海 here; the titled 杜海燕 elsewhere on the page wins
        List<RecordEntities> page = engine.analyzePage(List.of(
                List.of("区领导杜海燕、范文涛出席。"), List.of("杜海燕表示，要狠抓落实。")), Set.of());
        assertEquals(List.of(new Person("杜海燕", "区领导", 1), new Person("范文涛", "区领导", 1)), page.get(0).people());
        assertEquals(List.of(new Person("杜海燕", null, 1)), page.get(1).people());
    }

    @Test
    void placeAndOrganisationHeadsDoNotMakeNames() {
        Mentions r = engine.analyze("去年3月，前李卜村的一个村民和3张卫星图片都能说明问题。");
        assertEquals(List.of(), r.people());
    }

    @Test
    void bareFullNameNeedsNoCue() {
        assertEquals(List.of(m("孙海峰", null, 3)), engine.analyze("昨天，孙海峰在会上作了发言。").people());
    }

    @Test
    void hanlpOfficeNatureIsATitle() {
        Mentions r = engine.analyze("国务院副总理兼外交部长唐文博会见了来宾。");
        assertEquals(List.of(m("唐文博", "外交部长", 11)), r.people());
        // the ministry in the fused office is a mention of its own (外交部长 → 外交部)
        assertEquals(List.of(m("国务院", null, 0), m("外交部", null, 7)), r.organizations());
    }

    @Test
    void surnamePlusHonorificOrNounIsNoName() {
        assertEquals(List.of(), engine.analyze("这家工厂由王先生经营，李家乐园开业。").people());
    }

    @Test
    void dictionaryOrganisationsAndPlaceGovernments() {
        Mentions r = engine.analyze("中国政府和新华社都报道了此事。");
        assertEquals(List.of(m("新华社", null, 5)), r.organizations());
        assertEquals(List.of(m("中国", null, 0)), r.places());
    }

    @Test
    void neverThrowsOnNoisyText() throws Exception {
        java.util.Random rnd = new java.util.Random(7);
        String alphabet = "张王李某局长书记、，。（）()·村镇有限公司 \n0123abc";
        for (int n = 0; n < 300; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = rnd.nextInt(40); k > 0; k--) sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            engine.analyze(sb.toString());
        }
        engine.analyze("");
        java.nio.file.Path ocr = java.nio.file.Path.of("../shared/samples-extra/ocr-1968-page1.txt");
        if (java.nio.file.Files.exists(ocr)) {
            List<String> lines = java.nio.file.Files.readAllLines(ocr);
            assertEquals(1, engine.analyzePage(List.of(lines), Set.of()).size());
        }
    }

    @Test
    void sharedEngineIsSafeAcrossThreads() throws Exception {
        String s = "省交通运输厅副厅长欧阳明辉、市公安局局长马骏一同调研。";
        Mentions expected = engine.analyze(s);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Mentions>> fs = new java.util.ArrayList<>();
            for (int i = 0; i < 32; i++) fs.add(pool.submit(() -> EntityEngine.shared().analyze(s)));
            for (Future<Mentions> f : fs) assertEquals(expected, f.get());
        } finally {
            pool.shutdown();
        }
        assertTrue(EntityEngine.shared() == engine);
    }

    @Test
    void passageModeCountsBylineNamesAsPeople() {
        assertEquals(List.of(m("孙悦", "记者", 6), m("李小军", "通讯员", 12)),
                engine.analyze("本报讯（记者孙悦 通讯员李小军）全县春耕生产全面展开。").people());
        assertEquals(List.of(m("赵明远", "新华社记者", 5)), engine.analyze("新华社记者赵明远摄").people());
    }

    @Test
    void localPartyCommitteeIsAnOrganisationAloneAndInsideAnOffice() {
        assertEquals(List.of(m("市委", null, 0), m("市委", null, 6)), engine.analyze("市委决定，由市委书记负责此项工作。").organizations());
        Mentions r = engine.analyze("站党委提出新思路，厅党组一班人带头，地委书记李国强到场。");
        assertEquals(List.of(m("站党委", null, 0), m("厅党组", null, 9), m("地委", null, 18)), r.organizations());
        assertEquals(List.of(m("李国强", "地委书记", 22)), r.people());   // the office keeps its whole title
        // HanLP reads 任乡 as a name; the level character still opens the organ
        assertEquals(List.of(m("乡党委", null, 11)), engine.analyze("县里决定把他调到这里任乡党委书记。").organizations());
        // a level character inside a word (节省, 各地) opens no organ
        assertEquals(List.of(), engine.analyze("大家要节省党委办公经费，各地委员会也一样。").organizations());
    }

    @Test
    void sentenceWordsBeforeAnOrganisationStayOutOfIt() {
        // clause verbs (尊重, 加上) and a one-char locative (会议上) govern the name; nominal verbs (投资) belong to it
        // (the rules' reading: the model follows the 1998 sets, which tag 特区 of 特区政府 as a place)
        assertEquals(List.of(m("县人民政府", null, 4), m("特区政府", null, 15), m("全国人大常委会", null, 26)),
                rules("他们尊重县人民政府的决定，加上特区政府支持，在会议上全国人大常委会秘书长讲话。").organizations());
        assertEquals(List.of(m("江苏长河实业集团", null, 2)), engine.analyze("又讯江苏长河实业集团总经理出席。").organizations());
        // HanLP glues a preposition or pronoun into a false name (向乡/nr, 那是/nr)
        assertEquals(List.of(m("乡纪委", null, 3), m("纪委", null, 13)), engine.analyze("五是向乡纪委反映问题，那是纪委的失职。").organizations());
        // a verb morpheme or a common noun before the place that opens the name
        assertEquals(List.of(m("广州总领事馆", null, 3), m("江西省南昌师范学院", null, 22)),
                engine.analyze("这是继广州总领事馆后设立的第二个领馆，农家女江西省南昌师范学院学生前来。").organizations());
        assertEquals(List.of(m("市投资促进局", null, 0), m("县农业技术推广站", null, 7), m("中共湖南省委宣传部", null, 19)),
                engine.analyze("市投资促进局和县农业技术推广站负责人，中共湖南省委宣传部。").organizations());
    }

    @Test
    void bodyHeadsAndLevelGovernments() {
        assertEquals(List.of(m("联合国人口规划署", null, 0), m("东亚经合组织", null, 13)),
                engine.analyze("联合国人口规划署发布报告，东亚经合组织发表声明。").organizations());
        // 组织 as a verb, or after another body, heads nothing
        assertEquals(List.of(m("镇政府", null, 0)), engine.analyze("镇政府组织村民参加培训，县里组织了三期培训班，商会组织也来了。").organizations());
        // common words before a strong head make a body when the name is long enough
        // (the rules' reading: the model takes the committee a school sets up for a name)
        assertEquals(List.of(m("联邦能源委员会", null, 0)), rules("联邦能源委员会今天宣布，学校随后成立工作委员会。").organizations());
        assertEquals(List.of(m("镇政府", null, 0), m("乡政府", null, 8), m("区政府", null, 12), m("市政府", null, 16)),
                engine.analyze("镇政府决定修路，乡政府和区政府、市政府都同意。").organizations());
    }

    @Test
    void datelineDoesNotJoinTheOrganisationAfterIt() {
        Mentions r = engine.analyze("本报北京3月5日电国家统计局今天发布数据。");
        assertEquals(List.of(m("国家统计局", null, 9)), r.organizations());
        assertEquals(List.of(m("北京", null, 2)), r.places());
    }

    @Test
    void peopleWordAndAreaWordGiveThePlace() {
        assertEquals(List.of(m("中国", null, 2), m("北京", null, 6)), engine.analyze("许多中国人在北京地区工作。").places());
    }

    @Test
    void memberNounsOrdinalsAndCommunityCoresInsideOrganisations() {
        assertEquals(List.of(m("幸福社区居民委员会", null, 0), m("县青年志愿者协会", null, 10)),
                engine.analyze("幸福社区居民委员会和县青年志愿者协会联合举办活动。").organizations());
        assertEquals(List.of(m("县第一人民医院", null, 0), m("城关镇第二小学", null, 8)),
                engine.analyze("县第一人民医院和城关镇第二小学").organizations());
        assertEquals(List.of(m("国务院外办", null, 0)), engine.analyze("国务院外办主任周立新会见了代表团。").organizations());
    }

    @Test
    void transliteratedNamesAfterTitlesAndAcrossDots() {
        assertEquals(List.of(m("布朗", "英国外交大臣", 6)), engine.analyze("英国外交大臣布朗今天发表声明。").people());
        assertEquals(List.of(m("胡安·佩雷斯", "智利社会党总书记", 8)),
                engine.analyze("智利社会党总书记胡安·佩雷斯出席。").people());
    }

    @Test
    void particleSuoAfterANameIsNoInstitute() {
        assertEquals(List.of(m("蒋丽华", null, 3)), engine.analyze("他说，蒋丽华所做的都对。").people());
    }

    @Test
    void teamsAndDelegationsAreOrganisationsAndHoldTheirPlace() {
        Mentions r = engine.analyze("县代表队获得团体第一名。");
        assertEquals(List.of(m("县代表队", null, 0)), r.organizations());
        assertEquals(List.of(), r.places());
    }

    @Test
    void dictionaryNameStartingWithQuanIsNoDemonstrative() {
        assertEquals(List.of(m("全国政协", null, 0)), engine.analyze("全国政协主席出席").organizations());
        assertEquals(List.of(), engine.analyze("该局负责人介绍").organizations());
    }
    @Test
    void surnameWithOfficeOrFormOfAddressIsTheSurname() {
        assertEquals(List.of(m("李", "主席", 5)), engine.analyze("欢迎会上，李主席表示，两县要加强合作。").people());
        assertEquals(List.of(m("孙", "局长", 5)), engine.analyze("座谈会上，孙局长说，今年要抓好安全生产。").people());
        assertEquals(List.of(m("赵", "老", 0)), engine.analyze("赵老介绍说，这棵树有一百年了。").people());
    }

    @Test
    void personInsideDoctrineName() {
        assertEquals(List.of(m("孙中山", null, 7)), engine.analyze("工人们认真学习孙中山思想。").people());
    }

    @Test
    void foreignNameCutIntoSyllables() {
        assertEquals(List.of(m("拉埃", "瑞典外交大臣", 18)), engine.analyze("我国外长昨天会见了来访的瑞典外交大臣拉埃。").people());
        assertEquals(List.of(m("哈塔米", "欧洲议会议长", 6)), engine.analyze("欧洲议会议长哈塔米表示，会谈是有益的。").people());
    }

    @Test
    void givenNameCutApartInNameSlots() {
        assertEquals(List.of(m("刘晓燕", null, 4)), engine.analyze("据了解，刘晓燕说，今年的收成不错。").people());
        assertEquals(List.of(m("张孝华", null, 6), m("刘海燕", null, 10), m("林秀英", null, 14)),
                engine.analyze("参加会议的有张孝华、刘海燕、林秀英等。").people());
    }

    @Test
    void institutionWordsAndNewHeadsEndOrganisations() {
        Mentions r = engine.analyze("他们住在美国国会附近，俄罗斯使馆派人参加。");
        assertEquals(List.of(m("美国国会", null, 4), m("俄罗斯使馆", null, 11)), r.organizations());
        // the grammar stops at a head followed by a verb; the model reads 组织 as the head (南通国际旅行社组织): a known miss
        assertEquals(List.of(m("江苏南通国际旅行社", null, 0)), rules("江苏南通国际旅行社组织游客前往。").organizations());
        assertEquals(List.of(), engine.analyze("我们在市郊基地参观。").organizations());
    }

    @Test
    void numberedCongressesAndSessions() {
        assertEquals(List.of(m("二十大", null, 7), m("市第十六次代表大会", null, 13)),
                engine.analyze("会上传达了党的二十大精神和市第十六次代表大会的部署。").organizations());
        assertEquals(List.of(m("政协第十二届委员会", null, 0)), engine.analyze("政协第十二届委员会第三次会议在县城开幕。").organizations());
        assertEquals(List.of(m("九三学社第五次全国代表大会", null, 0), m("中共十九大", null, 16), m("县第十五次党代会", null, 24)),
                engine.analyze("九三学社第五次全国代表大会召开，中共十九大以来，县第十五次党代会").organizations());
        // a rank is no congress
        assertEquals(List.of(), engine.analyze("这是全省第十一大水库。").organizations());
    }

    @Test
    void ministriesAloneOrFusedWithTheirMinister() {
        assertEquals(List.of(m("交通运输部", null, 7), m("财政部", null, 15)), engine.analyze("县里有关部门与交通运输部对接，财政部长随后讲话。").organizations());
        // a village's party branch is a body, as a town's party committee is (镇党委)
        assertEquals(List.of(m("日本财政部", null, 2), m("村支部", null, 19)), engine.analyze("他是日本财政部长，来自城乡结合部，曾任村支部委员。").organizations());
        // departments named alone: the rules read no name, the model the bodies the 1998 sets tag (宣传部, 组织部)
        assertEquals(List.of(), rules("这是宣传部、组织部共同的工作。").organizations());
        assertEquals(List.of(m("宣传部", null, 2), m("组织部", null, 6)), engine.analyze("这是宣传部、组织部共同的工作。").organizations());
    }

    @Test
    void namesRunTogetherInAList() {
        assertEquals(List.of(m("王建华", null, 5), m("李文彬", null, 8), m("田真", null, 11), m("赵海清", null, 13), m("刘春生", null, 16)),
                engine.analyze("名单如下：王建华李文彬田真赵海清刘春生").people());
        assertEquals(List.of(m("王建华", null, 0), m("李文彬", null, 3), m("宋平", null, 6), m("赵海清", null, 8), m("刘春生", null, 11)),
                engine.analyze("王建华李文彬宋平赵海清刘春生（女）").people());
        // a common word (万里) is never read as a listed name
        assertEquals(List.of(m("王建华", null, 4), m("李文彬", null, 7), m("赵海清", null, 12), m("刘春生", null, 15)),
                engine.analyze("当选的有王建华李文彬万里赵海清刘春生").people());
        // prose with two names is no list
        assertEquals(List.of(m("李文彬", null, 0), m("王建华", null, 6)), engine.analyze("李文彬会见了王建华，双方在会上发表讲话。").people());
    }

    @Test
    void foreignNameTagThatSwallowedTheNextCharIsTrimmed() {
        assertEquals(List.of(m("克林顿", "美国总统", 4)), engine.analyze("美国总统克林顿派人送来贺信。").people());
    }
}
