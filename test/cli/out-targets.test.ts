// --out through the CLI: devices are written through, the root and directories it does not own are refused, and
// nothing is ever created at the root of the file system.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packageRoot } from "../../src/check/analyze.js";
import { runCli } from "./helpers.js";

const devKind = join(packageRoot(), "blueprints/dev-kind.yaml");
const rootEntries = () => readdirSync("/").filter((e) => e.includes("aifactory") || e.startsWith("."));

describe("--out targets", () => {
  it("plan --out /dev/null and kind config --out /dev/null: written through, /dev/null stays a device", async () => {
    expect((await runCli(["plan", devKind, "--out", "/dev/null"])).code).toBe(0);
    expect((await runCli(["kind", "config", devKind, "--out", "/dev/null"])).code).toBe(0);
    expect(statSync("/dev/null").isCharacterDevice()).toBe(true);
  });

  it("--out /: refused with exit 2, and no scratch entry at the root", async () => {
    const before = rootEntries();
    for (const args of [["synth", devKind, "--out", "/"], ["plan", devKind, "--out", "/"], ["kind", "config", devKind, "--out", "/"]]) {
      const r = await runCli(args);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toMatch(/^aifactory: error: refusing to write/m);
    }
    expect(rootEntries()).toEqual(before);
  });
});
