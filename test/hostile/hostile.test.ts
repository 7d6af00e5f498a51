// Hostile files through the real CLI (run(), as bin/aifactory.js calls it) and through analyzeText: each gives a clear
// finding with its code, exit code 1 (the blueprint is wrong) or 2 (the file cannot be read), and never a stack trace.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync, chmodSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { analyzeBlueprint, analyzeText, packageRoot } from "../../src/check/analyze.js";
import type { AIFactoryBlueprint } from "../../src/blueprint/generated/blueprint-types.js";
import { runCli } from "../cli/helpers.js";

const dir = mkdtempSync(join(tmpdir(), "aifactory-hostile-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const devKind = readFileSync(join(packageRoot(), "blueprints/dev-kind.yaml"), "utf8");
const fixtures = join(packageRoot(), "test/fixtures/hostile");

/** dev-kind.yaml with one line replaced (the original must be there, so that the case cannot go stale). */
function variant(from: string, to: string): string {
  if (!devKind.includes(from)) throw new Error(`dev-kind.yaml no longer contains ${JSON.stringify(from)}`);
  return devKind.replace(from, to);
}

interface Case {
  readonly name: string;
  readonly content: string | Buffer;
  /** File name (its extension matters: .json, .yaml). */
  readonly file?: string;
  readonly code: string | RegExp;
  readonly exit: 1 | 2;
  readonly message?: RegExp;
}

const CASES: readonly Case[] = [
  { name: "an alias bomb (billion laughs)", content: readFileSync(join(fixtures, "invalid-billion-laughs.yaml")), code: "AIF-Y004", exit: 1, message: /resource-exhaustion/ },
  { name: "an alias bomb inside a blueprint", content: readFileSync(join(fixtures, "invalid-laughs-in-spec.yaml")), code: "AIF-Y004", exit: 1 },
  { name: "flow collections nested 100,000 deep", content: `${"[".repeat(100_000)}${"]".repeat(100_000)}`, code: "AIF-Y008", exit: 1, message: /nested too deeply/ },
  {
    name: "a mapping nested 20,000 deep inside spec",
    content: variant("  program:\n", `  nested: ${"{a: ".repeat(20_000)}1${"}".repeat(20_000)}\n  program:\n`),
    code: "AIF-Y008",
    exit: 1,
  },
  { name: "block mappings nested 1,000 deep", content: Array.from({ length: 1000 }, (_, i) => `${" ".repeat(i)}a:`).join("\n") + " 1\n", code: /^AIF-(Y00[18]|S\d{3})$/, exit: 1 },
  { name: "a file far larger than any blueprint", content: `${devKind}\n${"# padding\n".repeat(600_000)}`, code: "AIF-IO003", exit: 2, message: /over the 4,194,304-byte limit/ },
  { name: "duplicate keys", content: variant("  name: dev-kind\n", "  name: dev-kind\n  name: dev-kind-2\n"), code: "AIF-Y003", exit: 1, message: /duplicate key `name`/ },
  { name: "duplicate keys in JSON", content: readFileSync(join(fixtures, "invalid-json-duplicate.json")), file: "duplicate.json", code: "AIF-Y003", exit: 1 },
  { name: "several YAML documents", content: readFileSync(join(fixtures, "invalid-three-documents.yaml")), code: "AIF-Y002", exit: 1 },
  { name: "a blueprint followed by a second document", content: `${devKind}---\n${devKind}`, code: "AIF-Y002", exit: 1 },
  { name: "binary content", content: Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00, 0xff, 0xfe]), code: "AIF-IO004", exit: 2 },
  { name: "non-UTF-8 text (Latin-1)", content: Buffer.from(variant("partner: Local development", "partner: Caf\u00e9"), "latin1"), code: "AIF-IO004", exit: 2, message: /not UTF-8/ },
  { name: "UTF-16 text", content: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(devKind, "utf16le")]), code: "AIF-IO004", exit: 2 },
  { name: "an empty file", content: "", code: "AIF-Y005", exit: 1, message: /the file is empty/ },
  { name: "only blanks and comments", content: readFileSync(join(fixtures, "invalid-blank.yaml")), code: "AIF-Y005", exit: 1 },
  { name: "two byte order marks", content: readFileSync(join(fixtures, "invalid-double-bom.yaml")), code: /^AIF-Y00\d$/, exit: 1 },
  { name: "a !!binary tag", content: readFileSync(join(fixtures, "invalid-binary-tag.yaml")), code: "AIF-Y007", exit: 1 },
  { name: "a list at the top", content: "- a\n- b\n", code: "AIF-Y006", exit: 1 },
  { name: "invalid JSON", content: '{"apiVersion": "aifactory.dev/v1alpha1", ', file: "truncated.json", code: "AIF-Y001", exit: 1 },
  { name: "NaN", content: variant("gridInterconnectMW: 0.25", "gridInterconnectMW: .nan"), code: /^AIF-S00[58]$/, exit: 1 },
  { name: "Infinity", content: variant("gridInterconnectMW: 0.25", "gridInterconnectMW: .inf"), code: /^AIF-S00[58]$/, exit: 1 },
  { name: "-Infinity", content: variant("itPowerMW: 0.2", "itPowerMW: -.inf"), code: /^AIF-S00[58]$/, exit: 1 },
  { name: "a number too large for a double", content: variant("itPowerMW: 0.2", `itPowerMW: 1${"0".repeat(400)}`), code: /^AIF-S00[58]$/, exit: 1 },
  { name: "a negative size", content: variant("nodes: 2", "nodes: -2"), code: "AIF-S008", exit: 1 },
  { name: "a zero size", content: variant("nodes: 2", "nodes: 0"), code: "AIF-S008", exit: 1 },
  { name: "a fractional node count", content: variant("nodes: 2", "nodes: 2.5"), code: /^AIF-S00[58]$/, exit: 1 },
  { name: "a number as a string", content: variant("nodes: 2", 'nodes: "2"'), code: "AIF-S005", exit: 1 },
  { name: "a string where a mapping goes", content: variant("          kubeconfig:\n            context: kind-dev", "          kubeconfig: kind-dev"), code: "AIF-S005", exit: 1 },
  { name: "an invalid Kubernetes name (upper case, underscore)", content: variant("- name: research", "- name: Research_Team"), code: "AIF-S007", exit: 1 },
  { name: "a Kubernetes name too long", content: variant("- name: research", `- name: ${"r".repeat(64)}`), code: /^AIF-S0(07|10)$/, exit: 1 },
  { name: "a name with a path in it", content: variant("- name: h100\n", "- name: ../../etc\n"), code: "AIF-S007", exit: 1 },
  { name: "a terminal escape sequence in free text", content: variant("partner: Local development", 'partner: "Local\\e[2J\\e[31mdevelopment"'), code: "AIF-S007", exit: 1, message: /control characters/ },
  { name: "a YAML syntax error", content: variant("cooling: liquid", "cooling: [liquid"), code: "AIF-Y001", exit: 1 },
];

