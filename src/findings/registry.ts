// The one registry of finding codes: every code aifactory can report, with its family, severity, a one-line title
// and help text (why the check exists, how to fix what it finds). SARIF rules, `aifactory explain`, the README's code
// table and CONTRIBUTING's list come from here; a test fails when any of them, or a check, disagrees with it.
// Codes are stable: never renumbered, never reused for another meaning.
import type { Severity } from "./finding.js";

export type FindingFamily =
  | "yaml"
  | "schema"
  | "io"
  | "power"
  | "density"
  | "topology"
  | "kubernetes"
  | "network"
  | "references"
  | "scheduling"
  | "security"
  | "verify";

export interface FindingCode {
  readonly code: string;
  readonly family: FindingFamily;
  readonly severity: Severity;
  /** One line: what the check holds the blueprint to. */
  readonly title: string;
  /** Why the check exists (with the source of its limit) and how to fix what it finds; not specific to one finding. */
  readonly help: string;
}

/** Code prefix and README wording per family, in the order the README lists them. */
export const FAMILIES: Readonly<Record<FindingFamily, { readonly prefix: string; readonly summary: string }>> = {
  yaml: { prefix: "AIF-Y", summary: "YAML: syntax, several documents in one file, duplicate keys, alias bombs, empty file, unsupported tags, CR-only line endings" },
  schema: { prefix: "AIF-S", summary: "schema: apiVersion/kind, unknown or missing fields, types, allowed values, patterns, ranges" },
  io: { prefix: "AIF-IO", summary: "file access: not found, unreadable, too large (4 MiB), not UTF-8, not a regular file (device, pipe, socket), DSL module that does not load" },
  power: { prefix: "AIF-P", summary: "power: halls, sites, phases and the program within their budgets and caps" },
  density: { prefix: "AIF-D", summary: "density and cooling: rack power and cooling of the halls" },
  topology: { prefix: "AIF-T", summary: "topology: NVLink racks, node limits, pods per node" },
  kubernetes: { prefix: "AIF-K", summary: "Kubernetes: quotas, shares, MIG and sharing, priority tiers, versions" },
  network: { prefix: "AIF-N", summary: "network: switch ports, NICs per GPU, fat-tree size" },
  references: { prefix: "AIF-R", summary: "references and names: what names what, uniqueness, phase order" },
  scheduling: { prefix: "AIF-Q", summary: "scheduling: Kueue queues, quotas per flavor, topology levels, rack-local gangs" },
  security: { prefix: "AIF-SEC", summary: "security baseline of the emitted objects" },
  verify: { prefix: "AIF-V", summary: "verify: a live cluster against the blueprint (pool nodes, GPUs, device plugin pods, namespaces, quotas)" },
};

const entries = (family: FindingFamily, list: readonly (readonly [string, Severity, string, string])[]): FindingCode[] =>
  list.map(([code, severity, title, help]) => ({ code, family, severity, title, help }));

const E = "error" as const;
const W = "warning" as const;

