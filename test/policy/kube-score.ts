// kube-score, a maintained Kubernetes linter (github.com/zegl/kube-score), as the peer check of the security
// baseline: built from the Go module proxy at the version test/e2e/tools/kube-score/go.mod pins, into the test bed's
// cache (AIFACTORY_E2E_CACHE, default ~/.cache/aifactory-e2e; test/e2e/build-tools.sh builds it there too). A binary
// of another version is rebuilt; without Go the test fails with what to do, never skips.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { packageRoot } from "../../src/check/analyze.js";

const MODULE_DIR = join(packageRoot(), "test/e2e/tools/kube-score");
const PACKAGE = "github.com/zegl/kube-score";

export const KUBE_SCORE_VERSION = ((): string => {
  const m = /^\s*github\.com\/zegl\/kube-score (v\S+)/m.exec(readFileSync(join(MODULE_DIR, "go.mod"), "utf8"));
  if (m === null) throw new Error("test/e2e/tools/kube-score/go.mod pins no github.com/zegl/kube-score version");
  return m[1]!;
})();

function cache(): string {
  return process.env["AIFACTORY_E2E_CACHE"] ?? join(homedir(), ".cache/aifactory-e2e");
}

function goEnv(): NodeJS.ProcessEnv {
  const c = cache();
  return {
    ...process.env,
    GOMODCACHE: process.env["GOMODCACHE"] ?? join(c, "gomod"),
    GOCACHE: process.env["GOCACHE"] ?? join(c, "gocache"),
    GOTOOLCHAIN: "local",
    GOFLAGS: "-mod=readonly",
  };
}

/** The version of kube-score a binary was built from (Go's build info), or undefined. */
function builtVersion(bin: string): string | undefined {
  const r = spawnSync("go", ["version", "-m", bin], { encoding: "utf8", env: goEnv() });
  if (r.status !== 0) return undefined;
  return new RegExp(`^\\s*mod\\s+${PACKAGE.replace(/\./g, "\\.")}\\s+(\\S+)`, "m").exec(r.stdout)?.[1];
}

/** The path of a kube-score binary at the pinned version, built first when needed. */
export function kubeScoreBinary(): string {
  const bin = join(cache(), "bin", "kube-score");
  if (spawnSync("go", ["version"], { env: goEnv() }).status !== 0) {
    throw new Error("the kube-score peer check needs the Go toolchain (go 1.26 or newer) on PATH to build kube-score; install Go, or run bash test/e2e/build-tools.sh on a machine that has it");
  }
  if (existsSync(bin) && builtVersion(bin) === KUBE_SCORE_VERSION) return bin;
  mkdirSync(join(cache(), "bin"), { recursive: true });
  execFileSync("go", ["build", "-trimpath", "-ldflags", "-s -w", "-o", `${bin}.tmp`, `${PACKAGE}/cmd/kube-score`], {
    cwd: MODULE_DIR,
    env: goEnv(),
    stdio: ["ignore", "ignore", "pipe"],
  });
  renameSync(`${bin}.tmp`, bin);
  const got = builtVersion(bin);
  if (got !== KUBE_SCORE_VERSION) throw new Error(`built kube-score reports ${got ?? "no version"}, expected ${KUBE_SCORE_VERSION}`);
  return bin;
}

/** One thing kube-score flags: a check below full grade, per comment (a container, or the object). */
export interface KubeScoreFinding {
  readonly check: string;
  readonly kind: string;
  readonly namespace: string;
  readonly name: string;
  readonly container: string;
  readonly summary: string;
}

interface KubeScoreObject {
  readonly type_meta: { readonly kind: string };
  readonly object_meta: { readonly name: string; readonly namespace?: string };
  readonly checks: readonly {
    readonly check: { readonly id: string };
    readonly grade: number;
    readonly skipped: boolean;
    readonly comments: readonly { readonly path: string; readonly summary: string }[] | null;
  }[];
}

/** kube-score's full grade (scorecard.GradeAllOK). */
const ALL_OK = 10;

/** Optional checks turned on: seccomp (the issue asks for RuntimeDefault). The other optional ones are not defaults upstream either. */
export const OPTIONAL_CHECKS = ["container-seccomp-profile"] as const;

/** Runs kube-score over the files (one run, so that NetworkPolicies and the pods they select are seen together). */
export function kubeScore(bin: string, files: readonly string[], kubernetesVersion: string): KubeScoreFinding[] {
  const args = ["score", "--output-format", "json", "--kubernetes-version", `v${kubernetesVersion}`, ...OPTIONAL_CHECKS.flatMap((c) => ["--enable-optional-test", c]), ...files];
  const r = spawnSync(bin, args, { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  // Exit 1 means "something is critical"; anything else, or no JSON, is a failure of the run itself.
  if ((r.status !== 0 && r.status !== 1) || r.stdout.trim() === "") throw new Error(`kube-score exited ${r.status}: ${r.stderr}`);
  const objects = JSON.parse(r.stdout) as KubeScoreObject[];
  return objects.flatMap((o) =>
    o.checks
      .filter((c) => !c.skipped && c.grade < ALL_OK)
      .flatMap((c) =>
        (c.comments ?? [{ path: "", summary: "(no comment)" }]).map((comment) => ({
          check: c.check.id,
          kind: o.type_meta.kind,
          namespace: o.object_meta.namespace ?? "",
          name: o.object_meta.name,
          container: comment.path,
          summary: comment.summary,
        })),
      ),
  );
}
