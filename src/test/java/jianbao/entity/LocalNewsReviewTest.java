package jianbao.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Error classes found on a review set of hand-written local-news sentences
 * (county and village work, courts, hospitals, cooperatives): each test holds
 * one general shape, passage to exact mentions with offsets.
 */
class LocalNewsReviewTest {
    private final EntityEngine engine = EntityEngine.shared();

    private static Mention m(String name, int start) {
        return new Mention(name, null, start, start + name.length());
    }

    private static Mention m(String name, String title, int start) {
        return new Mention(name, title, start, start + name.length());
    }

    @Test
    void verbAfterARoleWordIsNoTitledName() {
        // 记者/nnt 查看/v 新/a 修/v: the reporter looks, no name 查看新
        Mentions r = engine.analyze("在柳河村，村委会主任冯德胜带着记者查看新修的灌溉渠。");
        assertEquals(List.of(m("冯德胜", "村委会主任", 10)), r.people());
        assertEquals(List.of(m("柳河村", 1)), r.places());
    }

    @Test
    void nameEndingWithAnOrganisationHeadIsPartOfThatOrganisation() {
        // 县/n 卫健/nr 委/ng 主任/nnt: 卫健委 is the bureau, not a person
        Mentions r = engine.analyze("“我们要让老百姓看得起病、看得好病。”县卫健委主任葛玉洁说。");
        assertEquals(List.of(m("葛玉洁", "主任", 25)), r.people());
        assertEquals(List.of(m("县卫健委", 19)), r.organizations());
    }

    @Test
    void newVillageAloneIsNoPlaceName() {
        // 移民/n 新村/ns: a kind of settlement
        assertEquals(List.of(m("王庄镇", 0)), engine.analyze("王庄镇的村民们搬进了移民新村，日子越过越红火。").places());
    }
}