/** What every hostile run must look like on the outside. */
function expectClean(out: { code: number; stdout: string; stderr: string }, c: Pick<Case, "code" | "exit" | "message">): void {
  const all = out.stdout + out.stderr;
  expect(out.code, all).toBe(c.exit);
  expect(all).not.toMatch(/internal error/);
  expect(all).not.toMatch(/\n\s+at [^\n]*\(?[^\s]*:\d+:\d+\)?/); // a stack frame
  expect(all).not.toMatch(/RangeError|TypeError|ReferenceError/);
  const codes = [...all.matchAll(/\b(AIF-[A-Z]+\d{3})\b/g)].map((m) => m[1]);
  expect(codes.length, all).toBeGreaterThan(0);
  expect(codes.some((code) => (typeof c.code === "string" ? code === c.code : c.code.test(code ?? ""))), all).toBe(true);
  if (c.message) expect(all).toMatch(c.message);
}

describe.each(CASES)("$name", (c) => {
  const file = c.file ?? `${c.name.replace(/\W+/g, "-").replace(/^-|-$/g, "")}.yaml`;
  writeFileSync(join(dir, file), c.content);

  it("aifactory validate: a clear finding, the exit code, no stack trace", async () => {
    expectClean(await runCli(["validate", file], { cwd: dir }), c);
  });

  it("aifactory synth and plan refuse it the same way, writing nothing", async () => {
    const synth = await runCli(["synth", file, "--out", "out"], { cwd: dir });
    expectClean({ ...synth, code: synth.code === 1 && c.exit === 2 ? 2 : synth.code }, { ...c, exit: c.exit === 2 ? 2 : 1 });
    expect(readdirSync(dir).filter((f) => f.startsWith("out") || f.startsWith(".out"))).toEqual([]);
    const plan = await runCli(["plan", file], { cwd: dir });
    expectClean(plan, c);
  });

  if (typeof c.content === "string" && c.code.toString().indexOf("AIF-IO") < 0) {
    it("analyzeText: findings with the code, located in the file", () => {
      const a = analyzeText(c.content as string, file);
      expect(a.model).toBeUndefined();
      const f = a.findings.find((x) => (typeof c.code === "string" ? x.code === c.code : c.code.test(x.code)));
      expect(f, JSON.stringify(a.findings.slice(0, 3))).toBeDefined();
      expect(f!.location?.file).toBe(file);
      expect(f!.fix.length).toBeGreaterThan(10);
    });
  }
});

