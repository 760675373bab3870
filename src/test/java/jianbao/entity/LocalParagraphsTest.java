package jianbao.entity;

import static jianbao.entity.Passages.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Error classes found on a review set of hand-written local-news paragraphs
 * (bylines, county officials, courts, hospitals, villages, features about
 * residents): each test holds one general shape, passage to exact mentions
 * with offsets, with the cases that must stay unmarked.
 */
class LocalParagraphsTest {
    @Test
    void bylineNameAfterARoleWordAndASpace() {
        // （记者/nnt 空格 贲雅琴/nr 空格 通讯员）: the role word vouches for the name across the space
        Mentions r = analyze("本报讯（记者 贲雅琴 通讯员 阚志鹏）12月6日，伊川县委书记蔺宏伟带队到白沙镇检查冬季森林防火工作。");
        assertEquals(List.of(m("贲雅琴", "记者", 7), m("阚志鹏", "通讯员", 15), m("蔺宏伟", "伊川县委书记", 31)), r.people());
        assertEquals(List.of(m("尚文博", "记者", 7)), people("本报讯（记者 尚文博）近日，周口市第一高级中学举行主题班会。"));
        // a role word and a space before no name
        assertEquals(List.of(), people("记者 出发了，通讯员 也来了。"));
    }

    @Test
    void countyWhoseFirstCharHanLPCutsOffIsWhole() {
        // 通/v 许县卫/nr 健/ag 委/ng: the county of the gazetteer, then the bureau
        Mentions r = analyze("通许县卫健委主任丁晓燕出席启用仪式。");
        assertEquals(List.of(m("通许县卫健委", 0)), r.organizations());
        assertEquals(List.of(m("丁晓燕", "通许县卫健委主任", 8)), r.people());
        // 在内/u 黄县/ns: the preposition keeps its char, the county takes the rest
        assertEquals(List.of(m("内黄县", 1), m("高堤乡", 4)), places("在内黄县高堤乡，辣椒经纪人蓝振海每天要收购10多吨尖椒。"));
        // 临/v 颍/ng 县/n 人民/n 医院/nis
        assertEquals(List.of(m("临颍县人民医院", 3)), orgs("近日，临颍县人民医院成功开展首例手术。"));
        assertEquals(List.of(), places("在内地工作的人很多。"));
    }

    @Test
    void partyCommitteeSecretaryWordLeavesTheCommitteeAnOrganisation() {
        // 四通/nz 镇/n 党委书记/n: 党委|书记 as HanLP cuts 党委|副书记
        Mentions r = analyze("四通镇党委书记卞国栋介绍，全镇今冬计划新修机井86眼。");
        assertEquals(List.of(m("四通镇党委", 0)), r.organizations());
        assertEquals(List.of(m("卞国栋", "四通镇党委书记", 7)), r.people());
        assertEquals(List.of(m("新乡医学院党委", 0), m("新乡市第一人民医院", 13)),
                orgs("新乡医学院党委书记敖志诚、新乡市第一人民医院院长闫海宁分别致辞。"));
    }

    @Test
    void townRightAfterACountyEndingInsideHanLPsToken() {
        // 郸城/ns 县城/n 关镇/nr: the county ends inside 县城, the town starts there
        assertEquals(List.of(m("郸城县", 5), m("城关镇", 8)), places("凌晨4点，郸城县城关镇的早餐店店主滑建英就已经开始和面了。"));
        assertEquals(List.of(m("郸城县", 0)), places("郸城县城乡面貌焕然一新。"));
    }

    @Test
    void placeWordCoreOfAVillageRightAfterItsTown() {
        // 云台山/ns 镇/n 岸上/s 村/n
        assertEquals(List.of(m("修武县", 7), m("云台山镇", 10), m("岸上村", 14)), places("11月23日，修武县云台山镇岸上村举办首届农民运动会。"));
        // no town before it: 岸上 stays a position word
        assertEquals(List.of(), places("他在岸上村口等着。"));
    }

    @Test
    void shopIsNoPersonName() {
        // 胡辣汤/nr 店/n; 文创店/nr
        assertEquals(List.of(), people("她的胡辣汤店开了18年，生意一直不错。"));
        assertEquals(List.of(m("伍佳琪", "青年", 4)), people("返乡青年伍佳琪在这里开了一家文创店。"));
    }

    @Test
    void verbOfTheCustomDictionaryAfterARoleWordIsNoName() {
        // 农民/nnt 丰收/vi 节/q: the festival, not 丰收节
        assertEquals(List.of(), people("内乡县第三届农民丰收节在余关镇开幕。"));
        assertEquals(List.of(m("葛丰收", "村民", 2)), people("村民葛丰收说，今年的收成不错。"));
    }

    @Test
    void bureauNamedByTwoNounsAnd和() {
        // 汤阴县/ns 文化/n 广电/n 和/cc 旅游局/nis: a level opens a left conjunct of two nouns, the head word holds the right one
        assertEquals(List.of(m("汤阴县文化广电和旅游局", 0)), orgs("汤阴县文化广电和旅游局局长明建军说，全县正在打造文化旅游品牌。"));
        assertEquals(List.of(m("市人力资源和社会保障局", 0)), orgs("市人力资源和社会保障局发布通知。"));
        // 居民和|县旅游局: two things, the bureau alone
        assertEquals(List.of(m("县旅游局", 3)), orgs("居民和县旅游局都很重视。"));
    }

    @Test
    void placeOpeningWithANumeralChar() {
        // 四川/ns: listed only as a place, though it opens with 四
        assertEquals(List.of(m("四川", 8), m("重庆", 11)), places("这些尖椒将被运往四川、重庆，加工成火锅底料。"));
        // 四国: four countries, not the island
        assertEquals(List.of(m("美洲", 0), m("智利", 6), m("秘鲁", 9)), places("美洲四国包括智利、秘鲁。"));
    }

    @Test
    void headBeforeABuildingIsNoBody() {
        // 医院/nis 新/a 门诊/nis 楼/n: the hospital, not 医院新门诊
        assertEquals(List.of(m("通许县第一人民医院", 0)), orgs("通许县第一人民医院新门诊楼正式投入使用。"));
        assertEquals(List.of(m("县人民医院门诊部", 0)), orgs("县人民医院门诊部搬进了新址。"));
    }

    @Test
    void districtHeadAfterTheDistrictsName() {
        // 卧龙/ns 区区/z 长/a: 卧龙区 and its 区长, not 区区 (trifling)
        Mentions r = analyze("卧龙区区长师海林出席签约仪式。");
        assertEquals(List.of(m("卧龙区", 0)), r.places());
        assertEquals(List.of(m("师海林", "卧龙区区长", 5)), r.people());
        assertEquals(List.of(), places("区区小事不足挂齿。"));
    }

    @Test
    void townWhoseProperCoreOpensWithANumeral() {
        // 淮阳/ns 区/n 四通/nz 镇/n: right after the district, a town
        assertEquals(List.of(m("淮阳区", 0), m("四通镇", 3)), places("淮阳区四通镇举行冬季农田水利建设现场会。"));
        assertEquals(List.of(), places("全县三个镇都通了公路。"));
    }
}
