// AIF-K014 judged by the kubelet itself: every key below, given to ValidateKubeletFlags of the pinned Kubernetes
// release (kubelet-judge.ts), is refused exactly when aifactory's rule refuses it.
import { describe, expect, it } from "vitest";
import { KUBELET_LABELS, kubeletRefusesLabel } from "../../src/rules/limits.js";
import { kubeletLabelJudge, kubeletVerdicts } from "./kubelet-judge.js";

const PREFIXES = ["", "node.", "kubelet.", "topology.", "beta.", "app.", "node-role.", "node-restriction.", "failure-domain.beta.", "failure-domain.", "x.node.", "x.kubelet.", "example.", "a.b."];
const DOMAINS = ["kubernetes.io", "k8s.io", "example.com", "kubernetes.iox", "xkubernetes.io", "k8s.io.example.com"];
const NAMES = ["hostname", "zone", "region", "instance-type", "os", "arch", "worker", "team", "role"];
const KEYS = [...new Set([...PREFIXES.flatMap((p) => DOMAINS.flatMap((d) => NAMES.map((n) => `${p}${d}/${n}`))), ...KUBELET_LABELS, "plain", "node.kubernetes.io"])];

describe("AIF-K014 against the kubelet's own --node-labels validation", () => {
  it(`agrees on ${KEYS.length} keys`, () => {
    const verdicts = kubeletVerdicts(kubeletLabelJudge(), KEYS);
    expect(verdicts.size).toBe(KEYS.length);
    const disagreements = KEYS.filter((k) => verdicts.get(k) !== "invalid" && (verdicts.get(k) === "refused") !== kubeletRefusesLabel(k));
    expect(disagreements).toEqual([]);
    // The judge can fail: some keys are refused, some allowed.
    expect([...verdicts.values()].filter((v) => v === "refused").length).toBeGreaterThan(50);
    expect([...verdicts.values()].filter((v) => v === "allowed").length).toBeGreaterThan(50);
  }, 600_000);
});
