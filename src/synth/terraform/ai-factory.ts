// The construct for users' own cdktf apps: `new AiFactory(app, "factory", { blueprint })` adds one stack per cluster
// (the same stacks `aifactory synth` writes, byte for byte) and attaches the blueprint's findings as construct
// validations, so that an error fails `cdktf synth` with `aifactory validate`'s located lines. Per cluster and pool
// it exposes what users wire into their own resources: the stack, its kubernetes provider, pool labels and taints,
// capacity figures.
import { readFileSync, statSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import { Construct } from "constructs";
import { specialFileKind } from "../../io/read-file.js";
import { MAX_BLUEPRINT_BYTES, loadErrors } from "../../blueprint/errors.js";
import type { AIFactoryBlueprint } from "../../blueprint/generated/blueprint-types.js";
import { type Analysis, analyzeBlueprint, analyzeText } from "../../check/analyze.js";
import type { Finding } from "../../findings/finding.js";
import type { ResolvedCluster, ResolvedPool, ResolvedTaint, Totals } from "../../model/types.js";
import type { ClusterObjects } from "../../objects/index.js";
import { findingLine } from "./finding-lines.js";
import type { KubernetesProvider } from "./provider.js";
import { type ClusterStack, addClusterStacks } from "./stack.js";

export interface AiFactoryProps {
  /** A blueprint file (YAML or JSON; relative to `cwd`), or a blueprint built with the DSL (`factory({...})`). */
  readonly blueprint: string | AIFactoryBlueprint;
  /** "kind": nodes without GPUs (the device plugin idles instead of failing). @default "default" */
  readonly profile?: "default" | "kind";
  /** Overrides the blueprint's program.nearLimitPercent. @default the blueprint's value (itself @default 90) */
  readonly nearLimitPercent?: number;
  /** Directory a relative blueprint path is read from. @default process.cwd() */
  readonly cwd?: string;
  /** How findings name the blueprint. @default the path as given, or "blueprint" for a DSL object */
  readonly file?: string;
}

/** One pool, as users' node-group resources need it. */
export interface AiFactoryPool {
  readonly name: string;
  /** Node labels the pool's nodes must carry (the device plugin and workloads select on them). */
  readonly labels: Readonly<Record<string, string>>;
  readonly taints: readonly ResolvedTaint[];
  readonly nodes: number;
  readonly racks: number;
  readonly gpus: number;
  /** nvidia.com/gpu units the pool advertises (GPUs × sharing replicas). */
  readonly advertisedGpus: number;
  readonly totals: Totals;
  /** The whole resolved pool (catalog system, power figures, device plugin config). */
  readonly resolved: ResolvedPool;
}

/** One cluster: its stack (add your resources here), its kubernetes provider, its pools. */
export interface AiFactoryCluster {
  readonly name: string;
  readonly site: string;
  readonly stack: ClusterStack;
  readonly provider: KubernetesProvider;
  readonly pools: readonly AiFactoryPool[];
  readonly advertisedGpus: number;
  readonly totals: Totals;
  readonly resolved: ResolvedCluster;
}

export class AiFactory extends Construct {
  /** The blueprint as findings name it. */
  readonly file: string;
  /** Every finding, sorted as `aifactory validate` prints them. */
  readonly findings: readonly Finding[];
  /** The clusters in blueprint order; none when the blueprint does not load (its findings fail validation). */
  readonly clusters: readonly AiFactoryCluster[];
  /** The analysis behind it (typed blueprint, resolved model, Kubernetes objects). */
  readonly analysis: Analysis;

  /**
   * @param scope the cdktf App: the cluster stacks are added to it, named after the clusters (as `aifactory synth`
   *   names them), so that Terraform state addresses do not depend on this construct's id.
   */
  constructor(scope: Construct, id: string, props: AiFactoryProps) {
    super(scope, id);
    const file = props.file ?? (typeof props.blueprint === "string" ? props.blueprint : "blueprint");
    const options = {
      ...(props.profile === undefined ? {} : { profile: props.profile }),
      ...(props.nearLimitPercent === undefined ? {} : { nearLimitPercent: props.nearLimitPercent }),
    };
    const analysis =
      typeof props.blueprint === "string"
        ? analyzeFileSync(props.blueprint, file, props.cwd, options)
        : analyzeBlueprint(props.blueprint, file, options);
    this.file = file;
    this.analysis = analysis;
    this.findings = analysis.findings;
    const objects: readonly ClusterObjects[] = analysis.objects ?? [];
    if (analysis.objects === undefined) {
      // Nothing to build: the load findings fail validation here, each in `aifactory validate`'s format.
      const lines = analysis.findings.map((f) => findingLine(f, file));
      this.node.addValidation({ validate: () => lines });
    }
    const stacks = addClusterStacks(scope, objects, analysis.findings, { file });
    this.clusters = stacks.map((stack) => clusterView(stack));
  }

  /** The cluster named `name`; throws naming the clusters there are. */
  cluster(name: string): AiFactoryCluster {
    const found = this.clusters.find((c) => c.name === name);
    if (found === undefined) {
      throw new Error(`no cluster "${name}" in ${this.file}: its clusters are ${this.clusters.map((c) => c.name).join(", ") || "none"}`);
    }
    return found;
  }
}

function clusterView(stack: ClusterStack): AiFactoryCluster {
  const c = stack.cluster;
  return {
    name: c.name,
    site: c.site,
    stack,
    provider: stack.kubernetesProvider,
    pools: c.pools.map((p) => ({
      name: p.name,
      labels: p.labels,
      taints: p.taints,
      nodes: p.nodes,
      racks: p.racks,
      gpus: p.gpus,
      advertisedGpus: p.advertisedGpus,
      totals: p.totals,
      resolved: p,
    })),
    advertisedGpus: c.advertisedGpus,
    totals: c.totals,
    resolved: c,
  };
}

/**
 * A construct is built synchronously, and src/io's one reader is asynchronous: the file is read synchronously here,
 * with that reader's checks before opening (regular files only, the size limit) and the same AIF-IO findings.
 */
function analyzeFileSync(path: string, file: string, cwd: string | undefined, options: { profile?: "default" | "kind"; nearLimitPercent?: number }): Analysis {
  const full = isAbsolute(path) ? path : resolve(cwd ?? process.cwd(), path);
  const at = (finding: Finding): Analysis => ({ file, findings: [{ ...finding, location: { file, line: 1, column: 1 } }] });
  let text: string;
  try {
    const info = statSync(full);
    // Judged before opening, as the async reader does: a FIFO would block, a device never end.
    const special = specialFileKind(info);
    if (special !== undefined) return at(loadErrors.cannotRead(file, special === "a directory" ? "it is a directory" : `it is ${special}, not a regular file`));
    if (info.size > MAX_BLUEPRINT_BYTES) return at(loadErrors.fileTooLarge(info.size, MAX_BLUEPRINT_BYTES));
    text = readFileSync(full, "utf8");
  } catch (e) {
    // The edge of the program: a file that cannot be read is a finding, as in the CLI.
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return at(loadErrors.fileNotFound(file));
    if (typeof code === "string") return at(loadErrors.cannotRead(file, code));
    throw e;
  }
  return analyzeText(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, file, options);
}
