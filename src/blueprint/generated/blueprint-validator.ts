/* Generated from schemas/blueprint.schema.json by scripts/generate-validator.mjs (Ajv standalone code). Do not edit: run `npm run gen:validator`. */
// @ts-nocheck
/* eslint-disable */
import { createRequire } from "node:module";

// The generated code requires Ajv's small runtime helpers (ucs2length for minLength/maxLength).
const require = createRequire(import.meta.url);

export const validate = validate10;
export default validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://aifactory.dev/schemas/v1alpha1/blueprint.schema.json","title":"AIFactoryBlueprint","description":"An AI factory blueprint: a program of phases and power caps, sites with data halls and Kubernetes clusters, GPU node pools and their networking. Numeric fields carry their unit in their name.","type":"object","additionalProperties":false,"required":["apiVersion","kind","metadata","spec"],"properties":{"$schema":{"type":"string","description":"Optional pointer to this schema, for editors."},"apiVersion":{"type":"string","const":"aifactory.dev/v1alpha1","description":"Blueprint format version."},"kind":{"type":"string","const":"AIFactory"},"metadata":{"$ref":"#/definitions/Metadata"},"spec":{"$ref":"#/definitions/FactorySpec"}},"definitions":{"DnsLabel":{"title":"DnsLabel","description":"A name that becomes a Kubernetes name: DNS-1123 label (lowercase alphanumerics and '-', starting and ending alphanumeric, at most 63 characters).","type":"string","minLength":1,"maxLength":63,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},"Metadata":{"title":"Metadata","type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"$ref":"#/definitions/DnsLabel"},"description":{"type":"string","maxLength":2000,"pattern":"^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f]*$"},"illustrative":{"type":"string","maxLength":2000,"description":"What in this blueprint has no public source and is illustrative.","pattern":"^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f]*$"}}},"FactorySpec":{"title":"FactorySpec","type":"object","additionalProperties":false,"required":["program","sites"],"properties":{"program":{"$ref":"#/definitions/Program"},"catalogOverrides":{"type":"array","description":"Figures that replace catalog figures for this blueprint's own hardware. Overrides stay visible in every output.","items":{"$ref":"#/definitions/CatalogOverride"}},"sites":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/Site"}}}},"Program":{"title":"Program","type":"object","additionalProperties":false,"required":["phases"],"properties":{"powerCapMW":{"type":"number","exclusiveMinimum":0,"maximum":1000000,"description":"Program facility power cap in MW. @default 10000 (the 10 GW letter of intent, openai.com/index/openai-nvidia-systems-partnership)."},"nearLimitPercent":{"type":"number","exclusiveMinimum":0,"maximum":100,"description":"Warn when a measured value reaches this share of its limit. @default 90"},"phases":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/Phase"}},"funding":{"$ref":"#/definitions/Funding"},"cost":{"$ref":"#/definitions/Cost"}}},"Cost":{"title":"Cost","type":"object","additionalProperties":false,"description":"Cost and capital in the plan. Without a cost section the plan shows none. A figure left out is the catalog's (src/catalog/cost.ts), and the plan names it and its source; the energy price has no default.","properties":{"energyPriceUSDPerMWh":{"type":"number","minimum":0,"maximum":10000,"description":"Electricity price in USD per MWh, for every site that does not set its own. @default none: without it (and without a site price) energy cost is not computed."},"capitalBillionUSDPerGW":{"$ref":"#/definitions/CostRange","description":"Capital expenditure per GW of facility power, as a range. @default the catalog's: $50–60B per GW (Jensen Huang, NVIDIA Q2 FY2026 earnings call, 2025-08-27, as reported)."},"yearlyCostMillionUSDPerMW":{"$ref":"#/definitions/CostRange","description":"Yearly total cost of ownership per MW of IT power (capital annualised plus operating cost). @default the catalog's: $8.5M per MW (Epoch AI's stylised 1 GW GB200 NVL72 model, 2026-05-14)."},"source":{"type":"string","minLength":1,"maxLength":500,"pattern":"^[^\\u0000-\\u001f\\u007f]*$","description":"Where the figures given here come from (shown in the plan). Required when capitalBillionUSDPerGW or yearlyCostMillionUSDPerMW is given."}},"dependencies":{"capitalBillionUSDPerGW":["source"],"yearlyCostMillionUSDPerMW":["source"]}},"CostRange":{"title":"CostRange","type":"object","additionalProperties":false,"required":["low","high"],"properties":{"low":{"type":"number","minimum":0,"maximum":100000},"high":{"type":"number","minimum":0,"maximum":100000}}},"Phase":{"title":"Phase","type":"object","additionalProperties":false,"required":["name","online","cumulativeCapMW"],"properties":{"name":{"$ref":"#/definitions/DnsLabel"},"online":{"type":"string","pattern":"^20[0-9]{2}-(H[12]|Q[1-4])$","description":"When the phase comes online, as YYYY-H1|H2 or YYYY-Q1..Q4."},"cumulativeCapMW":{"type":"number","exclusiveMinimum":0,"maximum":1000000,"description":"Facility power cap in MW for this phase and all earlier ones together."},"platform":{"$ref":"#/definitions/SystemId"}}},"Funding":{"title":"Funding","type":"object","additionalProperties":false,"required":["rule"],"description":"The program's funding rule. Without a funding section the program has none: no funding appears in any output.","properties":{"rule":{"type":"string","enum":["per-gw-tranches","equity","none"],"description":"per-gw-tranches: perGWBillionUSD unlocked per whole GW of facility power deployed, up to ceilingBillionUSD (the 2025 letter of intent). equity: equityBillionUSD invested, not tied to deployment (what press reported for 2026). none: no funding rule."},"source":{"type":"string","minLength":1,"maxLength":500,"pattern":"^[^\\u0000-\\u001f\\u007f]*$","description":"Where the rule and its figures come from (shown in the plan)."},"investor":{"type":"string","minLength":1,"maxLength":200,"pattern":"^[^\\u0000-\\u001f\\u007f]*$","description":"Who invests, e.g. NVIDIA."},"perGWBillionUSD":{"type":"number","minimum":0,"maximum":10000,"description":"per-gw-tranches: funding unlocked per whole GW deployed, in billion USD."},"ceilingBillionUSD":{"type":"number","minimum":0,"maximum":100000,"description":"per-gw-tranches: funding ceiling in billion USD."},"equityBillionUSD":{"type":"number","minimum":0,"maximum":100000,"description":"equity: the amount invested, in billion USD."},"modalityShares":{"type":"object","additionalProperties":false,"description":"Shares of funding by modality, summing to 1. Undisclosed in the plan: leave out unless known.","properties":{"chips":{"type":"number","minimum":0,"maximum":1},"cloudCredits":{"type":"number","minimum":0,"maximum":1},"cash":{"type":"number","minimum":0,"maximum":1}}}},"if":{"properties":{"rule":{"const":"per-gw-tranches"}}},"then":{"required":["perGWBillionUSD","ceilingBillionUSD","source"]},"else":{"if":{"properties":{"rule":{"const":"equity"}}},"then":{"required":["equityBillionUSD","source"]}}},"SystemId":{"title":"SystemId","type":"string","enum":["h100","h200","b200","b300","gb200-nvl72","gb300-nvl72","vera-rubin-nvl72","rubin-ultra-nvl576","vera-rubin-nvl144"],"description":"A system from the aifactory catalog (`aifactory catalog`). \"vera-rubin-nvl144\" is a deprecated alias of \"vera-rubin-nvl72\" (NVIDIA's GTC 2025 name, counting dies): it resolves to it, with a warning."},"CatalogOverride":{"title":"CatalogOverride","type":"object","additionalProperties":false,"required":["system","source"],"properties":{"system":{"$ref":"#/definitions/SystemId"},"source":{"type":"string","minLength":1,"description":"Where the overriding figures come from.","pattern":"^[^\\u0000-\\u001f\\u007f]*$","maxLength":500},"gpusPerNode":{"type":"integer","minimum":1,"maximum":64,"description":"GPU packages per node (what the node advertises as nvidia.com/gpu)."},"nodesPerRack":{"type":"integer","minimum":1,"maximum":1000},"nicsPerNode":{"type":"integer","minimum":0,"maximum":64,"description":"Scale-out NICs per node."},"nvlinkDomainGpus":{"type":"integer","minimum":1,"maximum":100000,"description":"GPU packages in one NVLink domain."},"gpuPowerW":{"type":"number","exclusiveMinimum":0,"maximum":10000,"description":"The GPU's own maximum power in W (not its share of node or rack power, which is derived)."},"nodePowerKW":{"type":"number","exclusiveMinimum":0,"maximum":1000},"rackPowerKW":{"type":"number","exclusiveMinimum":0,"maximum":5000},"gpuMemoryGB":{"type":"number","exclusiveMinimum":0,"maximum":100000},"nicGbps":{"type":"number","exclusiveMinimum":0,"maximum":100000}},"description":"Figures of one catalog system replaced by the blueprint's own hardware, with their source. Figures derived from them (a rack's power from its nodes, a GPU's share of rack power, GPUs per rack) are recomputed; every output marks overridden figures."},"PublicSiteId":{"title":"PublicSiteId","type":"string","enum":["stargate-abilene","stargate-shackelford","stargate-dona-ana","stargate-midwest","stargate-lordstown","stargate-milam","stargate-michigan"],"description":"A named public site whose public figures (`aifactory catalog`, docs/sources.md) `aifactory plan` compares this site with."},"Site":{"title":"Site","type":"object","additionalProperties":false,"required":["name","partner","phase","gridInterconnectMW","halls","clusters"],"properties":{"name":{"$ref":"#/definitions/DnsLabel"},"partner":{"type":"string","minLength":1,"maxLength":200,"description":"Partner or operator of the site.","pattern":"^[^\\u0000-\\u001f\\u007f]*$"},"phase":{"$ref":"#/definitions/DnsLabel"},"gridInterconnectMW":{"type":"number","exclusiveMinimum":0,"maximum":100000},"pue":{"type":"number","minimum":1,"maximum":3,"description":"Power usage effectiveness. @default 1.2 (liquid-cooled AI halls run 1.1-1.2; Uptime Institute industry average ~1.56)."},"location":{"type":"string","maxLength":200,"pattern":"^[^\\u0000-\\u001f\\u007f]*$"},"publicSite":{"$ref":"#/definitions/PublicSiteId"},"gridCarbonGCO2PerKWh":{"type":"number","minimum":0,"maximum":2000,"description":"Grid carbon intensity in gCO2 per kWh."},"energyPriceUSDPerMWh":{"type":"number","minimum":0,"maximum":10000,"description":"This site's electricity price in USD per MWh. @default program.cost.energyPriceUSDPerMWh; none when that is not set either."},"halls":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/Hall"}},"clusters":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/Cluster"}}}},"Hall":{"title":"Hall","type":"object","additionalProperties":false,"required":["name","itPowerMW","cooling","maxRackKW"],"properties":{"name":{"$ref":"#/definitions/DnsLabel"},"itPowerMW":{"type":"number","exclusiveMinimum":0,"maximum":100000,"description":"IT power budget of the hall in MW."},"cooling":{"type":"string","enum":["liquid","air"]},"maxRackKW":{"type":"number","exclusiveMinimum":0,"maximum":5000,"description":"Highest rack power the hall can feed and cool, in kW."}}},"NodeLimit":{"title":"NodeLimit","description":"Cluster node limit: a named profile (upstream 5,000; gke 65,000; eks 100,000) or an explicit number of nodes. @default \"upstream\".","oneOf":[{"type":"string","enum":["upstream","gke","eks"]},{"type":"integer","minimum":1,"maximum":1000000}]},"Cluster":{"title":"Cluster","type":"object","additionalProperties":false,"required":["name","kubernetesVersion","pools"],"properties":{"name":{"$ref":"#/definitions/DnsLabel"},"kubernetesVersion":{"type":"string","pattern":"^1\\.[0-9]{2}$","description":"Kubernetes minor version, e.g. \"1.33\"."},"nodeLimit":{"$ref":"#/definitions/NodeLimit"},"maxPodsPerNode":{"type":"integer","minimum":1,"maximum":10000,"description":"@default 110 (kubelet default and upstream tested limit)."},"kubeconfig":{"$ref":"#/definitions/Kubeconfig"},"tenants":{"type":"array","items":{"$ref":"#/definitions/Tenant"}},"priorityTiers":{"type":"array","items":{"$ref":"#/definitions/PriorityTier"}},"networking":{"$ref":"#/definitions/Networking"},"devicePlugin":{"$ref":"#/definitions/DevicePluginDeployment"},"gpuStack":{"type":"string","enum":["device-plugin","gpu-operator","dra"],"description":"How GPUs reach pods. \"device-plugin\": aifactory's own NVIDIA device plugin DaemonSet per pool (static, after the v0.20.0 manifest); \"gpu-operator\": a ClusterPolicy (nvidia.com/v1) for the NVIDIA GPU Operator, whose device plugin reads each pool's config by the node label nvidia.com/device-plugin.config; \"dra\": Dynamic Resource Allocation (resource.k8s.io/v1, Kubernetes 1.34 or later) with NVIDIA's DRA driver for GPUs: a DeviceClass, and ComputeDomains for multi-node NVLink jobs on rack-scale pools. @default \"device-plugin\""},"gpuOperator":{"$ref":"#/definitions/GpuOperator"},"scheduling":{"$ref":"#/definitions/Scheduling"},"pools":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/Pool"}}}},"Kubeconfig":{"title":"Kubeconfig","type":"object","additionalProperties":false,"properties":{"path":{"type":"string","minLength":1,"description":"Path to the kubeconfig file, as Terraform should read it. @default \"~/.kube/config\""},"context":{"type":"string","minLength":1,"description":"kubeconfig context. @default the cluster's name"}},"description":"How Terraform and the kind helpers reach the cluster. path @default \"~/.kube/config\"; context @default the cluster's name."},"Tenant":{"title":"Tenant","type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"$ref":"#/definitions/DnsLabel"},"gpuQuota":{"type":"integer","minimum":0,"maximum":100000000,"description":"GPUs this tenant may request (requests.nvidia.com/gpu)."},"gpuShare":{"type":"number","exclusiveMinimum":0,"maximum":1,"description":"Share of the cluster's GPUs, when no absolute quota is given."},"egressCIDRs":{"type":"array","maxItems":256,"uniqueItems":true,"description":"IPv4 or IPv6 CIDRs the tenant's pods may reach on any port (e.g. storage, an object store, a package mirror), beyond what the defaults allow: DNS to the cluster DNS and all traffic between pods of the tenant's namespace.","items":{"type":"string","maxLength":49,"pattern":"^(([0-9]{1,3}\\.){3}[0-9]{1,3}/([0-9]|[12][0-9]|3[0-2])|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*/([0-9]|[1-9][0-9]|1[01][0-9]|12[0-8]))$"}}},"not":{"required":["gpuQuota","gpuShare"]},"description":"A tenant of the cluster: gives exactly one of gpuQuota or gpuShare."},"PriorityTier":{"title":"PriorityTier","type":"object","additionalProperties":false,"required":["name","value"],"properties":{"name":{"$ref":"#/definitions/DnsLabel"},"value":{"type":"integer","minimum":-2147483648,"maximum":1000000000,"description":"PriorityClass value; user classes stay at or below 1,000,000,000."},"preemption":{"type":"boolean","description":"Whether pods of this tier may preempt lower ones. @default true"},"description":{"type":"string","maxLength":500,"pattern":"^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f]*$"}}},"Networking":{"title":"Networking","type":"object","additionalProperties":false,"required":["fabric"],"properties":{"fabric":{"type":"string","enum":["infiniband","spectrum-x","roce"]},"switch":{"type":"string","enum":["quantum-2-qm9700","quantum-x800-q3400","spectrum-x800-sn5600","spectrum-6-sn6810","spectrum-6-sn6800"],"description":"The scale-out switch model (`aifactory catalog`), of the cluster's fabric: its radix and power size the fabric unless switchRadix or switchPowerKW say otherwise. @default the fabric's default switch for the NIC speed."},"nicGbps":{"type":"number","exclusiveMinimum":0,"maximum":100000,"description":"Speed of each scale-out NIC in Gb/s. @default the system's NIC speed from the catalog."},"nicsPerNode":{"type":"integer","minimum":1,"maximum":64,"description":"@default the system's scale-out NIC count from the catalog (rail-optimised)."},"switchRadix":{"type":"integer","minimum":4,"maximum":1024,"description":"Ports per switch at the NIC speed. @default the fabric's default switch: InfiniBand up to 400G Quantum-2 QM9700 (64), XDR 800G Quantum-X800 Q3400 (144); Spectrum-X and RoCE up to 800G Spectrum-X800 SN5600 (64), faster Spectrum-6 SN6810."},"oversubscription":{"type":"number","minimum":1,"maximum":16,"description":"Leaf downlink:uplink ratio (1 = non-blocking). @default 1"},"switchPowerKW":{"type":"number","exclusiveMinimum":0,"maximum":100,"description":"Power per switch in kW, counted in hall IT power."},"switchPorts":{"type":"integer","minimum":1,"maximum":10000000,"description":"Switch ports installed for the scale-out fabric; when given, checked against what the NICs need."},"networkOperator":{"$ref":"#/definitions/NetworkOperator"}}},"NetworkOperator":{"title":"NetworkOperator","type":"object","additionalProperties":false,"required":["enabled"],"properties":{"enabled":{"type":"boolean"},"rdmaResource":{"type":"string","pattern":"^[a-z0-9.-]+/[a-zA-Z0-9_.-]+$","description":"RDMA extended resource that GPU workloads request. @default \"rdma/rdma_shared_device_a\""},"crdsPresent":{"type":"boolean","description":"Whether the Multus NetworkAttachmentDefinition CRD is installed, so that objects using it can be emitted. @default false"}}},"DevicePluginDeployment":{"title":"DevicePluginDeployment","type":"object","additionalProperties":false,"properties":{"version":{"type":"string","pattern":"^v[0-9]+\\.[0-9]+\\.[0-9]+$","description":"NVIDIA device plugin release. @default \"v0.20.0\""},"imageDigest":{"type":"string","pattern":"^sha256:[a-f0-9]{64}$","description":"Pin the image to this digest."},"namespace":{"$ref":"#/definitions/DnsLabel"}},"description":"The NVIDIA device plugin deployed on the cluster (version @default v0.20.0, namespace @default nvidia-device-plugin)."},"GpuOperator":{"title":"GpuOperator","type":"object","additionalProperties":false,"description":"The NVIDIA GPU Operator the cluster runs (gpuStack \"gpu-operator\"): the namespace its Helm chart is installed in, where the device plugin's ConfigMap must be. namespace @default \"gpu-operator\".","properties":{"namespace":{"$ref":"#/definitions/DnsLabel","description":"@default \"gpu-operator\""}}},"Pool":{"title":"Pool","type":"object","additionalProperties":false,"required":["name","system","hall"],"properties":{"name":{"$ref":"#/definitions/DnsLabel"},"system":{"$ref":"#/definitions/SystemId"},"racks":{"type":"integer","minimum":1,"maximum":10000000,"description":"Size in racks (rack-scale systems)."},"nodes":{"type":"integer","minimum":1,"maximum":100000000,"description":"Size in nodes (8-GPU systems; for rack-scale systems, a node is one compute tray)."},"hall":{"$ref":"#/definitions/DnsLabel"},"devicePlugin":{"$ref":"#/definitions/DevicePluginConfig"},"labels":{"type":"object","description":"Extra node labels.","propertyNames":{"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$","maxLength":316},"additionalProperties":{"type":"string","maxLength":63,"pattern":"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$"}},"selector":{"type":"object","description":"Node labels that find this pool's nodes on a real cluster, added to the label GPU Feature Discovery gives every node of the pool's system (nvidia.com/gpu.product). Needed when two pools of a cluster share a system: their selectors must not both match one node. The device plugin DaemonSet and the example Jobs of the pool select these labels.","propertyNames":{"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$","maxLength":316},"additionalProperties":{"type":"string","maxLength":63,"pattern":"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$"}},"taints":{"type":"array","items":{"$ref":"#/definitions/Taint"}}},"not":{"required":["racks","nodes"]},"description":"A GPU node pool: gives exactly one of racks or nodes."},"Taint":{"title":"Taint","type":"object","additionalProperties":false,"required":["key","effect"],"properties":{"key":{"type":"string","pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$"},"value":{"type":"string","maxLength":63,"pattern":"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$"},"effect":{"type":"string","enum":["NoSchedule","PreferNoSchedule","NoExecute"]}}},"DevicePluginConfig":{"title":"DevicePluginConfig","type":"object","additionalProperties":false,"properties":{"migStrategy":{"type":"string","enum":["none","single","mixed"],"description":"@default \"none\""},"migConfig":{"type":"string","pattern":"^all-(balanced|[1-7]g\\.[0-9]+gb)$","description":"MIG layout of every GPU of the pool: a named config of NVIDIA's default MIG configuration (all-<profile>, e.g. all-1g.10gb, or all-balanced), put on the pool's nodes as the nvidia.com/mig.config label for NVIDIA's MIG manager. Needs migStrategy single (one profile) or mixed. `aifactory catalog` lists each system's profiles."},"sharing":{"$ref":"#/definitions/GpuSharing"}}},"GpuSharing":{"title":"GpuSharing","type":"object","additionalProperties":false,"properties":{"timeSlicingReplicas":{"type":"integer","minimum":2,"maximum":256,"description":"Advertise each GPU this many times (time-slicing)."},"mpsReplicas":{"type":"integer","minimum":2,"maximum":48,"description":"Share each GPU between this many MPS clients."}}},"Scheduling":{"title":"Scheduling","type":"object","additionalProperties":false,"description":"How GPU workloads are queued and placed on the cluster. Without it, the cluster has no queueing layer (GPU quotas are the tenants' ResourceQuotas only).","properties":{"kueue":{"$ref":"#/definitions/Kueue"}}},"Kueue":{"title":"Kueue","type":"object","additionalProperties":false,"description":"Kueue (kueue.x-k8s.io/v1beta2, tested with Kueue v0.17.0): a ResourceFlavor per pool, a Topology from the factory's halls, racks and hosts, a Cohort, a ClusterQueue and a LocalQueue per tenant, a WorkloadPriorityClass per tier. Its objects need Kueue's CRDs installed: giving this section says they are. cohort: the Cohort the tenants' ClusterQueues share (they borrow each other's unused GPUs within it), @default the cluster's name.","properties":{"cohort":{"$ref":"#/definitions/DnsLabel"},"topology":{"$ref":"#/definitions/KueueTopology"},"queues":{"type":"array","maxItems":1000,"items":{"$ref":"#/definitions/KueueQueue"},"description":"Per-tenant settings of the tenants' ClusterQueues; a tenant not listed gets the defaults."},"rackLocalTraining":{"$ref":"#/definitions/RackLocalTraining"}}},"KueueTopology":{"title":"KueueTopology","type":"object","additionalProperties":false,"description":"Topology-aware scheduling: the flavors name a Topology whose levels are node labels, broadest first. Give this section to enable it.","properties":{"levels":{"type":"array","minItems":1,"maxItems":16,"uniqueItems":true,"items":{"type":"string","maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$"},"description":"Node labels of the levels, broadest first; kubernetes.io/hostname may only be the last. @default [aifactory.dev/hall, the rack level, kubernetes.io/hostname]: the rack level is nvidia.com/gpu.clique (set by GPU Feature Discovery per NVLink domain) on rack-scale systems, rackLabel on 8-GPU systems."},"rackLabel":{"type":"string","maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$","description":"Node label the provisioner stamps with each node's rack on 8-GPU (HGX) systems. @default \"aifactory.dev/rack\""}}},"KueueQueue":{"title":"KueueQueue","type":"object","additionalProperties":false,"required":["tenant"],"description":"One tenant's ClusterQueue settings.","properties":{"tenant":{"$ref":"#/definitions/DnsLabel"},"flavorQuotasGPUs":{"type":"object","description":"nominalQuota of nvidia.com/gpu per pool (flavor), by pool name. @default the tenant's GPU quota split over the pools in proportion to their advertised GPUs.","propertyNames":{"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","maxLength":63},"additionalProperties":{"type":"integer","minimum":0,"maximum":100000000}},"borrowingLimitGPUs":{"type":"integer","minimum":0,"maximum":100000000,"description":"GPUs per flavor the queue may borrow from the cohort's unused quota beyond its nominal quota. @default 0: the tenant's ResourceQuota caps its namespace at its GPU quota, so a Job admitted on borrowed GPUs would have its pods refused; raise it only with the ResourceQuota in mind."},"lendingLimitGPUs":{"type":"integer","minimum":0,"maximum":100000000,"description":"GPUs per flavor of its nominal quota the queue lends to the cohort when unused. @default no limit (all unused GPUs)."}}},"RackLocalTraining":{"title":"RackLocalTraining","type":"object","additionalProperties":false,"required":["gangGPUs"],"description":"Training gangs that must run within one NVLink domain (one rack on rack-scale systems): checked against every pool's NVLink domain size; the example Jobs of rack-scale pools ask Kueue for one rack.","properties":{"gangGPUs":{"type":"integer","minimum":1,"maximum":100000000,"description":"GPUs of the largest training gang that must stay in one NVLink domain."}}}}};
const schema12 = {"title":"Metadata","type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"$ref":"#/definitions/DnsLabel"},"description":{"type":"string","maxLength":2000,"pattern":"^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f]*$"},"illustrative":{"type":"string","maxLength":2000,"description":"What in this blueprint has no public source and is illustrative.","pattern":"^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f]*$"}}};
const schema13 = {"title":"DnsLabel","description":"A name that becomes a Kubernetes name: DNS-1123 label (lowercase alphanumerics and '-', starting and ending alphanumeric, at most 63 characters).","type":"string","minLength":1,"maxLength":63,"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"};
const func2 = require("ajv/dist/runtime/ucs2length").default;
const pattern0 = new RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "u");
const pattern1 = new RegExp("^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f]*$", "u");

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema12.required,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "name") || (key0 === "description")) || (key0 === "illustrative"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func2(data0) > 63){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/DnsLabel/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters",schema:63,parentSchema:schema13,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func2(data0) < 1){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/DnsLabel/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern0.test(data0)){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/DnsLabel/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"+"\"",schema:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",parentSchema:schema13,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/DnsLabel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.description !== undefined){
let data1 = data.description;
if(typeof data1 === "string"){
if(func2(data1) > 2000){
const err6 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema12.properties.description,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern1.test(data1)){
const err7 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f]*$"},message:"must match pattern \""+"^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f]*$"+"\"",schema:"^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f]*$",parentSchema:schema12.properties.description,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.description.type,parentSchema:schema12.properties.description,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.illustrative !== undefined){
let data2 = data.illustrative;
if(typeof data2 === "string"){
if(func2(data2) > 2000){
const err9 = {instancePath:instancePath+"/illustrative",schemaPath:"#/properties/illustrative/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema12.properties.illustrative,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!pattern1.test(data2)){
const err10 = {instancePath:instancePath+"/illustrative",schemaPath:"#/properties/illustrative/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f]*$"},message:"must match pattern \""+"^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f]*$"+"\"",schema:"^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f]*$",parentSchema:schema12.properties.illustrative,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/illustrative",schemaPath:"#/properties/illustrative/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.illustrative.type,parentSchema:schema12.properties.illustrative,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}

const schema14 = {"title":"FactorySpec","type":"object","additionalProperties":false,"required":["program","sites"],"properties":{"program":{"$ref":"#/definitions/Program"},"catalogOverrides":{"type":"array","description":"Figures that replace catalog figures for this blueprint's own hardware. Overrides stay visible in every output.","items":{"$ref":"#/definitions/CatalogOverride"}},"sites":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/Site"}}}};
const schema15 = {"title":"Program","type":"object","additionalProperties":false,"required":["phases"],"properties":{"powerCapMW":{"type":"number","exclusiveMinimum":0,"maximum":1000000,"description":"Program facility power cap in MW. @default 10000 (the 10 GW letter of intent, openai.com/index/openai-nvidia-systems-partnership)."},"nearLimitPercent":{"type":"number","exclusiveMinimum":0,"maximum":100,"description":"Warn when a measured value reaches this share of its limit. @default 90"},"phases":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/Phase"}},"funding":{"$ref":"#/definitions/Funding"},"cost":{"$ref":"#/definitions/Cost"}}};
const schema19 = {"title":"Funding","type":"object","additionalProperties":false,"required":["rule"],"description":"The program's funding rule. Without a funding section the program has none: no funding appears in any output.","properties":{"rule":{"type":"string","enum":["per-gw-tranches","equity","none"],"description":"per-gw-tranches: perGWBillionUSD unlocked per whole GW of facility power deployed, up to ceilingBillionUSD (the 2025 letter of intent). equity: equityBillionUSD invested, not tied to deployment (what press reported for 2026). none: no funding rule."},"source":{"type":"string","minLength":1,"maxLength":500,"pattern":"^[^\\u0000-\\u001f\\u007f]*$","description":"Where the rule and its figures come from (shown in the plan)."},"investor":{"type":"string","minLength":1,"maxLength":200,"pattern":"^[^\\u0000-\\u001f\\u007f]*$","description":"Who invests, e.g. NVIDIA."},"perGWBillionUSD":{"type":"number","minimum":0,"maximum":10000,"description":"per-gw-tranches: funding unlocked per whole GW deployed, in billion USD."},"ceilingBillionUSD":{"type":"number","minimum":0,"maximum":100000,"description":"per-gw-tranches: funding ceiling in billion USD."},"equityBillionUSD":{"type":"number","minimum":0,"maximum":100000,"description":"equity: the amount invested, in billion USD."},"modalityShares":{"type":"object","additionalProperties":false,"description":"Shares of funding by modality, summing to 1. Undisclosed in the plan: leave out unless known.","properties":{"chips":{"type":"number","minimum":0,"maximum":1},"cloudCredits":{"type":"number","minimum":0,"maximum":1},"cash":{"type":"number","minimum":0,"maximum":1}}}},"if":{"properties":{"rule":{"const":"per-gw-tranches"}}},"then":{"required":["perGWBillionUSD","ceilingBillionUSD","source"]},"else":{"if":{"properties":{"rule":{"const":"equity"}}},"then":{"required":["equityBillionUSD","source"]}}};
const schema16 = {"title":"Phase","type":"object","additionalProperties":false,"required":["name","online","cumulativeCapMW"],"properties":{"name":{"$ref":"#/definitions/DnsLabel"},"online":{"type":"string","pattern":"^20[0-9]{2}-(H[12]|Q[1-4])$","description":"When the phase comes online, as YYYY-H1|H2 or YYYY-Q1..Q4."},"cumulativeCapMW":{"type":"number","exclusiveMinimum":0,"maximum":1000000,"description":"Facility power cap in MW for this phase and all earlier ones together."},"platform":{"$ref":"#/definitions/SystemId"}}};
const schema18 = {"title":"SystemId","type":"string","enum":["h100","h200","b200","b300","gb200-nvl72","gb300-nvl72","vera-rubin-nvl72","rubin-ultra-nvl576","vera-rubin-nvl144"],"description":"A system from the aifactory catalog (`aifactory catalog`). \"vera-rubin-nvl144\" is a deprecated alias of \"vera-rubin-nvl72\" (NVIDIA's GTC 2025 name, counting dies): it resolves to it, with a warning."};
const pattern4 = new RegExp("^20[0-9]{2}-(H[12]|Q[1-4])$", "u");

function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema16.required,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.online === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "online"},message:"must have required property '"+"online"+"'",schema:schema16.required,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.cumulativeCapMW === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cumulativeCapMW"},message:"must have required property '"+"cumulativeCapMW"+"'",schema:schema16.required,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "name") || (key0 === "online")) || (key0 === "cumulativeCapMW")) || (key0 === "platform"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func2(data0) > 63){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/DnsLabel/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters",schema:63,parentSchema:schema13,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(func2(data0) < 1){
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/DnsLabel/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern0.test(data0)){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/DnsLabel/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"+"\"",schema:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",parentSchema:schema13,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/DnsLabel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.online !== undefined){
let data1 = data.online;
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err8 = {instancePath:instancePath+"/online",schemaPath:"#/properties/online/pattern",keyword:"pattern",params:{pattern: "^20[0-9]{2}-(H[12]|Q[1-4])$"},message:"must match pattern \""+"^20[0-9]{2}-(H[12]|Q[1-4])$"+"\"",schema:"^20[0-9]{2}-(H[12]|Q[1-4])$",parentSchema:schema16.properties.online,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/online",schemaPath:"#/properties/online/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.online.type,parentSchema:schema16.properties.online,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.cumulativeCapMW !== undefined){
let data2 = data.cumulativeCapMW;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 1000000 || isNaN(data2)){
const err10 = {instancePath:instancePath+"/cumulativeCapMW",schemaPath:"#/properties/cumulativeCapMW/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000",schema:1000000,parentSchema:schema16.properties.cumulativeCapMW,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data2 <= 0 || isNaN(data2)){
const err11 = {instancePath:instancePath+"/cumulativeCapMW",schemaPath:"#/properties/cumulativeCapMW/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema16.properties.cumulativeCapMW,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/cumulativeCapMW",schemaPath:"#/properties/cumulativeCapMW/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema16.properties.cumulativeCapMW.type,parentSchema:schema16.properties.cumulativeCapMW,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.platform !== undefined){
let data3 = data.platform;
if(typeof data3 !== "string"){
const err13 = {instancePath:instancePath+"/platform",schemaPath:"#/definitions/SystemId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!(((((((((data3 === "h100") || (data3 === "h200")) || (data3 === "b200")) || (data3 === "b300")) || (data3 === "gb200-nvl72")) || (data3 === "gb300-nvl72")) || (data3 === "vera-rubin-nvl72")) || (data3 === "rubin-ultra-nvl576")) || (data3 === "vera-rubin-nvl144"))){
const err14 = {instancePath:instancePath+"/platform",schemaPath:"#/definitions/SystemId/enum",keyword:"enum",params:{allowedValues: schema18.enum},message:"must be equal to one of the allowed values",schema:schema18.enum,parentSchema:schema18,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema16.type,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate15.errors = vErrors;
return errors === 0;
}

const schema20 = {"title":"Cost","type":"object","additionalProperties":false,"description":"Cost and capital in the plan. Without a cost section the plan shows none. A figure left out is the catalog's (src/catalog/cost.ts), and the plan names it and its source; the energy price has no default.","properties":{"energyPriceUSDPerMWh":{"type":"number","minimum":0,"maximum":10000,"description":"Electricity price in USD per MWh, for every site that does not set its own. @default none: without it (and without a site price) energy cost is not computed."},"capitalBillionUSDPerGW":{"$ref":"#/definitions/CostRange","description":"Capital expenditure per GW of facility power, as a range. @default the catalog's: $50–60B per GW (Jensen Huang, NVIDIA Q2 FY2026 earnings call, 2025-08-27, as reported)."},"yearlyCostMillionUSDPerMW":{"$ref":"#/definitions/CostRange","description":"Yearly total cost of ownership per MW of IT power (capital annualised plus operating cost). @default the catalog's: $8.5M per MW (Epoch AI's stylised 1 GW GB200 NVL72 model, 2026-05-14)."},"source":{"type":"string","minLength":1,"maxLength":500,"pattern":"^[^\\u0000-\\u001f\\u007f]*$","description":"Where the figures given here come from (shown in the plan). Required when capitalBillionUSDPerGW or yearlyCostMillionUSDPerMW is given."}},"dependencies":{"capitalBillionUSDPerGW":["source"],"yearlyCostMillionUSDPerMW":["source"]}};
const schema21 = {"title":"CostRange","type":"object","additionalProperties":false,"required":["low","high"],"properties":{"low":{"type":"number","minimum":0,"maximum":100000},"high":{"type":"number","minimum":0,"maximum":100000}}};
const pattern5 = new RegExp("^[^\\u0000-\\u001f\\u007f]*$", "u");

function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "energyPriceUSDPerMWh") || (key0 === "capitalBillionUSDPerGW")) || (key0 === "yearlyCostMillionUSDPerMW")) || (key0 === "source"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.capitalBillionUSDPerGW !== undefined){
if(data.source === undefined){
const err1 = {instancePath,schemaPath:"#/dependencies",keyword:"dependencies",params:{property: "capitalBillionUSDPerGW",
    missingProperty: "source",
    depsCount: 1,
    deps: "source"},message:"must have property source when property capitalBillionUSDPerGW is present",schema:schema20.dependencies,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.yearlyCostMillionUSDPerMW !== undefined){
if(data.source === undefined){
const err2 = {instancePath,schemaPath:"#/dependencies",keyword:"dependencies",params:{property: "yearlyCostMillionUSDPerMW",
    missingProperty: "source",
    depsCount: 1,
    deps: "source"},message:"must have property source when property yearlyCostMillionUSDPerMW is present",schema:schema20.dependencies,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.energyPriceUSDPerMWh !== undefined){
let data0 = data.energyPriceUSDPerMWh;
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 10000 || isNaN(data0)){
const err3 = {instancePath:instancePath+"/energyPriceUSDPerMWh",schemaPath:"#/properties/energyPriceUSDPerMWh/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000},message:"must be <= 10000",schema:10000,parentSchema:schema20.properties.energyPriceUSDPerMWh,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0 < 0 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/energyPriceUSDPerMWh",schemaPath:"#/properties/energyPriceUSDPerMWh/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema20.properties.energyPriceUSDPerMWh,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/energyPriceUSDPerMWh",schemaPath:"#/properties/energyPriceUSDPerMWh/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema20.properties.energyPriceUSDPerMWh.type,parentSchema:schema20.properties.energyPriceUSDPerMWh,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.capitalBillionUSDPerGW !== undefined){
let data1 = data.capitalBillionUSDPerGW;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.low === undefined){
const err6 = {instancePath:instancePath+"/capitalBillionUSDPerGW",schemaPath:"#/definitions/CostRange/required",keyword:"required",params:{missingProperty: "low"},message:"must have required property '"+"low"+"'",schema:schema21.required,parentSchema:schema21,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data1.high === undefined){
const err7 = {instancePath:instancePath+"/capitalBillionUSDPerGW",schemaPath:"#/definitions/CostRange/required",keyword:"required",params:{missingProperty: "high"},message:"must have required property '"+"high"+"'",schema:schema21.required,parentSchema:schema21,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key1 in data1){
if(!((key1 === "low") || (key1 === "high"))){
const err8 = {instancePath:instancePath+"/capitalBillionUSDPerGW",schemaPath:"#/definitions/CostRange/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema21,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data1.low !== undefined){
let data2 = data1.low;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 100000 || isNaN(data2)){
const err9 = {instancePath:instancePath+"/capitalBillionUSDPerGW/low",schemaPath:"#/definitions/CostRange/properties/low/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000",schema:100000,parentSchema:schema21.properties.low,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err10 = {instancePath:instancePath+"/capitalBillionUSDPerGW/low",schemaPath:"#/definitions/CostRange/properties/low/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema21.properties.low,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/capitalBillionUSDPerGW/low",schemaPath:"#/definitions/CostRange/properties/low/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema21.properties.low.type,parentSchema:schema21.properties.low,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data1.high !== undefined){
let data3 = data1.high;
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 100000 || isNaN(data3)){
const err12 = {instancePath:instancePath+"/capitalBillionUSDPerGW/high",schemaPath:"#/definitions/CostRange/properties/high/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000",schema:100000,parentSchema:schema21.properties.high,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err13 = {instancePath:instancePath+"/capitalBillionUSDPerGW/high",schemaPath:"#/definitions/CostRange/properties/high/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema21.properties.high,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/capitalBillionUSDPerGW/high",schemaPath:"#/definitions/CostRange/properties/high/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema21.properties.high.type,parentSchema:schema21.properties.high,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/capitalBillionUSDPerGW",schemaPath:"#/definitions/CostRange/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.type,parentSchema:schema21,data:data1};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.yearlyCostMillionUSDPerMW !== undefined){
let data4 = data.yearlyCostMillionUSDPerMW;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.low === undefined){
const err16 = {instancePath:instancePath+"/yearlyCostMillionUSDPerMW",schemaPath:"#/definitions/CostRange/required",keyword:"required",params:{missingProperty: "low"},message:"must have required property '"+"low"+"'",schema:schema21.required,parentSchema:schema21,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data4.high === undefined){
const err17 = {instancePath:instancePath+"/yearlyCostMillionUSDPerMW",schemaPath:"#/definitions/CostRange/required",keyword:"required",params:{missingProperty: "high"},message:"must have required property '"+"high"+"'",schema:schema21.required,parentSchema:schema21,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
for(const key2 in data4){
if(!((key2 === "low") || (key2 === "high"))){
const err18 = {instancePath:instancePath+"/yearlyCostMillionUSDPerMW",schemaPath:"#/definitions/CostRange/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema21,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data4.low !== undefined){
let data5 = data4.low;
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 100000 || isNaN(data5)){
const err19 = {instancePath:instancePath+"/yearlyCostMillionUSDPerMW/low",schemaPath:"#/definitions/CostRange/properties/low/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000",schema:100000,parentSchema:schema21.properties.low,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data5 < 0 || isNaN(data5)){
const err20 = {instancePath:instancePath+"/yearlyCostMillionUSDPerMW/low",schemaPath:"#/definitions/CostRange/properties/low/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema21.properties.low,data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/yearlyCostMillionUSDPerMW/low",schemaPath:"#/definitions/CostRange/properties/low/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema21.properties.low.type,parentSchema:schema21.properties.low,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data4.high !== undefined){
let data6 = data4.high;
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 100000 || isNaN(data6)){
const err22 = {instancePath:instancePath+"/yearlyCostMillionUSDPerMW/high",schemaPath:"#/definitions/CostRange/properties/high/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000",schema:100000,parentSchema:schema21.properties.high,data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data6 < 0 || isNaN(data6)){
const err23 = {instancePath:instancePath+"/yearlyCostMillionUSDPerMW/high",schemaPath:"#/definitions/CostRange/properties/high/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema21.properties.high,data:data6};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/yearlyCostMillionUSDPerMW/high",schemaPath:"#/definitions/CostRange/properties/high/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema21.properties.high.type,parentSchema:schema21.properties.high,data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/yearlyCostMillionUSDPerMW",schemaPath:"#/definitions/CostRange/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.type,parentSchema:schema21,data:data4};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.source !== undefined){
let data7 = data.source;
if(typeof data7 === "string"){
if(func2(data7) > 500){
const err26 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema20.properties.source,data:data7};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(func2(data7) < 1){
const err27 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.source,data:data7};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(!pattern5.test(data7)){
const err28 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]*$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f]*$",parentSchema:schema20.properties.source,data:data7};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.source.type,parentSchema:schema20.properties.source,data:data7};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.type,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
validate17.errors = vErrors;
return errors === 0;
}


function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.phases === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "phases"},message:"must have required property '"+"phases"+"'",schema:schema15.required,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "powerCapMW") || (key0 === "nearLimitPercent")) || (key0 === "phases")) || (key0 === "funding")) || (key0 === "cost"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.powerCapMW !== undefined){
let data0 = data.powerCapMW;
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 1000000 || isNaN(data0)){
const err2 = {instancePath:instancePath+"/powerCapMW",schemaPath:"#/properties/powerCapMW/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000",schema:1000000,parentSchema:schema15.properties.powerCapMW,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0 <= 0 || isNaN(data0)){
const err3 = {instancePath:instancePath+"/powerCapMW",schemaPath:"#/properties/powerCapMW/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema15.properties.powerCapMW,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/powerCapMW",schemaPath:"#/properties/powerCapMW/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema15.properties.powerCapMW.type,parentSchema:schema15.properties.powerCapMW,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.nearLimitPercent !== undefined){
let data1 = data.nearLimitPercent;
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 100 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/nearLimitPercent",schemaPath:"#/properties/nearLimitPercent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema15.properties.nearLimitPercent,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data1 <= 0 || isNaN(data1)){
const err6 = {instancePath:instancePath+"/nearLimitPercent",schemaPath:"#/properties/nearLimitPercent/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema15.properties.nearLimitPercent,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/nearLimitPercent",schemaPath:"#/properties/nearLimitPercent/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema15.properties.nearLimitPercent.type,parentSchema:schema15.properties.nearLimitPercent,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.phases !== undefined){
let data2 = data.phases;
if(Array.isArray(data2)){
if(data2.length < 1){
const err8 = {instancePath:instancePath+"/phases",schemaPath:"#/properties/phases/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema15.properties.phases,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate15(data2[i0], {instancePath:instancePath+"/phases/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
errors = vErrors.length;
}
}
}
else {
const err9 = {instancePath:instancePath+"/phases",schemaPath:"#/properties/phases/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema15.properties.phases.type,parentSchema:schema15.properties.phases,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.funding !== undefined){
let data4 = data.funding;
const _errs12 = errors;
let valid4 = true;
const _errs13 = errors;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.rule !== undefined){
if("per-gw-tranches" !== data4.rule){
const err10 = {};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
var _valid0 = _errs13 === errors;
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs15 = errors;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.perGWBillionUSD === undefined){
const err11 = {instancePath:instancePath+"/funding",schemaPath:"#/definitions/Funding/then/required",keyword:"required",params:{missingProperty: "perGWBillionUSD"},message:"must have required property '"+"perGWBillionUSD"+"'",schema:schema19.then.required,parentSchema:schema19.then,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data4.ceilingBillionUSD === undefined){
const err12 = {instancePath:instancePath+"/funding",schemaPath:"#/definitions/Funding/then/required",keyword:"required",params:{missingProperty: "ceilingBillionUSD"},message:"must have required property '"+"ceilingBillionUSD"+"'",schema:schema19.then.required,parentSchema:schema19.then,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data4.source === undefined){
const err13 = {instancePath:instancePath+"/funding",schemaPath:"#/definitions/Funding/then/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'",schema:schema19.then.required,parentSchema:schema19.then,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
var _valid0 = _errs15 === errors;
valid4 = _valid0;
ifClause0 = "then";
}
else {
const _errs16 = errors;
const _errs17 = errors;
let valid6 = true;
const _errs18 = errors;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.rule !== undefined){
if("equity" !== data4.rule){
const err14 = {};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
var _valid1 = _errs18 === errors;
errors = _errs17;
if(vErrors !== null){
if(_errs17){
vErrors.length = _errs17;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs20 = errors;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.equityBillionUSD === undefined){
const err15 = {instancePath:instancePath+"/funding",schemaPath:"#/definitions/Funding/else/then/required",keyword:"required",params:{missingProperty: "equityBillionUSD"},message:"must have required property '"+"equityBillionUSD"+"'",schema:schema19.else.then.required,parentSchema:schema19.else.then,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data4.source === undefined){
const err16 = {instancePath:instancePath+"/funding",schemaPath:"#/definitions/Funding/else/then/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'",schema:schema19.else.then.required,parentSchema:schema19.else.then,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
var _valid1 = _errs20 === errors;
valid6 = _valid1;
}
if(!valid6){
const err17 = {instancePath:instancePath+"/funding",schemaPath:"#/definitions/Funding/else/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema19.else.if,parentSchema:schema19.else,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid0 = _errs16 === errors;
valid4 = _valid0;
ifClause0 = "else";
}
if(!valid4){
const err18 = {instancePath:instancePath+"/funding",schemaPath:"#/definitions/Funding/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema19.if,parentSchema:schema19,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.rule === undefined){
const err19 = {instancePath:instancePath+"/funding",schemaPath:"#/definitions/Funding/required",keyword:"required",params:{missingProperty: "rule"},message:"must have required property '"+"rule"+"'",schema:schema19.required,parentSchema:schema19,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
for(const key1 in data4){
if(!(((((((key1 === "rule") || (key1 === "source")) || (key1 === "investor")) || (key1 === "perGWBillionUSD")) || (key1 === "ceilingBillionUSD")) || (key1 === "equityBillionUSD")) || (key1 === "modalityShares"))){
const err20 = {instancePath:instancePath+"/funding",schemaPath:"#/definitions/Funding/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema19,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data4.rule !== undefined){
let data7 = data4.rule;
if(typeof data7 !== "string"){
const err21 = {instancePath:instancePath+"/funding/rule",schemaPath:"#/definitions/Funding/properties/rule/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.rule.type,parentSchema:schema19.properties.rule,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(!(((data7 === "per-gw-tranches") || (data7 === "equity")) || (data7 === "none"))){
const err22 = {instancePath:instancePath+"/funding/rule",schemaPath:"#/definitions/Funding/properties/rule/enum",keyword:"enum",params:{allowedValues: schema19.properties.rule.enum},message:"must be equal to one of the allowed values",schema:schema19.properties.rule.enum,parentSchema:schema19.properties.rule,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data4.source !== undefined){
let data8 = data4.source;
if(typeof data8 === "string"){
if(func2(data8) > 500){
const err23 = {instancePath:instancePath+"/funding/source",schemaPath:"#/definitions/Funding/properties/source/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema19.properties.source,data:data8};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(func2(data8) < 1){
const err24 = {instancePath:instancePath+"/funding/source",schemaPath:"#/definitions/Funding/properties/source/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19.properties.source,data:data8};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(!pattern5.test(data8)){
const err25 = {instancePath:instancePath+"/funding/source",schemaPath:"#/definitions/Funding/properties/source/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]*$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f]*$",parentSchema:schema19.properties.source,data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/funding/source",schemaPath:"#/definitions/Funding/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.source.type,parentSchema:schema19.properties.source,data:data8};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data4.investor !== undefined){
let data9 = data4.investor;
if(typeof data9 === "string"){
if(func2(data9) > 200){
const err27 = {instancePath:instancePath+"/funding/investor",schemaPath:"#/definitions/Funding/properties/investor/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema19.properties.investor,data:data9};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(func2(data9) < 1){
const err28 = {instancePath:instancePath+"/funding/investor",schemaPath:"#/definitions/Funding/properties/investor/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19.properties.investor,data:data9};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(!pattern5.test(data9)){
const err29 = {instancePath:instancePath+"/funding/investor",schemaPath:"#/definitions/Funding/properties/investor/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]*$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f]*$",parentSchema:schema19.properties.investor,data:data9};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/funding/investor",schemaPath:"#/definitions/Funding/properties/investor/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.investor.type,parentSchema:schema19.properties.investor,data:data9};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data4.perGWBillionUSD !== undefined){
let data10 = data4.perGWBillionUSD;
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 10000 || isNaN(data10)){
const err31 = {instancePath:instancePath+"/funding/perGWBillionUSD",schemaPath:"#/definitions/Funding/properties/perGWBillionUSD/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000},message:"must be <= 10000",schema:10000,parentSchema:schema19.properties.perGWBillionUSD,data:data10};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data10 < 0 || isNaN(data10)){
const err32 = {instancePath:instancePath+"/funding/perGWBillionUSD",schemaPath:"#/definitions/Funding/properties/perGWBillionUSD/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema19.properties.perGWBillionUSD,data:data10};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/funding/perGWBillionUSD",schemaPath:"#/definitions/Funding/properties/perGWBillionUSD/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema19.properties.perGWBillionUSD.type,parentSchema:schema19.properties.perGWBillionUSD,data:data10};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data4.ceilingBillionUSD !== undefined){
let data11 = data4.ceilingBillionUSD;
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 > 100000 || isNaN(data11)){
const err34 = {instancePath:instancePath+"/funding/ceilingBillionUSD",schemaPath:"#/definitions/Funding/properties/ceilingBillionUSD/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000",schema:100000,parentSchema:schema19.properties.ceilingBillionUSD,data:data11};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data11 < 0 || isNaN(data11)){
const err35 = {instancePath:instancePath+"/funding/ceilingBillionUSD",schemaPath:"#/definitions/Funding/properties/ceilingBillionUSD/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema19.properties.ceilingBillionUSD,data:data11};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/funding/ceilingBillionUSD",schemaPath:"#/definitions/Funding/properties/ceilingBillionUSD/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema19.properties.ceilingBillionUSD.type,parentSchema:schema19.properties.ceilingBillionUSD,data:data11};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data4.equityBillionUSD !== undefined){
let data12 = data4.equityBillionUSD;
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 > 100000 || isNaN(data12)){
const err37 = {instancePath:instancePath+"/funding/equityBillionUSD",schemaPath:"#/definitions/Funding/properties/equityBillionUSD/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000",schema:100000,parentSchema:schema19.properties.equityBillionUSD,data:data12};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data12 < 0 || isNaN(data12)){
const err38 = {instancePath:instancePath+"/funding/equityBillionUSD",schemaPath:"#/definitions/Funding/properties/equityBillionUSD/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema19.properties.equityBillionUSD,data:data12};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/funding/equityBillionUSD",schemaPath:"#/definitions/Funding/properties/equityBillionUSD/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema19.properties.equityBillionUSD.type,parentSchema:schema19.properties.equityBillionUSD,data:data12};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data4.modalityShares !== undefined){
let data13 = data4.modalityShares;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
for(const key2 in data13){
if(!(((key2 === "chips") || (key2 === "cloudCredits")) || (key2 === "cash"))){
const err40 = {instancePath:instancePath+"/funding/modalityShares",schemaPath:"#/definitions/Funding/properties/modalityShares/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema19.properties.modalityShares,data:data13};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data13.chips !== undefined){
let data14 = data13.chips;
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 > 1 || isNaN(data14)){
const err41 = {instancePath:instancePath+"/funding/modalityShares/chips",schemaPath:"#/definitions/Funding/properties/modalityShares/properties/chips/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema19.properties.modalityShares.properties.chips,data:data14};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data14 < 0 || isNaN(data14)){
const err42 = {instancePath:instancePath+"/funding/modalityShares/chips",schemaPath:"#/definitions/Funding/properties/modalityShares/properties/chips/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema19.properties.modalityShares.properties.chips,data:data14};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/funding/modalityShares/chips",schemaPath:"#/definitions/Funding/properties/modalityShares/properties/chips/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema19.properties.modalityShares.properties.chips.type,parentSchema:schema19.properties.modalityShares.properties.chips,data:data14};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data13.cloudCredits !== undefined){
let data15 = data13.cloudCredits;
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 > 1 || isNaN(data15)){
const err44 = {instancePath:instancePath+"/funding/modalityShares/cloudCredits",schemaPath:"#/definitions/Funding/properties/modalityShares/properties/cloudCredits/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema19.properties.modalityShares.properties.cloudCredits,data:data15};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(data15 < 0 || isNaN(data15)){
const err45 = {instancePath:instancePath+"/funding/modalityShares/cloudCredits",schemaPath:"#/definitions/Funding/properties/modalityShares/properties/cloudCredits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema19.properties.modalityShares.properties.cloudCredits,data:data15};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/funding/modalityShares/cloudCredits",schemaPath:"#/definitions/Funding/properties/modalityShares/properties/cloudCredits/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema19.properties.modalityShares.properties.cloudCredits.type,parentSchema:schema19.properties.modalityShares.properties.cloudCredits,data:data15};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data13.cash !== undefined){
let data16 = data13.cash;
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 > 1 || isNaN(data16)){
const err47 = {instancePath:instancePath+"/funding/modalityShares/cash",schemaPath:"#/definitions/Funding/properties/modalityShares/properties/cash/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema19.properties.modalityShares.properties.cash,data:data16};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(data16 < 0 || isNaN(data16)){
const err48 = {instancePath:instancePath+"/funding/modalityShares/cash",schemaPath:"#/definitions/Funding/properties/modalityShares/properties/cash/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema19.properties.modalityShares.properties.cash,data:data16};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/funding/modalityShares/cash",schemaPath:"#/definitions/Funding/properties/modalityShares/properties/cash/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema19.properties.modalityShares.properties.cash.type,parentSchema:schema19.properties.modalityShares.properties.cash,data:data16};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
else {
const err50 = {instancePath:instancePath+"/funding/modalityShares",schemaPath:"#/definitions/Funding/properties/modalityShares/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.properties.modalityShares.type,parentSchema:schema19.properties.modalityShares,data:data13};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
else {
const err51 = {instancePath:instancePath+"/funding",schemaPath:"#/definitions/Funding/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.type,parentSchema:schema19,data:data4};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data.cost !== undefined){
if(!(validate17(data.cost, {instancePath:instancePath+"/cost",parentData:data,parentDataProperty:"cost",rootData}))){
vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
errors = vErrors.length;
}
}
}
else {
const err52 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.type,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
validate14.errors = vErrors;
return errors === 0;
}

const schema23 = {"title":"CatalogOverride","type":"object","additionalProperties":false,"required":["system","source"],"properties":{"system":{"$ref":"#/definitions/SystemId"},"source":{"type":"string","minLength":1,"description":"Where the overriding figures come from.","pattern":"^[^\\u0000-\\u001f\\u007f]*$","maxLength":500},"gpusPerNode":{"type":"integer","minimum":1,"maximum":64,"description":"GPU packages per node (what the node advertises as nvidia.com/gpu)."},"nodesPerRack":{"type":"integer","minimum":1,"maximum":1000},"nicsPerNode":{"type":"integer","minimum":0,"maximum":64,"description":"Scale-out NICs per node."},"nvlinkDomainGpus":{"type":"integer","minimum":1,"maximum":100000,"description":"GPU packages in one NVLink domain."},"gpuPowerW":{"type":"number","exclusiveMinimum":0,"maximum":10000,"description":"The GPU's own maximum power in W (not its share of node or rack power, which is derived)."},"nodePowerKW":{"type":"number","exclusiveMinimum":0,"maximum":1000},"rackPowerKW":{"type":"number","exclusiveMinimum":0,"maximum":5000},"gpuMemoryGB":{"type":"number","exclusiveMinimum":0,"maximum":100000},"nicGbps":{"type":"number","exclusiveMinimum":0,"maximum":100000}},"description":"Figures of one catalog system replaced by the blueprint's own hardware, with their source. Figures derived from them (a rack's power from its nodes, a GPU's share of rack power, GPUs per rack) are recomputed; every output marks overridden figures."};
const func14 = Object.prototype.hasOwnProperty;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.system === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "system"},message:"must have required property '"+"system"+"'",schema:schema23.required,parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.source === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'",schema:schema23.required,parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func14.call(schema23.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.system !== undefined){
let data0 = data.system;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/system",schemaPath:"#/definitions/SystemId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!(((((((((data0 === "h100") || (data0 === "h200")) || (data0 === "b200")) || (data0 === "b300")) || (data0 === "gb200-nvl72")) || (data0 === "gb300-nvl72")) || (data0 === "vera-rubin-nvl72")) || (data0 === "rubin-ultra-nvl576")) || (data0 === "vera-rubin-nvl144"))){
const err4 = {instancePath:instancePath+"/system",schemaPath:"#/definitions/SystemId/enum",keyword:"enum",params:{allowedValues: schema18.enum},message:"must be equal to one of the allowed values",schema:schema18.enum,parentSchema:schema18,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.source !== undefined){
let data1 = data.source;
if(typeof data1 === "string"){
if(func2(data1) > 500){
const err5 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema23.properties.source,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func2(data1) < 1){
const err6 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema23.properties.source,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern5.test(data1)){
const err7 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]*$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f]*$",parentSchema:schema23.properties.source,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.properties.source.type,parentSchema:schema23.properties.source,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.gpusPerNode !== undefined){
let data2 = data.gpusPerNode;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err9 = {instancePath:instancePath+"/gpusPerNode",schemaPath:"#/properties/gpusPerNode/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema23.properties.gpusPerNode.type,parentSchema:schema23.properties.gpusPerNode,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 64 || isNaN(data2)){
const err10 = {instancePath:instancePath+"/gpusPerNode",schemaPath:"#/properties/gpusPerNode/maximum",keyword:"maximum",params:{comparison: "<=", limit: 64},message:"must be <= 64",schema:64,parentSchema:schema23.properties.gpusPerNode,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data2 < 1 || isNaN(data2)){
const err11 = {instancePath:instancePath+"/gpusPerNode",schemaPath:"#/properties/gpusPerNode/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema23.properties.gpusPerNode,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data.nodesPerRack !== undefined){
let data3 = data.nodesPerRack;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err12 = {instancePath:instancePath+"/nodesPerRack",schemaPath:"#/properties/nodesPerRack/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema23.properties.nodesPerRack.type,parentSchema:schema23.properties.nodesPerRack,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 1000 || isNaN(data3)){
const err13 = {instancePath:instancePath+"/nodesPerRack",schemaPath:"#/properties/nodesPerRack/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema23.properties.nodesPerRack,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data3 < 1 || isNaN(data3)){
const err14 = {instancePath:instancePath+"/nodesPerRack",schemaPath:"#/properties/nodesPerRack/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema23.properties.nodesPerRack,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
if(data.nicsPerNode !== undefined){
let data4 = data.nicsPerNode;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err15 = {instancePath:instancePath+"/nicsPerNode",schemaPath:"#/properties/nicsPerNode/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema23.properties.nicsPerNode.type,parentSchema:schema23.properties.nicsPerNode,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 64 || isNaN(data4)){
const err16 = {instancePath:instancePath+"/nicsPerNode",schemaPath:"#/properties/nicsPerNode/maximum",keyword:"maximum",params:{comparison: "<=", limit: 64},message:"must be <= 64",schema:64,parentSchema:schema23.properties.nicsPerNode,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data4 < 0 || isNaN(data4)){
const err17 = {instancePath:instancePath+"/nicsPerNode",schemaPath:"#/properties/nicsPerNode/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema23.properties.nicsPerNode,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
if(data.nvlinkDomainGpus !== undefined){
let data5 = data.nvlinkDomainGpus;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err18 = {instancePath:instancePath+"/nvlinkDomainGpus",schemaPath:"#/properties/nvlinkDomainGpus/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema23.properties.nvlinkDomainGpus.type,parentSchema:schema23.properties.nvlinkDomainGpus,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 100000 || isNaN(data5)){
const err19 = {instancePath:instancePath+"/nvlinkDomainGpus",schemaPath:"#/properties/nvlinkDomainGpus/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000",schema:100000,parentSchema:schema23.properties.nvlinkDomainGpus,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data5 < 1 || isNaN(data5)){
const err20 = {instancePath:instancePath+"/nvlinkDomainGpus",schemaPath:"#/properties/nvlinkDomainGpus/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema23.properties.nvlinkDomainGpus,data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
if(data.gpuPowerW !== undefined){
let data6 = data.gpuPowerW;
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 10000 || isNaN(data6)){
const err21 = {instancePath:instancePath+"/gpuPowerW",schemaPath:"#/properties/gpuPowerW/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000},message:"must be <= 10000",schema:10000,parentSchema:schema23.properties.gpuPowerW,data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data6 <= 0 || isNaN(data6)){
const err22 = {instancePath:instancePath+"/gpuPowerW",schemaPath:"#/properties/gpuPowerW/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema23.properties.gpuPowerW,data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/gpuPowerW",schemaPath:"#/properties/gpuPowerW/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.properties.gpuPowerW.type,parentSchema:schema23.properties.gpuPowerW,data:data6};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.nodePowerKW !== undefined){
let data7 = data.nodePowerKW;
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 1000 || isNaN(data7)){
const err24 = {instancePath:instancePath+"/nodePowerKW",schemaPath:"#/properties/nodePowerKW/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema23.properties.nodePowerKW,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data7 <= 0 || isNaN(data7)){
const err25 = {instancePath:instancePath+"/nodePowerKW",schemaPath:"#/properties/nodePowerKW/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema23.properties.nodePowerKW,data:data7};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/nodePowerKW",schemaPath:"#/properties/nodePowerKW/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.properties.nodePowerKW.type,parentSchema:schema23.properties.nodePowerKW,data:data7};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.rackPowerKW !== undefined){
let data8 = data.rackPowerKW;
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 5000 || isNaN(data8)){
const err27 = {instancePath:instancePath+"/rackPowerKW",schemaPath:"#/properties/rackPowerKW/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5000},message:"must be <= 5000",schema:5000,parentSchema:schema23.properties.rackPowerKW,data:data8};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data8 <= 0 || isNaN(data8)){
const err28 = {instancePath:instancePath+"/rackPowerKW",schemaPath:"#/properties/rackPowerKW/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema23.properties.rackPowerKW,data:data8};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/rackPowerKW",schemaPath:"#/properties/rackPowerKW/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.properties.rackPowerKW.type,parentSchema:schema23.properties.rackPowerKW,data:data8};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.gpuMemoryGB !== undefined){
let data9 = data.gpuMemoryGB;
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 100000 || isNaN(data9)){
const err30 = {instancePath:instancePath+"/gpuMemoryGB",schemaPath:"#/properties/gpuMemoryGB/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000",schema:100000,parentSchema:schema23.properties.gpuMemoryGB,data:data9};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data9 <= 0 || isNaN(data9)){
const err31 = {instancePath:instancePath+"/gpuMemoryGB",schemaPath:"#/properties/gpuMemoryGB/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema23.properties.gpuMemoryGB,data:data9};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/gpuMemoryGB",schemaPath:"#/properties/gpuMemoryGB/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.properties.gpuMemoryGB.type,parentSchema:schema23.properties.gpuMemoryGB,data:data9};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.nicGbps !== undefined){
let data10 = data.nicGbps;
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 100000 || isNaN(data10)){
const err33 = {instancePath:instancePath+"/nicGbps",schemaPath:"#/properties/nicGbps/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000",schema:100000,parentSchema:schema23.properties.nicGbps,data:data10};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data10 <= 0 || isNaN(data10)){
const err34 = {instancePath:instancePath+"/nicGbps",schemaPath:"#/properties/nicGbps/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema23.properties.nicGbps,data:data10};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/nicGbps",schemaPath:"#/properties/nicGbps/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.properties.nicGbps.type,parentSchema:schema23.properties.nicGbps,data:data10};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.type,parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}

const schema25 = {"title":"Site","type":"object","additionalProperties":false,"required":["name","partner","phase","gridInterconnectMW","halls","clusters"],"properties":{"name":{"$ref":"#/definitions/DnsLabel"},"partner":{"type":"string","minLength":1,"maxLength":200,"description":"Partner or operator of the site.","pattern":"^[^\\u0000-\\u001f\\u007f]*$"},"phase":{"$ref":"#/definitions/DnsLabel"},"gridInterconnectMW":{"type":"number","exclusiveMinimum":0,"maximum":100000},"pue":{"type":"number","minimum":1,"maximum":3,"description":"Power usage effectiveness. @default 1.2 (liquid-cooled AI halls run 1.1-1.2; Uptime Institute industry average ~1.56)."},"location":{"type":"string","maxLength":200,"pattern":"^[^\\u0000-\\u001f\\u007f]*$"},"publicSite":{"$ref":"#/definitions/PublicSiteId"},"gridCarbonGCO2PerKWh":{"type":"number","minimum":0,"maximum":2000,"description":"Grid carbon intensity in gCO2 per kWh."},"energyPriceUSDPerMWh":{"type":"number","minimum":0,"maximum":10000,"description":"This site's electricity price in USD per MWh. @default program.cost.energyPriceUSDPerMWh; none when that is not set either."},"halls":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/Hall"}},"clusters":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/Cluster"}}}};
const schema28 = {"title":"PublicSiteId","type":"string","enum":["stargate-abilene","stargate-shackelford","stargate-dona-ana","stargate-midwest","stargate-lordstown","stargate-milam","stargate-michigan"],"description":"A named public site whose public figures (`aifactory catalog`, docs/sources.md) `aifactory plan` compares this site with."};
const schema29 = {"title":"Hall","type":"object","additionalProperties":false,"required":["name","itPowerMW","cooling","maxRackKW"],"properties":{"name":{"$ref":"#/definitions/DnsLabel"},"itPowerMW":{"type":"number","exclusiveMinimum":0,"maximum":100000,"description":"IT power budget of the hall in MW."},"cooling":{"type":"string","enum":["liquid","air"]},"maxRackKW":{"type":"number","exclusiveMinimum":0,"maximum":5000,"description":"Highest rack power the hall can feed and cool, in kW."}}};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema29.required,parentSchema:schema29,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.itPowerMW === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "itPowerMW"},message:"must have required property '"+"itPowerMW"+"'",schema:schema29.required,parentSchema:schema29,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.cooling === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cooling"},message:"must have required property '"+"cooling"+"'",schema:schema29.required,parentSchema:schema29,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.maxRackKW === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "maxRackKW"},message:"must have required property '"+"maxRackKW"+"'",schema:schema29.required,parentSchema:schema29,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "name") || (key0 === "itPowerMW")) || (key0 === "cooling")) || (key0 === "maxRackKW"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema29,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func2(data0) > 63){
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/DnsLabel/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters",schema:63,parentSchema:schema13,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func2(data0) < 1){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/DnsLabel/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern0.test(data0)){
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/DnsLabel/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"+"\"",schema:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",parentSchema:schema13,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/DnsLabel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.itPowerMW !== undefined){
let data1 = data.itPowerMW;
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 100000 || isNaN(data1)){
const err9 = {instancePath:instancePath+"/itPowerMW",schemaPath:"#/properties/itPowerMW/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000",schema:100000,parentSchema:schema29.properties.itPowerMW,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data1 <= 0 || isNaN(data1)){
const err10 = {instancePath:instancePath+"/itPowerMW",schemaPath:"#/properties/itPowerMW/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema29.properties.itPowerMW,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/itPowerMW",schemaPath:"#/properties/itPowerMW/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema29.properties.itPowerMW.type,parentSchema:schema29.properties.itPowerMW,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.cooling !== undefined){
let data2 = data.cooling;
if(typeof data2 !== "string"){
const err12 = {instancePath:instancePath+"/cooling",schemaPath:"#/properties/cooling/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.properties.cooling.type,parentSchema:schema29.properties.cooling,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!((data2 === "liquid") || (data2 === "air"))){
const err13 = {instancePath:instancePath+"/cooling",schemaPath:"#/properties/cooling/enum",keyword:"enum",params:{allowedValues: schema29.properties.cooling.enum},message:"must be equal to one of the allowed values",schema:schema29.properties.cooling.enum,parentSchema:schema29.properties.cooling,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.maxRackKW !== undefined){
let data3 = data.maxRackKW;
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 5000 || isNaN(data3)){
const err14 = {instancePath:instancePath+"/maxRackKW",schemaPath:"#/properties/maxRackKW/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5000},message:"must be <= 5000",schema:5000,parentSchema:schema29.properties.maxRackKW,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data3 <= 0 || isNaN(data3)){
const err15 = {instancePath:instancePath+"/maxRackKW",schemaPath:"#/properties/maxRackKW/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema29.properties.maxRackKW,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/maxRackKW",schemaPath:"#/properties/maxRackKW/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema29.properties.maxRackKW.type,parentSchema:schema29.properties.maxRackKW,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema29.type,parentSchema:schema29,data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}

const schema31 = {"title":"Cluster","type":"object","additionalProperties":false,"required":["name","kubernetesVersion","pools"],"properties":{"name":{"$ref":"#/definitions/DnsLabel"},"kubernetesVersion":{"type":"string","pattern":"^1\\.[0-9]{2}$","description":"Kubernetes minor version, e.g. \"1.33\"."},"nodeLimit":{"$ref":"#/definitions/NodeLimit"},"maxPodsPerNode":{"type":"integer","minimum":1,"maximum":10000,"description":"@default 110 (kubelet default and upstream tested limit)."},"kubeconfig":{"$ref":"#/definitions/Kubeconfig"},"tenants":{"type":"array","items":{"$ref":"#/definitions/Tenant"}},"priorityTiers":{"type":"array","items":{"$ref":"#/definitions/PriorityTier"}},"networking":{"$ref":"#/definitions/Networking"},"devicePlugin":{"$ref":"#/definitions/DevicePluginDeployment"},"gpuStack":{"type":"string","enum":["device-plugin","gpu-operator","dra"],"description":"How GPUs reach pods. \"device-plugin\": aifactory's own NVIDIA device plugin DaemonSet per pool (static, after the v0.20.0 manifest); \"gpu-operator\": a ClusterPolicy (nvidia.com/v1) for the NVIDIA GPU Operator, whose device plugin reads each pool's config by the node label nvidia.com/device-plugin.config; \"dra\": Dynamic Resource Allocation (resource.k8s.io/v1, Kubernetes 1.34 or later) with NVIDIA's DRA driver for GPUs: a DeviceClass, and ComputeDomains for multi-node NVLink jobs on rack-scale pools. @default \"device-plugin\""},"gpuOperator":{"$ref":"#/definitions/GpuOperator"},"scheduling":{"$ref":"#/definitions/Scheduling"},"pools":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/Pool"}}}};
const schema33 = {"title":"NodeLimit","description":"Cluster node limit: a named profile (upstream 5,000; gke 65,000; eks 100,000) or an explicit number of nodes. @default \"upstream\".","oneOf":[{"type":"string","enum":["upstream","gke","eks"]},{"type":"integer","minimum":1,"maximum":1000000}]};
const schema34 = {"title":"Kubeconfig","type":"object","additionalProperties":false,"properties":{"path":{"type":"string","minLength":1,"description":"Path to the kubeconfig file, as Terraform should read it. @default \"~/.kube/config\""},"context":{"type":"string","minLength":1,"description":"kubeconfig context. @default the cluster's name"}},"description":"How Terraform and the kind helpers reach the cluster. path @default \"~/.kube/config\"; context @default the cluster's name."};
const pattern15 = new RegExp("^1\\.[0-9]{2}$", "u");
const schema35 = {"title":"Tenant","type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"$ref":"#/definitions/DnsLabel"},"gpuQuota":{"type":"integer","minimum":0,"maximum":100000000,"description":"GPUs this tenant may request (requests.nvidia.com/gpu)."},"gpuShare":{"type":"number","exclusiveMinimum":0,"maximum":1,"description":"Share of the cluster's GPUs, when no absolute quota is given."},"egressCIDRs":{"type":"array","maxItems":256,"uniqueItems":true,"description":"IPv4 or IPv6 CIDRs the tenant's pods may reach on any port (e.g. storage, an object store, a package mirror), beyond what the defaults allow: DNS to the cluster DNS and all traffic between pods of the tenant's namespace.","items":{"type":"string","maxLength":49,"pattern":"^(([0-9]{1,3}\\.){3}[0-9]{1,3}/([0-9]|[12][0-9]|3[0-2])|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*/([0-9]|[1-9][0-9]|1[01][0-9]|12[0-8]))$"}}},"not":{"required":["gpuQuota","gpuShare"]},"description":"A tenant of the cluster: gives exactly one of gpuQuota or gpuShare."};
const pattern17 = new RegExp("^(([0-9]{1,3}\\.){3}[0-9]{1,3}/([0-9]|[12][0-9]|3[0-2])|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*/([0-9]|[1-9][0-9]|1[01][0-9]|12[0-8]))$", "u");

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.gpuQuota === undefined) && (missing0 = "gpuQuota")) || ((data.gpuShare === undefined) && (missing0 = "gpuShare"))){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var valid0 = _errs2 === errors;
if(valid0){
const err1 = {instancePath,schemaPath:"#/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema35.not,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "name") || (key0 === "gpuQuota")) || (key0 === "gpuShare")) || (key0 === "egressCIDRs"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func2(data0) > 63){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/DnsLabel/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters",schema:63,parentSchema:schema13,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(func2(data0) < 1){
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/DnsLabel/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern0.test(data0)){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/DnsLabel/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"+"\"",schema:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",parentSchema:schema13,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/DnsLabel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.gpuQuota !== undefined){
let data1 = data.gpuQuota;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err8 = {instancePath:instancePath+"/gpuQuota",schemaPath:"#/properties/gpuQuota/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema35.properties.gpuQuota.type,parentSchema:schema35.properties.gpuQuota,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 100000000 || isNaN(data1)){
const err9 = {instancePath:instancePath+"/gpuQuota",schemaPath:"#/properties/gpuQuota/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000000},message:"must be <= 100000000",schema:100000000,parentSchema:schema35.properties.gpuQuota,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data1 < 0 || isNaN(data1)){
const err10 = {instancePath:instancePath+"/gpuQuota",schemaPath:"#/properties/gpuQuota/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema35.properties.gpuQuota,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
if(data.gpuShare !== undefined){
let data2 = data.gpuShare;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 1 || isNaN(data2)){
const err11 = {instancePath:instancePath+"/gpuShare",schemaPath:"#/properties/gpuShare/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema35.properties.gpuShare,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data2 <= 0 || isNaN(data2)){
const err12 = {instancePath:instancePath+"/gpuShare",schemaPath:"#/properties/gpuShare/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema35.properties.gpuShare,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/gpuShare",schemaPath:"#/properties/gpuShare/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema35.properties.gpuShare.type,parentSchema:schema35.properties.gpuShare,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.egressCIDRs !== undefined){
let data3 = data.egressCIDRs;
if(Array.isArray(data3)){
if(data3.length > 256){
const err14 = {instancePath:instancePath+"/egressCIDRs",schemaPath:"#/properties/egressCIDRs/maxItems",keyword:"maxItems",params:{limit: 256},message:"must NOT have more than 256 items",schema:256,parentSchema:schema35.properties.egressCIDRs,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(typeof data4 === "string"){
if(func2(data4) > 49){
const err15 = {instancePath:instancePath+"/egressCIDRs/" + i0,schemaPath:"#/properties/egressCIDRs/items/maxLength",keyword:"maxLength",params:{limit: 49},message:"must NOT have more than 49 characters",schema:49,parentSchema:schema35.properties.egressCIDRs.items,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!pattern17.test(data4)){
const err16 = {instancePath:instancePath+"/egressCIDRs/" + i0,schemaPath:"#/properties/egressCIDRs/items/pattern",keyword:"pattern",params:{pattern: "^(([0-9]{1,3}\\.){3}[0-9]{1,3}/([0-9]|[12][0-9]|3[0-2])|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*/([0-9]|[1-9][0-9]|1[01][0-9]|12[0-8]))$"},message:"must match pattern \""+"^(([0-9]{1,3}\\.){3}[0-9]{1,3}/([0-9]|[12][0-9]|3[0-2])|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*/([0-9]|[1-9][0-9]|1[01][0-9]|12[0-8]))$"+"\"",schema:"^(([0-9]{1,3}\\.){3}[0-9]{1,3}/([0-9]|[12][0-9]|3[0-2])|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*/([0-9]|[1-9][0-9]|1[01][0-9]|12[0-8]))$",parentSchema:schema35.properties.egressCIDRs.items,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/egressCIDRs/" + i0,schemaPath:"#/properties/egressCIDRs/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.egressCIDRs.items.type,parentSchema:schema35.properties.egressCIDRs.items,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
let i1 = data3.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data3[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err18 = {instancePath:instancePath+"/egressCIDRs",schemaPath:"#/properties/egressCIDRs/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema35.properties.egressCIDRs,data:data3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err19 = {instancePath:instancePath+"/egressCIDRs",schemaPath:"#/properties/egressCIDRs/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema35.properties.egressCIDRs.type,parentSchema:schema35.properties.egressCIDRs,data:data3};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.type,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}

const schema37 = {"title":"PriorityTier","type":"object","additionalProperties":false,"required":["name","value"],"properties":{"name":{"$ref":"#/definitions/DnsLabel"},"value":{"type":"integer","minimum":-2147483648,"maximum":1000000000,"description":"PriorityClass value; user classes stay at or below 1,000,000,000."},"preemption":{"type":"boolean","description":"Whether pods of this tier may preempt lower ones. @default true"},"description":{"type":"string","maxLength":500,"pattern":"^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f]*$"}}};

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema37.required,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.value === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema37.required,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "name") || (key0 === "value")) || (key0 === "preemption")) || (key0 === "description"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func2(data0) > 63){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/DnsLabel/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters",schema:63,parentSchema:schema13,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func2(data0) < 1){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/DnsLabel/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern0.test(data0)){
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/DnsLabel/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"+"\"",schema:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",parentSchema:schema13,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/DnsLabel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.value !== undefined){
let data1 = data.value;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err7 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.properties.value.type,parentSchema:schema37.properties.value,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 1000000000 || isNaN(data1)){
const err8 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000},message:"must be <= 1000000000",schema:1000000000,parentSchema:schema37.properties.value,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data1 < -2147483648 || isNaN(data1)){
const err9 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648},message:"must be >= -2147483648",schema:-2147483648,parentSchema:schema37.properties.value,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data.preemption !== undefined){
let data2 = data.preemption;
if(typeof data2 !== "boolean"){
const err10 = {instancePath:instancePath+"/preemption",schemaPath:"#/properties/preemption/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema37.properties.preemption.type,parentSchema:schema37.properties.preemption,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.description !== undefined){
let data3 = data.description;
if(typeof data3 === "string"){
if(func2(data3) > 500){
const err11 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema37.properties.description,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!pattern1.test(data3)){
const err12 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f]*$"},message:"must match pattern \""+"^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f]*$"+"\"",schema:"^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f]*$",parentSchema:schema37.properties.description,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.description.type,parentSchema:schema37.properties.description,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.type,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}

const schema39 = {"title":"Networking","type":"object","additionalProperties":false,"required":["fabric"],"properties":{"fabric":{"type":"string","enum":["infiniband","spectrum-x","roce"]},"switch":{"type":"string","enum":["quantum-2-qm9700","quantum-x800-q3400","spectrum-x800-sn5600","spectrum-6-sn6810","spectrum-6-sn6800"],"description":"The scale-out switch model (`aifactory catalog`), of the cluster's fabric: its radix and power size the fabric unless switchRadix or switchPowerKW say otherwise. @default the fabric's default switch for the NIC speed."},"nicGbps":{"type":"number","exclusiveMinimum":0,"maximum":100000,"description":"Speed of each scale-out NIC in Gb/s. @default the system's NIC speed from the catalog."},"nicsPerNode":{"type":"integer","minimum":1,"maximum":64,"description":"@default the system's scale-out NIC count from the catalog (rail-optimised)."},"switchRadix":{"type":"integer","minimum":4,"maximum":1024,"description":"Ports per switch at the NIC speed. @default the fabric's default switch: InfiniBand up to 400G Quantum-2 QM9700 (64), XDR 800G Quantum-X800 Q3400 (144); Spectrum-X and RoCE up to 800G Spectrum-X800 SN5600 (64), faster Spectrum-6 SN6810."},"oversubscription":{"type":"number","minimum":1,"maximum":16,"description":"Leaf downlink:uplink ratio (1 = non-blocking). @default 1"},"switchPowerKW":{"type":"number","exclusiveMinimum":0,"maximum":100,"description":"Power per switch in kW, counted in hall IT power."},"switchPorts":{"type":"integer","minimum":1,"maximum":10000000,"description":"Switch ports installed for the scale-out fabric; when given, checked against what the NICs need."},"networkOperator":{"$ref":"#/definitions/NetworkOperator"}}};
const schema40 = {"title":"NetworkOperator","type":"object","additionalProperties":false,"required":["enabled"],"properties":{"enabled":{"type":"boolean"},"rdmaResource":{"type":"string","pattern":"^[a-z0-9.-]+/[a-zA-Z0-9_.-]+$","description":"RDMA extended resource that GPU workloads request. @default \"rdma/rdma_shared_device_a\""},"crdsPresent":{"type":"boolean","description":"Whether the Multus NetworkAttachmentDefinition CRD is installed, so that objects using it can be emitted. @default false"}}};
const pattern20 = new RegExp("^[a-z0-9.-]+/[a-zA-Z0-9_.-]+$", "u");

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.fabric === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "fabric"},message:"must have required property '"+"fabric"+"'",schema:schema39.required,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func14.call(schema39.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.fabric !== undefined){
let data0 = data.fabric;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/fabric",schemaPath:"#/properties/fabric/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.fabric.type,parentSchema:schema39.properties.fabric,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!(((data0 === "infiniband") || (data0 === "spectrum-x")) || (data0 === "roce"))){
const err3 = {instancePath:instancePath+"/fabric",schemaPath:"#/properties/fabric/enum",keyword:"enum",params:{allowedValues: schema39.properties.fabric.enum},message:"must be equal to one of the allowed values",schema:schema39.properties.fabric.enum,parentSchema:schema39.properties.fabric,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.switch !== undefined){
let data1 = data.switch;
if(typeof data1 !== "string"){
const err4 = {instancePath:instancePath+"/switch",schemaPath:"#/properties/switch/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.switch.type,parentSchema:schema39.properties.switch,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!(((((data1 === "quantum-2-qm9700") || (data1 === "quantum-x800-q3400")) || (data1 === "spectrum-x800-sn5600")) || (data1 === "spectrum-6-sn6810")) || (data1 === "spectrum-6-sn6800"))){
const err5 = {instancePath:instancePath+"/switch",schemaPath:"#/properties/switch/enum",keyword:"enum",params:{allowedValues: schema39.properties.switch.enum},message:"must be equal to one of the allowed values",schema:schema39.properties.switch.enum,parentSchema:schema39.properties.switch,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.nicGbps !== undefined){
let data2 = data.nicGbps;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 100000 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/nicGbps",schemaPath:"#/properties/nicGbps/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000",schema:100000,parentSchema:schema39.properties.nicGbps,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data2 <= 0 || isNaN(data2)){
const err7 = {instancePath:instancePath+"/nicGbps",schemaPath:"#/properties/nicGbps/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema39.properties.nicGbps,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/nicGbps",schemaPath:"#/properties/nicGbps/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema39.properties.nicGbps.type,parentSchema:schema39.properties.nicGbps,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.nicsPerNode !== undefined){
let data3 = data.nicsPerNode;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err9 = {instancePath:instancePath+"/nicsPerNode",schemaPath:"#/properties/nicsPerNode/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema39.properties.nicsPerNode.type,parentSchema:schema39.properties.nicsPerNode,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 64 || isNaN(data3)){
const err10 = {instancePath:instancePath+"/nicsPerNode",schemaPath:"#/properties/nicsPerNode/maximum",keyword:"maximum",params:{comparison: "<=", limit: 64},message:"must be <= 64",schema:64,parentSchema:schema39.properties.nicsPerNode,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data3 < 1 || isNaN(data3)){
const err11 = {instancePath:instancePath+"/nicsPerNode",schemaPath:"#/properties/nicsPerNode/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema39.properties.nicsPerNode,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data.switchRadix !== undefined){
let data4 = data.switchRadix;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err12 = {instancePath:instancePath+"/switchRadix",schemaPath:"#/properties/switchRadix/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema39.properties.switchRadix.type,parentSchema:schema39.properties.switchRadix,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 1024 || isNaN(data4)){
const err13 = {instancePath:instancePath+"/switchRadix",schemaPath:"#/properties/switchRadix/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1024},message:"must be <= 1024",schema:1024,parentSchema:schema39.properties.switchRadix,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data4 < 4 || isNaN(data4)){
const err14 = {instancePath:instancePath+"/switchRadix",schemaPath:"#/properties/switchRadix/minimum",keyword:"minimum",params:{comparison: ">=", limit: 4},message:"must be >= 4",schema:4,parentSchema:schema39.properties.switchRadix,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
if(data.oversubscription !== undefined){
let data5 = data.oversubscription;
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 16 || isNaN(data5)){
const err15 = {instancePath:instancePath+"/oversubscription",schemaPath:"#/properties/oversubscription/maximum",keyword:"maximum",params:{comparison: "<=", limit: 16},message:"must be <= 16",schema:16,parentSchema:schema39.properties.oversubscription,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data5 < 1 || isNaN(data5)){
const err16 = {instancePath:instancePath+"/oversubscription",schemaPath:"#/properties/oversubscription/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema39.properties.oversubscription,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/oversubscription",schemaPath:"#/properties/oversubscription/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema39.properties.oversubscription.type,parentSchema:schema39.properties.oversubscription,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.switchPowerKW !== undefined){
let data6 = data.switchPowerKW;
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 100 || isNaN(data6)){
const err18 = {instancePath:instancePath+"/switchPowerKW",schemaPath:"#/properties/switchPowerKW/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema39.properties.switchPowerKW,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data6 <= 0 || isNaN(data6)){
const err19 = {instancePath:instancePath+"/switchPowerKW",schemaPath:"#/properties/switchPowerKW/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema39.properties.switchPowerKW,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/switchPowerKW",schemaPath:"#/properties/switchPowerKW/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema39.properties.switchPowerKW.type,parentSchema:schema39.properties.switchPowerKW,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.switchPorts !== undefined){
let data7 = data.switchPorts;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err21 = {instancePath:instancePath+"/switchPorts",schemaPath:"#/properties/switchPorts/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema39.properties.switchPorts.type,parentSchema:schema39.properties.switchPorts,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 10000000 || isNaN(data7)){
const err22 = {instancePath:instancePath+"/switchPorts",schemaPath:"#/properties/switchPorts/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000000},message:"must be <= 10000000",schema:10000000,parentSchema:schema39.properties.switchPorts,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data7 < 1 || isNaN(data7)){
const err23 = {instancePath:instancePath+"/switchPorts",schemaPath:"#/properties/switchPorts/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema39.properties.switchPorts,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
if(data.networkOperator !== undefined){
let data8 = data.networkOperator;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.enabled === undefined){
const err24 = {instancePath:instancePath+"/networkOperator",schemaPath:"#/definitions/NetworkOperator/required",keyword:"required",params:{missingProperty: "enabled"},message:"must have required property '"+"enabled"+"'",schema:schema40.required,parentSchema:schema40,data:data8};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
for(const key1 in data8){
if(!(((key1 === "enabled") || (key1 === "rdmaResource")) || (key1 === "crdsPresent"))){
const err25 = {instancePath:instancePath+"/networkOperator",schemaPath:"#/definitions/NetworkOperator/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema40,data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data8.enabled !== undefined){
let data9 = data8.enabled;
if(typeof data9 !== "boolean"){
const err26 = {instancePath:instancePath+"/networkOperator/enabled",schemaPath:"#/definitions/NetworkOperator/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema40.properties.enabled.type,parentSchema:schema40.properties.enabled,data:data9};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data8.rdmaResource !== undefined){
let data10 = data8.rdmaResource;
if(typeof data10 === "string"){
if(!pattern20.test(data10)){
const err27 = {instancePath:instancePath+"/networkOperator/rdmaResource",schemaPath:"#/definitions/NetworkOperator/properties/rdmaResource/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9.-]+/[a-zA-Z0-9_.-]+$"},message:"must match pattern \""+"^[a-z0-9.-]+/[a-zA-Z0-9_.-]+$"+"\"",schema:"^[a-z0-9.-]+/[a-zA-Z0-9_.-]+$",parentSchema:schema40.properties.rdmaResource,data:data10};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/networkOperator/rdmaResource",schemaPath:"#/definitions/NetworkOperator/properties/rdmaResource/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.rdmaResource.type,parentSchema:schema40.properties.rdmaResource,data:data10};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data8.crdsPresent !== undefined){
let data11 = data8.crdsPresent;
if(typeof data11 !== "boolean"){
const err29 = {instancePath:instancePath+"/networkOperator/crdsPresent",schemaPath:"#/definitions/NetworkOperator/properties/crdsPresent/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema40.properties.crdsPresent.type,parentSchema:schema40.properties.crdsPresent,data:data11};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/networkOperator",schemaPath:"#/definitions/NetworkOperator/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema40.type,parentSchema:schema40,data:data8};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.type,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
validate30.errors = vErrors;
return errors === 0;
}

const schema41 = {"title":"DevicePluginDeployment","type":"object","additionalProperties":false,"properties":{"version":{"type":"string","pattern":"^v[0-9]+\\.[0-9]+\\.[0-9]+$","description":"NVIDIA device plugin release. @default \"v0.20.0\""},"imageDigest":{"type":"string","pattern":"^sha256:[a-f0-9]{64}$","description":"Pin the image to this digest."},"namespace":{"$ref":"#/definitions/DnsLabel"}},"description":"The NVIDIA device plugin deployed on the cluster (version @default v0.20.0, namespace @default nvidia-device-plugin)."};
const pattern21 = new RegExp("^v[0-9]+\\.[0-9]+\\.[0-9]+$", "u");
const pattern22 = new RegExp("^sha256:[a-f0-9]{64}$", "u");

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "version") || (key0 === "imageDigest")) || (key0 === "namespace"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.version !== undefined){
let data0 = data.version;
if(typeof data0 === "string"){
if(!pattern21.test(data0)){
const err1 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/pattern",keyword:"pattern",params:{pattern: "^v[0-9]+\\.[0-9]+\\.[0-9]+$"},message:"must match pattern \""+"^v[0-9]+\\.[0-9]+\\.[0-9]+$"+"\"",schema:"^v[0-9]+\\.[0-9]+\\.[0-9]+$",parentSchema:schema41.properties.version,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.version.type,parentSchema:schema41.properties.version,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.imageDigest !== undefined){
let data1 = data.imageDigest;
if(typeof data1 === "string"){
if(!pattern22.test(data1)){
const err3 = {instancePath:instancePath+"/imageDigest",schemaPath:"#/properties/imageDigest/pattern",keyword:"pattern",params:{pattern: "^sha256:[a-f0-9]{64}$"},message:"must match pattern \""+"^sha256:[a-f0-9]{64}$"+"\"",schema:"^sha256:[a-f0-9]{64}$",parentSchema:schema41.properties.imageDigest,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/imageDigest",schemaPath:"#/properties/imageDigest/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.imageDigest.type,parentSchema:schema41.properties.imageDigest,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.namespace !== undefined){
let data2 = data.namespace;
if(typeof data2 === "string"){
if(func2(data2) > 63){
const err5 = {instancePath:instancePath+"/namespace",schemaPath:"#/definitions/DnsLabel/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters",schema:63,parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func2(data2) < 1){
const err6 = {instancePath:instancePath+"/namespace",schemaPath:"#/definitions/DnsLabel/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern0.test(data2)){
const err7 = {instancePath:instancePath+"/namespace",schemaPath:"#/definitions/DnsLabel/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"+"\"",schema:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/namespace",schemaPath:"#/definitions/DnsLabel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.type,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate32.errors = vErrors;
return errors === 0;
}

const schema43 = {"title":"GpuOperator","type":"object","additionalProperties":false,"description":"The NVIDIA GPU Operator the cluster runs (gpuStack \"gpu-operator\"): the namespace its Helm chart is installed in, where the device plugin's ConfigMap must be. namespace @default \"gpu-operator\".","properties":{"namespace":{"$ref":"#/definitions/DnsLabel","description":"@default \"gpu-operator\""}}};

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(key0 === "namespace")){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema43,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.namespace !== undefined){
let data0 = data.namespace;
if(typeof data0 === "string"){
if(func2(data0) > 63){
const err1 = {instancePath:instancePath+"/namespace",schemaPath:"#/definitions/DnsLabel/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters",schema:63,parentSchema:schema13,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(func2(data0) < 1){
const err2 = {instancePath:instancePath+"/namespace",schemaPath:"#/definitions/DnsLabel/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!pattern0.test(data0)){
const err3 = {instancePath:instancePath+"/namespace",schemaPath:"#/definitions/DnsLabel/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"+"\"",schema:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",parentSchema:schema13,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/namespace",schemaPath:"#/definitions/DnsLabel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.type,parentSchema:schema43,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate34.errors = vErrors;
return errors === 0;
}

const schema45 = {"title":"Scheduling","type":"object","additionalProperties":false,"description":"How GPU workloads are queued and placed on the cluster. Without it, the cluster has no queueing layer (GPU quotas are the tenants' ResourceQuotas only).","properties":{"kueue":{"$ref":"#/definitions/Kueue"}}};
const schema46 = {"title":"Kueue","type":"object","additionalProperties":false,"description":"Kueue (kueue.x-k8s.io/v1beta2, tested with Kueue v0.17.0): a ResourceFlavor per pool, a Topology from the factory's halls, racks and hosts, a Cohort, a ClusterQueue and a LocalQueue per tenant, a WorkloadPriorityClass per tier. Its objects need Kueue's CRDs installed: giving this section says they are. cohort: the Cohort the tenants' ClusterQueues share (they borrow each other's unused GPUs within it), @default the cluster's name.","properties":{"cohort":{"$ref":"#/definitions/DnsLabel"},"topology":{"$ref":"#/definitions/KueueTopology"},"queues":{"type":"array","maxItems":1000,"items":{"$ref":"#/definitions/KueueQueue"},"description":"Per-tenant settings of the tenants' ClusterQueues; a tenant not listed gets the defaults."},"rackLocalTraining":{"$ref":"#/definitions/RackLocalTraining"}}};
const schema48 = {"title":"KueueTopology","type":"object","additionalProperties":false,"description":"Topology-aware scheduling: the flavors name a Topology whose levels are node labels, broadest first. Give this section to enable it.","properties":{"levels":{"type":"array","minItems":1,"maxItems":16,"uniqueItems":true,"items":{"type":"string","maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$"},"description":"Node labels of the levels, broadest first; kubernetes.io/hostname may only be the last. @default [aifactory.dev/hall, the rack level, kubernetes.io/hostname]: the rack level is nvidia.com/gpu.clique (set by GPU Feature Discovery per NVLink domain) on rack-scale systems, rackLabel on 8-GPU systems."},"rackLabel":{"type":"string","maxLength":316,"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$","description":"Node label the provisioner stamps with each node's rack on 8-GPU (HGX) systems. @default \"aifactory.dev/rack\""}}};
const schema51 = {"title":"RackLocalTraining","type":"object","additionalProperties":false,"required":["gangGPUs"],"description":"Training gangs that must run within one NVLink domain (one rack on rack-scale systems): checked against every pool's NVLink domain size; the example Jobs of rack-scale pools ask Kueue for one rack.","properties":{"gangGPUs":{"type":"integer","minimum":1,"maximum":100000000,"description":"GPUs of the largest training gang that must stay in one NVLink domain."}}};
const pattern26 = new RegExp("^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$", "u");
const schema49 = {"title":"KueueQueue","type":"object","additionalProperties":false,"required":["tenant"],"description":"One tenant's ClusterQueue settings.","properties":{"tenant":{"$ref":"#/definitions/DnsLabel"},"flavorQuotasGPUs":{"type":"object","description":"nominalQuota of nvidia.com/gpu per pool (flavor), by pool name. @default the tenant's GPU quota split over the pools in proportion to their advertised GPUs.","propertyNames":{"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","maxLength":63},"additionalProperties":{"type":"integer","minimum":0,"maximum":100000000}},"borrowingLimitGPUs":{"type":"integer","minimum":0,"maximum":100000000,"description":"GPUs per flavor the queue may borrow from the cohort's unused quota beyond its nominal quota. @default 0: the tenant's ResourceQuota caps its namespace at its GPU quota, so a Job admitted on borrowed GPUs would have its pods refused; raise it only with the ResourceQuota in mind."},"lendingLimitGPUs":{"type":"integer","minimum":0,"maximum":100000000,"description":"GPUs per flavor of its nominal quota the queue lends to the cohort when unused. @default no limit (all unused GPUs)."}}};

function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.tenant === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tenant"},message:"must have required property '"+"tenant"+"'",schema:schema49.required,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "tenant") || (key0 === "flavorQuotasGPUs")) || (key0 === "borrowingLimitGPUs")) || (key0 === "lendingLimitGPUs"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.tenant !== undefined){
let data0 = data.tenant;
if(typeof data0 === "string"){
if(func2(data0) > 63){
const err2 = {instancePath:instancePath+"/tenant",schemaPath:"#/definitions/DnsLabel/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters",schema:63,parentSchema:schema13,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func2(data0) < 1){
const err3 = {instancePath:instancePath+"/tenant",schemaPath:"#/definitions/DnsLabel/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern0.test(data0)){
const err4 = {instancePath:instancePath+"/tenant",schemaPath:"#/definitions/DnsLabel/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"+"\"",schema:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",parentSchema:schema13,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/tenant",schemaPath:"#/definitions/DnsLabel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.flavorQuotasGPUs !== undefined){
let data1 = data.flavorQuotasGPUs;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
const _errs7 = errors;
if(typeof key1 === "string"){
if(func2(key1) > 63){
const err6 = {instancePath:instancePath+"/flavorQuotasGPUs",schemaPath:"#/properties/flavorQuotasGPUs/propertyNames/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters",schema:63,parentSchema:schema49.properties.flavorQuotasGPUs.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern0.test(key1)){
const err7 = {instancePath:instancePath+"/flavorQuotasGPUs",schemaPath:"#/properties/flavorQuotasGPUs/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"+"\"",schema:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",parentSchema:schema49.properties.flavorQuotasGPUs.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
var valid2 = _errs7 === errors;
if(!valid2){
const err8 = {instancePath:instancePath+"/flavorQuotasGPUs",schemaPath:"#/properties/flavorQuotasGPUs/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema49.properties.flavorQuotasGPUs.propertyNames,parentSchema:schema49.properties.flavorQuotasGPUs,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
for(const key2 in data1){
let data2 = data1[key2];
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err9 = {instancePath:instancePath+"/flavorQuotasGPUs/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/flavorQuotasGPUs/additionalProperties/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema49.properties.flavorQuotasGPUs.additionalProperties.type,parentSchema:schema49.properties.flavorQuotasGPUs.additionalProperties,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 100000000 || isNaN(data2)){
const err10 = {instancePath:instancePath+"/flavorQuotasGPUs/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/flavorQuotasGPUs/additionalProperties/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000000},message:"must be <= 100000000",schema:100000000,parentSchema:schema49.properties.flavorQuotasGPUs.additionalProperties,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err11 = {instancePath:instancePath+"/flavorQuotasGPUs/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/flavorQuotasGPUs/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema49.properties.flavorQuotasGPUs.additionalProperties,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
}
else {
const err12 = {instancePath:instancePath+"/flavorQuotasGPUs",schemaPath:"#/properties/flavorQuotasGPUs/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.properties.flavorQuotasGPUs.type,parentSchema:schema49.properties.flavorQuotasGPUs,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.borrowingLimitGPUs !== undefined){
let data3 = data.borrowingLimitGPUs;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err13 = {instancePath:instancePath+"/borrowingLimitGPUs",schemaPath:"#/properties/borrowingLimitGPUs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema49.properties.borrowingLimitGPUs.type,parentSchema:schema49.properties.borrowingLimitGPUs,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 100000000 || isNaN(data3)){
const err14 = {instancePath:instancePath+"/borrowingLimitGPUs",schemaPath:"#/properties/borrowingLimitGPUs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000000},message:"must be <= 100000000",schema:100000000,parentSchema:schema49.properties.borrowingLimitGPUs,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err15 = {instancePath:instancePath+"/borrowingLimitGPUs",schemaPath:"#/properties/borrowingLimitGPUs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema49.properties.borrowingLimitGPUs,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
if(data.lendingLimitGPUs !== undefined){
let data4 = data.lendingLimitGPUs;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err16 = {instancePath:instancePath+"/lendingLimitGPUs",schemaPath:"#/properties/lendingLimitGPUs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema49.properties.lendingLimitGPUs.type,parentSchema:schema49.properties.lendingLimitGPUs,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 100000000 || isNaN(data4)){
const err17 = {instancePath:instancePath+"/lendingLimitGPUs",schemaPath:"#/properties/lendingLimitGPUs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000000},message:"must be <= 100000000",schema:100000000,parentSchema:schema49.properties.lendingLimitGPUs,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data4 < 0 || isNaN(data4)){
const err18 = {instancePath:instancePath+"/lendingLimitGPUs",schemaPath:"#/properties/lendingLimitGPUs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema49.properties.lendingLimitGPUs,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.type,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate38.errors = vErrors;
return errors === 0;
}


function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "cohort") || (key0 === "topology")) || (key0 === "queues")) || (key0 === "rackLocalTraining"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.cohort !== undefined){
let data0 = data.cohort;
if(typeof data0 === "string"){
if(func2(data0) > 63){
const err1 = {instancePath:instancePath+"/cohort",schemaPath:"#/definitions/DnsLabel/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters",schema:63,parentSchema:schema13,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(func2(data0) < 1){
const err2 = {instancePath:instancePath+"/cohort",schemaPath:"#/definitions/DnsLabel/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!pattern0.test(data0)){
const err3 = {instancePath:instancePath+"/cohort",schemaPath:"#/definitions/DnsLabel/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"+"\"",schema:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",parentSchema:schema13,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/cohort",schemaPath:"#/definitions/DnsLabel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.topology !== undefined){
let data1 = data.topology;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
if(!((key1 === "levels") || (key1 === "rackLabel"))){
const err5 = {instancePath:instancePath+"/topology",schemaPath:"#/definitions/KueueTopology/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema48,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data1.levels !== undefined){
let data2 = data1.levels;
if(Array.isArray(data2)){
if(data2.length > 16){
const err6 = {instancePath:instancePath+"/topology/levels",schemaPath:"#/definitions/KueueTopology/properties/levels/maxItems",keyword:"maxItems",params:{limit: 16},message:"must NOT have more than 16 items",schema:16,parentSchema:schema48.properties.levels,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data2.length < 1){
const err7 = {instancePath:instancePath+"/topology/levels",schemaPath:"#/definitions/KueueTopology/properties/levels/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema48.properties.levels,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 === "string"){
if(func2(data3) > 316){
const err8 = {instancePath:instancePath+"/topology/levels/" + i0,schemaPath:"#/definitions/KueueTopology/properties/levels/items/maxLength",keyword:"maxLength",params:{limit: 316},message:"must NOT have more than 316 characters",schema:316,parentSchema:schema48.properties.levels.items,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!pattern26.test(data3)){
const err9 = {instancePath:instancePath+"/topology/levels/" + i0,schemaPath:"#/definitions/KueueTopology/properties/levels/items/pattern",keyword:"pattern",params:{pattern: "^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$"},message:"must match pattern \""+"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$"+"\"",schema:"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$",parentSchema:schema48.properties.levels.items,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/topology/levels/" + i0,schemaPath:"#/definitions/KueueTopology/properties/levels/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.levels.items.type,parentSchema:schema48.properties.levels.items,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
let i1 = data2.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data2[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err11 = {instancePath:instancePath+"/topology/levels",schemaPath:"#/definitions/KueueTopology/properties/levels/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema48.properties.levels,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err12 = {instancePath:instancePath+"/topology/levels",schemaPath:"#/definitions/KueueTopology/properties/levels/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.properties.levels.type,parentSchema:schema48.properties.levels,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data1.rackLabel !== undefined){
let data4 = data1.rackLabel;
if(typeof data4 === "string"){
if(func2(data4) > 316){
const err13 = {instancePath:instancePath+"/topology/rackLabel",schemaPath:"#/definitions/KueueTopology/properties/rackLabel/maxLength",keyword:"maxLength",params:{limit: 316},message:"must NOT have more than 316 characters",schema:316,parentSchema:schema48.properties.rackLabel,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!pattern26.test(data4)){
const err14 = {instancePath:instancePath+"/topology/rackLabel",schemaPath:"#/definitions/KueueTopology/properties/rackLabel/pattern",keyword:"pattern",params:{pattern: "^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$"},message:"must match pattern \""+"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$"+"\"",schema:"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$",parentSchema:schema48.properties.rackLabel,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/topology/rackLabel",schemaPath:"#/definitions/KueueTopology/properties/rackLabel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.rackLabel.type,parentSchema:schema48.properties.rackLabel,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/topology",schemaPath:"#/definitions/KueueTopology/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.type,parentSchema:schema48,data:data1};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.queues !== undefined){
let data5 = data.queues;
if(Array.isArray(data5)){
if(data5.length > 1000){
const err17 = {instancePath:instancePath+"/queues",schemaPath:"#/properties/queues/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items",schema:1000,parentSchema:schema46.properties.queues,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
const len1 = data5.length;
for(let i2=0; i2<len1; i2++){
if(!(validate38(data5[i2], {instancePath:instancePath+"/queues/" + i2,parentData:data5,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
}
}
else {
const err18 = {instancePath:instancePath+"/queues",schemaPath:"#/properties/queues/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema46.properties.queues.type,parentSchema:schema46.properties.queues,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.rackLocalTraining !== undefined){
let data7 = data.rackLocalTraining;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.gangGPUs === undefined){
const err19 = {instancePath:instancePath+"/rackLocalTraining",schemaPath:"#/definitions/RackLocalTraining/required",keyword:"required",params:{missingProperty: "gangGPUs"},message:"must have required property '"+"gangGPUs"+"'",schema:schema51.required,parentSchema:schema51,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
for(const key2 in data7){
if(!(key2 === "gangGPUs")){
const err20 = {instancePath:instancePath+"/rackLocalTraining",schemaPath:"#/definitions/RackLocalTraining/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema51,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data7.gangGPUs !== undefined){
let data8 = data7.gangGPUs;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err21 = {instancePath:instancePath+"/rackLocalTraining/gangGPUs",schemaPath:"#/definitions/RackLocalTraining/properties/gangGPUs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema51.properties.gangGPUs.type,parentSchema:schema51.properties.gangGPUs,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 100000000 || isNaN(data8)){
const err22 = {instancePath:instancePath+"/rackLocalTraining/gangGPUs",schemaPath:"#/definitions/RackLocalTraining/properties/gangGPUs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000000},message:"must be <= 100000000",schema:100000000,parentSchema:schema51.properties.gangGPUs,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data8 < 1 || isNaN(data8)){
const err23 = {instancePath:instancePath+"/rackLocalTraining/gangGPUs",schemaPath:"#/definitions/RackLocalTraining/properties/gangGPUs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema51.properties.gangGPUs,data:data8};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
}
else {
const err24 = {instancePath:instancePath+"/rackLocalTraining",schemaPath:"#/definitions/RackLocalTraining/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema51.type,parentSchema:schema51,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema46.type,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
validate37.errors = vErrors;
return errors === 0;
}


function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(key0 === "kueue")){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.kueue !== undefined){
if(!(validate37(data.kueue, {instancePath:instancePath+"/kueue",parentData:data,parentDataProperty:"kueue",rootData}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.type,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate36.errors = vErrors;
return errors === 0;
}

const schema52 = {"title":"Pool","type":"object","additionalProperties":false,"required":["name","system","hall"],"properties":{"name":{"$ref":"#/definitions/DnsLabel"},"system":{"$ref":"#/definitions/SystemId"},"racks":{"type":"integer","minimum":1,"maximum":10000000,"description":"Size in racks (rack-scale systems)."},"nodes":{"type":"integer","minimum":1,"maximum":100000000,"description":"Size in nodes (8-GPU systems; for rack-scale systems, a node is one compute tray)."},"hall":{"$ref":"#/definitions/DnsLabel"},"devicePlugin":{"$ref":"#/definitions/DevicePluginConfig"},"labels":{"type":"object","description":"Extra node labels.","propertyNames":{"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$","maxLength":316},"additionalProperties":{"type":"string","maxLength":63,"pattern":"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$"}},"selector":{"type":"object","description":"Node labels that find this pool's nodes on a real cluster, added to the label GPU Feature Discovery gives every node of the pool's system (nvidia.com/gpu.product). Needed when two pools of a cluster share a system: their selectors must not both match one node. The device plugin DaemonSet and the example Jobs of the pool select these labels.","propertyNames":{"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$","maxLength":316},"additionalProperties":{"type":"string","maxLength":63,"pattern":"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$"}},"taints":{"type":"array","items":{"$ref":"#/definitions/Taint"}}},"not":{"required":["racks","nodes"]},"description":"A GPU node pool: gives exactly one of racks or nodes."};
const schema58 = {"title":"Taint","type":"object","additionalProperties":false,"required":["key","effect"],"properties":{"key":{"type":"string","pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$"},"value":{"type":"string","maxLength":63,"pattern":"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$"},"effect":{"type":"string","enum":["NoSchedule","PreferNoSchedule","NoExecute"]}}};
const pattern34 = new RegExp("^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$", "u");
const schema56 = {"title":"DevicePluginConfig","type":"object","additionalProperties":false,"properties":{"migStrategy":{"type":"string","enum":["none","single","mixed"],"description":"@default \"none\""},"migConfig":{"type":"string","pattern":"^all-(balanced|[1-7]g\\.[0-9]+gb)$","description":"MIG layout of every GPU of the pool: a named config of NVIDIA's default MIG configuration (all-<profile>, e.g. all-1g.10gb, or all-balanced), put on the pool's nodes as the nvidia.com/mig.config label for NVIDIA's MIG manager. Needs migStrategy single (one profile) or mixed. `aifactory catalog` lists each system's profiles."},"sharing":{"$ref":"#/definitions/GpuSharing"}}};
const schema57 = {"title":"GpuSharing","type":"object","additionalProperties":false,"properties":{"timeSlicingReplicas":{"type":"integer","minimum":2,"maximum":256,"description":"Advertise each GPU this many times (time-slicing)."},"mpsReplicas":{"type":"integer","minimum":2,"maximum":48,"description":"Share each GPU between this many MPS clients."}}};
const pattern32 = new RegExp("^all-(balanced|[1-7]g\\.[0-9]+gb)$", "u");

function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "migStrategy") || (key0 === "migConfig")) || (key0 === "sharing"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.migStrategy !== undefined){
let data0 = data.migStrategy;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/migStrategy",schemaPath:"#/properties/migStrategy/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.migStrategy.type,parentSchema:schema56.properties.migStrategy,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!(((data0 === "none") || (data0 === "single")) || (data0 === "mixed"))){
const err2 = {instancePath:instancePath+"/migStrategy",schemaPath:"#/properties/migStrategy/enum",keyword:"enum",params:{allowedValues: schema56.properties.migStrategy.enum},message:"must be equal to one of the allowed values",schema:schema56.properties.migStrategy.enum,parentSchema:schema56.properties.migStrategy,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.migConfig !== undefined){
let data1 = data.migConfig;
if(typeof data1 === "string"){
if(!pattern32.test(data1)){
const err3 = {instancePath:instancePath+"/migConfig",schemaPath:"#/properties/migConfig/pattern",keyword:"pattern",params:{pattern: "^all-(balanced|[1-7]g\\.[0-9]+gb)$"},message:"must match pattern \""+"^all-(balanced|[1-7]g\\.[0-9]+gb)$"+"\"",schema:"^all-(balanced|[1-7]g\\.[0-9]+gb)$",parentSchema:schema56.properties.migConfig,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/migConfig",schemaPath:"#/properties/migConfig/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.migConfig.type,parentSchema:schema56.properties.migConfig,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.sharing !== undefined){
let data2 = data.sharing;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
if(!((key1 === "timeSlicingReplicas") || (key1 === "mpsReplicas"))){
const err5 = {instancePath:instancePath+"/sharing",schemaPath:"#/definitions/GpuSharing/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema57,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data2.timeSlicingReplicas !== undefined){
let data3 = data2.timeSlicingReplicas;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err6 = {instancePath:instancePath+"/sharing/timeSlicingReplicas",schemaPath:"#/definitions/GpuSharing/properties/timeSlicingReplicas/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema57.properties.timeSlicingReplicas.type,parentSchema:schema57.properties.timeSlicingReplicas,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 256 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/sharing/timeSlicingReplicas",schemaPath:"#/definitions/GpuSharing/properties/timeSlicingReplicas/maximum",keyword:"maximum",params:{comparison: "<=", limit: 256},message:"must be <= 256",schema:256,parentSchema:schema57.properties.timeSlicingReplicas,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data3 < 2 || isNaN(data3)){
const err8 = {instancePath:instancePath+"/sharing/timeSlicingReplicas",schemaPath:"#/definitions/GpuSharing/properties/timeSlicingReplicas/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2},message:"must be >= 2",schema:2,parentSchema:schema57.properties.timeSlicingReplicas,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
if(data2.mpsReplicas !== undefined){
let data4 = data2.mpsReplicas;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err9 = {instancePath:instancePath+"/sharing/mpsReplicas",schemaPath:"#/definitions/GpuSharing/properties/mpsReplicas/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema57.properties.mpsReplicas.type,parentSchema:schema57.properties.mpsReplicas,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 48 || isNaN(data4)){
const err10 = {instancePath:instancePath+"/sharing/mpsReplicas",schemaPath:"#/definitions/GpuSharing/properties/mpsReplicas/maximum",keyword:"maximum",params:{comparison: "<=", limit: 48},message:"must be <= 48",schema:48,parentSchema:schema57.properties.mpsReplicas,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data4 < 2 || isNaN(data4)){
const err11 = {instancePath:instancePath+"/sharing/mpsReplicas",schemaPath:"#/definitions/GpuSharing/properties/mpsReplicas/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2},message:"must be >= 2",schema:2,parentSchema:schema57.properties.mpsReplicas,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
}
else {
const err12 = {instancePath:instancePath+"/sharing",schemaPath:"#/definitions/GpuSharing/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema57.type,parentSchema:schema57,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema56.type,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate43.errors = vErrors;
return errors === 0;
}


function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.racks === undefined) && (missing0 = "racks")) || ((data.nodes === undefined) && (missing0 = "nodes"))){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var valid0 = _errs2 === errors;
if(valid0){
const err1 = {instancePath,schemaPath:"#/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema52.not,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema52.required,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.system === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "system"},message:"must have required property '"+"system"+"'",schema:schema52.required,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.hall === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "hall"},message:"must have required property '"+"hall"+"'",schema:schema52.required,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(func14.call(schema52.properties, key0))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func2(data0) > 63){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/DnsLabel/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters",schema:63,parentSchema:schema13,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func2(data0) < 1){
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/DnsLabel/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!pattern0.test(data0)){
const err8 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/DnsLabel/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"+"\"",schema:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",parentSchema:schema13,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/DnsLabel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data0};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.system !== undefined){
let data1 = data.system;
if(typeof data1 !== "string"){
const err10 = {instancePath:instancePath+"/system",schemaPath:"#/definitions/SystemId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!(((((((((data1 === "h100") || (data1 === "h200")) || (data1 === "b200")) || (data1 === "b300")) || (data1 === "gb200-nvl72")) || (data1 === "gb300-nvl72")) || (data1 === "vera-rubin-nvl72")) || (data1 === "rubin-ultra-nvl576")) || (data1 === "vera-rubin-nvl144"))){
const err11 = {instancePath:instancePath+"/system",schemaPath:"#/definitions/SystemId/enum",keyword:"enum",params:{allowedValues: schema18.enum},message:"must be equal to one of the allowed values",schema:schema18.enum,parentSchema:schema18,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.racks !== undefined){
let data2 = data.racks;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err12 = {instancePath:instancePath+"/racks",schemaPath:"#/properties/racks/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema52.properties.racks.type,parentSchema:schema52.properties.racks,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 10000000 || isNaN(data2)){
const err13 = {instancePath:instancePath+"/racks",schemaPath:"#/properties/racks/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000000},message:"must be <= 10000000",schema:10000000,parentSchema:schema52.properties.racks,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data2 < 1 || isNaN(data2)){
const err14 = {instancePath:instancePath+"/racks",schemaPath:"#/properties/racks/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema52.properties.racks,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
if(data.nodes !== undefined){
let data3 = data.nodes;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err15 = {instancePath:instancePath+"/nodes",schemaPath:"#/properties/nodes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema52.properties.nodes.type,parentSchema:schema52.properties.nodes,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 100000000 || isNaN(data3)){
const err16 = {instancePath:instancePath+"/nodes",schemaPath:"#/properties/nodes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000000},message:"must be <= 100000000",schema:100000000,parentSchema:schema52.properties.nodes,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data3 < 1 || isNaN(data3)){
const err17 = {instancePath:instancePath+"/nodes",schemaPath:"#/properties/nodes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema52.properties.nodes,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
if(data.hall !== undefined){
let data4 = data.hall;
if(typeof data4 === "string"){
if(func2(data4) > 63){
const err18 = {instancePath:instancePath+"/hall",schemaPath:"#/definitions/DnsLabel/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters",schema:63,parentSchema:schema13,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(func2(data4) < 1){
const err19 = {instancePath:instancePath+"/hall",schemaPath:"#/definitions/DnsLabel/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!pattern0.test(data4)){
const err20 = {instancePath:instancePath+"/hall",schemaPath:"#/definitions/DnsLabel/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"+"\"",schema:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",parentSchema:schema13,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/hall",schemaPath:"#/definitions/DnsLabel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data4};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.devicePlugin !== undefined){
if(!(validate43(data.devicePlugin, {instancePath:instancePath+"/devicePlugin",parentData:data,parentDataProperty:"devicePlugin",rootData}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
}
if(data.labels !== undefined){
let data6 = data.labels;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key1 in data6){
const _errs20 = errors;
if(typeof key1 === "string"){
if(func2(key1) > 316){
const err22 = {instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/propertyNames/maxLength",keyword:"maxLength",params:{limit: 316},message:"must NOT have more than 316 characters",schema:316,parentSchema:schema52.properties.labels.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!pattern26.test(key1)){
const err23 = {instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/propertyNames/pattern",keyword:"pattern",params:{pattern: "^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$"},message:"must match pattern \""+"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$"+"\"",schema:"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$",parentSchema:schema52.properties.labels.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
var valid5 = _errs20 === errors;
if(!valid5){
const err24 = {instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema52.properties.labels.propertyNames,parentSchema:schema52.properties.labels,data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
for(const key2 in data6){
let data7 = data6[key2];
if(typeof data7 === "string"){
if(func2(data7) > 63){
const err25 = {instancePath:instancePath+"/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/labels/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters",schema:63,parentSchema:schema52.properties.labels.additionalProperties,data:data7};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(!pattern34.test(data7)){
const err26 = {instancePath:instancePath+"/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/labels/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$"},message:"must match pattern \""+"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$"+"\"",schema:"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$",parentSchema:schema52.properties.labels.additionalProperties,data:data7};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/labels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.properties.labels.additionalProperties.type,parentSchema:schema52.properties.labels.additionalProperties,data:data7};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema52.properties.labels.type,parentSchema:schema52.properties.labels,data:data6};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.selector !== undefined){
let data8 = data.selector;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key3 in data8){
const _errs26 = errors;
if(typeof key3 === "string"){
if(func2(key3) > 316){
const err29 = {instancePath:instancePath+"/selector",schemaPath:"#/properties/selector/propertyNames/maxLength",keyword:"maxLength",params:{limit: 316},message:"must NOT have more than 316 characters",schema:316,parentSchema:schema52.properties.selector.propertyNames,data:key3,propertyName:key3};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(!pattern26.test(key3)){
const err30 = {instancePath:instancePath+"/selector",schemaPath:"#/properties/selector/propertyNames/pattern",keyword:"pattern",params:{pattern: "^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$"},message:"must match pattern \""+"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$"+"\"",schema:"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$",parentSchema:schema52.properties.selector.propertyNames,data:key3,propertyName:key3};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
var valid7 = _errs26 === errors;
if(!valid7){
const err31 = {instancePath:instancePath+"/selector",schemaPath:"#/properties/selector/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid",schema:schema52.properties.selector.propertyNames,parentSchema:schema52.properties.selector,data:data8};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
for(const key4 in data8){
let data9 = data8[key4];
if(typeof data9 === "string"){
if(func2(data9) > 63){
const err32 = {instancePath:instancePath+"/selector/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/selector/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters",schema:63,parentSchema:schema52.properties.selector.additionalProperties,data:data9};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(!pattern34.test(data9)){
const err33 = {instancePath:instancePath+"/selector/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/selector/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$"},message:"must match pattern \""+"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$"+"\"",schema:"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$",parentSchema:schema52.properties.selector.additionalProperties,data:data9};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/selector/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/selector/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.properties.selector.additionalProperties.type,parentSchema:schema52.properties.selector.additionalProperties,data:data9};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/selector",schemaPath:"#/properties/selector/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema52.properties.selector.type,parentSchema:schema52.properties.selector,data:data8};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.taints !== undefined){
let data10 = data.taints;
if(Array.isArray(data10)){
const len0 = data10.length;
for(let i0=0; i0<len0; i0++){
let data11 = data10[i0];
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.key === undefined){
const err36 = {instancePath:instancePath+"/taints/" + i0,schemaPath:"#/definitions/Taint/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'",schema:schema58.required,parentSchema:schema58,data:data11};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(data11.effect === undefined){
const err37 = {instancePath:instancePath+"/taints/" + i0,schemaPath:"#/definitions/Taint/required",keyword:"required",params:{missingProperty: "effect"},message:"must have required property '"+"effect"+"'",schema:schema58.required,parentSchema:schema58,data:data11};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
for(const key5 in data11){
if(!(((key5 === "key") || (key5 === "value")) || (key5 === "effect"))){
const err38 = {instancePath:instancePath+"/taints/" + i0,schemaPath:"#/definitions/Taint/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema58,data:data11};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data11.key !== undefined){
let data12 = data11.key;
if(typeof data12 === "string"){
if(!pattern26.test(data12)){
const err39 = {instancePath:instancePath+"/taints/" + i0+"/key",schemaPath:"#/definitions/Taint/properties/key/pattern",keyword:"pattern",params:{pattern: "^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$"},message:"must match pattern \""+"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$"+"\"",schema:"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$",parentSchema:schema58.properties.key,data:data12};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/taints/" + i0+"/key",schemaPath:"#/definitions/Taint/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.key.type,parentSchema:schema58.properties.key,data:data12};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data11.value !== undefined){
let data13 = data11.value;
if(typeof data13 === "string"){
if(func2(data13) > 63){
const err41 = {instancePath:instancePath+"/taints/" + i0+"/value",schemaPath:"#/definitions/Taint/properties/value/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters",schema:63,parentSchema:schema58.properties.value,data:data13};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(!pattern34.test(data13)){
const err42 = {instancePath:instancePath+"/taints/" + i0+"/value",schemaPath:"#/definitions/Taint/properties/value/pattern",keyword:"pattern",params:{pattern: "^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$"},message:"must match pattern \""+"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$"+"\"",schema:"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$",parentSchema:schema58.properties.value,data:data13};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/taints/" + i0+"/value",schemaPath:"#/definitions/Taint/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.value.type,parentSchema:schema58.properties.value,data:data13};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data11.effect !== undefined){
let data14 = data11.effect;
if(typeof data14 !== "string"){
const err44 = {instancePath:instancePath+"/taints/" + i0+"/effect",schemaPath:"#/definitions/Taint/properties/effect/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.effect.type,parentSchema:schema58.properties.effect,data:data14};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(!(((data14 === "NoSchedule") || (data14 === "PreferNoSchedule")) || (data14 === "NoExecute"))){
const err45 = {instancePath:instancePath+"/taints/" + i0+"/effect",schemaPath:"#/definitions/Taint/properties/effect/enum",keyword:"enum",params:{allowedValues: schema58.properties.effect.enum},message:"must be equal to one of the allowed values",schema:schema58.properties.effect.enum,parentSchema:schema58.properties.effect,data:data14};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
else {
const err46 = {instancePath:instancePath+"/taints/" + i0,schemaPath:"#/definitions/Taint/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.type,parentSchema:schema58,data:data11};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
else {
const err47 = {instancePath:instancePath+"/taints",schemaPath:"#/properties/taints/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema52.properties.taints.type,parentSchema:schema52.properties.taints,data:data10};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
else {
const err48 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema52.type,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
validate42.errors = vErrors;
return errors === 0;
}


function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kubernetesVersion === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kubernetesVersion"},message:"must have required property '"+"kubernetesVersion"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.pools === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "pools"},message:"must have required property '"+"pools"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(func14.call(schema31.properties, key0))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func2(data0) > 63){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/DnsLabel/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters",schema:63,parentSchema:schema13,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(func2(data0) < 1){
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/DnsLabel/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern0.test(data0)){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/DnsLabel/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"+"\"",schema:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",parentSchema:schema13,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/DnsLabel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.kubernetesVersion !== undefined){
let data1 = data.kubernetesVersion;
if(typeof data1 === "string"){
if(!pattern15.test(data1)){
const err8 = {instancePath:instancePath+"/kubernetesVersion",schemaPath:"#/properties/kubernetesVersion/pattern",keyword:"pattern",params:{pattern: "^1\\.[0-9]{2}$"},message:"must match pattern \""+"^1\\.[0-9]{2}$"+"\"",schema:"^1\\.[0-9]{2}$",parentSchema:schema31.properties.kubernetesVersion,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/kubernetesVersion",schemaPath:"#/properties/kubernetesVersion/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.kubernetesVersion.type,parentSchema:schema31.properties.kubernetesVersion,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.nodeLimit !== undefined){
let data2 = data.nodeLimit;
const _errs9 = errors;
let valid3 = false;
let passing0 = null;
const _errs10 = errors;
if(typeof data2 !== "string"){
const err10 = {instancePath:instancePath+"/nodeLimit",schemaPath:"#/definitions/NodeLimit/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.oneOf[0].type,parentSchema:schema33.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!(((data2 === "upstream") || (data2 === "gke")) || (data2 === "eks"))){
const err11 = {instancePath:instancePath+"/nodeLimit",schemaPath:"#/definitions/NodeLimit/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema33.oneOf[0].enum},message:"must be equal to one of the allowed values",schema:schema33.oneOf[0].enum,parentSchema:schema33.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid0 = _errs10 === errors;
if(_valid0){
valid3 = true;
passing0 = 0;
}
const _errs12 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err12 = {instancePath:instancePath+"/nodeLimit",schemaPath:"#/definitions/NodeLimit/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.oneOf[1].type,parentSchema:schema33.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 1000000 || isNaN(data2)){
const err13 = {instancePath:instancePath+"/nodeLimit",schemaPath:"#/definitions/NodeLimit/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000",schema:1000000,parentSchema:schema33.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data2 < 1 || isNaN(data2)){
const err14 = {instancePath:instancePath+"/nodeLimit",schemaPath:"#/definitions/NodeLimit/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema33.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
var _valid0 = _errs12 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid3 = true;
passing0 = 1;
}
}
if(!valid3){
const err15 = {instancePath:instancePath+"/nodeLimit",schemaPath:"#/definitions/NodeLimit/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema33.oneOf,parentSchema:schema33,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
}
}
if(data.maxPodsPerNode !== undefined){
let data3 = data.maxPodsPerNode;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err16 = {instancePath:instancePath+"/maxPodsPerNode",schemaPath:"#/properties/maxPodsPerNode/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.maxPodsPerNode.type,parentSchema:schema31.properties.maxPodsPerNode,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 10000 || isNaN(data3)){
const err17 = {instancePath:instancePath+"/maxPodsPerNode",schemaPath:"#/properties/maxPodsPerNode/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000},message:"must be <= 10000",schema:10000,parentSchema:schema31.properties.maxPodsPerNode,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data3 < 1 || isNaN(data3)){
const err18 = {instancePath:instancePath+"/maxPodsPerNode",schemaPath:"#/properties/maxPodsPerNode/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.maxPodsPerNode,data:data3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
if(data.kubeconfig !== undefined){
let data4 = data.kubeconfig;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key1 in data4){
if(!((key1 === "path") || (key1 === "context"))){
const err19 = {instancePath:instancePath+"/kubeconfig",schemaPath:"#/definitions/Kubeconfig/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema34,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data4.path !== undefined){
let data5 = data4.path;
if(typeof data5 === "string"){
if(func2(data5) < 1){
const err20 = {instancePath:instancePath+"/kubeconfig/path",schemaPath:"#/definitions/Kubeconfig/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.properties.path,data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/kubeconfig/path",schemaPath:"#/definitions/Kubeconfig/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.path.type,parentSchema:schema34.properties.path,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data4.context !== undefined){
let data6 = data4.context;
if(typeof data6 === "string"){
if(func2(data6) < 1){
const err22 = {instancePath:instancePath+"/kubeconfig/context",schemaPath:"#/definitions/Kubeconfig/properties/context/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.properties.context,data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/kubeconfig/context",schemaPath:"#/definitions/Kubeconfig/properties/context/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.context.type,parentSchema:schema34.properties.context,data:data6};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/kubeconfig",schemaPath:"#/definitions/Kubeconfig/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.type,parentSchema:schema34,data:data4};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.tenants !== undefined){
let data7 = data.tenants;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
if(!(validate26(data7[i0], {instancePath:instancePath+"/tenants/" + i0,parentData:data7,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
}
else {
const err25 = {instancePath:instancePath+"/tenants",schemaPath:"#/properties/tenants/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.tenants.type,parentSchema:schema31.properties.tenants,data:data7};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.priorityTiers !== undefined){
let data9 = data.priorityTiers;
if(Array.isArray(data9)){
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
if(!(validate28(data9[i1], {instancePath:instancePath+"/priorityTiers/" + i1,parentData:data9,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
}
else {
const err26 = {instancePath:instancePath+"/priorityTiers",schemaPath:"#/properties/priorityTiers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.priorityTiers.type,parentSchema:schema31.properties.priorityTiers,data:data9};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.networking !== undefined){
if(!(validate30(data.networking, {instancePath:instancePath+"/networking",parentData:data,parentDataProperty:"networking",rootData}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
}
if(data.devicePlugin !== undefined){
if(!(validate32(data.devicePlugin, {instancePath:instancePath+"/devicePlugin",parentData:data,parentDataProperty:"devicePlugin",rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
}
if(data.gpuStack !== undefined){
let data13 = data.gpuStack;
if(typeof data13 !== "string"){
const err27 = {instancePath:instancePath+"/gpuStack",schemaPath:"#/properties/gpuStack/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.gpuStack.type,parentSchema:schema31.properties.gpuStack,data:data13};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(!(((data13 === "device-plugin") || (data13 === "gpu-operator")) || (data13 === "dra"))){
const err28 = {instancePath:instancePath+"/gpuStack",schemaPath:"#/properties/gpuStack/enum",keyword:"enum",params:{allowedValues: schema31.properties.gpuStack.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.gpuStack.enum,parentSchema:schema31.properties.gpuStack,data:data13};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.gpuOperator !== undefined){
if(!(validate34(data.gpuOperator, {instancePath:instancePath+"/gpuOperator",parentData:data,parentDataProperty:"gpuOperator",rootData}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
}
if(data.scheduling !== undefined){
if(!(validate36(data.scheduling, {instancePath:instancePath+"/scheduling",parentData:data,parentDataProperty:"scheduling",rootData}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
}
if(data.pools !== undefined){
let data16 = data.pools;
if(Array.isArray(data16)){
if(data16.length < 1){
const err29 = {instancePath:instancePath+"/pools",schemaPath:"#/properties/pools/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.pools,data:data16};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
const len2 = data16.length;
for(let i2=0; i2<len2; i2++){
if(!(validate42(data16[i2], {instancePath:instancePath+"/pools/" + i2,parentData:data16,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
}
}
else {
const err30 = {instancePath:instancePath+"/pools",schemaPath:"#/properties/pools/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.pools.type,parentSchema:schema31.properties.pools,data:data16};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}


function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema25.required,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.partner === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "partner"},message:"must have required property '"+"partner"+"'",schema:schema25.required,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.phase === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "phase"},message:"must have required property '"+"phase"+"'",schema:schema25.required,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.gridInterconnectMW === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "gridInterconnectMW"},message:"must have required property '"+"gridInterconnectMW"+"'",schema:schema25.required,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.halls === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "halls"},message:"must have required property '"+"halls"+"'",schema:schema25.required,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.clusters === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "clusters"},message:"must have required property '"+"clusters"+"'",schema:schema25.required,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!(func14.call(schema25.properties, key0))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func2(data0) > 63){
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/DnsLabel/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters",schema:63,parentSchema:schema13,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func2(data0) < 1){
const err8 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/DnsLabel/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!pattern0.test(data0)){
const err9 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/DnsLabel/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"+"\"",schema:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",parentSchema:schema13,data:data0};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/DnsLabel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data0};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.partner !== undefined){
let data1 = data.partner;
if(typeof data1 === "string"){
if(func2(data1) > 200){
const err11 = {instancePath:instancePath+"/partner",schemaPath:"#/properties/partner/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema25.properties.partner,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(func2(data1) < 1){
const err12 = {instancePath:instancePath+"/partner",schemaPath:"#/properties/partner/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema25.properties.partner,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!pattern5.test(data1)){
const err13 = {instancePath:instancePath+"/partner",schemaPath:"#/properties/partner/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]*$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f]*$",parentSchema:schema25.properties.partner,data:data1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/partner",schemaPath:"#/properties/partner/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.partner.type,parentSchema:schema25.properties.partner,data:data1};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.phase !== undefined){
let data2 = data.phase;
if(typeof data2 === "string"){
if(func2(data2) > 63){
const err15 = {instancePath:instancePath+"/phase",schemaPath:"#/definitions/DnsLabel/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters",schema:63,parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(func2(data2) < 1){
const err16 = {instancePath:instancePath+"/phase",schemaPath:"#/definitions/DnsLabel/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!pattern0.test(data2)){
const err17 = {instancePath:instancePath+"/phase",schemaPath:"#/definitions/DnsLabel/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"+"\"",schema:"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/phase",schemaPath:"#/definitions/DnsLabel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.gridInterconnectMW !== undefined){
let data3 = data.gridInterconnectMW;
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 100000 || isNaN(data3)){
const err19 = {instancePath:instancePath+"/gridInterconnectMW",schemaPath:"#/properties/gridInterconnectMW/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000",schema:100000,parentSchema:schema25.properties.gridInterconnectMW,data:data3};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data3 <= 0 || isNaN(data3)){
const err20 = {instancePath:instancePath+"/gridInterconnectMW",schemaPath:"#/properties/gridInterconnectMW/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema25.properties.gridInterconnectMW,data:data3};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/gridInterconnectMW",schemaPath:"#/properties/gridInterconnectMW/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema25.properties.gridInterconnectMW.type,parentSchema:schema25.properties.gridInterconnectMW,data:data3};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.pue !== undefined){
let data4 = data.pue;
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 3 || isNaN(data4)){
const err22 = {instancePath:instancePath+"/pue",schemaPath:"#/properties/pue/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3},message:"must be <= 3",schema:3,parentSchema:schema25.properties.pue,data:data4};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data4 < 1 || isNaN(data4)){
const err23 = {instancePath:instancePath+"/pue",schemaPath:"#/properties/pue/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema25.properties.pue,data:data4};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/pue",schemaPath:"#/properties/pue/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema25.properties.pue.type,parentSchema:schema25.properties.pue,data:data4};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.location !== undefined){
let data5 = data.location;
if(typeof data5 === "string"){
if(func2(data5) > 200){
const err25 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema25.properties.location,data:data5};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(!pattern5.test(data5)){
const err26 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]*$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f]*$",parentSchema:schema25.properties.location,data:data5};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.location.type,parentSchema:schema25.properties.location,data:data5};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.publicSite !== undefined){
let data6 = data.publicSite;
if(typeof data6 !== "string"){
const err28 = {instancePath:instancePath+"/publicSite",schemaPath:"#/definitions/PublicSiteId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.type,parentSchema:schema28,data:data6};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(!(((((((data6 === "stargate-abilene") || (data6 === "stargate-shackelford")) || (data6 === "stargate-dona-ana")) || (data6 === "stargate-midwest")) || (data6 === "stargate-lordstown")) || (data6 === "stargate-milam")) || (data6 === "stargate-michigan"))){
const err29 = {instancePath:instancePath+"/publicSite",schemaPath:"#/definitions/PublicSiteId/enum",keyword:"enum",params:{allowedValues: schema28.enum},message:"must be equal to one of the allowed values",schema:schema28.enum,parentSchema:schema28,data:data6};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.gridCarbonGCO2PerKWh !== undefined){
let data7 = data.gridCarbonGCO2PerKWh;
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 2000 || isNaN(data7)){
const err30 = {instancePath:instancePath+"/gridCarbonGCO2PerKWh",schemaPath:"#/properties/gridCarbonGCO2PerKWh/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2000},message:"must be <= 2000",schema:2000,parentSchema:schema25.properties.gridCarbonGCO2PerKWh,data:data7};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data7 < 0 || isNaN(data7)){
const err31 = {instancePath:instancePath+"/gridCarbonGCO2PerKWh",schemaPath:"#/properties/gridCarbonGCO2PerKWh/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema25.properties.gridCarbonGCO2PerKWh,data:data7};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/gridCarbonGCO2PerKWh",schemaPath:"#/properties/gridCarbonGCO2PerKWh/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema25.properties.gridCarbonGCO2PerKWh.type,parentSchema:schema25.properties.gridCarbonGCO2PerKWh,data:data7};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.energyPriceUSDPerMWh !== undefined){
let data8 = data.energyPriceUSDPerMWh;
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 10000 || isNaN(data8)){
const err33 = {instancePath:instancePath+"/energyPriceUSDPerMWh",schemaPath:"#/properties/energyPriceUSDPerMWh/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000},message:"must be <= 10000",schema:10000,parentSchema:schema25.properties.energyPriceUSDPerMWh,data:data8};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data8 < 0 || isNaN(data8)){
const err34 = {instancePath:instancePath+"/energyPriceUSDPerMWh",schemaPath:"#/properties/energyPriceUSDPerMWh/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema25.properties.energyPriceUSDPerMWh,data:data8};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/energyPriceUSDPerMWh",schemaPath:"#/properties/energyPriceUSDPerMWh/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema25.properties.energyPriceUSDPerMWh.type,parentSchema:schema25.properties.energyPriceUSDPerMWh,data:data8};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.halls !== undefined){
let data9 = data.halls;
if(Array.isArray(data9)){
if(data9.length < 1){
const err36 = {instancePath:instancePath+"/halls",schemaPath:"#/properties/halls/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema25.properties.halls,data:data9};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
if(!(validate23(data9[i0], {instancePath:instancePath+"/halls/" + i0,parentData:data9,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err37 = {instancePath:instancePath+"/halls",schemaPath:"#/properties/halls/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema25.properties.halls.type,parentSchema:schema25.properties.halls,data:data9};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.clusters !== undefined){
let data11 = data.clusters;
if(Array.isArray(data11)){
if(data11.length < 1){
const err38 = {instancePath:instancePath+"/clusters",schemaPath:"#/properties/clusters/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema25.properties.clusters,data:data11};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
const len1 = data11.length;
for(let i1=0; i1<len1; i1++){
if(!(validate25(data11[i1], {instancePath:instancePath+"/clusters/" + i1,parentData:data11,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
}
else {
const err39 = {instancePath:instancePath+"/clusters",schemaPath:"#/properties/clusters/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema25.properties.clusters.type,parentSchema:schema25.properties.clusters,data:data11};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema25.type,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}


function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.program === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "program"},message:"must have required property '"+"program"+"'",schema:schema14.required,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.sites === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sites"},message:"must have required property '"+"sites"+"'",schema:schema14.required,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "program") || (key0 === "catalogOverrides")) || (key0 === "sites"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.program !== undefined){
if(!(validate14(data.program, {instancePath:instancePath+"/program",parentData:data,parentDataProperty:"program",rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
}
if(data.catalogOverrides !== undefined){
let data1 = data.catalogOverrides;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate20(data1[i0], {instancePath:instancePath+"/catalogOverrides/" + i0,parentData:data1,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/catalogOverrides",schemaPath:"#/properties/catalogOverrides/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema14.properties.catalogOverrides.type,parentSchema:schema14.properties.catalogOverrides,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.sites !== undefined){
let data3 = data.sites;
if(Array.isArray(data3)){
if(data3.length < 1){
const err4 = {instancePath:instancePath+"/sites",schemaPath:"#/properties/sites/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema14.properties.sites,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
if(!(validate22(data3[i1], {instancePath:instancePath+"/sites/" + i1,parentData:data3,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath:instancePath+"/sites",schemaPath:"#/properties/sites/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema14.properties.sites.type,parentSchema:schema14.properties.sites,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.type,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate13.errors = vErrors;
return errors === 0;
}


function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://aifactory.dev/schemas/v1alpha1/blueprint.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.apiVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.metadata === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metadata"},message:"must have required property '"+"metadata"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.spec === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "spec"},message:"must have required property '"+"spec"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "$schema") || (key0 === "apiVersion")) || (key0 === "kind")) || (key0 === "metadata")) || (key0 === "spec"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 !== "string"){
const err5 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.$schema.type,parentSchema:schema11.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.apiVersion !== undefined){
let data1 = data.apiVersion;
if(typeof data1 !== "string"){
const err6 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.apiVersion.type,parentSchema:schema11.properties.apiVersion,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if("aifactory.dev/v1alpha1" !== data1){
const err7 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "aifactory.dev/v1alpha1"},message:"must be equal to constant",schema:"aifactory.dev/v1alpha1",parentSchema:schema11.properties.apiVersion,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.kind !== undefined){
let data2 = data.kind;
if(typeof data2 !== "string"){
const err8 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.kind.type,parentSchema:schema11.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if("AIFactory" !== data2){
const err9 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "AIFactory"},message:"must be equal to constant",schema:"AIFactory",parentSchema:schema11.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.metadata !== undefined){
if(!(validate11(data.metadata, {instancePath:instancePath+"/metadata",parentData:data,parentDataProperty:"metadata",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
if(data.spec !== undefined){
if(!(validate13(data.spec, {instancePath:instancePath+"/spec",parentData:data,parentDataProperty:"spec",rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

