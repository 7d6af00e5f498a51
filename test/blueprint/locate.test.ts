import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LineCounter, parseDocument } from "yaml";
import { makeLocator } from "../../src/blueprint/locate.js";
import { loadBlueprintText } from "../../src/blueprint/load.js";

const text = ["a:", "  b: 1", "  list:", "    - name: x", "      v: [1, 2]", "    - name: y", "c: &anchor", "  d: 2", "e: *anchor", ""].join("\n");
const lineCounter = new LineCounter();
const locate = makeLocator(parseDocument(text, { lineCounter }), lineCounter);

describe("makeLocator", () => {
  it("points at a field's key, or at its value when asked", () => {
    expect(locate(["a", "b"])).toEqual({ line: 2, column: 3 });
    expect(locate(["a", "b"], "value")).toEqual({ line: 2, column: 6 });
  });

  it("points at sequence items, block and flow", () => {
    expect(locate(["a", "list", 1])).toEqual({ line: 6, column: 7 });
    expect(locate(["a", "list", 0, "v", 1])).toEqual({ line: 5, column: 14 });
  });

  it("points at the nearest existing ancestor of a missing path", () => {
    expect(locate(["a", "list", 0, "missing", "deeper"])).toEqual({ line: 4, column: 7 });
    expect(locate(["a", "list", 7])).toEqual({ line: 3, column: 3 });
    expect(locate(["nothing"])).toEqual({ line: 1, column: 1 });
  });

  it("follows aliases to their anchor", () => {
    expect(locate(["e", "d"])).toEqual({ line: 8, column: 3 });
  });
});

it("accepts hundreds of aliases of a small anchor (pools sharing a taint list)", () => {
  const base = readFileSync(new URL("../fixtures/load/valid-anchors.yaml", import.meta.url), "utf8");
  const [head, poolB] = base.split("            - name: gpu-b\n");
  const pools = Array.from({ length: 300 }, (_, i) => `            - name: gpu-b${i}\n${poolB}`).join("");
  const result = loadBlueprintText(`${head}${pools}`, "many.yaml");
  expect(result.findings).toEqual([]);
});
