package jianbao.entity;

import static jianbao.entity.Passages.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Rivers, mountains, lakes, islands and built features: a proper core and a feature kind (feature_heads.txt). */
class NaturalFeaturesTest {
    @Test
    void riversListedWithARiverAreRivers() {
        // HanLP: 漳河/ns、淇/g|河/n、卫/ng|河流/n|经/p
        assertEquals(List.of(m("漳河", 0), m("淇河", 3), m("卫河", 6)), places("漳河、淇河、卫河流经该县。"));
        // HanLP: 洛河/nz、…、瀍/w|河、涧/ng|河: listed before other rivers
        List<Mention> rivers = places("洛河、伊河、瀍河、涧河是洛阳的四条河流。");
        assertEquals(true, rivers.contains(m("洛河", 0)) && rivers.contains(m("瀍河", 6)) && rivers.contains(m("涧河", 9)), rivers.toString());
    }

    @Test
    void featureRightAfterAPlaceIsAPlace() {
        // HanLP: 王家/nz|沟/n
        assertEquals(List.of(m("修武县", 1), m("西村乡", 4), m("王家沟", 7)), places("在修武县西村乡王家沟，村民们种植了大片核桃。"));
    }

    @Test
    void featureAfterALocativeVerb() {
        // HanLP: 沿着|岷江/nz, 登上|贡嘎/ns|山, 沿|淇/g|河
        assertEquals(List.of(m("岷江", 6), m("贡嘎山", 18)), places("登山队员沿着岷江一路前行，最后登上了贡嘎山。"));
        assertEquals(List.of(m("淇河", 3), m("太行山", 10)), places("他们沿淇河而上，到达太行山深处。"));
    }

    @Test
    void knownPlaceOrForeignNameBeforeAKind() {
        assertEquals(List.of(m("舟山群岛", 7)), places("他去年夏天去了舟山群岛。"));
        assertEquals(List.of(m("吕梁山脉", 8)), places("我们一路向西穿越吕梁山脉。"));
    }

    @Test
    void secondKindVouchesForTheName() {
        // HanLP: 青天/n|河/n|水库/n
        assertEquals(List.of(m("青天河水库", 0), m("博爱县", 7)), places("青天河水库位于博爱县境内。"));
        assertEquals(List.of(m("龙源湖公园", 0)), places("龙源湖公园免费开放。"));
        // HanLP: 群英/n|湖/n、…: an ordinary noun listed before another feature
        assertEquals(m("群英湖", 0), places("群英湖、龙源湖和缝山公园吸引了大批游客。").get(0));
    }

    @Test
    void sideWordGluedToTheKindIsCutOff() {
        // HanLP: 贺兰/nr|山坡/n, 密苏里/nsf|河畔/n
        assertEquals(List.of(m("贺兰山", 9)), places("牧民们赶着羊群走上贺兰山坡。"));
        assertEquals(List.of(m("密苏里河", 4)), places("考察队在密苏里河畔宿营。"));
        // a Chinese city's riverside is no river of that name
        assertEquals(List.of(m("上海", 3)), places("他们在上海江边散步。"));
    }

    @Test
    void namedBridgesSquaresAndHalls() {
        // HanLP: 焦作/ns|沁/v|园/ng|大桥/n, 郑州/ns|航海/vn|体育场/n
        // (the rules cut the city from its bridge as the 1998 sets do; the model reads one name, as CLUENER does)
        assertEquals(List.of(m("焦作", 4), m("沁园大桥", 6)), rules("新落成的焦作沁园大桥今天通车。").places());
        assertEquals(List.of(m("焦作沁园大桥", 4)), places("新落成的焦作沁园大桥今天通车。"));
        assertEquals(List.of(m("郑州", 3), m("航海体育场", 5)), rules("比赛在郑州航海体育场举行。").places());
        assertEquals(List.of(m("郑州航海体育场", 3)), places("比赛在郑州航海体育场举行。"));
        assertEquals(List.of(m("中山公园", 2)), places("他在中山公园和大家见面。"));
        // a kind of park with no place given is no name
        assertEquals(List.of(), places("南方某县的国家公园很大。"));
    }

    @Test
    void foreignNameWithAFeatureKindIsNoPerson() {
        // HanLP: 阿尔金山/nrf (a person tag)
        assertEquals(List.of(m("阿尔金山", 5)), places("考察队到达阿尔金山北麓。"));
        assertEquals(List.of(), analyze("考察队到达阿尔金山北麓。").people());
        // a given name with a mountain char stays a person
        assertEquals(List.of("王山"), analyze("村支书王山说，今年收成不错。").people().stream().map(Mention::name).toList());
    }

    @Test
    void commonWordsWithFeatureCharsAreNoPlaces() {
        assertEquals(List.of(), places("这条河的河道需要清淤，湖边的水沟也要疏通。"));
        assertEquals(List.of(), places("那年他上山下乡，在山区插队，常常爬山砍柴。"));
        assertEquals(List.of(), places("一座山挡住了去路，大家只好登山绕行，山上风景秀丽。"));
        assertEquals(List.of(), places("江湖传闻他坐拥江山，双方多沟通。"));
        assertEquals(List.of(m("湖南", 0)), places("湖南人都知道这件事。"));
        assertEquals(List.of(), places("他家住在小河边，河边有一片湿地。"));
        // a kind before a kind, an activity before a square: no names
        assertEquals(List.of(), places("市民们走进湿地公园，又来到休闲广场。"));
        assertEquals(List.of(), places("在各个公园和城市广场，都有人跳舞。"));
    }
}
