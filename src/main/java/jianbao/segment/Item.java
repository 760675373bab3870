package jianbao.segment;

import java.util.List;

/** One step of the page: a headline chain, or a block of another kind. */
record Item(Block block, List<Block> chain) {
  boolean isChain() {
    return chain != null;
  }

  Block.Kind kind() {
    return block == null ? null : block.kind();
  }
}
