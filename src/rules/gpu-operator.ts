// What a gpuStack gpu-operator blueprint can get wrong that aifactory can see (AIF-K030..K039). The objects are in
// src/objects/gpu-operator.ts; the operator's behaviour these rules hold to is from [P] NVIDIA/gpu-operator v26.7.0
// (controllers/object_controls.go, controllers/nodelabeling_controller.go; checked 2026-12-01).
import { DEFAULT_DEVICE_PLUGIN_NAMESPACE } from "../model/defaults.js";
import { SYSTEM_NAMESPACE } from "../model/names.js";
import type { ResolvedCluster } from "../model/types.js";
import { clustersOf } from "../model/walk.js";
import { finding, registered, type Rule } from "./rule.js";

const operatorClusters = (m: Parameters<Rule["check"]>[0]): ResolvedCluster[] => clustersOf(m).filter((c) => c.gpuStack === "gpu-operator");

/** The operator passes one mig.strategy to every plugin pod (MIG_STRATEGY, which overrides the config file's flag). */
export const operatorOneMigStrategy: Rule = {
  ...registered("AIF-K030"),
  check: (m) =>
    operatorClusters(m).flatMap((c) => {
      const first = c.pools.find((p) => p.devicePlugin.migStrategy !== "none");
      if (first === undefined) return [];
      return c.pools
        .filter((p) => p.devicePlugin.migStrategy !== "none" && p.devicePlugin.migStrategy !== first.devicePlugin.migStrategy)
        .map((p) =>
          finding(operatorOneMigStrategy, {
            path: [...p.path, "devicePlugin", "migStrategy"],
            message:
              `pool ${c.name}/${p.name}: migStrategy ${p.devicePlugin.migStrategy}, but pool ${first.name} uses ${first.devicePlugin.migStrategy}: ` +
              "under gpuStack gpu-operator the ClusterPolicy's mig.strategy is one for the whole cluster",
            fix: `give pools ${first.name} and ${p.name} one MIG strategy (mixed advertises any layout), or move pool ${p.name} to another cluster`,
          }),
        );
    }),
};

/** The operator runs its device plugin in its own namespace: the static plugin's namespace setting reads nothing. */
export const operatorPluginNamespace: Rule = {
  ...registered("AIF-K031"),
  check: (m) =>
    operatorClusters(m)
      .filter((c) => c.devicePlugin.namespace !== DEFAULT_DEVICE_PLUGIN_NAMESPACE)
      .map((c) =>
        finding(operatorPluginNamespace, {
          path: [...c.path, "devicePlugin", "namespace"],
          message:
            `cluster ${c.name}: devicePlugin.namespace ${c.devicePlugin.namespace} is not read under gpuStack gpu-operator: ` +
            `the operator runs the device plugin, and aifactory writes its config, in the operator's namespace ${c.gpuOperator?.namespace ?? ""}`,
          fix: `remove devicePlugin.namespace from cluster ${c.name}, or set gpuOperator.namespace to the namespace the operator's chart is installed in`,
        }),
      ),
};

/**
 * With the MIG manager on (a pool uses MIG) and its default all-disabled, the operator labels every MIG-capable node
 * that has no nvidia.com/mig.config label all-disabled, and the MIG manager then disables MIG there.
 */
export const operatorMigNeedsLayout: Rule = {
  ...registered("AIF-K032"),
  check: (m) =>
    operatorClusters(m).flatMap((c) =>
      c.pools
        .filter((p) => p.devicePlugin.migStrategy !== "none" && p.devicePlugin.migConfig === undefined)
        .map((p) =>
          finding(operatorMigNeedsLayout, {
            path: [...p.path, "devicePlugin", "migStrategy"],
            message:
              `pool ${c.name}/${p.name}: migStrategy ${p.devicePlugin.migStrategy} without migConfig under gpuStack gpu-operator: ` +
              "the operator labels its nodes nvidia.com/mig.config=all-disabled and its MIG manager disables MIG on them",
            fix: `set devicePlugin.migConfig on pool ${p.name} (e.g. all-1g.23gb; \`aifactory catalog\` lists the layouts), or set its migStrategy to none`,
          }),
        ),
    ),
};

/**
 * The operator's namespace is Helm's, not aifactory's: a namespace aifactory emits (a tenant's, aifactory-system)
 * would be deleted with aifactory's objects, and a tenant's enforces restricted Pod Security, which refuses the
 * operator's privileged pods.
 */
export const operatorNamespaceOwn: Rule = {
  ...registered("AIF-K033"),
  check: (m) =>
    operatorClusters(m).flatMap((c) => {
      const ns = c.gpuOperator?.namespace ?? "";
      const tenant = c.tenants.find((t) => t.name === ns);
      if (tenant === undefined && ns !== SYSTEM_NAMESPACE) return [];
      const whose = tenant !== undefined ? `tenant ${tenant.name}'s namespace` : "aifactory's own namespace (the capacity summary)";
      return [
        finding(operatorNamespaceOwn, {
          path: tenant !== undefined ? [...tenant.path, "name"] : [...c.path, "gpuOperator", "namespace"],
          message: `cluster ${c.name}: the GPU Operator's namespace ${ns} is ${whose}, which aifactory emits: deleting aifactory's objects would delete the operator${tenant !== undefined ? ", and its restricted Pod Security refuses the operator's privileged pods" : ""}`,
          fix: tenant !== undefined ? `rename tenant ${tenant.name}, or install the operator in another namespace and set gpuOperator.namespace` : "install the operator in a namespace of its own (the chart's default gpu-operator) and set gpuOperator.namespace to it",
        }),
      ];
    }),
};

export const GPU_OPERATOR_RULES: readonly Rule[] = [operatorOneMigStrategy, operatorPluginNamespace, operatorMigNeedsLayout, operatorNamespaceOwn];
