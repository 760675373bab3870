package jianbao.entity;

import static jianbao.entity.Passages.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Official division names (divisions.txt) read whole where HanLP cuts them. */
class DivisionGazetteerTest {
    @Test
    void townshipCutByHanlpIsReadWhole() {
        // HanLP: 孟|州市|西|虢镇莫|沟|村
        assertEquals(List.of(m("孟州市", 0), m("西虢镇", 3), m("莫沟村", 6)), places("孟州市西虢镇莫沟村已成为乡村旅游示范村。"));
        // HanLP: 温县|赵|堡|镇
        assertEquals(List.of(m("温县", 1), m("赵堡镇", 3)), places("在温县赵堡镇，太极拳爱好者们正在练拳。"));
    }

    @Test
    void countyBeforeTownshipStaysTwoNames() {
        assertEquals(List.of(m("博爱县", 7), m("寨豁乡", 10)), places("一路向北就到了博爱县寨豁乡。"));
    }

    @Test
    void conjunctionBeforeACountyWordIsNoCounty() {
        assertEquals(List.of(), places("我们和县里的同志一起去。"));
    }
}