export const FINDING_CODES: readonly FindingCode[] = [
  ...entries("yaml", [
    ["AIF-Y001", E, "The file is well-formed YAML.", "The parser could not read the text at this position. Check indentation (spaces, never tabs), colons after keys, and `- ` before list items."],
    ["AIF-Y002", E, "A blueprint file holds exactly one YAML document.", "A `---` separator starts a second document, which aifactory would otherwise silently ignore. Split the documents into one file each."],
    ["AIF-Y003", E, "Keys are unique within each mapping.", "YAML readers disagree on which of two equal keys wins, so the blueprint would mean different things to different tools. Keep one of them."],
    ["AIF-Y004", E, "YAML aliases expand a bounded number of times.", "Aliases of aliases (a \"billion laughs\" document) expand exponentially and can exhaust memory; aifactory stops at 10,000 expansions. Write the repeated parts out."],
    ["AIF-Y005", E, "The file is not empty.", "A blueprint needs apiVersion, kind, metadata and spec. Start from a bundled blueprint such as blueprints/dev-kind.yaml."],
    ["AIF-Y006", E, "The top level of the document is a mapping.", "A blueprint is a mapping of `key: value` lines at its top level, not a list or a scalar."],
    ["AIF-Y007", E, "The document uses no YAML tags.", "Tags (`!tag`) make YAML construct application-specific values; blueprints use plain values only. Remove the tag."],
    ["AIF-Y010", E, "Every key is indented like the other fields of its mapping.", "YAML reads structure from indentation: a key indented deeper than the field above it (which has a value on its own line) or lining up with no field is a syntax error that parsers report confusingly. Indent the key like its sibling fields."],
    ["AIF-Y008", E, "The document is nested to a bounded depth.", "A blueprint is about ten levels deep; much deeper nesting is refused as a resource-exhaustion risk. Check that this is a blueprint."],
    ["AIF-Y009", E, "Lines end in LF or CRLF, not in CR alone.", "YAML readers break lines at LF: a file saved with classic Mac OS line endings (CR alone) reads as one line, often one comment. Convert the line endings to LF."],
  ]),
  ...entries("io", [
    ["AIF-IO001", E, "The named file exists.", "Relative paths are resolved against the current directory. Check the path."],
    ["AIF-IO002", E, "The named file can be read.", "aifactory reads regular files only: a directory, a device or a file without read permission is refused. Pass a readable blueprint file."],
    ["AIF-IO003", E, "The file is within the size limit (4 MiB).", "The limit keeps a wrong file (a log, a dump) from being read into memory whole; the 10 GW reference blueprint is under 100 KiB. Split a very large factory into several blueprints."],
    ["AIF-IO004", E, "The file is UTF-8 text.", "Blueprints are YAML or JSON text in UTF-8; NUL bytes or invalid byte sequences mean binary data or another encoding. Save the file as UTF-8."],
    ["AIF-IO005", E, "A DSL module loads and exports a blueprint.", "A compiled ES module whose default export is the blueprint object. Build it (`npm run build`) and pass the compiled .js file."],
    ["AIF-IO006", E, "DSL blueprints are passed compiled, not as TypeScript.", "Node cannot import .ts files without a loader. Run `npm run build` and pass the compiled module from dist/."],
    ["AIF-IO007", E, "The named file is a regular file.", "Devices (/dev/zero), named pipes and sockets may never end or never answer, so aifactory refuses them (after following symbolic links) before reading a byte. Pass the blueprint file itself."],
  ]),
  ...entries("schema", [
    ["AIF-S001", E, "The blueprint names the supported apiVersion (aifactory.dev/v1alpha1).", "The apiVersion says which format the file follows, so that a newer format is never read as an older one. Set `apiVersion: aifactory.dev/v1alpha1`."],
    ["AIF-S002", E, "The blueprint's kind is AIFactory.", "The kind says what the document describes. Set `kind: AIFactory`."],
    ["AIF-S003", E, "Every field is one the schema knows.", "Unknown fields are errors, not ignored: a typo would otherwise silently fall back to a default. Fix the spelling (the message suggests the closest field) or remove the field; schemas/blueprint.schema.json lists every field."],
    ["AIF-S004", E, "Every required field is present.", "Required fields have no default that would be safe to assume. Add the field."],
    ["AIF-S005", E, "Every value has the type its field takes.", "Numbers, strings, lists and mappings are not converted into each other. Note that YAML reads an unquoted 1.30 as the number 1.3: quote versions."],
    ["AIF-S006", E, "Every value is one of its field's allowed values.", "Enumerated fields (system ids, cooling, fabrics, profiles) take only listed values; `aifactory catalog` lists the systems."],
    ["AIF-S007", E, "Names and formatted strings match their pattern.", "Names become Kubernetes names, so they must be DNS-1123 labels (lower-case letters, digits and '-', at most 63 characters); dates and versions have fixed formats."],
    ["AIF-S008", E, "Numbers are within their field's range.", "Ranges exclude values that cannot be real (a negative power, a PUE below 1). Use a value within the range the message gives."],
    ["AIF-S009", E, "Exactly one of two alternative fields is given.", "Some elements are sized or shared one way or the other (racks or nodes; gpuQuota or gpuShare): giving both or neither is ambiguous."],
    ["AIF-S010", E, "Lists and strings have a size within their bounds.", "Lists that must not be empty, and strings with a length limit, are bounded by the schema. Add or remove items as the message says."],
    ["AIF-S011", E, "The value satisfies the schema in every other respect.", "A schema rule without a more specific message. Compare this part of the blueprint with schemas/blueprint.schema.json."],
    ["AIF-S012", "info", "An element with a schema error is left out of the capacity and security checks, which run on the rest.", "So that one run reports every finding, the checks run on what the schema errors leave intact; an element whose error has no plain repair (a pool with an unknown system, say) is left out, and the totals and limits are checked without it. Fix the error it names; the next run checks the element too."],
    ["AIF-S013", "info", "The capacity and security checks did not run: a schema error leaves no blueprint to check.", "An error outside any element that could be left out (the program, metadata, the structure of spec) leaves nothing the checks can trust. Fix the schema errors; the next run reports the capacity and security findings too."],
  ]),
  ...entries("power", [
    ["AIF-P001", E, "The pools placed in a hall draw no more IT power (GPU systems plus their share of the network) than the hall's itPowerMW.", "A hall's IT budget is what its power distribution and cooling are built for. Move pools to another hall, shrink the largest pool, or raise the hall's itPowerMW if the hall really has it."],
    ["AIF-P002", E, "A site's facility power (IT × PUE) stays within its grid interconnect.", "Facility power is IT power times the site's PUE (default 1.2); it cannot exceed what the grid connection delivers. Shrink pools, improve the PUE, or raise gridInterconnectMW to the contracted figure."],
    ["AIF-P003", E, "The facility power of a phase and every earlier phase stays within that phase's cumulativeCapMW.", "A phase's cap is cumulative: it counts the sites of that phase and of all earlier ones. Move a site to a later phase, shrink it, or raise the phase's cap."],
    ["AIF-P004", E, "The program's facility power stays within its powerCapMW (default 10 GW).", "The default cap is the 10 GW of the OpenAI–NVIDIA letter of intent (openai.com, 22 Sep 2025). Shrink the factory or set program.powerCapMW to your program's cap."],
    ["AIF-P005", W, "A hall, site, phase or the program reaches the near-limit share (program nearLimitPercent, default 90 %) of its power limit.", "A warning before the limit: little headroom remains for growth or for figures that turn out higher. Plan the headroom, or set program.nearLimitPercent."],
  ]),
  ...entries("density", [
    ["AIF-D001", E, "A pool's rack power stays within the maxRackKW of the hall it is placed in.", "Rack power is set by the system (e.g. about 120 kW for a GB200 NVL72 rack, NVIDIA DGX GB200 documentation); a hall can feed and cool racks only up to its maxRackKW. Place the pool in a denser hall, or raise maxRackKW if the hall supports it."],
    ["AIF-D002", E, "Liquid-cooled systems are not placed in air-cooled halls.", "Rack-scale NVLink systems (NVL72 and later) are liquid-cooled by design. Place them in a hall with `cooling: liquid`."],
  ]),
  ...entries("topology", [
    ["AIF-T001", E, "Rack-scale NVLink pools (NVL72 and later) sized in nodes come in whole racks: the NVLink domain spans the rack.", "An NVL72 rack is one NVLink domain of 18 compute trays; a partial rack is not a product. Size the pool in racks, or in a multiple of the nodes per rack."],
    ["AIF-T002", E, "A cluster's nodes stay within its node limit (profile upstream 5,000, gke 65,000, eks 100,000, or explicit).", "Upstream Kubernetes is tested to 5,000 nodes (kubernetes.io, large clusters); GKE supports 65,000 and EKS 100,000 per their providers. Split the cluster, or choose the nodeLimit profile of the service you run on."],
    ["AIF-T003", W, "maxPodsPerNode stays within the upstream tested 110 pods per node.", "Kubernetes is tested to 110 pods per node (kubernetes.io, large clusters). Lower maxPodsPerNode unless your platform documents more."],
    ["AIF-T004", W, "The nvidia.com/gpu units a node advertises (GPUs × sharing replicas) do not exceed the pods it may run.", "With time-slicing or MPS each GPU is advertised as several units; units beyond the node's pod limit can never be used. Lower the replicas or raise maxPodsPerNode."],
    ["AIF-T005", W, "A cluster's nodes reach the near-limit share (program nearLimitPercent, default 90 %) of its node limit.", "A warning before the limit: growth would push the cluster over it. Plan a split, or set program.nearLimitPercent."],
    ["AIF-T006", E, "A pool gives its size: racks (rack-scale systems) or nodes.", "Rack-scale systems are sized in racks and 8-GPU systems in nodes. Add `racks:` or `nodes:`."],
  ]),
  ...entries("kubernetes", [
    ["AIF-K001", E, "Tenant GPU quotas in a cluster add up to no more than the nvidia.com/gpu units it advertises (GPUs, times replicas when sharing is on).", "A quota larger than the capacity promises GPUs that do not exist. Lower the quotas, or add capacity (the unit is what the device plugin advertises: GPUs, or shared replicas under time-slicing or MPS)."],
    ["AIF-K002", E, "Tenant gpuShare values in a cluster add up to at most 1.", "Shares are fractions of the cluster's GPUs. Lower them so that they add up to 1 or less."],
    ["AIF-K003", E, "A MIG strategy (single or mixed) is only set on systems whose GPUs support MIG.", "MIG partitions data-centre GPUs that support it (NVIDIA MIG user guide). Remove the MIG strategy or choose a system with MIG."],
    ["AIF-K004", W, "A MIG strategy on a system whose MIG support is UNCONFIRMED in the catalog.", "The catalog has no source yet for this system's MIG support. Check the vendor's documentation and record it with a catalog override."],
    ["AIF-K005", E, "A pool uses time-slicing or MPS, not both: the device plugin accepts one sharing strategy per config.", "NVIDIA's device plugin config (version v1) takes one sharing strategy. Keep one of them."],
    ["AIF-K006", E, "MPS sharing is not combined with MIG: the device plugin does not support MPS on MIG devices.", "NVIDIA's device plugin rejects MPS with MIG. Use MIG, or MPS on whole GPUs."],
    ["AIF-K007", E, "Priority tier values in a cluster are unique, so that tiers order workloads unambiguously.", "Two PriorityClasses with one value do not order their pods. Give each tier its own value."],
    ["AIF-K008", E, "A tenant gives exactly one of gpuQuota or gpuShare.", "A tenant's GPUs are either a count or a share of the cluster. Keep one of them."],
    ["AIF-K009", E, "A cluster runs Kubernetes 1.25 or later: the emitted namespaces rely on Pod Security Admission, stable from 1.25.", "Pod Security Admission is stable since Kubernetes 1.25 (kubernetes.io); earlier versions would ignore the namespaces' security labels. Raise kubernetesVersion."],
    ["AIF-K010", E, "A pool's labels and selector leave alone the node label keys aifactory sets (aifactory.dev/pool, system, hall) and those NVIDIA's software sets (nvidia.com/gpu.*, nvidia.com/mig.*, nvidia.com/device-plugin.config).", "aifactory stamps its own keys from the pool (exported in node-labels.json), and GPU Feature Discovery rewrites its keys from the hardware: a blueprint value would be overwritten, or would select no node. Remove the key, use a key of your own, or give the value aifactory or GFD gives the pool."],
    ["AIF-K011", E, "No node can be matched by the selectors of two pools of one cluster (a pool selects its system's GFD product label plus its own selector).", "A node found by two pools would run two device plugin DaemonSets and count in both pools. Pools of one system need a selector label with a different value each (an instance type, a zone, or aifactory.dev/pool stamped by the node provisioner)."],
    ["AIF-K012", E, "A pool's migConfig names a MIG layout of its system (all-<profile> or all-balanced, from NVIDIA's default MIG configuration), with a MIG strategy that can advertise it: single takes one profile, mixed any.", "NVIDIA's MIG manager applies only the layouts its config names, and the device plugin's single strategy advertises one profile as nvidia.com/gpu (GFD marks a node with several profiles invalid). Choose a layout `aifactory catalog` lists for the system, set migStrategy, or use mixed for several profiles."],
    ["AIF-K013", W, "A pool with a MIG strategy gives its MIG layout (migConfig), so that aifactory knows what its nodes advertise.", "Without a layout nothing partitions the GPUs declaratively, and the pool's advertised units, quotas and example Jobs count whole GPUs. Set devicePlugin.migConfig (e.g. all-1g.10gb), or set migStrategy to none."],
    ["AIF-K014", E, "A pool's labels and selector, which the provisioner stamps through the kubelet's --node-labels, hold no key in the kubernetes.io or k8s.io namespaces that the kubelet refuses.", "The kubelet refuses to start when --node-labels holds a kubernetes.io or k8s.io key outside its allowed set (kubernetes.io/hostname, os, arch, topology.kubernetes.io/zone and region, node.kubernetes.io/instance-type and the beta and failure-domain forms) and the kubelet.kubernetes.io and node.kubernetes.io namespaces (kubernetes/kubernetes, well_known_labels.go and the kubelet's ValidateKubeletFlags). Use a key of your own, or label the nodes after they join."],
    ["AIF-K015", E, "A pool's taints are unique by key and effect.", "The API server refuses a Node whose taints repeat a key and effect (kubernetes/kubernetes, validateNodeTaints): the node would never register. Remove the repeated taint or change its key or effect."],
    ["AIF-K016", E, "Every emitted object fits Kubernetes' size limits: a ConfigMap's data at most 1 MiB (1,048,576 bytes).", "The API server refuses a ConfigMap whose data and binaryData add up to more than 1 MiB (kubernetes/kubernetes, ValidateConfigMap; kubernetes.io ConfigMap docs). The capacity summary lists every pool and tenant of the cluster, the device plugin ConfigMap every distinct config: split the cluster, or use fewer distinct device plugin configs."],
    ["AIF-K020", E, "A cluster with gpuStack dra runs Kubernetes 1.34 or later.", "Dynamic Resource Allocation's resource.k8s.io/v1 API (DeviceClass, ResourceClaimTemplate) is GA and served by default from Kubernetes 1.34 (kubernetes.io, Dynamic Resource Allocation); on older clusters the API server refuses the objects. NVIDIA's DRA driver for GPUs (v0.4.0 docs/prerequisites.md) asks for 1.34.2 or later and, for ComputeDomains, GPU driver 570.158.01 or later: a blueprint names minors only, so the patch and the GPU driver are assumptions aifactory cannot check. Upgrade the cluster, or keep gpuStack device-plugin."],
    ["AIF-K021", W, "A cluster's gpuOperator section comes with gpuStack gpu-operator.", "gpuOperator says where the NVIDIA GPU Operator is installed; only gpuStack gpu-operator reads it, so on another stack it sets nothing. Set gpuStack: gpu-operator, or remove the section."],
    ["AIF-K022", E, "A pool of a cluster with gpuStack dra shares no GPUs (no time-slicing or MPS replicas).", "Under DRA a GPU is shared by the pods that reference one ResourceClaim, or by the driver's per-claim sharing settings (NVIDIA/k8s-dra-driver-gpu v0.4.0 api/nvidia.com/resource/v1beta1/gpuconfig.go, GpuConfig.sharing), not by advertising it several times: devicePlugin.sharing is read by the static device plugin only, and aifactory's DRA stack claims whole GPUs (DeviceClass gpu.aifactory.dev). Remove devicePlugin.sharing from the pool, or keep gpuStack device-plugin for it."],
    ["AIF-K023", E, "A pool of a cluster with gpuStack dra has no MIG settings (migStrategy none, no migConfig).", "NVIDIA's DRA driver publishes MIG devices of its own class mig.nvidia.com (chart dra-driver-nvidia-gpu 0.4.0), whose profiles and layout it manages itself; the device plugin's migStrategy and the nvidia.com/mig.config layouts aifactory stamps are not read, and aifactory's DRA stack claims whole GPUs (DeviceClass gpu.aifactory.dev, quota on the MIG class at 0). Remove the pool's MIG settings, or keep gpuStack device-plugin for it."],
    ["AIF-K024", E, "A cluster with gpuStack dra does not enable Kueue (scheduling.kueue).", "aifactory's ClusterQueues quota nvidia.com/gpu, which no node advertises under DRA; Kueue counts DRA devices only through deviceClassMappings in its Configuration, behind the alpha DynamicResourceAllocation feature gate, off by default (sigs.k8s.io/kueue v0.17.0 apis/config/v1beta2/configuration_types.go, pkg/features/kube_features.go), so every GPU Job would stay inadmissible. Remove scheduling.kueue from the cluster, or keep gpuStack device-plugin."],
    ["AIF-K025", E, "A rack-scale NVLink pool of a cluster with gpuStack dra has at most 32 GPUs per node.", "One ResourceClaim allocates at most 32 devices (resource.k8s.io/v1 AllocationResultsMaxSize; the scheduler's allocator refuses a claim asking for more: k8s.io/dynamic-resource-allocation v0.34.4 structured/internal/stable/allocator_stable.go), so no pod could claim every GPU of such a node in one claim, as aifactory's multi-node ComputeDomain example does. Check the gpusPerNode override, or keep gpuStack device-plugin."],
    ["AIF-K026", W, "A cluster with gpuStack dra has no devicePlugin deployment settings (version, imageDigest, namespace).", "Under DRA aifactory deploys no device plugin: the cluster's devicePlugin section pins nothing (NVIDIA's DRA driver is installed with its own Helm chart, version and namespace). Remove the section, or set gpuStack: device-plugin."],
    ["AIF-K030", E, "The pools of a gpuStack gpu-operator cluster share one MIG strategy (none aside).", "The GPU Operator passes the ClusterPolicy's mig.strategy to every device plugin pod as MIG_STRATEGY, which overrides the strategy in the pool's config file (NVIDIA/gpu-operator v26.7.0 controllers/object_controls.go): one strategy per cluster. Pools without MIG are fine under single or mixed. Give the MIG pools one strategy (mixed advertises any layout), or split the cluster."],
    ["AIF-K031", W, "A gpuStack gpu-operator cluster does not set devicePlugin.namespace, which only aifactory's static plugin reads.", "Under the GPU Operator the device plugin runs in the operator's namespace (gpuOperator.namespace, @default gpu-operator), where aifactory writes the plugin's ConfigMap; devicePlugin.namespace sets nothing. devicePlugin.version and imageDigest are read: they become the ClusterPolicy's devicePlugin.version (a digest pins the image). Remove devicePlugin.namespace, or set gpuOperator.namespace."],
    ["AIF-K032", E, "A MIG pool of a gpuStack gpu-operator cluster gives its MIG layout (migConfig).", "With MIG in use aifactory enables the operator's MIG manager with the default config all-disabled: the operator labels every MIG-capable node without an nvidia.com/mig.config label all-disabled (NVIDIA/gpu-operator v26.7.0 controllers/nodelabeling_controller.go), and the MIG manager disables MIG there, so a layout made out of band is undone. Set devicePlugin.migConfig, or migStrategy none."],
    ["AIF-K033", E, "The GPU Operator's namespace (gpuOperator.namespace) is not a namespace aifactory emits: a tenant's, or aifactory-system.", "The operator's Helm chart creates and owns its namespace (helm install --create-namespace). A namespace aifactory emits would be deleted with aifactory's objects (kubectl delete -k, terraform destroy), taking the operator with it, and a tenant's namespace enforces restricted Pod Security, which refuses the operator's privileged pods. Install the operator in a namespace of its own (the chart's default gpu-operator) and name it in gpuOperator.namespace, or rename the tenant."],
  ]),
  ...entries("network", [
    ["AIF-N001", E, "The scale-out switch ports suffice for the NICs at the chosen oversubscription (leaf downlinks plus inter-switch links).", "Every NIC needs a leaf port, and leaves need uplinks at the oversubscription given. Add switches, choose a switch of higher radix for the fabric, or raise the oversubscription."],
    ["AIF-N002", W, "Nodes have one scale-out NIC per GPU (rail-optimised, as the catalog's systems ship); fewer NICs cut each GPU's bandwidth.", "NVIDIA's reference systems ship one ConnectX NIC per GPU (DGX and GB200 documentation). Restore nicsPerNode to the GPU count unless the workload does not need it."],
    ["AIF-N003", W, "A cluster's NIC ports fit a three-tier fat tree of the switch radix (k³/4 ports non-blocking).", "A three-tier fat tree of radix k connects at most k³/4 hosts non-blocking. Split the cluster's fabric or choose a switch of higher radix of the same fabric (networking.switch; `aifactory catalog` lists the switches and their fabrics)."],
    ["AIF-N004", E, "The switch a cluster names (networking.switch) builds the cluster's fabric: no InfiniBand switch in an Ethernet fabric, and the reverse.", "Quantum InfiniBand switches and Spectrum Ethernet switches do not interconnect in one fat tree. Name a switch of the cluster's fabric (`aifactory catalog` lists each switch's fabrics), or leave networking.switch out to take the fabric's default."],
  ]),
  ...entries("scheduling", [
    ["AIF-Q001", E, "The Kueue nominal quotas of a flavor (a pool), added over the tenants' ClusterQueues, stay within the nvidia.com/gpu units the pool advertises.", "Kueue admits Jobs against nominal quotas, not against nodes: quotas above the pool's GPUs admit Jobs whose pods then wait unschedulable. Lower the tenants' flavorQuotasGPUs for the pool, or grow the pool."],
    ["AIF-Q002", E, "Every level of a Kueue Topology is a label the nodes of each pool using it carry.", "Kueue's topology-aware scheduling places pods by the node labels of the levels (Kueue docs, Topology Aware Scheduling); a level no node carries leaves every Job of the flavor unplaceable. Use labels the nodes have: the pool's labels, aifactory.dev/hall, nvidia.com/gpu.clique (GPU Feature Discovery, rack-scale NVLink systems), topology.rackLabel (stamped per rack by the provisioner) or kubernetes.io/hostname."],
    ["AIF-Q003", E, "A rack-local training gang (rackLocalTraining.gangGPUs) fits one NVLink domain of every pool of the cluster.", "A gang that must stay in one NVLink domain cannot be larger than the domain: 72 GPUs on an NVL72 rack, 8 on an HGX node (catalog nvlinkDomainGpus, with its source). Lower gangGPUs, or move the pools without a large enough domain to another cluster."],
    ["AIF-Q004", E, "Kueue queue settings name a tenant of the cluster, once, and flavor quotas name a pool of the cluster.", "scheduling.kueue.queues[] sets a tenant's ClusterQueue; a name that is not a tenant (or a pool, in flavorQuotasGPUs) sets nothing. Fix the name."],
    ["AIF-Q005", W, "Rack-local training (rackLocalTraining) comes with a Kueue topology (scheduling.kueue.topology).", "Without a Topology, Kueue cannot keep a gang's pods in one rack: the example Jobs carry no rack request and a gang may span NVLink domains. Add `topology: {}`."],
    ["AIF-Q006", W, "A tenant's Kueue borrowing limit stays at 0 while its namespace's ResourceQuota caps it at its GPU quota.", "The tenant's ResourceQuota (requests.nvidia.com/gpu) stays its GPU quota: a Job Kueue admits on borrowed GPUs would have its pods refused by the quota. Keep borrowingLimitGPUs at 0, or raise the tenant's gpuQuota/gpuShare instead."],
  ]),
  ...entries("references", [
    ["AIF-R001", E, "A site's phase names a phase of the program.", "Sites come online with a phase of the program. Name one of the phases under spec.program.phases."],
    ["AIF-R002", E, "A pool's hall names a hall of the pool's own site.", "A pool draws power from one hall of its site. Name one of the site's halls."],
    ["AIF-R003", E, "Phase names are unique in the program.", "Sites name their phase; two phases of one name are ambiguous. Rename one."],
    ["AIF-R004", E, "Site names are unique in the factory.", "Site names identify sites in reports, diffs and Terraform. Rename one."],
    ["AIF-R005", E, "Hall names are unique within a site.", "Pools name their hall, so two halls of one name are ambiguous. Rename one."],
    ["AIF-R006", E, "Cluster names are unique across the factory: they become Terraform stack names and kubeconfig contexts.", "Two clusters of one name would write the same stack. Rename one."],
    ["AIF-R007", E, "Pool names are unique within a cluster: they become node labels and device plugin config names.", "Two pools of one name would share node labels and a device plugin config. Rename one of them."],
    ["AIF-R008", E, "Tenant names are unique within a cluster: they become namespaces.", "Two tenants of one name would share a namespace and its quota. Rename one of them."],
    ["AIF-R009", E, "Phases' cumulative caps do not decrease from one phase to the next (they include every earlier phase).", "A cumulative cap counts every earlier phase, so it cannot shrink. Raise the later cap."],
    ["AIF-R010", E, "Phases come online in blueprint order (cumulative totals add phases in that order).", "Cumulative caps add phases in blueprint order. List the phases in the order they come online."],
    ["AIF-R011", E, "No phase's cumulative cap exceeds the program's power cap.", "The program cap bounds every phase. Lower the phase's cap or raise program.powerCapMW."],
    ["AIF-R012", E, "Priority tier names are unique within a cluster: they become PriorityClass names.", "Two tiers of one name would be one PriorityClass with two values. Rename one of them."],
    ["AIF-R013", W, "A catalog figure is overridden at most once per system (otherwise the last override wins).", "Two overrides of one figure disagree about the hardware. Keep one, with its source."],
    ["AIF-R014", W, "The pools of a phase's sites use the phase's platform, when the phase names one.", "A phase that names a platform (e.g. Vera Rubin for the first gigawatt of the 2025 letter of intent) expects its sites' pools on it. Choose a system of that platform, or change the phase's platform."],
    ["AIF-R015", W, "A pool, phase platform or catalog override names a system by its current id, not a deprecated one.", "A deprecated id still loads and resolves to the system that replaced it: vera-rubin-nvl144 (NVIDIA's GTC 2025 name, counting dies) is Vera Rubin NVL72 since CES/GTC 2026, 72 GPU packages of 2 dies. Write the current id (`aifactory catalog` lists the deprecated ids)."],
    ["AIF-R016", E, "A tenant's name (its namespace) is not the device plugin's namespace, aifactory-system, default, or a kube-* name.", "The tenant's quota, limits and network policies would land in a namespace that Kubernetes or aifactory already uses (kubernetes.io: default and kube-* are Kubernetes' own). Rename the tenant."],
    ["AIF-R017", E, "A priority tier's name does not start with system-: the API server refuses PriorityClass names with that prefix.", "Kubernetes reserves the system- prefix for its own PriorityClasses (kubernetes.io, pod priority and preemption). Rename the tier."],
    ["AIF-R018", E, "Names aifactory derives from pool names (example Jobs, kind smoke pods) stay distinct once cut to 63 characters.", "Object names derived from long pool names are cut to the 63-character DNS label limit; two pools that share the first characters would write one object. Shorten one of the pool names."],
  ]),
  ...entries("security", [
    ["AIF-SEC001", E, "Every namespace carries the Pod Security Admission labels enforce, enforce-version, audit and warn, with valid levels.", "Pod Security Admission (kubernetes.io) enforces a namespace's level only when its labels say so. aifactory writes them; this finding means an emitted namespace lacks one."],
    ["AIF-SEC002", E, "A namespace whose Pod Security level is above restricted (enforce, audit or warn) says why in the aifactory.dev/pod-security-reason annotation.", "Every exception to the restricted level is recorded with its reason, so that a reviewer sees why."],
    ["AIF-SEC003", E, "No container is privileged unless its object records why (aifactory.dev/privileged-reason).", "A privileged container has the host's full access. Remove the privilege, or record why it is needed."],
    ["AIF-SEC004", E, "No container runs as root (runAsNonRoot: true, runAsUser not 0) unless its object records why (aifactory.dev/run-as-root-reason).", "Running as a non-root user limits what an escape can do. Set a non-root user, or record why root is needed."],
    ["AIF-SEC005", E, "Every container drops ALL capabilities and adds none unless its object records why (aifactory.dev/capabilities-reason).", "Capabilities are root's powers in pieces; the restricted Pod Security level allows none but NET_BIND_SERVICE. Drop ALL, or record why one is added (RDMA needs IPC_LOCK)."],
    ["AIF-SEC006", E, "No pod uses host namespaces or host ports, and none mounts a hostPath unless its object records why (aifactory.dev/host-path-reason).", "Host namespaces, ports and paths break the pod's isolation. The device plugin needs its kubelet socket directory (NVIDIA's manifest), recorded as its reason."],
    ["AIF-SEC007", E, "Every container sets allowPrivilegeEscalation: false.", "Without it, a setuid binary can gain more privileges than the container started with."],
    ["AIF-SEC008", E, "Every container has CPU and memory requests and limits.", "Requests let the scheduler place pods; limits keep one pod from starving its node."],
    ["AIF-SEC009", E, "Every image is pinned to a version (a tag other than latest, or a digest), and to the digest the blueprint gives.", "An unpinned image can change under the same name. Pin a version, and a digest for supply-chain review (devicePlugin.imageDigest)."],
    ["AIF-SEC010", E, "Every tenant namespace has a default-deny NetworkPolicy (all pods, Ingress and Egress, no rules).", "Tenants are isolated from each other unless a policy opens a flow."],
    ["AIF-SEC011", E, "Every tenant namespace has a ResourceQuota on nvidia.com/gpu (requests.nvidia.com/gpu) and, on a DRA cluster, on the devices of every GPU DeviceClass (<class>.deviceclass.resource.k8s.io/devices: aifactory's and NVIDIA's driver's).", "Without a quota one tenant can take every GPU of the cluster; on a DRA cluster a claim naming any GPU DeviceClass a quota leaves out takes GPUs past the tenant's quota."],
    ["AIF-SEC012", E, "No output holds a Secret, a credential-looking value, or a literal value in a credential-named environment variable.", "Outputs are committed and reviewed in the open; credentials belong in a secret store. Remove the value and reference the secret instead."],
    ["AIF-SEC013", E, "No string of the blueprint looks like a credential: pool labels, selectors, kubeconfig paths and descriptions reach the outputs.", "Pool labels reach node-labels.json, the kind config and the Terraform outputs; the kubeconfig path and context reach the Terraform provider blocks; descriptions reach the objects and reports. Keep credentials out of blueprints: use a secret store or a kubeconfig credential plugin."],
  ]),
  ...entries("verify", [
    ["AIF-V001", E, "A pool's selector finds at least the pool's number of nodes on the live cluster.", "The pool's device plugin and Jobs run on the nodes its selector finds (node-labels.json). Add the missing nodes, or stamp the labels the provisioner should have."],
    ["AIF-V002", W, "A pool's selector finds no more nodes than the pool has.", "More nodes than the blueprint counts: the capacity figures and quotas are too low, or another pool's nodes carry this pool's labels. Raise the pool's size or tell the nodes apart."],
    ["AIF-V003", E, "Every node of a pool has the nvidia.com/gpu units the pool's device plugin config advertises allocatable (GPUs × sharing replicas).", "Fewer allocatable units mean a GPU is missing or unhealthy, or the plugin runs with another config. Check nvidia-smi and the plugin pod's log."],
    ["AIF-V004", E, "Every node of a pool runs a ready device plugin pod of that pool's DaemonSet.", "Without it the node advertises no GPUs. Describe the DaemonSet and the pod: taints, image pulls, the config file."],
    ["AIF-V005", E, "The namespaces and ResourceQuotas the manifests create are on the live cluster, with the same hard limits.", "A missing namespace or a quota that differs means the manifests or the Terraform stack were not applied, or were changed by hand. Apply them again."],
    ["AIF-V006", E, "Every node of a pool on a dra cluster publishes the pool's GPUs per node as whole-GPU devices of NVIDIA's DRA driver (gpu.nvidia.com) in its ResourceSlices.", "Fewer devices mean a GPU is missing or unhealthy, or the driver's kubelet plugin does not run on the node. List the node's ResourceSlices and read the plugin's log."],
  ]),
];

const BY_CODE = new Map(FINDING_CODES.map((c) => [c.code, c]));

/** The registered code; throws for an unregistered one (a programming error: every check registers its codes here). */
export function findingCode(code: string): FindingCode {
  const entry = BY_CODE.get(code);
  if (entry === undefined) throw new Error(`finding code ${code} is not registered in src/findings/registry.ts`);
  return entry;
}

export function isRegistered(code: string): boolean {
  return BY_CODE.has(code);
}
