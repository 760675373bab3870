package jianbao.entity;

import static jianbao.entity.Passages.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Error classes found on a review set of hand-written local-news sentences
 * (county and village work, courts, hospitals, cooperatives): each test holds
 * one general shape, passage to exact mentions with offsets.
 */
class LocalNewsReviewTest {
    @Test
    void verbAfterARoleWordIsNoTitledName() {
        // 记者/nnt 查看/v 新/a 修/v: the reporter looks, no name 查看新
        Mentions r = analyze("在柳河村，村委会主任冯德胜带着记者查看新修的灌溉渠。");
        assertEquals(List.of(m("冯德胜", "村委会主任", 10)), r.people());
        assertEquals(List.of(m("柳河村", 1)), r.places());
    }

    @Test
    void nameEndingWithAnOrganisationHeadIsPartOfThatOrganisation() {
        // 县/n 卫健/nr 委/ng 主任/nnt: 卫健委 is the bureau, not a person
        Mentions r = analyze("“我们要让老百姓看得起病、看得好病。”县卫健委主任葛玉洁说。");
        assertEquals(List.of(m("葛玉洁", "主任", 25)), r.people());
        assertEquals(List.of(m("县卫健委", 19)), r.organizations());
    }

    @Test
    void newVillageAloneIsNoPlaceName() {
        // 移民/n 新村/ns: a kind of settlement
        assertEquals(List.of(m("王庄镇", 0)), analyze("王庄镇的村民们搬进了移民新村，日子越过越红火。").places());
    }

    @Test
    void riverTagBeforeAPositionWordIsTheRiver() {
        // 在/p 伊河/nr 岸边/s: no person, the river
        Mentions r = analyze("在伊河岸边，一座新的污水处理厂即将建成。");
        assertEquals(List.of(), r.people());
        assertEquals(List.of(m("伊河", 1)), r.places());
    }

    @Test
    void featureKindGluedToAPositionEndsTheName() {
        // 王屋/nr 山下/s; 沿着/p 伊/b 河两岸/nz (not the abbreviation 伊)
        assertEquals(List.of(m("王屋山", 0), m("济源市", 5), m("邵原镇", 8)), analyze("王屋山下的济源市邵原镇，发展起了特色民宿。").places());
        assertEquals(List.of(m("伊河", 2)), analyze("沿着伊河两岸，新建了20公里的绿道。").places());
    }

    @Test
    void nameEndingInAFeatureCharStaysANameBeforeATimeWord() {
        assertEquals(List.of(m("李江山", "村民", 2)), analyze("村民李江山下午去了镇上。").people());
    }

    @Test
    void hospitalAndItsDepartmentReadAsOneChain() {
        // 信阳市/ns 第一/mq 人民/n 医院/nis 心内科/nit: not 信阳市第一人民医院 and 人民医院心内科 side by side
        assertEquals(List.of(m("信阳市第一人民医院心内科", 0)), analyze("信阳市第一人民医院心内科主任医师卢红梅为患者进行了义诊。").organizations());
    }

    @Test
    void givenNameEndingInABannerHeadThatIsAWordIsStillAName() {
        // 骆红旗/nr: 旗 ends the ordinary word 红旗, not a banner
        assertEquals(List.of(m("骆红旗", "养殖大户", 4)), analyze("养殖大户骆红旗的肉牛存栏已达到300头。").people());
        assertEquals(List.of(m("李卜村", 0)), analyze("李卜村的石榴今年喜获丰收。").places());
    }

    @Test
    void nameAfterAVerbOfNaming() {
        assertEquals(List.of(m("尤志宏", 6)), analyze("这名男子名叫尤志宏，今年32岁，是外地来的货车司机。").people());
        assertEquals(List.of(), analyze("这种病名叫高血压。").people());
    }
}
