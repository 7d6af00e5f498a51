// The kubelet's own decision on --node-labels keys, as the judge of AIF-K014: a small program
// (test/e2e/tools/kubernetes/kubelet-labels) that calls the kubelet's ValidateKubeletFlags from k8s.io/kubernetes at
// the version the test bed pins, built into the test bed's cache (AIFACTORY_E2E_CACHE) when missing or stale. Without
// Go the test fails with what to do; it never skips.
import { createHash } from "node:crypto";
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { packageRoot } from "../../src/check/analyze.js";

const MODULE_DIR = join(packageRoot(), "test/e2e/tools/kubernetes");

export function kubeletLabelJudge(): string {
  const cache = process.env["AIFACTORY_E2E_CACHE"] ?? join(homedir(), ".cache/aifactory-e2e");
  const env = {
    ...process.env,
    GOMODCACHE: process.env["GOMODCACHE"] ?? join(cache, "gomod"),
    GOCACHE: process.env["GOCACHE"] ?? join(cache, "gocache"),
    GOTOOLCHAIN: "local",
    GOFLAGS: "-mod=readonly",
  };
  const bin = join(cache, "bin", "kubelet-labels");
  const stamp = createHash("sha256")
    .update(readFileSync(join(MODULE_DIR, "kubelet-labels/main.go")))
    .update(readFileSync(join(MODULE_DIR, "go.mod")))
    .update(readFileSync(join(MODULE_DIR, "go.sum")))
    .digest("hex");
  const stampFile = `${bin}.stamp`;
  if (existsSync(bin) && existsSync(stampFile) && readFileSync(stampFile, "utf8") === stamp) return bin;
  if (spawnSync("go", ["version"], { env }).status !== 0) {
    throw new Error("the AIF-K014 judge needs the Go toolchain (go 1.26 or newer) on PATH to build the kubelet's label check");
  }
  mkdirSync(join(cache, "bin"), { recursive: true });
  execFileSync("go", ["build", "-trimpath", "-ldflags", "-s -w", "-o", `${bin}.tmp`, "./kubelet-labels"], { cwd: MODULE_DIR, env, stdio: ["ignore", "ignore", "pipe"] });
  renameSync(`${bin}.tmp`, bin);
  writeFileSync(stampFile, stamp);
  return bin;
}

/** The kubelet's verdict on each key: "allowed", "refused" (a kubernetes.io/k8s.io key it refuses) or "invalid". */
export function kubeletVerdicts(bin: string, keys: readonly string[]): Map<string, "allowed" | "refused" | "invalid"> {
  const out = execFileSync(bin, { input: `${keys.join("\n")}\n`, encoding: "utf8" });
  const verdicts = new Map<string, "allowed" | "refused" | "invalid">();
  for (const line of out.trim().split("\n")) {
    const [verdict, key] = line.split(" ", 2) as ["allowed" | "refused" | "invalid", string];
    verdicts.set(key, verdict);
  }
  return verdicts;
}
