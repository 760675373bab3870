package jianbao.read;

/** An input that produced no page, as accounted for in rejects.jsonl. */
public record Reject(String path, String stage, String reason) {}
