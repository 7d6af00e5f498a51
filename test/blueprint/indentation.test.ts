import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { indentationMistakes } from "../../src/blueprint/indentation.js";

const ROOT = new URL("../../", import.meta.url).pathname;
const yamlFiles = ["blueprints", "test/fixtures/rules", "test/fixtures/load", "test/fixtures/plan"].flatMap((d) =>
  readdirSync(join(ROOT, d))
    .filter((f) => f.endsWith(".yaml") && !/indent|syntax/.test(f))
    .map((f) => join(d, f)),
);

describe("indentation mistakes", () => {
  it.each(yamlFiles)("finds none in %s, whose indentation is consistent", (file) => {
    expect(indentationMistakes(readFileSync(join(ROOT, file), "utf8"))).toEqual([]);
  });

  it("ignores the lines of block scalars", () => {
    expect(indentationMistakes("a:\n  b: |\n      deeper: text\n  c: 1\n")).toEqual([]);
  });
});
