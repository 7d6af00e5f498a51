// The folders of src/ form a one-way graph a reader can draw, and cdktf stays in one folder. Every relative import
// (type-only ones too) is read from the source; an import against the direction below fails this test.
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = new URL("../../src/", import.meta.url).pathname;

/**
 * Layers, lowest first: a folder may import only folders of lower layers (folders of one layer not each other).
 *   findings: the shape and registry of findings;  text: number formatting;  io, yaml: leaves that import nothing
 *   of src/ (the one bounded reader, the DSL module runner, escaping; the one YAML writer), so that loading and every
 *   renderer can use them;  blueprint: the file format and its loading;  catalog: data;
 *   model: resolution;  objects: every Kubernetes object;  rules, policy: checks;  check: ties them together;
 *   renderers;  synth/outputs: every output of `synth`, from the renderers;  I/O helpers of the entry points;
 *   entry points.
 */
const LAYERS: readonly (readonly string[])[] = [
  ["findings", "text", "io", "yaml"],
  ["blueprint"],
  ["catalog"],
  ["model"],
  ["objects"],
  ["rules", "policy", "verify"],
  ["check"],
  ["synth/terraform", "synth/kubernetes", "synth/kind", "report"],
  ["synth/outputs"],
  ["kind", "output", "init"],
  ["cli", "app"],
  ["."],
];

function folderOf(file: string): string {
  const parts = relative(SRC, file).split("/");
  if (parts.length === 1) return ".";
  return parts[0] === "synth" ? parts.slice(0, 2).join("/") : (parts[0] ?? ".");
}

function layerOf(folder: string): number {
  const i = LAYERS.findIndex((l) => l.includes(folder));
  if (i < 0) throw new Error(`folder src/${folder} has no layer in test/architecture/imports.test.ts: add it where it belongs`);
  return i;
}

interface Edge {
  readonly from: string;
  readonly to: string;
  readonly file: string;
}

const files = readdirSync(SRC, { withFileTypes: true, recursive: true })
  .filter((e) => e.isFile() && e.name.endsWith(".ts"))
  .map((e) => join(e.parentPath, e.name));

function imports(file: string): string[] {
  return [...readFileSync(file, "utf8").matchAll(/(?:^|\s)(?:import|export)[^"';]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/gm)].map(
    (m) => (m[1] ?? m[2])!,
  );
}

const edges: Edge[] = files.flatMap((file) =>
  imports(file)
    .filter((spec) => spec.startsWith("."))
    .map((spec) => ({ from: folderOf(file), to: folderOf(resolve(dirname(file), spec)), file: relative(SRC, file) }))
    .filter((e) => e.from !== e.to),
);

/**
 * Edges against the direction that are being removed by work in flight: each must still exist (so that whoever
 * removes it also removes it here), and no other may appear.
 */
const BEING_REMOVED = new Set<string>([]);

describe("the folders of src/", () => {
  it("import only folders of lower layers", () => {
    const against = [...new Set(edges.filter((e) => layerOf(e.from) <= layerOf(e.to)).map((e) => `${e.from} -> ${e.to}`))].sort();
    expect(against).toEqual([...BEING_REMOVED].sort());
  });

  it("have no cycle", () => {
    const next = new Map<string, Set<string>>();
    for (const e of edges) if (!BEING_REMOVED.has(`${e.from} -> ${e.to}`)) (next.get(e.from) ?? next.set(e.from, new Set()).get(e.from)!).add(e.to);
    const state = new Map<string, "open" | "done">();
    const cycle: string[] = [];
    const visit = (n: string, trail: string[]): void => {
      if (state.get(n) === "done") return;
      if (state.get(n) === "open") {
        cycle.push([...trail.slice(trail.indexOf(n)), n].join(" -> "));
        return;
      }
      state.set(n, "open");
      for (const m of next.get(n) ?? []) visit(m, [...trail, n]);
      state.set(n, "done");
    };
    for (const n of next.keys()) visit(n, []);
    expect(cycle).toEqual([]);
  });

  it("keep cdktf and @cdktf/* in src/synth/terraform", () => {
    const outside = files.filter(
      (f) => folderOf(f) !== "synth/terraform" && imports(f).some((s) => s === "cdktf" || s.startsWith("cdktf/") || s.startsWith("@cdktf/")),
    );
    expect(outside.map((f) => relative(SRC, f))).toEqual([]);
  });

  it("leave the process (environment, arguments, exit) to the entry points", () => {
    const core = files.filter((f) => layerOf(folderOf(f)) < layerOf("kind"));
    const touching = core.filter((f) => /\bprocess\.(env|argv|exit)\b/.test(readFileSync(f, "utf8"))).map((f) => relative(SRC, f));
    // The cdktf app entry now sits with the CLI (src/cli/cdktf-app.ts). The DSL runner's source text is the program
    // of the child process a DSL module runs in: an entry point of its own.
    expect(touching).toEqual(["io/dsl-module.ts"]);
  });

  it("fail this test when an import goes against the direction (the check itself works)", () => {
    const fake: Edge = { from: "objects", to: "check", file: "objects/x.ts" };
    expect(layerOf(fake.from) <= layerOf(fake.to)).toBe(true);
  });
});
