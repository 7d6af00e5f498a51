// File names with C1 controls, bidi overrides and newlines never reach a terminal, a PR comment or SARIF raw.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { packageRoot } from "../../src/check/analyze.js";
import { escapeUnsafe } from "../../src/io/escape.js";
import { runCli } from "../cli/helpers.js";
import { runs } from "../property/arbitraries.js";

const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const dangerous = fc.constantFrom("\u0085", "\u009b", "\u0080", "\u009f", "\u202a", "\u202e", "\u2066", "\u2069", "\n", "\r", "\t", "\u001b", "\u2028");

describe("escapeUnsafe", () => {
  it("property: leaves no control, bidi or line-separator character, and changes nothing else", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), dangerous)).map((a) => a.join("")), (s) => {
        const out = escapeUnsafe(s);
        expect(out).not.toMatch(UNSAFE);
        expect(out).not.toMatch(/[\n\t\u001b]/);
        // Safe characters pass unchanged: removing the escapes of unsafe ones gives the safe part of the input.
        expect(out.replace(/\\(u[0-9A-F]{4}|[ntr])/g, "")).toBe(s.replace(new RegExp(UNSAFE.source + "|[\\n\\t\\u001b]", "g"), "").replace(/\\(u[0-9A-F]{4}|[ntr])/g, ""));
      }),
      { numRuns: runs(200) },
    );
  });

  it("keeps the layout (newline, tab) and colour (ESC) of a composed text with text: true", () => {
    expect(escapeUnsafe("a\n\tb\u001b[31mc\u202ed\u0085", { text: true })).toBe("a\n\tb\u001b[31mc\\u202Ed\\u0085");
  });
});

describe("file names at the output boundary", () => {
  const dir = mkdtempSync(join(tmpdir(), "aifactory-escape-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const name = "evil\u202e\u0085\u009b31m\nname.yaml";
  writeFileSync(join(dir, name), readFileSync(join(packageRoot(), "blueprints/dev-kind.yaml")));
  writeFileSync(join(dir, `missing-${name}`.replace(".yaml", ".json")), "{");

  it("validate, plan text/markdown/sarif/json: the name escaped, never raw", async () => {
    const outputs = [
      await runCli(["validate", name], { cwd: dir }),
      await runCli(["validate", "no\u202esuch.yaml"], { cwd: dir }),
      ...(await Promise.all(["text", "markdown", "sarif", "json"].map((format) => runCli(["plan", name, "--format", format], { cwd: dir })))),
      await runCli(["plan", name, "--base", name, "--format", "markdown"], { cwd: dir }),
    ];
    for (const r of outputs) {
      const all = r.stdout + r.stderr;
      expect(all).not.toMatch(/[\u0080-\u009f\u202a-\u202e\u2066-\u2069]/);
      expect(all).not.toContain(name);
    }
    expect(outputs[0]!.stdout).toContain("evil\\u202E\\u0085\\u009B31m\\nname.yaml: 0 errors");
    expect(outputs[1]!.stdout).toContain("file not found: no\\u202Esuch.yaml");
  });

  it("free text of the blueprint (a partner with a bidi override): escaped in plan --out files, the JSON data unchanged", async () => {
    const text = readFileSync(join(packageRoot(), "blueprints/dev-kind.yaml"), "utf8").replace("partner: Local development", 'partner: "Local\u202edev\u0085x"');
    writeFileSync(join(dir, "bidi.yaml"), text);
    for (const format of ["markdown", "sarif", "json", "text"]) {
      expect((await runCli(["plan", "bidi.yaml", "--format", format, "--out", `plan.${format}`], { cwd: dir })).code).toBe(0);
      expect(readFileSync(join(dir, `plan.${format}`), "utf8")).not.toMatch(/[\u0080-\u009f\u202a-\u202e]/);
    }
    const json = JSON.parse(readFileSync(join(dir, "plan.json"), "utf8")) as { sites: { partner: string }[] };
    expect(json.sites[0]?.partner).toBe("Local\u202edev\u0085x");
    expect(readFileSync(join(dir, "plan.markdown"), "utf8")).toContain("Local\\u202Edev\\u0085x");
  });

  it("every verb that names the file (validate, catalog, synth, plan, kind config, a DSL module that fails): no ESC, C1, bidi or raw newline from the name", async () => {
    const esc = "esc\u001b[2J\u009b\u2066\nname";
    writeFileSync(join(dir, `${esc}.yaml`), readFileSync(join(packageRoot(), "blueprints/dev-kind.yaml")));
    writeFileSync(join(dir, `${esc}.mjs`), "throw new Error('no');\n");
    const runs = [
      await runCli(["validate", `${esc}.yaml`], { cwd: dir }),
      await runCli(["validate", `${esc}.mjs`], { cwd: dir }),
      await runCli(["catalog", `${esc}.yaml`], { cwd: dir }),
      await runCli(["synth", `${esc}.yaml`, "--out", "esc-out"], { cwd: dir }),
      await runCli(["synth", `${esc}.mjs`, "--out", "esc-out-2"], { cwd: dir }),
      await runCli(["plan", `${esc}.yaml`, "--format", "markdown"], { cwd: dir }),
      await runCli(["kind", "config", `${esc}.yaml`, "--cluster", esc], { cwd: dir }),
    ];
    for (const r of runs) {
      const all = r.stdout + r.stderr;
      expect(all).not.toMatch(/[\u001b\u0080-\u009f\u2066]/);
      expect(all).not.toContain("\\u001B[2J\n");
      expect(all.split("\n").some((l) => l.startsWith("name"))).toBe(false);
    }
    expect(runs[1]!.code).toBe(2);
    expect(runs[4]!.code).toBe(2);
  });

  it("usage errors naming a path: escaped on stderr", async () => {
    const r = await runCli(["synth", name, "--out", `${dir}/x\u202e/\u0000`], { cwd: dir });
    expect(r.stderr + r.stdout).not.toMatch(/[\u0000\u202e]/);
  });
});
