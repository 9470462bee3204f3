import { describe, expect, it } from "vitest";
import { apiKeys } from "./block-keys";

const block = (blockId: string, key: string, touchpointId: string) => ({ blockId, block: { key, touchpoint: { id: touchpointId } } });

describe("apiKeys", () => {
  const blocks = [block("a", "headline", "tp1"), block("b", "headline", "tp2"), block("c", "body", "tp1")];

  it("qualifies a key only where another block of the variant shares it", () => {
    expect(apiKeys(blocks)).toEqual(new Map([["a", "tp1:headline"], ["b", "tp2:headline"], ["c", "body"]]));
  });

  it("keys only the blocks asked for, still judged against all of them", () => {
    expect(apiKeys(blocks, [blocks[1]!, blocks[2]!])).toEqual(new Map([["b", "tp2:headline"], ["c", "body"]]));
  });
});
