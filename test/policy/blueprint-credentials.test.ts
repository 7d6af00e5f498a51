// Credentials in the blueprint (AIF-SEC013): strings that reach the rendered outputs without being an object's field
// (pool labels → node-labels.json, kind configs, Terraform outputs; the kubeconfig path and context → Terraform
// provider blocks). Before the check, both cases below validated with exit 0 and reached the outputs.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { analyzeText, packageRoot } from "../../src/check/analyze.js";
import { checkBlueprintCredentials } from "../../src/policy/index.js";
import { runCli } from "../cli/helpers.js";

const devKind = readFileSync(join(packageRoot(), "blueprints/dev-kind.yaml"), "utf8");
const dir = mkdtempSync(join(tmpdir(), "aifactory-blueprint-credentials-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Built from pieces so that this file does not itself look like it holds credentials.
const PASSWORD = ["hunter2", "hunter2"].join("");
const CASES: readonly [what: string, from: string, to: string, path: string][] = [
  ["a pool label password: …", "                workload: inference", `                workload: inference\n                password: ${PASSWORD}`, "spec.sites.0.clusters.0.pools.0.labels.password"],
  ["a pool selector value with a token", "            - name: gb200\n", `              selector:\n                team: ${"xoxb-" + "1234567890ab"}\n            - name: gb200\n`, "spec.sites.0.clusters.0.pools.0.selector.team"],
  ["a kubeconfig path with ?token=", "            context: kind-dev", `            path: "~/.kube/config?${"token"}=${"abcdefgh12345"}"\n            context: kind-dev`, "spec.sites.0.clusters.0.kubeconfig.path"],
  ["a kubeconfig context with credentials in a URL", "            context: kind-dev", `            context: "https://admin:${"s3cr3t"}@api.example.com"`, "spec.sites.0.clusters.0.kubeconfig.context"],
  ["a description with an API key", "Kind-sized development factory", `${"nvapi-" + "q".repeat(30)} Kind-sized development factory`, "metadata.description"],
];

describe("credentials in the blueprint (AIF-SEC013)", () => {
  it.each(CASES)("fails on %s, located at it", (_what, from, to, path) => {
    const text = devKind.replace(from, to);
    expect(text).not.toBe(devKind);
    const found = analyzeText(text, "t.yaml").findings.filter((f) => f.code === "AIF-SEC013");
    expect(found.map((f) => f.path.join("."))).toEqual([path]);
    expect(found[0]!.severity).toBe("error");
    expect(found[0]!.location?.line).toBeGreaterThan(0);
    // The report names the kind of credential, never the credential itself.
    expect(found[0]!.message).not.toContain(PASSWORD);
  });

  it.each(CASES.slice(0, 3))("synth refuses %s: exit 1, nothing written", async (_what, from, to) => {
    const file = join(dir, "bp.yaml");
    writeFileSync(file, devKind.replace(from, to));
    const out = join(dir, "out");
    const r = await runCli(["synth", file, "--out", out], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr + r.stdout).toMatch(/AIF-SEC013/);
    expect(existsSync(out)).toBe(false);
  });

  it("passes every bundled blueprint (none holds anything that looks like a credential)", () => {
    for (const f of ["dev-kind.yaml", "first-gigawatt.yaml", "openai-nvidia-10gw.yaml", "openai-nvidia-2026.yaml", "stargate-sites.yaml"]) {
      const a = analyzeText(readFileSync(join(packageRoot(), "blueprints", f), "utf8"), f);
      expect(a.findings.filter((x) => x.code === "AIF-SEC013"), f).toEqual([]);
    }
  });

  it("reports one finding per element, a map entry scanned as `key: value`", () => {
    expect(checkBlueprintCredentials({ labels: { password: PASSWORD } }).map((f) => f.path)).toEqual([["labels", "password"]]);
    expect(checkBlueprintCredentials({ labels: { password: "short" } })).toEqual([]);
  });
});
