// CONTRIBUTING.md names the files one touches: every path it names exists, so the recipes cannot go stale.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = new URL("../../", import.meta.url).pathname;

describe("CONTRIBUTING.md", () => {
  it("names only paths that exist", () => {
    const text = readFileSync(join(ROOT, "CONTRIBUTING.md"), "utf8");
    const paths = [...new Set([...text.matchAll(/\b((?:src|test|schemas|docs|bench)\/[\w./<>-]*[\w/>])/g)].map((m) => m[1]!))];
    expect(paths.length).toBeGreaterThan(10);
    const missing = paths.filter((p) => !p.includes("<") && !existsSync(join(ROOT, p.replace(/\/$/, ""))));
    expect(missing).toEqual([]);
  });
});
