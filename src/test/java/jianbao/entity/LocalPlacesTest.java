package jianbao.entity;

import static jianbao.entity.Passages.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Local places: villages, towns, street offices, communities and streets, on hand-written local-news sentences. */
class LocalPlacesTest {
    @Test
    void townCutIntoSingleCharsWithAHamletHeadInItsCore() {
        // 王/n 屯/ng 乡/n
        assertEquals(List.of(m("林州市", 0), m("王屯乡", 3), m("张庄村", 6)), places("林州市王屯乡张庄村的石榴今年喜获丰收。"));
    }

    @Test
    void districtStreetOfficeAndCommunityInOneChain() {
        // 中/f 站区/n 龙翔/nz 街道/ns 许衡/nr 社区/n
        assertEquals(List.of(m("中站区", 0), m("龙翔街道", 3), m("许衡社区", 7)), places("中站区龙翔街道许衡社区开展重阳节敬老活动。"));
    }

    @Test
    void verbCoreOfAStreetOfficeAfterItsDistrict() {
        Mentions r = analyze("马村区向阳街道常务副主任程立华带队检查安全生产工作。");
        assertEquals(List.of(m("马村区", 0), m("向阳街道", 3)), r.places());
        assertEquals(List.of(new Mention("程立华", "马村区向阳街道常务副主任", 12, 15)), r.people());
    }

    @Test
    void adjectiveCoreOfACommunityAfterAVerbOfResidence() {
        assertEquals(List.of(m("幸福社区", 2)), places("家住幸福社区的张大爷今年78岁。"));
    }

    @Test
    void villageHeadAfterAHamletName() {
        // 李家庄/ns 村/n
        assertEquals(List.of(m("西河镇", 7), m("李家庄村", 10)), places("近日，记者来到西河镇李家庄村，村党支部书记王建国正带领村民清理河道。"));
    }

    @Test
    void ordinaryWordCoresListedWithVillages() {
        assertEquals(List.of(m("团结村", 0), m("红旗村", 4), m("胜利村", 8)), places("团结村、红旗村和胜利村的村民都来了。"));
    }

    @Test
    void streetOfficeCutBeforeItsLastCharThenACommunity() {
        // 和平街/ns 道/qv 建设/vn 社区/n
        assertEquals(List.of(m("和平街道", 0), m("建设社区", 4)), places("和平街道建设社区举办文艺演出。"));
    }

    @Test
    void developmentZoneAfterAPlace() {
        assertEquals(List.of(m("焦作高新区", 0)), places("焦作高新区龙头企业带动周边万余人就业。"));
        assertEquals(List.of(), places("高新区龙头企业带动周边万余人就业。"));
    }

    @Test
    void streetNames() {
        assertEquals(List.of(m("中原路", 3), m("民主大街", 8), m("解放路", 15)), places("他沿着中原路走到民主大街，又到解放路。"));
        // 特|维尔|大街: a street whose name HanLP cut in the middle is left out, not cut short
        assertEquals(List.of(m("高尔基大街", 0), m("莫斯科", 17)), places("高尔基大街（现易名为特维尔大街）是莫斯科的一条最主要的大街。"));
    }

    @Test
    void streetOfficeIsAnOrganisationWithNoPlaceInside() {
        Mentions r = analyze("解放区民主街道办事处组织开展了消防演练。");
        assertEquals(List.of(), r.places());
        assertEquals(List.of(m("解放区民主街道办事处", 0)), r.organizations());
    }

    @Test
    void hamletWordBeforeATownHeadAndNumeralOpeningATownName() {
        // 黄庄/nr 镇/n; 五/m 里/f 源/ng 乡/n
        assertEquals(List.of(m("温县", 0), m("黄庄镇", 2), m("南韩村", 5)), places("温县黄庄镇南韩村的村民种植怀山药。"));
        assertEquals(List.of(m("修武县", 0), m("五里源乡", 3)), places("修武县五里源乡的村民正在田间劳作。"));
    }

    @Test
    void placeWordTakenIntoAStreetOfficeAndVillageNamedBeforeACommunity() {
        // 安阳/ns 城/n 街道/ns; 朱村/nr 社区/n
        assertEquals(List.of(m("马村区", 0), m("安阳城街道", 3), m("北马村", 8)), places("马村区安阳城街道北马村附近发生交通事故。"));
        assertEquals(List.of(m("中站区", 0), m("府城街道", 3), m("朱村社区", 7)), places("中站区府城街道朱村社区居民在健身。"));
        assertEquals(List.of(m("解放区", 2), m("王褚街道", 5)), places("家住解放区王褚街道的刘女士说。"));
    }

    @Test
    void streetWordWithAProperCore() {
        assertEquals(List.of(m("新华街", 1), m("人民路", 5)), places("在新华街与人民路交叉口，交警正在指挥交通。"));
        // the rules' reading; the model takes the cigarette brand for a street (a known miss)
        assertEquals(List.of(), rules("他抽万宝路香烟，也有新思路。").places());
    }

    @Test
    void ordinaryLocalWordsAreNoPlaces() {
        assertEquals(List.of(), places("社区工作者走访了村里的乡亲，镇上的人都说好。"));
        assertEquals(List.of(), places("街道两旁种满了向阳花，全村、本村和该村群众过上了幸福生活。"));
        assertEquals(List.of(), places("各乡镇和城区、农村都在推进乡村振兴，区领导到场指导。"));
        assertEquals(List.of(), places("全县各街道社区开展创建文明社区活动，打造和谐社区。"));
        assertEquals(List.of(), places("他来到贫困村，走进农村社区，深入基层社区调研。"));
        assertEquals(List.of(), places("回到村里，他走上了致富路，这是一条发展之路。"));
        assertEquals(List.of(), places("城市街道干净整洁，马路上车辆不多，主要路段设置了护栏。"));
        assertEquals(List.of(), places("来到社区，居民们正在排练节目。"));
        assertEquals(List.of(), places("村民小组长说，三组的麦子已经收完。"));
    }

    @Test
    void ordinaryWordsAfterAPlaceStayOut() {
        // a transitive verb (推行) or a distinguishing word (主要) before a head is no name
        assertEquals(List.of(m("故城县", 0)), places("故城县推行乡、村政务公开。"));
        assertEquals(List.of(m("深圳", 1)), places("在深圳主要街道深南中路南侧，书城拔地而起。"));
    }
}
