import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Finding } from "../../../src/findings/finding.js";
import { synthesizeApp } from "../../../src/synth/terraform/cdktf-synth.js";
import { concernsCluster, findingLine } from "../../../src/synth/terraform/findings.js";
import { fixture } from "../../objects/fixture.js";
import { buildFactoryObjects } from "../../../src/objects/index.js";

const fx = fixture();
const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});
const scratch = async () => {
  const d = await mkdtemp(join(tmpdir(), "aifactory-findings-"));
  dirs.push(d);
  return d;
};

const at = { file: "f.yaml", line: 3, column: 7 };
const warning: Finding = {
  code: "AIF-P900",
  severity: "warning",
  message: "hall hall-1 at 95 % of its power budget",
  path: [...fx.alpha.path, "pools", 0],
  location: at,
  fix: "Add power.",
};
const error: Finding = { ...warning, code: "AIF-P901", severity: "error", message: "program over its cap", path: ["spec", "program"] };

describe("findings in cdktf", () => {
  it("are printed as aifactory validate prints them", () => {
    expect(findingLine(error, "f.yaml")).toBe("f.yaml:3:7: error AIF-P901 program over its cap");
    const { location: _l, ...unlocated } = error;
    expect(findingLine(unlocated, "f.yaml")).toBe("f.yaml: error AIF-P901 program over its cap (at spec.program)");
  });

  it("go to the stack of their cluster; factory-wide findings to every stack", () => {
    const clusters = [fx.alpha, fx.beta];
    expect(concernsCluster(warning, fx.alpha, clusters)).toBe(true);
    expect(concernsCluster(warning, fx.beta, clusters)).toBe(false);
    expect(concernsCluster(error, fx.beta, clusters)).toBe(true);
  });

  it("keep warnings as annotations without failing", async () => {
    const out = await scratch();
    synthesizeApp(out, buildFactoryObjects(fx.model), [warning], { file: "f.yaml" });
    const manifest = JSON.parse(await readFile(join(out, "manifest.json"), "utf8"));
    expect(manifest.stacks.alpha.annotations).toEqual([
      { constructPath: "alpha/findings", level: "@cdktf/warn", message: findingLine(warning, "f.yaml") },
    ]);
    expect(manifest.stacks.beta.annotations).toEqual([]);
  });

  it("fail synthesis on errors, naming each one", async () => {
    const out = await scratch();
    expect(() => synthesizeApp(out, buildFactoryObjects(fx.model), [error, warning], { file: "f.yaml" })).toThrow(
      "[alpha/findings] f.yaml:3:7: error AIF-P901 program over its cap",
    );
  });
});
