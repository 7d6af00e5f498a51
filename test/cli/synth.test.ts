// `aifactory synth --out`: it replaces a previous output, never a directory or file that is something else.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "./helpers.js";

const DEV_KIND = fileURLToPath(new URL("../../blueprints/dev-kind.yaml", import.meta.url));

describe("aifactory synth --out", () => {
  it("replaces its own previous output", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "aifactory-synth-out-"));
    expect((await runCli(["synth", DEV_KIND, "--out", "out"], { cwd })).code).toBe(0);
    expect((await runCli(["synth", DEV_KIND, "--out", "out"], { cwd })).code).toBe(0);
    expect(readdirSync(join(cwd, "out")).sort()).toEqual([".aifactory-output.json", "kubernetes", "manifest.json", "stacks"]);
  });

  it("fails with exit 2 and leaves a directory that is not an output untouched", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "aifactory-synth-out-"));
    mkdirSync(join(cwd, "src"));
    writeFileSync(join(cwd, "src", "main.ts"), "precious");
    const r = await runCli(["synth", DEV_KIND, "--out", "src"], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^aifactory: error: refusing to replace .*src: it is not empty and holds no \.aifactory-output\.json/m);
    expect(r.stderr).not.toMatch(/internal error|^\s+at /m);
    expect(readdirSync(join(cwd, "src"))).toEqual(["main.ts"]);
    expect(readFileSync(join(cwd, "src", "main.ts"), "utf8")).toBe("precious");
  });

  it("fails with exit 2 on an output path it cannot create, naming the problem", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "aifactory-synth-out-"));
    writeFileSync(join(cwd, "a-file"), "");
    const r = await runCli(["synth", DEV_KIND, "--out", "a-file/out"], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^aifactory: error: .*(ENOTDIR|EEXIST).*; check the path and its permissions/m);
  });
});