describe("files that cannot be read", () => {
  it("a path that is a directory: AIF-IO002, exit 2", async () => {
    mkdirSync(join(dir, "a-directory.yaml"));
    expectClean(await runCli(["validate", "a-directory.yaml"], { cwd: dir }), { code: "AIF-IO002", exit: 2, message: /it is a directory/ });
  });

  it("a missing file: AIF-IO001, exit 2", async () => {
    expectClean(await runCli(["validate", "nowhere.yaml"], { cwd: dir }), { code: "AIF-IO001", exit: 2 });
  });

  it("a path through a file: AIF-IO002, exit 2", async () => {
    writeFileSync(join(dir, "plain"), "x");
    expectClean(await runCli(["validate", "plain/blueprint.yaml"], { cwd: dir }), { code: /^AIF-IO00[12]$/, exit: 2 });
  });

  it("a symbolic link loop (unreadable whoever runs it): AIF-IO002, exit 2", async () => {
    symlinkSync("loop-b.yaml", join(dir, "loop-a.yaml"));
    symlinkSync("loop-a.yaml", join(dir, "loop-b.yaml"));
    expectClean(await runCli(["validate", "loop-a.yaml"], { cwd: dir }), { code: "AIF-IO002", exit: 2 });
  });

  // Permissions do not stop root (the CI container runs tests as root): the symlink loop above covers unreadable files there.
  it.skipIf(process.getuid?.() === 0)("a file without read permission: AIF-IO002, exit 2", async () => {
    writeFileSync(join(dir, "secret.yaml"), devKind);
    chmodSync(join(dir, "secret.yaml"), 0o000);
    expectClean(await runCli(["validate", "secret.yaml"], { cwd: dir }), { code: "AIF-IO002", exit: 2, message: /permission denied/ });
  });
});

describe("JSON instead of YAML", () => {
  it("is accepted when it is a valid blueprint", async () => {
    writeFileSync(join(dir, "dev-kind.json"), JSON.stringify(parse(devKind), null, 2));
    const r = await runCli(["validate", "dev-kind.json"], { cwd: dir });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/dev-kind\.json: 0 errors, 0 warnings; 88 GPUs/);
  });
});

describe("DSL blueprints report the same codes as files", () => {
  const base = parse(devKind) as AIFactoryBlueprint;
  const cases: [string, (b: Record<string, unknown>) => void, string][] = [
    ["NaN", (b) => ((b["spec"] as { sites: Record<string, unknown>[] }).sites[0]!["gridInterconnectMW"] = Number.NaN), "AIF-S005"],
    ["Infinity", (b) => ((b["spec"] as { sites: Record<string, unknown>[] }).sites[0]!["gridInterconnectMW"] = Number.POSITIVE_INFINITY), "AIF-S005"],
    ["a negative size", (b) => (poolOf(b)["nodes"] = -2), "AIF-S008"],
    ["a number as a string", (b) => (poolOf(b)["nodes"] = "2"), "AIF-S005"],
    ["an invalid Kubernetes name", (b) => (poolOf(b)["name"] = "Bad_Name"), "AIF-S007"],
    ["an unknown field", (b) => (poolOf(b)["rack"] = 1), "AIF-S003"],
  ];
  function poolOf(b: Record<string, unknown>): Record<string, unknown> {
    return (b["spec"] as { sites: { clusters: { pools: Record<string, unknown>[] }[] }[] }).sites[0]!.clusters[0]!.pools[0]!;
  }
  it.each(cases)("%s", (_name, change, code) => {
    const dsl = structuredClone(base) as unknown as Record<string, unknown>;
    change(dsl);
    const fromDsl = analyzeBlueprint(dsl as unknown as AIFactoryBlueprint, "dev-kind.factory.js");
    const fromFile = analyzeText(JSON.stringify(dsl), "dev-kind.json");
    expect(fromDsl.findings.map((f) => f.code)).toContain(code);
    // NaN and Infinity cannot be written in JSON (they become null there): compare codes only where the file can say it.
    // A DSL object has no positions, so its findings sort by code and path, a file's by line: compare them as sets.
    const codes = (fs: typeof fromDsl.findings) => fs.map((f) => JSON.stringify([f.code, f.path])).sort();
    if (!/NaN|Infinity/.test(_name)) expect(codes(fromDsl.findings)).toEqual(codes(fromFile.findings));
  });
});

describe("plan --base with a head that has errors", () => {
  it("reports the findings and leaves Terraform out of the diff, instead of an internal error", async () => {
    const twice = "            - name: training\n              value: 100000\n";
    writeFileSync(join(dir, "tiers-twice.yaml"), variant(twice, twice + twice));
    writeFileSync(join(dir, "base.yaml"), devKind);
    const r = await runCli(["plan", "tiers-twice.yaml", "--base", "base.yaml"], { cwd: dir });
    expectClean(r, { code: "AIF-R012", exit: 1 });
    expect(r.stdout).toMatch(/Terraform not compared: the blueprint has errors/);
  });
});
