// The security baseline, checked by a peer: kube-score (a maintained Kubernetes linter, built at the pinned version)
// over the manifests and example Jobs of every bundled blueprint, in both profiles. Every finding must be exempted in
// kube-score-exemptions.json with its reason; an exemption that matches nothing any more fails too, so the list
// cannot go stale. A new finding (a change to the objects, or a newer kube-score) fails until it is fixed or explained.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildFactoryObjects } from "../../src/objects/index.js";
import { kubernetesManifests } from "../../src/synth/kubernetes/manifests.js";
import { bundledBlueprintFiles, loadBundled } from "../synth/kubernetes/bundled.js";
import { kubeScore, kubeScoreBinary, type KubeScoreFinding } from "./kube-score.js";

interface Exemption {
  readonly check: string;
  readonly kind: string;
  /** A regular expression the object's name must match in full. */
  readonly name: string;
  /** The container the comment is about ("" for the object). @default any */
  readonly container?: string;
  readonly summary: string;
  readonly reason: string;
}

const EXEMPTIONS = (JSON.parse(readFileSync(new URL("./kube-score-exemptions.json", import.meta.url), "utf8")) as { exemptions: Exemption[] }).exemptions;

const matches = (e: Exemption, f: KubeScoreFinding) =>
  e.check === f.check && e.kind === f.kind && new RegExp(`^(?:${e.name})$`).test(f.name) && (e.container === undefined || e.container === f.container) && e.summary === f.summary;

const show = (f: KubeScoreFinding & { where: string }) =>
  `${f.where}: ${f.check} ${f.kind} ${f.namespace}/${f.name}${f.container === "" ? "" : ` (${f.container})`}: ${f.summary}`;

describe("kube-score over every bundled blueprint's manifests", () => {
  const scratch = mkdtempSync(join(tmpdir(), "aifactory-kube-score-"));
  const found: (KubeScoreFinding & { where: string })[] = [];
  let runs = 0;

  beforeAll(async () => {
    const bin = kubeScoreBinary();
    for (const file of bundledBlueprintFiles()) {
      const model = await loadBundled(file);
      for (const profile of ["default", "kind"] as const) {
        const outputs = kubernetesManifests(model, buildFactoryObjects(model, { profile }));
        for (const cluster of model.sites.flatMap((s) => s.clusters)) {
          const files = [...outputs.entries()].filter(([path]) => path.startsWith(`kubernetes/${cluster.name}/`) && path.endsWith(".yaml") && !path.endsWith("kustomization.yaml"));
          const written = files.map(([path, text]) => {
            const full = join(scratch, file, profile, path);
            mkdirSync(dirname(full), { recursive: true });
            writeFileSync(full, text);
            return full;
          });
          for (const f of kubeScore(bin, written, cluster.kubernetesVersion)) found.push({ ...f, where: `${file} (${profile}) cluster ${cluster.name}` });
          runs += 1;
        }
      }
    }
  }, 600_000);

  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("ran over every cluster of every bundled blueprint", () => {
    expect(runs).toBeGreaterThanOrEqual(bundledBlueprintFiles().length * 2);
  });

  it("finds nothing that is not exempted with its reason", () => {
    expect(found.filter((f) => !EXEMPTIONS.some((e) => matches(e, f))).map(show)).toEqual([]);
  });

  it("has no exemption that matches nothing (stale) and none without a reason", () => {
    expect(EXEMPTIONS.filter((e) => !found.some((f) => matches(e, f))).map((e) => `${e.check} ${e.kind} ${e.name}: ${e.summary}`)).toEqual([]);
    for (const e of EXEMPTIONS) expect(e.reason.trim().length, `${e.check} ${e.kind} ${e.name}`).toBeGreaterThan(40);
  });
});
