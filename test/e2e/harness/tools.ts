// Where the test bed finds what it runs: the control plane built by test/e2e/build-tools.sh (in
// AIFACTORY_E2E_CACHE, default ~/.cache/aifactory-e2e), openssl for its PKI, and aifactory's own CLI.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
export const AIFACTORY_CLI = join(REPO_ROOT, "bin/aifactory.js");

export function cacheDir(): string {
  return process.env.AIFACTORY_E2E_CACHE ?? join(homedir(), ".cache/aifactory-e2e");
}

export interface Tools {
  readonly etcd: string;
  readonly kubeApiserver: string;
  readonly kubeControllerManager: string;
  readonly kubeScheduler: string;
  readonly kubectl: string;
  readonly kwok: string;
  readonly openssl: string;
  /** CustomResourceDefinitions by file name (from test/e2e/tools/crds). */
  readonly crdDir: string;
}

export type ToolsLookup = { readonly ok: true; readonly tools: Tools } | { readonly ok: false; readonly missing: string[] };

function onPath(name: string): string | undefined {
  const r = spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" });
  const found = r.stdout.trim();
  return r.status === 0 && found !== "" ? found : undefined;
}

/** Finds every tool; lists all that are missing, each with how to get it. */
export function findTools(): ToolsLookup {
  const bin = join(cacheDir(), "bin");
  const crdDir = join(cacheDir(), "crds");
  const missing: string[] = [];
  const built = (name: string): string => {
    const path = join(bin, name);
    if (!existsSync(path)) missing.push(`${path} (run: bash test/e2e/build-tools.sh)`);
    return path;
  };
  const tools = {
    etcd: built("etcd"),
    kubeApiserver: built("kube-apiserver"),
    kubeControllerManager: built("kube-controller-manager"),
    kubeScheduler: built("kube-scheduler"),
    kubectl: built("kubectl"),
    kwok: built("kwok"),
    openssl: onPath("openssl") ?? "",
    crdDir,
  };
  if (tools.openssl === "") missing.push("openssl on PATH (Debian package openssl)");
  if (!existsSync(join(crdDir, "network-attachment-definitions.yaml")))
    missing.push(`${join(crdDir, "network-attachment-definitions.yaml")} (run: bash test/e2e/build-tools.sh)`);
  if (!existsSync(join(REPO_ROOT, "dist"))) missing.push("dist/, the compiled CLI (run: npm run build)");
  return missing.length === 0 ? { ok: true, tools } : { ok: false, missing };
}

/**
 * The tools, or what to do without them: in CI (CI=true) a missing tool is a failure; elsewhere the suite is
 * skipped and says so on stderr. Returns undefined when the caller should skip.
 */
export function requireTools(suite: string): Tools | undefined {
  const found = findTools();
  if (found.ok) return found.tools;
  const message = `${suite}: the real-cluster test bed needs:\n  ${found.missing.join("\n  ")}`;
  if (process.env.CI === "true") throw new Error(`${message}\n(CI=true: a missing tool fails the run)`);
  process.stderr.write(`SKIPPED ${message}\n(outside CI the suite is skipped; npm run e2e builds them)\n`);
  return undefined;
}
