#!/usr/bin/env node
import { createRequire as __strataRequire } from 'node:module';
const require = __strataRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key2 of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key2) && key2 !== except)
        __defProp(to, key2, { get: () => from[key2], enumerable: !(desc = __getOwnPropDesc(from, key2)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// <define:STRATA_DATA>
var define_STRATA_DATA_default;
var init_define_STRATA_DATA = __esm({
  "<define:STRATA_DATA>"() {
    define_STRATA_DATA_default = { catalog: { version: "1.1.0", technologies: [{ id: "aws-ec2-bare-metal", name: "Amazon EC2 bare-metal instance", stratum: 3, match: [{ format: "terraform", kinds: ["aws_instance", "aws_launch_template", "aws_spot_instance_request"], when: [{ attribute: "instance_type", glob: ["*.metal", "*.metal-*"] }] }, { format: "cloudformation", kinds: ["AWS::EC2::Instance", "AWS::AutoScaling::LaunchConfiguration"], when: [{ attribute: "InstanceType", glob: ["*.metal", "*.metal-*"] }] }, { format: "cloudformation", kinds: ["AWS::EC2::LaunchTemplate"], when: [{ attribute: "LaunchTemplateData.InstanceType", glob: ["*.metal", "*.metal-*"] }] }, { format: "cloudformation", kinds: ["AWS::EKS::Nodegroup"], when: [{ attribute: "InstanceTypes", glob: ["*.metal", "*.metal-*"] }] }, { format: "cloudformation", kinds: ["AWS::Batch::ComputeEnvironment"], when: [{ attribute: "ComputeResources.InstanceTypes", glob: ["*.metal", "*.metal-*"] }] }], rationale: "A .metal instance type (m5.metal, m7i.metal-24xl, mac2.metal) is the whole physical server with no hypervisor under the OS, VT-x and all.", reference: "https://docs.aws.amazon.com/ec2/latest/instancetypes/ec2-nitro-instances.html", alternatives: [{ technology: "aws-ec2-instance" }, { technology: "aws-ecs-fargate-task" }, { technology: "aws-lambda-function" }, { technology: "aws-apprunner-service" }] }, { id: "aws-ec2-nested", name: "Amazon EC2 instance with nested virtualization", stratum: 3, nested: true, match: [{ format: "terraform", kinds: ["aws_instance", "aws_launch_template", "aws_spot_instance_request"], when: [{ attribute: "cpu_options.nested_virtualization", equals: "enabled" }] }, { format: "cloudformation", kinds: ["AWS::EC2::LaunchTemplate"], when: [{ attribute: "LaunchTemplateData.CpuOptions.NestedVirtualization", equals: "enabled" }] }], rationale: "cpu_options.nested_virtualization = enabled exposes VT-x to the Nitro guest (C8i/M8i/R8i) so it can run KVM or Hyper-V of its own: a hypervisor inside a VM.", reference: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/instance#cpu-options", alternatives: [{ technology: "aws-ec2-instance" }, { technology: "aws-ecs-fargate-task" }, { technology: "aws-lambda-function" }, { technology: "aws-apprunner-service" }] }, { id: "aws-xen-paravirtual-ami", name: "Amazon EC2 paravirtual (Xen PV) image", stratum: 2, match: { format: "terraform", kinds: ["aws_ami", "aws_ami_copy"], when: [{ attribute: "virtualization_type", equals: "paravirtual" }] }, rationale: "A paravirtual AMI boots a kernel modified to run on the Xen hypervisor (Xen PV): paravirtualization, the OS stratum by definition.", reference: "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/virtualization_types.html" }, { id: "aws-hvm-ami", name: "Amazon EC2 HVM image", stratum: 2, match: { format: "terraform", kinds: ["aws_ami", "aws_ami_copy"] }, rationale: "An HVM AMI boots on Nitro (KVM-based) or Xen HVM with paravirtual drivers (ENA, NVMe): a guest OS that cooperates with the hypervisor.", reference: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ami" }, { id: "aws-ec2-instance", name: "Amazon EC2 instance", stratum: 2, match: [{ format: "terraform", kinds: ["aws_instance", "aws_launch_template", "aws_spot_instance_request"] }, { format: "cloudformation", kinds: ["AWS::EC2::Instance", "AWS::EC2::LaunchTemplate", "AWS::AutoScaling::LaunchConfiguration", "AWS::EKS::Nodegroup", "AWS::Batch::ComputeEnvironment"] }], rationale: "A virtualized EC2 instance is a Nitro (KVM-based) or Xen guest that boots its own kernel and reaches disk and network through paravirtual ENA/NVMe drivers.", reference: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/instance", alternatives: [{ technology: "aws-ecs-fargate-task" }, { technology: "aws-lambda-function" }, { technology: "aws-apprunner-service" }] }, { id: "aws-lightsail-instance", name: "Amazon Lightsail instance", stratum: 2, match: { format: "terraform", kinds: ["aws_lightsail_instance"] }, rationale: "A Lightsail instance is an EC2-backed virtual server: its own kernel on AWS's hypervisor, sold as a bundle.", reference: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lightsail_instance", alternatives: [{ name: "Amazon Lightsail container service", stratum: 1, reference: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lightsail_container_service" }, { technology: "aws-apprunner-service" }] }, { id: "aws-ecs-fargate-task", name: "Amazon ECS task on Fargate", stratum: 1, match: [{ format: "terraform", kinds: ["aws_ecs_task_definition"], when: [{ attribute: "requires_compatibilities", equals: "FARGATE" }] }, { format: "cloudformation", kinds: ["AWS::ECS::TaskDefinition"], when: [{ attribute: "RequiresCompatibilities", equals: "FARGATE" }] }], rationale: "The task definition asks for containers; Fargate happens to run each task in a Firecracker micro-VM the team never sees, but what is provisioned and used is a process.", reference: "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/AWS_Fargate.html" }, { id: "aws-eks-fargate-profile", name: "Amazon EKS pods on Fargate", stratum: 1, match: [{ format: "terraform", kinds: ["aws_eks_fargate_profile"] }, { format: "cloudformation", kinds: ["AWS::EKS::FargateProfile"] }], rationale: "A Fargate profile schedules the cluster's matching pods onto Fargate: containers, each pod in a Firecracker micro-VM the team never sees, as for ECS on Fargate; what is provisioned and used is a process.", reference: "https://docs.aws.amazon.com/eks/latest/userguide/fargate.html" }, { id: "aws-ecs-task", name: "Amazon ECS task (containers)", stratum: 1, match: [{ format: "terraform", kinds: ["aws_ecs_task_definition"] }, { format: "cloudformation", kinds: ["AWS::ECS::TaskDefinition"] }], rationale: "An ECS task definition on EC2 or external capacity describes containers that share the container instance's kernel.", reference: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecs_task_definition" }, { id: "aws-lambda-function", name: "AWS Lambda function", stratum: 1, match: [{ format: "terraform", kinds: ["aws_lambda_function"] }, { format: "cloudformation", kinds: ["AWS::Lambda::Function", "AWS::Serverless::Function"] }], rationale: "A Lambda function is a handler process (zip or container image); Lambda supplies the kernel from a Firecracker micro-VM it owns, the workload asks for none.", reference: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_function" }, { id: "aws-apprunner-service", name: "AWS App Runner service", stratum: 1, match: [{ format: "terraform", kinds: ["aws_apprunner_service"] }, { format: "cloudformation", kinds: ["AWS::AppRunner::Service"] }], rationale: "App Runner runs a container image or a source build as a managed web service; the workload is the process behind the URL.", reference: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/apprunner_service" }, { id: "aws-batch-fargate-job", name: "AWS Batch job on Fargate", stratum: 1, match: [{ format: "terraform", kinds: ["aws_batch_job_definition"], when: [{ attribute: "platform_capabilities", equals: "FARGATE" }] }, { format: "cloudformation", kinds: ["AWS::Batch::JobDefinition"], when: [{ attribute: "PlatformCapabilities", equals: "FARGATE" }] }, { format: "cloudformation", kinds: ["AWS::Batch::ComputeEnvironment"], when: [{ attribute: "ComputeResources.Type", oneOf: ["FARGATE", "FARGATE_SPOT"] }] }], rationale: "A Fargate Batch job is a container run to completion; the Firecracker micro-VM around it belongs to AWS, the workload asks for a process.", reference: "https://docs.aws.amazon.com/batch/latest/userguide/fargate.html" }, { id: "aws-batch-job", name: "AWS Batch job", stratum: 1, match: [{ format: "terraform", kinds: ["aws_batch_job_definition"] }, { format: "cloudformation", kinds: ["AWS::Batch::JobDefinition"] }], rationale: "A Batch job definition runs a container image on EC2 or EKS compute, sharing the node's kernel.", reference: "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/batch_job_definition" }, { id: "azure-vm", name: "Azure virtual machine", stratum: 2, match: { format: "terraform", kinds: ["azurerm_linux_virtual_machine", "azurerm_windows_virtual_machine", "azurerm_virtual_machine"] }, rationale: "Azure VMs are Hyper-V guests with their own kernel and synthetic VMBus devices (hv_netvsc, hv_storvsc): a full OS that cooperates with the hypervisor.", reference: "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_virtual_machine", alternatives: [{ technology: "azure-container-app" }, { technology: "azure-container-instances" }, { technology: "azure-function-app" }] }, { id: "azure-vm-scale-set", name: "Azure virtual machine scale set", stratum: 2, match: { format: "terraform", kinds: ["azurerm_linux_virtual_machine_scale_set", "azurerm_windows_virtual_machine_scale_set", "azurerm_orchestrated_virtual_machine_scale_set", "azurerm_virtual_machine_scale_set"] }, rationale: "A scale set provisions identical Hyper-V guest VMs, each booting its own kernel with enlightened drivers.", reference: "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_virtual_machine_scale_set", alternatives: [{ technology: "azure-container-app" }, { technology: "azure-container-instances" }] }, { id: "azure-container-instances-confidential", name: "Azure Container Instances confidential container group", stratum: 2, match: { format: "terraform", kinds: ["azurerm_container_group"], when: [{ attribute: "sku", equals: "Confidential" }] }, rationale: "sku Confidential asks for the group to run in a Hyper-V-isolated utility VM with its own guest kernel inside an AMD SEV-SNP trusted execution environment: a deliberately chosen OS-stratum boundary.", reference: "https://learn.microsoft.com/en-us/azure/container-instances/container-instances-confidential-overview", alternatives: [{ technology: "azure-container-instances", note: "When the containers' memory needs no protection from the host (no confidential computing)." }] }, { id: "azure-container-instances", name: "Azure Container Instances group", stratum: 1, match: { format: "terraform", kinds: ["azurerm_container_group"] }, rationale: "A container group runs containers as a managed service; ACI's own sandboxing is the platform's, the workload asks for processes, not an OS.", reference: "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/container_group" }, { id: "azure-container-app", name: "Azure Container App", stratum: 1, match: { format: "terraform", kinds: ["azurerm_container_app", "azurerm_container_app_job"] }, rationale: "Container Apps and Container App jobs run containers on a managed Kubernetes-based environment; the workload is a process.", reference: "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/container_app" }, { id: "azure-function-app", name: "Azure Functions app", stratum: 1, match: { format: "terraform", kinds: ["azurerm_function_app", "azurerm_linux_function_app", "azurerm_windows_function_app"] }, rationale: "A function app runs event handlers as processes on App Service workers the platform owns.", reference: "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_function_app" }, { id: "compose-kvm-emulator", name: "full-OS emulator in a container (QEMU with /dev/kvm)", stratum: 3, hostKernel: true, match: { format: "compose", kinds: ["service"], when: [{ attribute: "devices", glob: ["/dev/kvm", "/dev/kvm:*"] }, { attribute: "image", glob: ["dockurr/windows*", "*/dockur/windows*", "dockurr/macos*", "*/dockur/macos*", "qemux/qemu*", "*/qemus/qemu*", "*/qemux/qemu*", "sickcodes/docker-osx*", "*/sickcodes/docker-osx*", "tianon/qemu*", "*/windows-in-docker*"] }] }, rationale: "The image boots a stock Windows, macOS or other OS under QEMU inside the container, using /dev/kvm: the guest sees emulated hardware, not a cooperating kernel.", reference: "https://github.com/dockur/windows#how-do-i-use-it", alternatives: [{ technology: "compose-kata-container", note: "For a Linux guest: its own kernel in a micro-VM, no emulated hardware." }, { technology: "compose-container" }] }, { id: "compose-privileged-kvm-emulator", name: "full-OS emulator in a privileged container (QEMU reaching /dev/kvm)", stratum: 3, hostKernel: true, match: { format: "compose", kinds: ["service"], when: [{ attribute: "privileged", equals: true }, { attribute: "image", glob: ["dockurr/windows*", "*/dockur/windows*", "dockurr/macos*", "*/dockur/macos*", "qemux/qemu*", "*/qemus/qemu*", "*/qemux/qemu*", "sickcodes/docker-osx*", "*/sickcodes/docker-osx*", "tianon/qemu*", "*/windows-in-docker*"] }] }, rationale: "privileged mode gives the container every host device, /dev/kvm among them, and the image boots a stock Windows, macOS or other OS under QEMU with it: the guest sees emulated hardware, not a cooperating kernel.", reference: "https://github.com/sickcodes/Docker-OSX#quick-start-docker-osx", alternatives: [{ technology: "compose-kata-container", note: "For a Linux guest: its own kernel in a micro-VM, no emulated hardware." }, { technology: "compose-container" }] }, { id: "compose-dev-mount-kvm-emulator", name: "full-OS emulator in a container with the host's /dev mounted (QEMU reaching /dev/kvm)", stratum: 3, hostKernel: true, match: { format: "compose", kinds: ["service"], when: [{ attribute: "volumes", glob: ["/dev:*", "/dev/:*", "/dev/kvm:*"] }, { attribute: "image", glob: ["dockurr/windows*", "*/dockur/windows*", "dockurr/macos*", "*/dockur/macos*", "qemux/qemu*", "*/qemus/qemu*", "*/qemux/qemu*", "sickcodes/docker-osx*", "*/sickcodes/docker-osx*", "tianon/qemu*", "*/windows-in-docker*"] }] }, rationale: "The host's /dev (or /dev/kvm itself) is bind-mounted into the container, and the image boots a stock Windows, macOS or other OS under QEMU with /dev/kvm: the guest sees emulated hardware, not a cooperating kernel.", reference: "https://docs.docker.com/reference/compose-file/services/#volumes", alternatives: [{ technology: "compose-kata-container", note: "For a Linux guest: its own kernel in a micro-VM, no emulated hardware." }, { technology: "compose-container" }] }, { id: "compose-dev-mount-kvm-emulator-long", name: "full-OS emulator in a container with the host's /dev mounted (QEMU reaching /dev/kvm)", stratum: 3, hostKernel: true, match: { format: "compose", kinds: ["service"], when: [{ attribute: "volumes.source", oneOf: ["/dev", "/dev/", "/dev/kvm"] }, { attribute: "image", glob: ["dockurr/windows*", "*/dockur/windows*", "dockurr/macos*", "*/dockur/macos*", "qemux/qemu*", "*/qemus/qemu*", "*/qemux/qemu*", "sickcodes/docker-osx*", "*/sickcodes/docker-osx*", "tianon/qemu*", "*/windows-in-docker*"] }] }, rationale: "The host's /dev (or /dev/kvm itself) is bind-mounted into the container, and the image boots a stock Windows, macOS or other OS under QEMU with /dev/kvm: the guest sees emulated hardware, not a cooperating kernel.", reference: "https://docs.docker.com/reference/compose-file/services/#volumes", alternatives: [{ technology: "compose-kata-container", note: "For a Linux guest: its own kernel in a micro-VM, no emulated hardware." }, { technology: "compose-container" }] }, { id: "compose-kata-container", name: "Kata Containers micro-VM", stratum: 2, match: { format: "compose", kinds: ["service"], when: [{ attribute: "runtime", glob: ["kata*", "io.containerd.kata*"] }] }, rationale: "The Kata runtime starts each container in its own lightweight VM with a guest kernel (QEMU/Cloud Hypervisor/Firecracker with virtio), so the workload gets an OS-stratum boundary.", reference: "https://github.com/kata-containers/kata-containers/blob/main/docs/how-to/run-kata-with-docker.md", alternatives: [{ technology: "compose-container", note: "The default runtime: drop `runtime`." }, { technology: "compose-gvisor-container", note: "Keeps a sandbox (gVisor's user-space kernel) between the workload and the host kernel." }] }, { id: "compose-hyperv-isolation", name: "Windows container with Hyper-V isolation", stratum: 2, match: { format: "compose", kinds: ["service"], when: [{ attribute: "isolation", equals: "hyperv" }] }, rationale: "Hyper-V isolation runs each Windows container in a utility VM with its own kernel, not on the host kernel.", reference: "https://learn.microsoft.com/en-us/virtualization/windowscontainers/manage-containers/hyperv-container", alternatives: [{ technology: "compose-process-isolation" }] }, { id: "compose-nested-hypervisor", name: "hypervisor in a container (/dev/kvm passed through)", stratum: 2, hostKernel: true, match: { format: "compose", kinds: ["service"], when: [{ attribute: "devices", glob: ["/dev/kvm", "/dev/kvm:*"] }] }, rationale: "A container handed /dev/kvm runs a hypervisor and guests of its own; at least an OS stratum is in use inside it.", reference: "https://docs.docker.com/reference/compose-file/services/#devices", alternatives: [{ technology: "compose-container", note: "Without /dev/kvm: the service's own processes, no guests of its own." }] }, { id: "compose-process-isolation", name: "Windows container with process isolation", stratum: 1, match: { format: "compose", kinds: ["service"], when: [{ attribute: "isolation", equals: "process" }] }, rationale: "Process isolation shares the host's Windows kernel, as Linux containers share theirs.", reference: "https://learn.microsoft.com/en-us/virtualization/windowscontainers/manage-containers/hyperv-container" }, { id: "compose-gvisor-container", name: "gVisor sandboxed container", stratum: 1, match: { format: "compose", kinds: ["service"], when: [{ attribute: "runtime", glob: ["runsc*", "io.containerd.runsc*", "gvisor"] }] }, rationale: "gVisor intercepts system calls in a user-space kernel; the workload is still a process on the host, better sandboxed, with no guest OS.", reference: "https://gvisor.dev/docs/user_guide/quick_start/docker/" }, { id: "compose-wasm-container", name: "WebAssembly container", stratum: 1, match: { format: "compose", kinds: ["service"], when: [{ attribute: "runtime", glob: ["io.containerd.wasmedge*", "io.containerd.spin*", "io.containerd.wasmtime*", "io.containerd.slight*", "io.containerd.wasmer*", "wasmedge", "spin", "wasmtime"] }] }, rationale: "A WebAssembly runtime runs the module as a sandboxed process on the host: lighter than a container, no guest OS.", reference: "https://docs.docker.com/engine/daemon/alternative-runtimes/#wasmtime" }, { id: "compose-container", name: "container (runc)", stratum: 1, match: { format: "compose", kinds: ["service"] }, rationale: "A compose service is a container sharing the host kernel (runc, crun, nvidia and io.containerd.runc.v2 runtimes alike); isolation is by namespaces and cgroups.", reference: "https://docs.docker.com/reference/compose-file/services/" }, { id: "digitalocean-droplet", name: "DigitalOcean Droplet", stratum: 2, match: { format: "terraform", kinds: ["digitalocean_droplet"] }, rationale: "Droplets are KVM guests with virtio devices that boot their own kernel from a distribution or custom image.", reference: "https://registry.terraform.io/providers/digitalocean/digitalocean/latest/docs/resources/droplet", alternatives: [{ name: "DigitalOcean App Platform app", stratum: 1, reference: "https://docs.digitalocean.com/reference/terraform/reference/resources/app/" }] }, { id: "docker-kvm-emulator", name: "full-OS emulator in a Docker container (QEMU with /dev/kvm)", stratum: 3, hostKernel: true, match: { format: "terraform", kinds: ["docker_container"], when: [{ attribute: "devices.host_path", glob: ["/dev/kvm"] }, { attribute: "image", glob: ["dockurr/windows*", "dockurr/macos*", "*/dockur/windows*", "*/dockur/macos*", "qemux/qemu*", "*/qemus/qemu*", "*/qemux/qemu*", "sickcodes/docker-osx*", "*/sickcodes/docker-osx*", "tianon/qemu*"] }] }, rationale: "The image boots a stock Windows, macOS or other OS under QEMU inside the container, using the host's /dev/kvm: the guest sees emulated PC hardware, not a cooperating kernel.", reference: "https://github.com/dockur/windows#how-do-i-use-it", alternatives: [{ technology: "docker-kata-container", note: "For a Linux guest: its own kernel in a micro-VM, no emulated hardware." }, { technology: "docker-container" }] }, { id: "docker-kata-container", name: "Docker container in a Kata micro-VM", stratum: 2, match: { format: "terraform", kinds: ["docker_container"], when: [{ attribute: "runtime", glob: ["kata*", "io.containerd.kata*"] }] }, rationale: "The Kata runtime (kata-runtime, kata-qemu, kata-fc, kata-clh, io.containerd.kata.v2) starts the container in a lightweight VM with its own guest kernel and virtio devices.", reference: "https://github.com/kata-containers/kata-containers/blob/main/docs/how-to/how-to-run-docker-with-kata.md", alternatives: [{ technology: "docker-container", note: "The default runtime: drop `runtime`." }, { technology: "docker-gvisor-container", note: "Keeps a sandbox (gVisor's user-space kernel) between the workload and the host kernel." }] }, { id: "docker-gvisor-container", name: "Docker container sandboxed by gVisor", stratum: 1, match: { format: "terraform", kinds: ["docker_container"], when: [{ attribute: "runtime", glob: ["runsc*", "io.containerd.runsc*", "gvisor"] }] }, rationale: "gVisor (runsc) intercepts system calls in a user-space kernel; the container is still a process on the host, better sandboxed, with no guest OS.", reference: "https://gvisor.dev/docs/user_guide/quick_start/docker/" }, { id: "docker-container", name: "Docker container", stratum: 1, match: { format: "terraform", kinds: ["docker_container"] }, rationale: "A container (runc, crun or nvidia runtime) shares the host kernel; it is isolated by namespaces, cgroups, capabilities and seccomp.", reference: "https://registry.terraform.io/providers/kreuzwerker/docker/latest/docs/resources/container" }, { id: "docker-swarm-hyperv-isolation", name: "Docker Swarm service with Hyper-V isolation", stratum: 2, match: { format: "terraform", kinds: ["docker_service"], when: [{ attribute: "task_spec.container_spec.isolation", equals: "hyperv" }] }, rationale: "Hyper-V isolation runs each Windows task in a utility VM with its own kernel instead of on the host's kernel.", reference: "https://learn.microsoft.com/en-us/virtualization/windowscontainers/manage-containers/hyperv-container", alternatives: [{ technology: "docker-swarm-service" }] }, { id: "docker-swarm-service", name: "Docker Swarm service", stratum: 1, match: { format: "terraform", kinds: ["docker_service"] }, rationale: "A Swarm service schedules replicas of a container across the swarm's nodes, each sharing its node's kernel.", reference: "https://registry.terraform.io/providers/kreuzwerker/docker/latest/docs/resources/service" }, { id: "equinix-metal-device", name: "Equinix Metal device", stratum: 3, match: { format: "terraform", kinds: ["equinix_metal_device", "metal_device"] }, rationale: "An Equinix Metal device is a dedicated physical server provisioned with no hypervisor: the OS runs on the hardware itself.", reference: "https://registry.terraform.io/providers/equinix/equinix/latest/docs/resources/equinix_metal_device" }, { id: "gcp-compute-nested", name: "Compute Engine VM with nested virtualization", stratum: 3, nested: true, match: { format: "terraform", kinds: ["google_compute_instance", "google_compute_instance_template", "google_compute_region_instance_template", "google_compute_instance_from_template"], when: [{ attribute: "advanced_machine_features.enable_nested_virtualization", equals: true }] }, rationale: "enable_nested_virtualization exposes VT-x to the KVM guest so it runs a hypervisor of its own: the workload uses the hardware stratum, one level down.", reference: "https://cloud.google.com/compute/docs/instances/nested-virtualization/overview", alternatives: [{ technology: "gcp-compute-instance", note: "Without enable_nested_virtualization." }, { technology: "gcp-cloud-run" }, { name: "GKE Autopilot (pods)", stratum: 1, reference: "https://cloud.google.com/kubernetes-engine/docs/concepts/autopilot-overview" }, { technology: "gcp-cloud-function" }] }, { id: "gcp-compute-bare-metal", name: "Compute Engine bare-metal instance", stratum: 3, match: { format: "terraform", kinds: ["google_compute_instance", "google_compute_instance_template", "google_compute_region_instance_template", "google_compute_instance_from_template"], when: [{ attribute: "machine_type", glob: ["*-metal"] }] }, rationale: "A -metal machine type (c3-standard-192-metal, x4-megamem-1920-metal) is the physical server without Google's hypervisor; the OS drives the hardware.", reference: "https://cloud.google.com/compute/docs/instances/bare-metal-instances", alternatives: [{ technology: "gcp-compute-instance" }, { technology: "gcp-cloud-run" }, { name: "GKE Autopilot (pods)", stratum: 1, reference: "https://cloud.google.com/kubernetes-engine/docs/concepts/autopilot-overview" }, { technology: "gcp-cloud-function" }] }, { id: "gcp-compute-instance", name: "Compute Engine VM", stratum: 2, match: { format: "terraform", kinds: ["google_compute_instance", "google_compute_instance_template", "google_compute_region_instance_template", "google_compute_instance_from_template"] }, rationale: "Compute Engine VMs are KVM guests that boot their own kernel and use virtio-net/gVNIC and virtio-scsi/NVMe drivers: a full OS that cooperates with the hypervisor.", reference: "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance", alternatives: [{ technology: "gcp-cloud-run" }, { name: "GKE Autopilot (pods)", stratum: 1, reference: "https://cloud.google.com/kubernetes-engine/docs/concepts/autopilot-overview" }, { technology: "gcp-cloud-function" }] }, { id: "gcp-cloud-run", name: "Cloud Run service or job", stratum: 1, match: { format: "terraform", kinds: ["google_cloud_run_service", "google_cloud_run_v2_service", "google_cloud_run_v2_job", "google_cloud_run_v2_worker_pool"] }, rationale: "Cloud Run runs a container image as a managed process; the gVisor sandbox or micro-VM underneath is the platform's, not something the workload asks for.", reference: "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/cloud_run_v2_service" }, { id: "gcp-cloud-function", name: "Cloud Functions function", stratum: 1, match: { format: "terraform", kinds: ["google_cloudfunctions_function", "google_cloudfunctions2_function"] }, rationale: "A Cloud Function is an event handler run as a managed process (2nd gen on Cloud Run); there is no OS to own.", reference: "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/cloudfunctions2_function" }, { id: "hetzner-server", name: "Hetzner Cloud server", stratum: 2, match: { format: "terraform", kinds: ["hcloud_server"] }, rationale: "Hetzner Cloud servers are KVM guests with virtio disks and NICs booting their own kernel; Hetzner's dedicated servers are not managed by this provider.", reference: "https://registry.terraform.io/providers/hetznercloud/hcloud/latest/docs/resources/server" }, { id: "hyperv-vm-nested", name: "Hyper-V VM with virtualization extensions exposed", stratum: 3, nested: true, match: { format: "terraform", kinds: ["hyperv_machine_instance"], when: [{ attribute: "vm_processor.expose_virtualization_extensions", equals: true }] }, rationale: "vm_processor.expose_virtualization_extensions passes VT-x to the guest so it runs Hyper-V, KVM or WSL2 of its own: nested virtualization.", reference: "https://registry.terraform.io/providers/taliesins/hyperv/latest/docs/resources/machine_instance#nestedblock--vm_processor", alternatives: [{ technology: "proxmox-vm", note: "On a Linux host with KVM: the guest cooperates with the hypervisor through virtio instead of emulated hardware." }, { technology: "libvirt-kvm", note: "On a Linux host with KVM: the guest cooperates with the hypervisor through virtio instead of emulated hardware." }, { name: "Windows container with process isolation", stratum: 1, reference: "https://learn.microsoft.com/en-us/virtualization/windowscontainers/manage-containers/hyperv-container", note: "For a Windows workload whose container image matches the host's Windows version." }] }, { id: "hyperv-vm", name: "Hyper-V VM (Windows host)", stratum: 3, match: { format: "terraform", kinds: ["hyperv_machine_instance"] }, rationale: "The provider drives Hyper-V on a Windows host or desktop, where VMs boot stock installers from ISO on emulated generation-1 PC hardware (IDE, legacy NIC) or generation-2 UEFI firmware.", reference: "https://registry.terraform.io/providers/taliesins/hyperv/latest/docs/resources/machine_instance", alternatives: [{ technology: "proxmox-vm", note: "On a Linux host with KVM: the guest cooperates with the hypervisor through virtio instead of emulated hardware." }, { technology: "libvirt-kvm", note: "On a Linux host with KVM: the guest cooperates with the hypervisor through virtio instead of emulated hardware." }, { name: "Windows container with process isolation", stratum: 1, reference: "https://learn.microsoft.com/en-us/virtualization/windowscontainers/manage-containers/hyperv-container", note: "For a Windows workload whose container image matches the host's Windows version." }] }, { id: "ibm-power-lpar", name: "IBM Power Virtual Server instance (PowerVM LPAR)", stratum: 2, match: { format: "terraform", kinds: ["ibm_pi_instance"] }, rationale: "A Power Virtual Server instance is a logical partition under the PowerVM hypervisor: firmware-level partitioning with an OS that cooperates with it (AIX, IBM i, Linux on Power).", reference: "https://registry.terraform.io/providers/IBM-Cloud/ibm/latest/docs/resources/pi_instance", alternatives: [{ name: "IBM Cloud Code Engine app", stratum: 1, reference: "https://registry.terraform.io/providers/IBM-Cloud/ibm/latest/docs/resources/code_engine_app" }] }, { id: "ibm-z-virtual-server", name: "IBM Cloud virtual server on IBM Z (LinuxONE, s390x)", stratum: 2, match: { format: "terraform", kinds: ["ibm_is_instance", "ibm_is_instance_template"], when: [{ attribute: "profile", glob: ["bz*", "cz*", "mz*"] }] }, rationale: "s390x profiles (bz2, cz2, mz2 \u2026) run the guest in an IBM Z partition under KVM/PR/SM: mainframe virtualization, with an OS that knows it.", reference: "https://cloud.ibm.com/docs/vpc?topic=vpc-vs-s390x-profiles" }, { id: "ibm-vpc-virtual-server", name: "IBM Cloud VPC virtual server", stratum: 2, match: { format: "terraform", kinds: ["ibm_is_instance", "ibm_is_instance_template"] }, rationale: "VPC virtual servers are KVM guests with virtio devices.", reference: "https://registry.terraform.io/providers/IBM-Cloud/ibm/latest/docs/resources/is_instance", alternatives: [{ name: "IBM Cloud Code Engine app", stratum: 1, reference: "https://registry.terraform.io/providers/IBM-Cloud/ibm/latest/docs/resources/code_engine_app" }] }, { id: "ibm-bare-metal", name: "IBM Cloud bare-metal server", stratum: 3, match: { format: "terraform", kinds: ["ibm_is_bare_metal_server", "ibm_compute_bare_metal"] }, rationale: "A bare-metal server is the physical machine, with no hypervisor.", reference: "https://registry.terraform.io/providers/IBM-Cloud/ibm/latest/docs/resources/is_bare_metal_server", alternatives: [{ technology: "ibm-vpc-virtual-server" }, { name: "IBM Cloud Code Engine app", stratum: 1, reference: "https://registry.terraform.io/providers/IBM-Cloud/ibm/latest/docs/resources/code_engine_app" }] }, { id: "k8s-kata-pod", name: "Kubernetes pod in a Kata micro-VM", stratum: 2, match: { format: "kubernetes", kinds: ["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob", "Service"], when: [{ attribute: "pod.runtimeHandler", glob: ["kata", "kata-*"] }] }, rationale: "The pod's RuntimeClass selects a Kata handler (kata, kata-qemu, kata-clh, kata-fc, kata-dragonball): each pod runs in a lightweight VM with its own guest kernel and virtio devices.", reference: "https://github.com/kata-containers/kata-containers/blob/main/docs/how-to/how-to-use-k8s-with-containerd-and-kata.md", alternatives: [{ technology: "k8s-pod", note: "The cluster's default runtime: drop runtimeClassName." }, { technology: "k8s-gvisor-pod", note: "Keeps a sandbox (gVisor's user-space kernel) between the workload and the host kernel." }] }, { id: "k8s-gvisor-pod", name: "Kubernetes pod sandboxed by gVisor", stratum: 1, match: { format: "kubernetes", kinds: ["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob", "Service"], when: [{ attribute: "pod.runtimeHandler", oneOf: ["runsc", "gvisor"] }] }, rationale: "The pod's RuntimeClass selects gVisor (runsc): system calls are served by a user-space kernel, so the pod is sandboxed far better than runc, but it is still a process on the host with no guest OS.", reference: "https://gvisor.dev/docs/user_guide/containerd/quick_start/" }, { id: "k8s-wasm-pod", name: "Kubernetes pod on a WebAssembly shim", stratum: 1, match: { format: "kubernetes", kinds: ["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob", "Service"], when: [{ attribute: "pod.runtimeHandler", oneOf: ["wasmtime", "spin", "wasmedge", "slight", "wws", "lunatic"] }] }, rationale: "The pod's RuntimeClass selects a containerd Wasm shim (runwasi: wasmtime, wasmedge; SpinKube's spin): the module runs as a sandboxed process on the host, with no guest OS.", reference: "https://github.com/containerd/runwasi" }, { id: "k8s-runc-pod", name: "Kubernetes pod (runc containers)", stratum: 1, match: { format: "kubernetes", kinds: ["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob", "Service"], when: [{ attribute: "pod.runtimeHandler", oneOf: ["runc", "crun"] }] }, rationale: "The pod's RuntimeClass selects runc or crun, the default OCI runtimes: containers sharing the node's kernel, isolated by namespaces and cgroups.", reference: "https://kubernetes.io/docs/concepts/containers/runtime-class/" }, { id: "k8s-pod", name: "Kubernetes pod (containers)", stratum: 1, match: { format: "kubernetes", kinds: ["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob", "Service"] }, rationale: "Without a runtimeClassName (or with a handler strata does not know as a VM) the pod's containers run on the node's default runtime, runc or crun: processes sharing the node's kernel.", reference: "https://kubernetes.io/docs/concepts/containers/runtime-class/" }, { id: "kubevirt-emulated-vm", name: "KubeVirt VM under software emulation (QEMU TCG)", stratum: 3, match: { format: "kubernetes", kinds: ["VirtualMachine", "VirtualMachineInstance", "VirtualMachineInstanceReplicaSet", "VirtualMachinePool"], when: [{ attribute: "vmi.emulation", equals: true }] }, rationale: "The KubeVirt CR in the scanned files sets developerConfiguration.useEmulation: QEMU emulates the CPU in software instead of using KVM, so every VM of the cluster runs on emulated hardware.", reference: "https://github.com/kubevirt/kubevirt/blob/main/docs/software-emulation.md", alternatives: [{ technology: "kubevirt-vm", note: "With KVM on the nodes instead of software emulation." }, { technology: "k8s-pod" }] }, { id: "kubevirt-nested-vm", name: "KubeVirt VM with nested virtualization", stratum: 3, nested: true, match: { format: "kubernetes", kinds: ["VirtualMachine", "VirtualMachineInstance", "VirtualMachineInstanceReplicaSet", "VirtualMachinePool"], when: [{ attribute: "vmi.cpuFeature.vmx", oneOf: ["require", "force", "optional"] }] }, rationale: "The VM's CPU is given the vmx (Intel VT-x) feature: the guest runs a hypervisor of its own, nested in KubeVirt's.", reference: "https://kubevirt.io/user-guide/compute/virtual_hardware/#features", alternatives: [{ technology: "kubevirt-vm", note: "Without the vmx/svm CPU feature." }, { technology: "k8s-pod" }] }, { id: "kubevirt-nested-vm-svm", name: "KubeVirt VM with nested virtualization", stratum: 3, nested: true, match: { format: "kubernetes", kinds: ["VirtualMachine", "VirtualMachineInstance", "VirtualMachineInstanceReplicaSet", "VirtualMachinePool"], when: [{ attribute: "vmi.cpuFeature.svm", oneOf: ["require", "force", "optional"] }] }, rationale: "The VM's CPU is given the svm (AMD-V) feature: the guest runs a hypervisor of its own, nested in KubeVirt's.", reference: "https://kubevirt.io/user-guide/compute/virtual_hardware/#features", alternatives: [{ technology: "kubevirt-vm", note: "Without the vmx/svm CPU feature." }, { technology: "k8s-pod" }] }, { id: "kubevirt-hyperv-vm", name: "KubeVirt VM with Hyper-V enlightenments (Windows guest)", stratum: 3, match: { format: "kubernetes", kinds: ["VirtualMachine", "VirtualMachineInstance", "VirtualMachineInstanceReplicaSet", "VirtualMachinePool"], when: [{ attribute: "vmi.domain.features.hyperv", present: true }] }, rationale: "Hyper-V enlightenments are for stock Windows, a guest that does not cooperate with KVM (no virtio drivers of its own): QEMU presents it emulated hardware it recognises.", reference: "https://kubevirt.io/user-guide/compute/virtual_hardware/#features", alternatives: [{ technology: "kubevirt-vm", note: "For a Linux guest." }, { technology: "k8s-pod" }] }, { id: "kubevirt-hyperv-passthrough-vm", name: "KubeVirt VM with Hyper-V enlightenments (Windows guest)", stratum: 3, match: { format: "kubernetes", kinds: ["VirtualMachine", "VirtualMachineInstance", "VirtualMachineInstanceReplicaSet", "VirtualMachinePool"], when: [{ attribute: "vmi.domain.features.hypervPassthrough", present: true }] }, rationale: "Hyper-V enlightenments are for stock Windows, a guest that does not cooperate with KVM (no virtio drivers of its own): QEMU presents it emulated hardware it recognises.", reference: "https://kubevirt.io/user-guide/compute/virtual_hardware/#features", alternatives: [{ technology: "kubevirt-vm", note: "For a Linux guest." }, { technology: "k8s-pod" }] }, { id: "kubevirt-vm", name: "KubeVirt virtual machine", stratum: 2, match: { format: "kubernetes", kinds: ["VirtualMachine", "VirtualMachineInstance", "VirtualMachineInstanceReplicaSet", "VirtualMachinePool"] }, rationale: "KubeVirt runs a full guest OS under KVM (QEMU in the virt-launcher pod) with virtio devices: a hypervisor boundary.", reference: "https://kubevirt.io/user-guide/", alternatives: [{ technology: "k8s-pod", note: "The workload as a container image in a Deployment or StatefulSet." }] }, { id: "kubernetes-kata-pod", name: "Kubernetes pods in Kata micro-VMs", stratum: 2, match: { format: "terraform", kinds: ["kubernetes_pod", "kubernetes_pod_v1"], when: [{ attribute: "spec.runtime_class_name", glob: ["kata*"] }] }, rationale: "A Kata runtime class (kata, kata-qemu, kata-fc, kata-clh, AKS kata-vm-isolation) runs each pod in a lightweight VM with its own guest kernel and virtio devices.", reference: "https://github.com/kata-containers/kata-containers/blob/main/docs/how-to/how-to-use-k8s-with-containerd-and-kata.md", alternatives: [{ technology: "kubernetes-pod", note: "The cluster's default runtime: drop runtime_class_name." }, { technology: "kubernetes-gvisor-pod", note: "Keeps a sandbox (gVisor's user-space kernel) between the workload and the host kernel." }] }, { id: "kubernetes-kata-template", name: "Kubernetes pods in Kata micro-VMs", stratum: 2, match: { format: "terraform", kinds: ["kubernetes_deployment", "kubernetes_deployment_v1", "kubernetes_stateful_set", "kubernetes_stateful_set_v1", "kubernetes_daemonset", "kubernetes_daemon_set_v1", "kubernetes_job", "kubernetes_job_v1", "kubernetes_replication_controller", "kubernetes_replication_controller_v1"], when: [{ attribute: "spec.template.spec.runtime_class_name", glob: ["kata*"] }] }, rationale: "A Kata runtime class (kata, kata-qemu, kata-fc, kata-clh, AKS kata-vm-isolation) runs each pod in a lightweight VM with its own guest kernel and virtio devices.", reference: "https://github.com/kata-containers/kata-containers/blob/main/docs/how-to/how-to-use-k8s-with-containerd-and-kata.md", alternatives: [{ technology: "kubernetes-workload", note: "The cluster's default runtime: drop runtime_class_name." }, { technology: "kubernetes-gvisor-template", note: "Keeps a sandbox (gVisor's user-space kernel) between the workload and the host kernel." }] }, { id: "kubernetes-kata-cron", name: "Kubernetes pods in Kata micro-VMs", stratum: 2, match: { format: "terraform", kinds: ["kubernetes_cron_job", "kubernetes_cron_job_v1"], when: [{ attribute: "spec.job_template.spec.template.spec.runtime_class_name", glob: ["kata*"] }] }, rationale: "A Kata runtime class (kata, kata-qemu, kata-fc, kata-clh, AKS kata-vm-isolation) runs each pod in a lightweight VM with its own guest kernel and virtio devices.", reference: "https://github.com/kata-containers/kata-containers/blob/main/docs/how-to/how-to-use-k8s-with-containerd-and-kata.md", alternatives: [{ technology: "kubernetes-workload", note: "The cluster's default runtime: drop runtime_class_name." }, { technology: "kubernetes-gvisor-cron", note: "Keeps a sandbox (gVisor's user-space kernel) between the workload and the host kernel." }] }, { id: "kubernetes-gvisor-pod", name: "Kubernetes pods sandboxed by gVisor", stratum: 1, match: { format: "terraform", kinds: ["kubernetes_pod", "kubernetes_pod_v1"], when: [{ attribute: "spec.runtime_class_name", glob: ["gvisor", "runsc*"] }] }, rationale: "The gVisor runtime class (GKE Sandbox) serves system calls from a user-space kernel; the pod is still a sandboxed process with no guest OS.", reference: "https://gvisor.dev/docs/user_guide/containerd/quick_start/" }, { id: "kubernetes-gvisor-template", name: "Kubernetes pods sandboxed by gVisor", stratum: 1, match: { format: "terraform", kinds: ["kubernetes_deployment", "kubernetes_deployment_v1", "kubernetes_stateful_set", "kubernetes_stateful_set_v1", "kubernetes_daemonset", "kubernetes_daemon_set_v1", "kubernetes_job", "kubernetes_job_v1", "kubernetes_replication_controller", "kubernetes_replication_controller_v1"], when: [{ attribute: "spec.template.spec.runtime_class_name", glob: ["gvisor", "runsc*"] }] }, rationale: "The gVisor runtime class (GKE Sandbox) serves system calls from a user-space kernel; the pod is still a sandboxed process with no guest OS.", reference: "https://gvisor.dev/docs/user_guide/containerd/quick_start/" }, { id: "kubernetes-gvisor-cron", name: "Kubernetes pods sandboxed by gVisor", stratum: 1, match: { format: "terraform", kinds: ["kubernetes_cron_job", "kubernetes_cron_job_v1"], when: [{ attribute: "spec.job_template.spec.template.spec.runtime_class_name", glob: ["gvisor", "runsc*"] }] }, rationale: "The gVisor runtime class (GKE Sandbox) serves system calls from a user-space kernel; the pod is still a sandboxed process with no guest OS.", reference: "https://gvisor.dev/docs/user_guide/containerd/quick_start/" }, { id: "kubernetes-pod", name: "Kubernetes pod", stratum: 1, match: { format: "terraform", kinds: ["kubernetes_pod", "kubernetes_pod_v1"] }, rationale: "A pod's containers share the node's kernel, isolated by namespaces, cgroups and seccomp.", reference: "https://registry.terraform.io/providers/hashicorp/kubernetes/latest/docs/resources/pod_v1" }, { id: "kubernetes-workload", name: "Kubernetes workload (pods from a controller)", stratum: 1, match: { format: "terraform", kinds: ["kubernetes_deployment", "kubernetes_deployment_v1", "kubernetes_stateful_set", "kubernetes_stateful_set_v1", "kubernetes_daemonset", "kubernetes_daemon_set_v1", "kubernetes_job", "kubernetes_job_v1", "kubernetes_replication_controller", "kubernetes_replication_controller_v1", "kubernetes_cron_job", "kubernetes_cron_job_v1"] }, rationale: "Deployments, stateful sets, daemon sets, jobs, cron jobs and replication controllers run pods: containers on the node's kernel.", reference: "https://registry.terraform.io/providers/hashicorp/kubernetes/latest/docs/resources/deployment_v1" }, { id: "libvirt-qemu-emulation", name: "libvirt QEMU emulation (TCG)", stratum: 3, match: { format: "terraform", kinds: ["libvirt_domain"], when: [{ attribute: "type", equals: "qemu" }] }, rationale: "Domain type qemu runs the guest under QEMU's software emulation (TCG): CPU and hardware are emulated, so any OS or CPU architecture runs, unmodified and slowly.", reference: "https://libvirt.org/formatdomain.html#element-and-attribute-overview", alternatives: [{ technology: "libvirt-kvm", note: "type = kvm on a host with KVM." }, { name: "libvirt LXC container (the LXC driver)", stratum: 1, reference: "https://libvirt.org/drvlxc.html" }] }, { id: "libvirt-kvm", name: "libvirt KVM domain", stratum: 2, match: { format: "terraform", kinds: ["libvirt_domain"] }, rationale: "Domain type kvm (the usual choice, and the older provider's default) is hardware-assisted virtualization with virtio devices the guest kernel cooperates with.", reference: "https://registry.terraform.io/providers/dmacvicar/libvirt/latest/docs/resources/domain", alternatives: [{ name: "libvirt LXC container (the LXC driver)", stratum: 1, reference: "https://libvirt.org/drvlxc.html" }] }, { id: "linode-instance", name: "Linode (Akamai) instance", stratum: 2, match: { format: "terraform", kinds: ["linode_instance"] }, rationale: "Linode instances are KVM guests with virtio devices, booting their own (or Linode's) kernel.", reference: "https://registry.terraform.io/providers/linode/linode/latest/docs/resources/instance", alternatives: [{ name: "Linode Kubernetes Engine (pods)", stratum: 1, reference: "https://registry.terraform.io/providers/linode/linode/latest/docs/resources/lke_cluster" }] }, { id: "lxd-virtual-machine", name: "LXD/Incus virtual machine", stratum: 2, match: { format: "terraform", kinds: ["lxd_instance", "incus_instance", "lxd_container"], when: [{ attribute: "type", equals: "virtual-machine" }] }, rationale: "type virtual-machine makes LXD/Incus boot a QEMU/KVM guest with its own kernel, virtio devices and the lxd/incus agent.", reference: "https://registry.terraform.io/providers/terraform-lxd/lxd/latest/docs/resources/instance", alternatives: [{ technology: "lxd-container" }] }, { id: "lxd-container", name: "LXD/Incus system container", stratum: 1, match: { format: "terraform", kinds: ["lxd_instance", "incus_instance", "lxd_container"] }, rationale: "An LXD/Incus container (the default type) is a system container: a full distribution with its own init, on the host's shared kernel.", reference: "https://registry.terraform.io/providers/lxc/incus/latest/docs/resources/instance" }, { id: "nomad-jail", name: "FreeBSD jail (Nomad jail task driver)", stratum: 1, match: { format: "nomad", kinds: ["jail", "jail-task-driver"] }, rationale: "A FreeBSD jail partitions one kernel into isolated process environments: the original OS-level (process stratum) virtualization.", reference: "https://github.com/cneira/jail-task-driver" }, { id: "nomad-container", name: "container (Nomad docker/podman/containerd driver)", stratum: 1, match: { format: "nomad", kinds: ["docker", "podman", "containerd-driver", "nomad-driver-containerd"] }, rationale: "A container task shares the client's kernel, isolated by namespaces and cgroups.", reference: "https://developer.hashicorp.com/nomad/docs/drivers/docker" }, { id: "nomad-exec", name: "isolated process (Nomad exec/java driver)", stratum: 1, match: { format: "nomad", kinds: ["exec", "exec2", "java"] }, rationale: "exec and java run the task as a process on the client, isolated with chroot, namespaces and cgroups.", reference: "https://developer.hashicorp.com/nomad/docs/drivers/exec" }, { id: "nomad-raw-exec", name: "unisolated process (Nomad raw_exec driver)", stratum: 1, match: { format: "nomad", kinds: ["raw_exec"] }, rationale: "raw_exec runs the task as a plain process with the Nomad client's privileges and no isolation at all.", reference: "https://developer.hashicorp.com/nomad/docs/drivers/raw_exec" }, { id: "nomad-qemu-kvm", name: "QEMU VM with KVM acceleration (Nomad qemu driver)", stratum: 2, match: { format: "nomad", kinds: ["qemu"], when: [{ attribute: "config.accelerator", equals: "kvm" }] }, rationale: "accelerator = kvm makes QEMU a KVM hypervisor: hardware-assisted, with virtio devices.", reference: "https://developer.hashicorp.com/nomad/docs/drivers/qemu", alternatives: [{ technology: "nomad-container" }, { technology: "nomad-exec" }] }, { id: "nomad-qemu", name: "QEMU emulation (Nomad qemu driver)", stratum: 3, match: { format: "nomad", kinds: ["qemu"] }, rationale: "Without accelerator = kvm the qemu driver uses TCG: the CPU and hardware are emulated.", reference: "https://developer.hashicorp.com/nomad/docs/drivers/qemu", alternatives: [{ technology: "nomad-qemu-kvm", note: "accelerator = kvm on a client with KVM." }, { technology: "nomad-container" }, { technology: "nomad-exec" }] }, { id: "nomad-firecracker", name: "Firecracker micro-VM (Nomad task driver)", stratum: 2, match: { format: "nomad", kinds: ["firecracker-task-driver", "firecracker"] }, rationale: "Firecracker runs each task in a KVM micro-VM with a guest kernel and virtio devices.", reference: "https://github.com/cneira/firecracker-task-driver", alternatives: [{ technology: "nomad-container" }, { technology: "nomad-exec" }] }, { id: "oci-bare-metal", name: "OCI bare-metal instance", stratum: 3, match: { format: "terraform", kinds: ["oci_core_instance"], when: [{ attribute: "shape", glob: ["BM.*"] }] }, rationale: "A BM.* shape (BM.Standard.E5.192, BM.GPU.H100.8) is a whole physical server with no hypervisor under the OS.", reference: "https://docs.oracle.com/en-us/iaas/Content/Compute/References/computeshapes.htm#baremetalshapes", alternatives: [{ technology: "oci-instance" }, { name: "OCI Container Instances", stratum: 1, reference: "https://docs.cloud.oracle.com/iaas/tools/terraform-provider-oci/latest/docs/r/container_instances_container_instance.html" }] }, { id: "oci-instance", name: "OCI virtual machine instance", stratum: 2, match: { format: "terraform", kinds: ["oci_core_instance"] }, rationale: "VM.* shapes are KVM guests that boot their own kernel with paravirtualized block and network attachments.", reference: "https://registry.terraform.io/providers/oracle/oci/latest/docs/resources/core_instance", alternatives: [{ name: "OCI Container Instances", stratum: 1, reference: "https://docs.cloud.oracle.com/iaas/tools/terraform-provider-oci/latest/docs/r/container_instances_container_instance.html" }] }, { id: "openstack-instance", name: "OpenStack Nova instance", stratum: 2, match: { format: "terraform", kinds: ["openstack_compute_instance_v2"] }, rationale: "Nova instances are almost always libvirt/KVM guests booting cloud images with virtio devices (an Ironic bare-metal flavor cannot be told from its name, so it is not guessed).", reference: "https://registry.terraform.io/providers/terraform-provider-openstack/openstack/latest/docs/resources/compute_instance_v2" }, { id: "packer-qemu-emulation", name: "QEMU image built under software emulation (Packer qemu builder)", stratum: 3, match: { format: "packer", kinds: ["qemu"], when: [{ attribute: "accelerator", oneOf: ["tcg", "none"] }] }, rationale: "accelerator = tcg or none makes QEMU emulate the CPU and every device in software: the guest runs on emulated hardware, as on a foreign architecture or a host without KVM.", reference: "https://developer.hashicorp.com/packer/integrations/hashicorp/qemu/latest/components/builder/qemu" }, { id: "packer-qemu", name: "QEMU image on a hardware-assisted hypervisor (Packer qemu builder)", stratum: 2, match: { format: "packer", kinds: ["qemu"] }, rationale: "Without an accelerator Packer uses KVM where it is available; kvm, hvf, whpx, hax and xen are hardware-assisted hypervisors, and the image is built for KVM with virtio disks and NICs.", reference: "https://developer.hashicorp.com/packer/integrations/hashicorp/qemu/latest/components/builder/qemu" }, { id: "packer-virtualbox-nested", name: "VirtualBox image with nested virtualization (Packer)", stratum: 3, nested: true, match: { format: "packer", kinds: ["virtualbox-iso", "virtualbox-ovf", "virtualbox-vm"], when: [{ attribute: "nested_virt", equals: true }] }, rationale: "VirtualBox emulates a full PC; nested_virt = true also exposes VT-x/AMD-V so the guest can run a hypervisor of its own.", reference: "https://developer.hashicorp.com/packer/integrations/hashicorp/virtualbox/latest/components/builder/iso" }, { id: "packer-virtualbox", name: "VirtualBox image (Packer)", stratum: 3, match: { format: "packer", kinds: ["virtualbox-iso", "virtualbox-ovf", "virtualbox-vm"] }, rationale: "VirtualBox virtualizes a complete PC (BIOS or EFI, chipset, e1000/AHCI devices) so an unmodified OS installs from an ISO and boots: full hardware virtualization.", reference: "https://developer.hashicorp.com/packer/integrations/hashicorp/virtualbox/latest/components/builder/iso" }, { id: "packer-vmware-desktop", name: "VMware Workstation / Fusion image (Packer)", stratum: 3, match: { format: "packer", kinds: ["vmware-iso", "vmware-vmx"] }, rationale: "VMware's desktop hypervisors present a full virtual PC to an unmodified guest installed from an ISO or cloned from a VMX.", reference: "https://developer.hashicorp.com/packer/integrations/hashicorp/vmware/latest/components/builder/iso" }, { id: "packer-vsphere-nested", name: "vSphere image with nested hardware virtualization (Packer)", stratum: 3, nested: true, match: { format: "packer", kinds: ["vsphere-iso", "vsphere-clone"], when: [{ attribute: "NestedHV", equals: true }] }, rationale: "NestedHV exposes hardware virtualization to the ESXi guest so it can run a hypervisor of its own.", reference: "https://developer.hashicorp.com/packer/integrations/hashicorp/vsphere/latest/components/builder/vsphere-iso" }, { id: "packer-vsphere", name: "vSphere image (Packer)", stratum: 3, match: { format: "packer", kinds: ["vsphere-iso", "vsphere-clone"] }, rationale: "An ESXi guest is a full virtual machine (virtual hardware version, BIOS or EFI firmware) that an unmodified OS installs on, as for Terraform's vsphere_virtual_machine.", reference: "https://developer.hashicorp.com/packer/integrations/hashicorp/vsphere/latest/components/builder/vsphere-iso" }, { id: "packer-parallels", name: "Parallels Desktop image (Packer)", stratum: 3, match: { format: "packer", kinds: ["parallels-iso", "parallels-pvm", "parallels-ipsw"] }, rationale: "Parallels Desktop virtualizes complete hardware so stock macOS, Windows or Linux guests install and boot unmodified.", reference: "https://developer.hashicorp.com/packer/integrations/parallels/parallels/latest/components/builder/iso" }, { id: "packer-hyperv-nested", name: "Hyper-V image with nested virtualization (Packer)", stratum: 3, nested: true, match: { format: "packer", kinds: ["hyperv-iso", "hyperv-vmcx"], when: [{ attribute: "enable_virtualization_extensions", equals: true }] }, rationale: "enable_virtualization_extensions exposes VT-x to the Hyper-V guest so it can run a hypervisor of its own.", reference: "https://developer.hashicorp.com/packer/integrations/hashicorp/hyperv/latest/components/builder/iso" }, { id: "packer-hyperv", name: "Hyper-V image (Packer)", stratum: 3, match: { format: "packer", kinds: ["hyperv-iso", "hyperv-vmcx"] }, rationale: "Hyper-V runs full VMs an unmodified OS installs on from an ISO (generation 1 on emulated hardware), as Vagrant's Hyper-V provider does.", reference: "https://developer.hashicorp.com/packer/integrations/hashicorp/hyperv/latest/components/builder/iso" }, { id: "packer-proxmox-emulation", name: "Proxmox VE image without KVM (Packer)", stratum: 3, match: { format: "packer", kinds: ["proxmox-iso", "proxmox-clone"], when: [{ attribute: "disable_kvm", equals: true }] }, rationale: "disable_kvm = true turns hardware acceleration off, so QEMU emulates the CPU in software (TCG): hardware-stratum emulation.", reference: "https://developer.hashicorp.com/packer/integrations/hashicorp/proxmox/latest/components/builder/iso" }, { id: "packer-proxmox", name: "Proxmox VE image (Packer)", stratum: 2, match: { format: "packer", kinds: ["proxmox-iso", "proxmox-clone"] }, rationale: "Proxmox VMs are QEMU/KVM guests with their own kernel on virtio disks and NICs with the QEMU guest agent, as for Terraform's Proxmox VMs.", reference: "https://developer.hashicorp.com/packer/integrations/hashicorp/proxmox/latest/components/builder/iso" }, { id: "packer-amazon-ami", name: "Amazon EC2 image (Packer)", stratum: 2, match: { format: "packer", kinds: ["amazon-ebs", "amazon-instance", "amazon-ebssurrogate"] }, rationale: "The AMI is built on a running EC2 instance and boots as a Nitro (KVM-based) or Xen guest with its own kernel and paravirtual ENA/NVMe drivers, as an aws_ami does.", reference: "https://developer.hashicorp.com/packer/integrations/hashicorp/amazon/latest/components/builder/ebs" }, { id: "packer-amazon-chroot", name: "Amazon EC2 image built in a chroot (Packer)", stratum: 2, match: { format: "packer", kinds: ["amazon-chroot"] }, rationale: "The build provisions the image's volume in a chroot on an existing EC2 instance, but what it makes is an EBS-backed AMI that boots as an EC2 guest with its own kernel: the image's stratum is the OS one.", reference: "https://developer.hashicorp.com/packer/integrations/hashicorp/amazon/latest/components/builder/chroot" }, { id: "packer-azure-image", name: "Azure VM image (Packer)", stratum: 2, match: { format: "packer", kinds: ["azure-arm", "azure-chroot"] }, rationale: "The managed image or Shared Image Gallery version boots as a Hyper-V guest on Azure with its own kernel and synthetic (VMBus) devices, as an Azure VM does.", reference: "https://developer.hashicorp.com/packer/integrations/hashicorp/azure/latest/components/builder/arm" }, { id: "packer-googlecompute-nested", name: "Compute Engine image licensed for nested virtualization (Packer)", stratum: 3, nested: true, match: { format: "packer", kinds: ["googlecompute"], when: [{ attribute: "image_licenses", glob: ["*/licenses/enable-vmx"] }] }, rationale: "The enable-vmx license on an image exposes VT-x to the VMs booted from it, so they can run a hypervisor of their own inside the KVM guest.", reference: "https://cloud.google.com/compute/docs/instances/nested-virtualization/enabling" }, { id: "packer-googlecompute", name: "Compute Engine image (Packer)", stratum: 2, match: { format: "packer", kinds: ["googlecompute"] }, rationale: "The image boots as a Compute Engine KVM guest with its own kernel and virtio-net/gVNIC and virtio-scsi/NVMe drivers.", reference: "https://developer.hashicorp.com/packer/integrations/hashicorp/googlecompute/latest/components/builder/googlecompute" }, { id: "packer-oci-bare-metal", name: "OCI image built on a bare-metal shape (Packer)", stratum: 3, match: { format: "packer", kinds: ["oracle-oci"], when: [{ attribute: "shape", glob: ["BM.*"] }] }, rationale: "A BM.* shape is a whole physical server with no hypervisor under the OS, as for Terraform's oci_core_instance.", reference: "https://developer.hashicorp.com/packer/integrations/hashicorp/oracle/latest/components/builder/oci" }, { id: "packer-oci", name: "OCI image (Packer)", stratum: 2, match: { format: "packer", kinds: ["oracle-oci"] }, rationale: "VM.* shapes are KVM guests that boot their own kernel with paravirtualized block and network attachments.", reference: "https://developer.hashicorp.com/packer/integrations/hashicorp/oracle/latest/components/builder/oci" }, { id: "packer-openstack", name: "OpenStack image (Packer)", stratum: 2, match: { format: "packer", kinds: ["openstack"] }, rationale: "The image is built on a Nova server and boots as a KVM guest (libvirt's default) with virtio devices.", reference: "https://developer.hashicorp.com/packer/integrations/hashicorp/openstack/latest/components/builder/openstack" }, { id: "packer-digitalocean", name: "DigitalOcean snapshot (Packer)", stratum: 2, match: { format: "packer", kinds: ["digitalocean"] }, rationale: "The snapshot is taken from a Droplet and boots as a Droplet: a KVM guest with its own kernel and virtio devices.", reference: "https://developer.hashicorp.com/packer/integrations/digitalocean/digitalocean/latest/components/builder/digitalocean" }, { id: "packer-hcloud", name: "Hetzner Cloud snapshot (Packer)", stratum: 2, match: { format: "packer", kinds: ["hcloud"] }, rationale: "The snapshot is taken from a Hetzner Cloud server and boots as one: a KVM guest with virtio devices.", reference: "https://developer.hashicorp.com/packer/integrations/hetznercloud/hcloud/latest/components/builder/hcloud" }, { id: "packer-vultr", name: "Vultr snapshot (Packer)", stratum: 2, match: { format: "packer", kinds: ["vultr"] }, rationale: "The snapshot is taken from a Vultr cloud compute instance and boots as one: a KVM guest with virtio devices, as a vultr_instance.", reference: "https://github.com/vultr/packer-plugin-vultr" }, { id: "packer-linode", name: "Linode (Akamai) image (Packer)", stratum: 2, match: { format: "packer", kinds: ["linode"] }, rationale: "The image is captured from a Linode instance and boots as one: a KVM guest with virtio devices, as a linode_instance.", reference: "https://github.com/linode/packer-plugin-linode" }, { id: "packer-scaleway", name: "Scaleway instance image (Packer)", stratum: 2, match: { format: "packer", kinds: ["scaleway"] }, rationale: "The image is snapshotted from a Scaleway Instance and boots as one: a KVM guest with its own kernel and virtio devices.", reference: "https://github.com/scaleway/packer-plugin-scaleway" }, { id: "packer-nutanix", name: "Nutanix AHV image (Packer)", stratum: 2, match: { format: "packer", kinds: ["nutanix"] }, rationale: "The image is built on and boots as a Nutanix AHV VM: AHV is KVM-based, and its guests run their own kernel on VirtIO disks and NICs.", reference: "https://github.com/nutanix-cloud-native/packer-plugin-nutanix" }, { id: "packer-powervs", name: "IBM Power Virtual Server image (Packer)", stratum: 2, match: { format: "packer", kinds: ["powervs"] }, rationale: "The image is captured from a Power Virtual Server instance and boots as one: a PowerVM logical partition whose OS cooperates with the hypervisor, as an ibm_pi_instance.", reference: "https://github.com/ppc64le-cloud/packer-plugin-powervs" }, { id: "packer-lxd-vm", name: "LXD virtual-machine image (Packer)", stratum: 2, match: { format: "packer", kinds: ["lxd"], when: [{ attribute: "virtual_machine", equals: true }] }, rationale: "virtual_machine = true builds an LXD VM image: a QEMU/KVM guest with its own kernel, as an lxd_instance of type virtual-machine.", reference: "https://developer.hashicorp.com/packer/integrations/hashicorp/lxd/latest/components/builder/lxd" }, { id: "packer-lxd", name: "LXD container image (Packer)", stratum: 1, match: { format: "packer", kinds: ["lxd"] }, rationale: "By default the lxd builder builds a system-container image: a distribution userland on the host's shared kernel.", reference: "https://developer.hashicorp.com/packer/integrations/hashicorp/lxd/latest/components/builder/lxd" }, { id: "packer-lxc", name: "LXC container image (Packer)", stratum: 1, match: { format: "packer", kinds: ["lxc"] }, rationale: "The lxc builder builds a container rootfs: processes on the host's shared kernel.", reference: "https://developer.hashicorp.com/packer/integrations/hashicorp/lxc/latest/components/builder/lxc" }, { id: "packer-docker", name: "Docker image (Packer)", stratum: 1, match: { format: "packer", kinds: ["docker"] }, rationale: "The docker builder commits or exports a container: its processes run on the host's kernel.", reference: "https://developer.hashicorp.com/packer/integrations/hashicorp/docker/latest/components/builder/docker" }, { id: "proxmox-qemu-emulation", name: "Proxmox VE VM without KVM (emulated)", stratum: 3, match: { format: "terraform", kinds: ["proxmox_vm_qemu"], when: [{ attribute: "kvm", equals: false }] }, rationale: "kvm = false turns off hardware acceleration, so QEMU emulates the CPU in software (TCG): hardware-stratum emulation for guests KVM cannot run.", reference: "https://registry.terraform.io/providers/Telmate/proxmox/latest/docs/resources/vm_qemu", alternatives: [{ technology: "proxmox-vm", note: "kvm = true (the default) on a host with KVM." }, { technology: "proxmox-lxc" }] }, { id: "proxmox-foreign-arch-emulation", name: "Proxmox VE VM of a foreign CPU architecture (emulated)", stratum: 3, match: { format: "terraform", kinds: ["proxmox_virtual_environment_vm"], when: [{ attribute: "cpu.architecture", equals: "aarch64" }] }, rationale: "cpu.architecture aarch64 on Proxmox VE, which runs on amd64 hosts, makes QEMU emulate an ARM machine with TCG: the guest gets emulated hardware, not a KVM vCPU.", reference: "https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm", alternatives: [{ technology: "proxmox-vm", note: "With an image of the host's CPU architecture." }, { technology: "proxmox-lxc" }] }, { id: "proxmox-vm", name: "Proxmox VE VM (QEMU/KVM)", stratum: 2, match: { format: "terraform", kinds: ["proxmox_vm_qemu", "proxmox_virtual_environment_vm"] }, rationale: "Proxmox VMs are QEMU/KVM guests with their own kernel, normally on virtio disks and NICs with the QEMU guest agent.", reference: "https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_vm", alternatives: [{ technology: "proxmox-lxc" }] }, { id: "proxmox-lxc", name: "Proxmox VE LXC container", stratum: 1, match: { format: "terraform", kinds: ["proxmox_lxc", "proxmox_lxc_guest", "proxmox_virtual_environment_container"] }, rationale: "Proxmox containers are LXC system containers: a full distribution userland, but on the node's shared kernel.", reference: "https://registry.terraform.io/providers/bpg/proxmox/latest/docs/resources/virtual_environment_container" }, { id: "vagrant-virtualbox-nested", name: "VirtualBox VM with nested virtualization", stratum: 3, nested: true, match: { format: "vagrant", kinds: ["virtualbox"], when: [{ attribute: "customize", glob: ["*--nested-hw-virt on*"] }] }, rationale: "VirtualBox emulates a full PC; --nested-hw-virt on also exposes VT-x/AMD-V to the guest so it can run a hypervisor of its own.", reference: "https://www.virtualbox.org/manual/ch09.html#nested-virt", alternatives: [{ technology: "vagrant-libvirt-kvm", note: "On a Linux host with KVM: the guest cooperates with the hypervisor through virtio instead of emulated hardware." }, { technology: "vagrant-docker" }] }, { id: "vagrant-virtualbox", name: "VirtualBox VM", stratum: 3, match: { format: "vagrant", kinds: ["virtualbox"] }, rationale: "VirtualBox virtualizes a complete PC so an unmodified guest OS boots on emulated hardware (Vagrant's default provider).", reference: "https://developer.hashicorp.com/vagrant/docs/providers/virtualbox", alternatives: [{ technology: "vagrant-libvirt-kvm", note: "On a Linux host with KVM: the guest cooperates with the hypervisor through virtio instead of emulated hardware." }, { technology: "vagrant-docker" }] }, { id: "vagrant-vmware-nested", name: "VMware desktop VM with nested virtualization", stratum: 3, nested: true, match: { format: "vagrant", kinds: ["vmware_desktop", "vmware_fusion", "vmware_workstation"], when: [{ attribute: "vmx.vhv.enable", equals: "TRUE" }] }, rationale: "vhv.enable exposes hardware virtualization to the VMware guest so it can run its own hypervisor.", reference: "https://developer.hashicorp.com/vagrant/docs/providers/vmware/configuration", alternatives: [{ technology: "vagrant-libvirt-kvm", note: "On a Linux host with KVM: the guest cooperates with the hypervisor through virtio instead of emulated hardware." }, { technology: "vagrant-utm-apple", note: "On a Mac: Apple's Virtualization framework runs the guest with virtio devices." }, { technology: "vagrant-docker" }] }, { id: "vagrant-vmware-desktop", name: "VMware Workstation / Fusion VM", stratum: 3, match: { format: "vagrant", kinds: ["vmware_desktop", "vmware_fusion", "vmware_workstation"] }, rationale: "VMware's desktop hypervisors present a full virtual PC to an unmodified guest.", reference: "https://developer.hashicorp.com/vagrant/docs/providers/vmware", alternatives: [{ technology: "vagrant-libvirt-kvm", note: "On a Linux host with KVM: the guest cooperates with the hypervisor through virtio instead of emulated hardware." }, { technology: "vagrant-utm-apple", note: "On a Mac: Apple's Virtualization framework runs the guest with virtio devices." }, { technology: "vagrant-docker" }] }, { id: "vagrant-parallels-nested", name: "Parallels VM with nested virtualization", stratum: 3, nested: true, match: { format: "vagrant", kinds: ["parallels"], when: [{ attribute: "customize", glob: ["*--nested-virt on*"] }] }, rationale: "Parallels emulates a full Mac/PC; --nested-virt on lets the guest run its own hypervisor.", reference: "https://parallels.github.io/vagrant-parallels/docs/configuration.html", alternatives: [{ technology: "vagrant-libvirt-kvm", note: "On a Linux host with KVM: the guest cooperates with the hypervisor through virtio instead of emulated hardware." }, { technology: "vagrant-utm-apple", note: "On a Mac: Apple's Virtualization framework runs the guest with virtio devices." }, { technology: "vagrant-docker" }] }, { id: "vagrant-parallels", name: "Parallels Desktop VM", stratum: 3, match: { format: "vagrant", kinds: ["parallels"] }, rationale: "Parallels Desktop virtualizes complete hardware so stock macOS, Windows or Linux guests run unmodified.", reference: "https://parallels.github.io/vagrant-parallels/docs/", alternatives: [{ technology: "vagrant-libvirt-kvm", note: "On a Linux host with KVM: the guest cooperates with the hypervisor through virtio instead of emulated hardware." }, { technology: "vagrant-utm-apple", note: "On a Mac: Apple's Virtualization framework runs the guest with virtio devices." }, { technology: "vagrant-docker" }] }, { id: "vagrant-hyperv-nested", name: "Hyper-V VM with nested virtualization", stratum: 3, nested: true, match: { format: "vagrant", kinds: ["hyperv"], when: [{ attribute: "enable_virtualization_extensions", equals: true }] }, rationale: "enable_virtualization_extensions exposes VT-x to the Hyper-V guest so it can run a hypervisor.", reference: "https://developer.hashicorp.com/vagrant/docs/providers/hyperv/configuration", alternatives: [{ technology: "vagrant-libvirt-kvm", note: "On a Linux host with KVM: the guest cooperates with the hypervisor through virtio instead of emulated hardware." }, { technology: "vagrant-docker" }] }, { id: "vagrant-hyperv", name: "Hyper-V desktop VM", stratum: 3, match: { format: "vagrant", kinds: ["hyperv"] }, rationale: "Vagrant's Hyper-V provider runs full VMs on a Windows desktop or server, generation 1 guests on emulated hardware.", reference: "https://developer.hashicorp.com/vagrant/docs/providers/hyperv", alternatives: [{ technology: "vagrant-libvirt-kvm", note: "On a Linux host with KVM: the guest cooperates with the hypervisor through virtio instead of emulated hardware." }, { technology: "vagrant-docker" }] }, { id: "vagrant-libvirt-nested", name: "libvirt VM with nested virtualization", stratum: 3, nested: true, match: { format: "vagrant", kinds: ["libvirt"], when: [{ attribute: "nested", equals: true }] }, rationale: "libvirt.nested passes the host's virtualization extensions to the guest so it can run its own hypervisor.", reference: "https://vagrant-libvirt.github.io/vagrant-libvirt/configuration.html#domain-specific-options", alternatives: [{ technology: "vagrant-libvirt-kvm", note: "Without nested virtualization." }, { technology: "vagrant-docker" }] }, { id: "vagrant-libvirt-qemu", name: "libvirt QEMU emulation (TCG)", stratum: 3, match: { format: "vagrant", kinds: ["libvirt"], when: [{ attribute: "driver", equals: "qemu" }] }, rationale: "With driver qemu, libvirt runs the guest under QEMU's software emulation (TCG), emulating the CPU and hardware.", reference: "https://vagrant-libvirt.github.io/vagrant-libvirt/configuration.html#provider-options", alternatives: [{ technology: "vagrant-libvirt-kvm", note: "driver = kvm on a host with KVM." }, { technology: "vagrant-docker" }] }, { id: "vagrant-libvirt-kvm", name: "libvirt KVM VM", stratum: 2, match: { format: "vagrant", kinds: ["libvirt"] }, rationale: "libvirt's default driver is KVM: hardware-assisted virtualization with virtio devices the guest cooperates with.", reference: "https://vagrant-libvirt.github.io/vagrant-libvirt/configuration.html#provider-options", alternatives: [{ technology: "vagrant-docker" }, { technology: "vagrant-lxc" }] }, { id: "vagrant-vsphere", name: "vSphere VM (vagrant-vsphere)", stratum: 3, match: { format: "vagrant", kinds: ["vsphere"] }, rationale: "vagrant-vsphere clones the machine as a vSphere VM on ESXi: a complete virtual PC for an unmodified guest.", reference: "https://github.com/nsidc/vagrant-vsphere", alternatives: [{ technology: "vagrant-proxmox", note: "On a Linux host with KVM: the guest cooperates with the hypervisor through virtio instead of emulated hardware." }, { technology: "vagrant-docker" }] }, { id: "vagrant-vmware-esxi", name: "ESXi VM (vagrant-vmware-esxi)", stratum: 3, match: { format: "vagrant", kinds: ["vmware_esxi"] }, rationale: "vagrant-vmware-esxi creates the machine directly on a standalone ESXi host: a complete virtual PC for an unmodified guest.", reference: "https://github.com/josenk/vagrant-vmware-esxi", alternatives: [{ technology: "vagrant-proxmox", note: "On a Linux host with KVM: the guest cooperates with the hypervisor through virtio instead of emulated hardware." }, { technology: "vagrant-docker" }] }, { id: "vagrant-vcloud", name: "vCloud Director VM (vagrant-vcloud)", stratum: 3, match: { format: "vagrant", kinds: ["vcloud"] }, rationale: "vagrant-vcloud builds the machine as a vApp in VMware vCloud Director, which runs it on ESXi as a complete virtual PC.", reference: "https://github.com/frapposelli/vagrant-vcloud", alternatives: [{ technology: "vagrant-cloud-vm" }, { technology: "vagrant-docker" }] }, { id: "vagrant-utm-qemu-shares", name: "UTM VM on QEMU (vagrant_utm)", stratum: 3, match: { format: "vagrant", kinds: ["utm"], when: [{ attribute: "directory_share_mode", oneOf: ["webDAV", "virtFS"] }] }, rationale: "webDAV and virtFS directory sharing exist only on UTM's QEMU backend, which emulates the machine's hardware.", reference: "https://naveenrajm7.github.io/vagrant_utm/configuration.html", alternatives: [{ technology: "vagrant-utm-apple" }, { technology: "vagrant-docker" }] }, { id: "vagrant-utm-apple", name: "UTM VM on Apple Virtualization (vagrant_utm)", stratum: 2, match: { format: "vagrant", kinds: ["utm"], when: [{ attribute: "backend", equals: "apple" }] }, rationale: "UTM's Apple Virtualization backend runs the guest on macOS's Virtualization.framework, hardware-assisted with virtio devices.", reference: "https://github.com/utmapp/UTM/blob/main/Documentation/Architecture.md", alternatives: [{ technology: "vagrant-docker" }] }, { id: "vagrant-utm", name: "UTM VM on QEMU (vagrant_utm)", stratum: 3, match: { format: "vagrant", kinds: ["utm"] }, rationale: "UTM runs the machine from the box's UTM bundle, on QEMU (emulated hardware) unless the bundle chose Apple Virtualization.", reference: "https://github.com/naveenrajm7/vagrant_utm", alternatives: [{ technology: "vagrant-utm-apple" }, { technology: "vagrant-docker" }] }, { id: "vagrant-qemu-accelerated", name: "QEMU VM with hardware acceleration (vagrant-qemu)", stratum: 2, match: { format: "vagrant", kinds: ["qemu"], when: [{ attribute: "machine", glob: ["*accel=hvf*", "*accel=kvm*"] }] }, rationale: "With accel=hvf or accel=kvm, QEMU runs the guest hardware-assisted on macOS's Hypervisor.framework or Linux KVM.", reference: "https://github.com/ppggff/vagrant-qemu", alternatives: [{ technology: "vagrant-docker" }] }, { id: "vagrant-qemu-kvm-arguments", name: "QEMU VM with hardware acceleration (vagrant-qemu)", stratum: 2, match: { format: "vagrant", kinds: ["qemu"], when: [{ attribute: "extra_qemu_args", glob: ["-enable-kvm", "kvm*", "hvf*", "*accel=kvm*", "*accel=hvf*"] }] }, rationale: "-enable-kvm or -accel kvm/hvf in the extra arguments runs the guest hardware-assisted.", reference: "https://github.com/ppggff/vagrant-qemu", alternatives: [{ technology: "vagrant-docker" }] }, { id: "vagrant-qemu-tcg", name: "QEMU emulation (TCG, vagrant-qemu)", stratum: 3, match: { format: "vagrant", kinds: ["qemu"], when: [{ attribute: "machine", present: true }] }, rationale: "A machine type without an accel option leaves QEMU on its default accelerator, TCG: the CPU and hardware are emulated in software.", reference: "https://www.qemu.org/docs/master/system/introduction.html#virtualisation-accelerators", alternatives: [{ technology: "vagrant-qemu", note: "With hardware acceleration (HVF on a Mac, KVM on Linux)." }, { technology: "vagrant-docker" }] }, { id: "vagrant-qemu", name: "QEMU VM with hardware acceleration (vagrant-qemu)", stratum: 2, match: { format: "vagrant", kinds: ["qemu"] }, rationale: "vagrant-qemu's default machine is virt,accel=hvf: hardware-assisted on macOS's Hypervisor.framework.", reference: "https://github.com/ppggff/vagrant-qemu", alternatives: [{ technology: "vagrant-docker" }] }, { id: "vagrant-proxmox", name: "Proxmox VE VM (vagrant-proxmox)", stratum: 2, match: { format: "vagrant", kinds: ["proxmox"] }, rationale: "Proxmox VE runs the machine as a QEMU/KVM guest with virtio devices.", reference: "https://github.com/telcat/vagrant-proxmox", alternatives: [{ technology: "vagrant-docker" }, { technology: "vagrant-lxc" }] }, { id: "vagrant-docker", name: "Docker container", stratum: 1, match: { format: "vagrant", kinds: ["docker"] }, rationale: "The Docker provider runs the machine as a container on the host kernel.", reference: "https://developer.hashicorp.com/vagrant/docs/providers/docker" }, { id: "vagrant-podman", name: "Podman container", stratum: 1, match: { format: "vagrant", kinds: ["podman"] }, rationale: "The Podman provider runs the machine as a container on the host kernel.", reference: "https://github.com/hashicorp/vagrant/tree/main/plugins/providers/podman" }, { id: "vagrant-lxc", name: "LXC system container", stratum: 1, match: { format: "vagrant", kinds: ["lxc"] }, rationale: "vagrant-lxc runs the machine as an LXC system container sharing the host kernel.", reference: "https://github.com/fgrehm/vagrant-lxc" }, { id: "vagrant-lxd", name: "LXD container", stratum: 1, match: { format: "vagrant", kinds: ["lxd"] }, rationale: "vagrant-lxd runs the machine as an LXD container sharing the host kernel.", reference: "https://gitlab.com/catalyst-it/devtools/vagrant-lxd" }, { id: "vagrant-cloud-vm", name: "cloud VM (Vagrant cloud provider)", stratum: 2, match: { format: "vagrant", kinds: ["aws", "google", "azure", "digital_ocean", "openstack", "hetzner", "linode", "vultr", "scaleway", "rackspace", "cloudstack", "softlayer", "exoscale", "brightbox", "oracle"] }, rationale: "Cloud providers boot the machine as a paravirtualized or hardware-assisted VM (Nitro, KVM, Hyper-V) with cooperating drivers.", reference: "https://developer.hashicorp.com/vagrant/docs/providers", alternatives: [{ technology: "vagrant-docker" }] }, { id: "vagrant-zone-bhyve", name: "illumos zone with the bhyve brand", stratum: 2, match: { format: "vagrant", kinds: ["zone"], when: [{ attribute: "brand", equals: "bhyve" }] }, rationale: "A bhyve-branded zone runs a bhyve VM inside the zone: a guest OS on a hypervisor.", reference: "https://github.com/Makr91/vagrant-zones", alternatives: [{ technology: "vagrant-zone" }] }, { id: "vagrant-zone", name: "illumos / Solaris zone", stratum: 1, match: { format: "vagrant", kinds: ["zone"] }, rationale: "A zone (lx, native, ipkg, sparse, pkgsrc brands) is OS-level virtualization: processes on the global zone's kernel.", reference: "https://github.com/Makr91/vagrant-zones" }, { id: "vagrant-smartos-zone-bhyve", name: "SmartOS zone with the bhyve brand", stratum: 2, match: { format: "vagrant", kinds: ["smartos-zone"], when: [{ attribute: "brand", oneOf: ["bhyve", "kvm"] }] }, rationale: "A bhyve or kvm brand zone on SmartOS runs a hardware-assisted VM inside the zone.", reference: "https://github.com/vagrant-zones/vagrant-smartos-zones", alternatives: [{ technology: "vagrant-smartos-zone" }] }, { id: "vagrant-smartos-zone", name: "SmartOS zone", stratum: 1, match: { format: "vagrant", kinds: ["smartos-zone"] }, rationale: "A SmartOS zone (joyent, lx brands) runs as processes on the global zone's illumos kernel.", reference: "https://github.com/vagrant-zones/vagrant-smartos-zones" }, { id: "vagrant-bhyve", name: "bhyve VM (FreeBSD)", stratum: 2, match: { format: "vagrant", kinds: ["bhyve"] }, rationale: "bhyve is FreeBSD's hardware-assisted hypervisor; guests use virtio devices.", reference: "https://github.com/jesa7955/vagrant-bhyve" }, { id: "vagrant-xenserver", name: "XenServer / XCP-ng VM", stratum: 2, match: { format: "vagrant", kinds: ["xenserver"] }, rationale: "XenServer guests run on the Xen hypervisor with paravirtual (PV/PVHVM) drivers.", reference: "https://github.com/xapi-project/vagrant-xenserver", alternatives: [{ technology: "vagrant-docker" }] }, { id: "vcd-vm", name: "VMware Cloud Director VM", stratum: 3, match: { format: "terraform", kinds: ["vcd_vapp_vm", "vcd_vm"] }, rationale: "Cloud Director VMs run on vSphere/ESXi: a complete virtual PC for an unmodified guest.", reference: "https://registry.terraform.io/providers/vmware/vcd/latest/docs/resources/vapp_vm", alternatives: [{ technology: "proxmox-vm", note: "On a Linux host with KVM: the guest cooperates with the hypervisor through virtio instead of emulated hardware." }, { technology: "libvirt-kvm", note: "On a Linux host with KVM: the guest cooperates with the hypervisor through virtio instead of emulated hardware." }, { technology: "aws-ec2-instance", note: "A cloud VM, where the workload may leave the data centre." }, { technology: "gcp-compute-instance", note: "A cloud VM, where the workload may leave the data centre." }, { technology: "azure-vm", note: "A cloud VM, where the workload may leave the data centre." }, { technology: "kubernetes-workload", note: "Pods on a Kubernetes cluster." }, { technology: "docker-container" }] }, { id: "virtualbox-vm", name: "VirtualBox VM", stratum: 3, match: { format: "terraform", kinds: ["virtualbox_vm"] }, rationale: "VirtualBox emulates a complete PC (BIOS, chipset, e1000/AHCI devices) so an unmodified guest OS boots; Guest Additions are optional.", reference: "https://registry.terraform.io/providers/terra-farm/virtualbox/latest/docs/resources/vm", alternatives: [{ technology: "proxmox-vm", note: "On a Linux host with KVM: the guest cooperates with the hypervisor through virtio instead of emulated hardware." }, { technology: "libvirt-kvm", note: "On a Linux host with KVM: the guest cooperates with the hypervisor through virtio instead of emulated hardware." }, { technology: "docker-container" }] }, { id: "vsphere-vm-nested", name: "vSphere VM with nested hardware virtualization", stratum: 3, nested: true, match: { format: "terraform", kinds: ["vsphere_virtual_machine"], when: [{ attribute: "nested_hv_enabled", equals: true }] }, rationale: "nested_hv_enabled exposes VT-x/AMD-V to the guest so it can run ESXi, KVM or Hyper-V of its own: a hypervisor on emulated hardware.", reference: "https://registry.terraform.io/providers/hashicorp/vsphere/latest/docs/resources/virtual_machine", alternatives: [{ technology: "proxmox-vm", note: "On a Linux host with KVM: the guest cooperates with the hypervisor through virtio instead of emulated hardware." }, { technology: "libvirt-kvm", note: "On a Linux host with KVM: the guest cooperates with the hypervisor through virtio instead of emulated hardware." }, { technology: "aws-ec2-instance", note: "A cloud VM, where the workload may leave the data centre." }, { technology: "gcp-compute-instance", note: "A cloud VM, where the workload may leave the data centre." }, { technology: "azure-vm", note: "A cloud VM, where the workload may leave the data centre." }, { technology: "kubernetes-workload", note: "Pods on a Kubernetes cluster (vSphere Kubernetes Service or another)." }, { technology: "docker-container" }] }, { id: "vsphere-vm", name: "VMware vSphere VM", stratum: 3, match: { format: "terraform", kinds: ["vsphere_virtual_machine"] }, rationale: "ESXi presents a complete virtual PC (BIOS/EFI, e1000/LSI/SVGA devices) on which an unmodified OS installs and runs: full hardware virtualization, VMware Tools optional.", reference: "https://registry.terraform.io/providers/hashicorp/vsphere/latest/docs/resources/virtual_machine", alternatives: [{ technology: "proxmox-vm", note: "On a Linux host with KVM: the guest cooperates with the hypervisor through virtio instead of emulated hardware." }, { technology: "libvirt-kvm", note: "On a Linux host with KVM: the guest cooperates with the hypervisor through virtio instead of emulated hardware." }, { technology: "aws-ec2-instance", note: "A cloud VM, where the workload may leave the data centre." }, { technology: "gcp-compute-instance", note: "A cloud VM, where the workload may leave the data centre." }, { technology: "azure-vm", note: "A cloud VM, where the workload may leave the data centre." }, { technology: "kubernetes-workload", note: "Pods on a Kubernetes cluster (vSphere Kubernetes Service or another)." }, { technology: "docker-container" }] }, { id: "vmware-workstation-vm", name: "VMware Workstation / Fusion VM (vmrest)", stratum: 3, match: { format: "terraform", kinds: ["vmworkstation_vm"] }, rationale: "Workstation and Fusion present a complete virtual PC to an unmodified guest, on a desktop host.", reference: "https://registry.terraform.io/providers/elsudano/vmworkstation/latest/docs/resources/vm", alternatives: [{ technology: "libvirt-kvm", note: "On a Linux host with KVM: the guest cooperates with the hypervisor through virtio instead of emulated hardware." }, { technology: "docker-container" }] }, { id: "vultr-instance", name: "Vultr cloud compute instance", stratum: 2, match: { format: "terraform", kinds: ["vultr_instance"] }, rationale: "Vultr cloud compute instances are KVM guests with virtio devices that boot their own kernel.", reference: "https://registry.terraform.io/providers/vultr/vultr/latest/docs/resources/instance", alternatives: [{ name: "Vultr Kubernetes Engine (pods)", stratum: 1, reference: "https://docs.vultr.com/reference/terraform/resources/kubernetes" }] }, { id: "vultr-bare-metal", name: "Vultr bare-metal server", stratum: 3, match: { format: "terraform", kinds: ["vultr_bare_metal_server"] }, rationale: "A Vultr bare-metal server is a dedicated physical machine with no hypervisor: the OS drives the hardware directly.", reference: "https://registry.terraform.io/providers/vultr/vultr/latest/docs/resources/bare_metal_server", alternatives: [{ technology: "vultr-instance" }, { name: "Vultr Kubernetes Engine (pods)", stratum: 1, reference: "https://docs.vultr.com/reference/terraform/resources/kubernetes" }] }, { id: "xen-orchestra-vm-nested", name: "Xen Orchestra (XCP-ng) VM with nested virtualization", stratum: 3, nested: true, match: { format: "terraform", kinds: ["xenorchestra_vm"], when: [{ attribute: "exp_nested_hvm", equals: true }] }, rationale: "exp_nested_hvm exposes VT-x/AMD-V to the Xen guest so it can run a hypervisor of its own (experimental in Xen).", reference: "https://registry.terraform.io/providers/vatesfr/xenorchestra/latest/docs/resources/vm", alternatives: [{ technology: "xen-orchestra-vm", note: "Without nested virtualization." }] }, { id: "xen-orchestra-vm", name: "Xen Orchestra (XCP-ng) VM", stratum: 2, match: { format: "terraform", kinds: ["xenorchestra_vm"] }, rationale: "XCP-ng guests run on the Xen hypervisor with paravirtual drivers and guest tools (PV or PVHVM): a full OS that cooperates with the hypervisor.", reference: "https://registry.terraform.io/providers/vatesfr/xenorchestra/latest/docs/resources/vm" }], breaches: [{ id: "compose-privileged", match: { format: "compose", kinds: ["service"], when: [{ attribute: "privileged", equals: true }] }, reason: "privileged mode gives the container every capability and all host devices" }, { id: "compose-host-pid", match: { format: "compose", kinds: ["service"], when: [{ attribute: "pid", equals: "host" }] }, reason: "it shares the host's PID namespace and can see and signal every host process" }, { id: "compose-host-network", match: { format: "compose", kinds: ["service"], when: [{ attribute: "network_mode", equals: "host" }] }, reason: "it shares the host's network namespace" }, { id: "compose-sys-admin", match: { format: "compose", kinds: ["service"], when: [{ attribute: "cap_add", oneOf: ["SYS_ADMIN", "CAP_SYS_ADMIN", "ALL"] }] }, reason: "CAP_SYS_ADMIN (or ALL) lets the container mount, load and reconfigure much of the host" }, { id: "compose-kvm-device", match: { format: "compose", kinds: ["service"], when: [{ attribute: "devices", glob: ["/dev/kvm", "/dev/kvm:*"] }] }, reason: "/dev/kvm gives the container the host's hardware virtualization" }, { id: "compose-dev-mount", match: { format: "compose", kinds: ["service"], when: [{ attribute: "volumes", glob: ["/dev:*", "/dev/:*", "/dev/kvm:*"] }] }, reason: "a bind mount of the host's /dev (or /dev/kvm) gives the container the host's devices, hardware virtualization included" }, { id: "compose-dev-mount-long", match: { format: "compose", kinds: ["service"], when: [{ attribute: "volumes.source", oneOf: ["/dev", "/dev/", "/dev/kvm"] }] }, reason: "a bind mount of the host's /dev (or /dev/kvm) gives the container the host's devices, hardware virtualization included" }, { id: "compose-docker-socket", match: { format: "compose", kinds: ["service"], when: [{ attribute: "volumes", glob: ["*/docker.sock", "*/docker.sock:*"] }] }, reason: "the Docker socket lets the container start privileged containers on the host" }, { id: "compose-docker-socket-long", match: { format: "compose", kinds: ["service"], when: [{ attribute: "volumes.source", glob: ["*/docker.sock"] }] }, reason: "the Docker socket lets the container start privileged containers on the host" }, { id: "compose-unconfined", match: { format: "compose", kinds: ["service"], when: [{ attribute: "security_opt", glob: ["seccomp=unconfined", "seccomp:unconfined", "apparmor=unconfined", "apparmor:unconfined", "label=disable", "label:disable"] }] }, reason: "it runs without its seccomp, AppArmor or SELinux confinement" }, { id: "docker-privileged", match: { format: "terraform", kinds: ["docker_container"], when: [{ attribute: "privileged", equals: true }] }, reason: "privileged mode gives the container every capability and all host devices" }, { id: "docker-host-pid", match: { format: "terraform", kinds: ["docker_container"], when: [{ attribute: "pid_mode", equals: "host" }] }, reason: "it shares the host's PID namespace and can see and signal every host process" }, { id: "docker-host-network", match: { format: "terraform", kinds: ["docker_container"], when: [{ attribute: "network_mode", equals: "host" }] }, reason: "it shares the host's network namespace, interfaces and listening ports" }, { id: "docker-host-ipc", match: { format: "terraform", kinds: ["docker_container"], when: [{ attribute: "ipc_mode", equals: "host" }] }, reason: "it shares the host's IPC namespace and shared memory" }, { id: "docker-sys-admin", match: { format: "terraform", kinds: ["docker_container"], when: [{ attribute: "capabilities.add", glob: ["SYS_ADMIN", "CAP_SYS_ADMIN", "ALL"] }] }, reason: "CAP_SYS_ADMIN (or ALL) lets the container mount filesystems and reconfigure much of the host kernel" }, { id: "docker-kvm-device", match: { format: "terraform", kinds: ["docker_container"], when: [{ attribute: "devices.host_path", glob: ["/dev/kvm"] }] }, reason: "/dev/kvm hands the container the host's hardware virtualization" }, { id: "docker-socket", match: { format: "terraform", kinds: ["docker_container"], when: [{ attribute: "volumes.host_path", glob: ["*/docker.sock", "*/podman.sock", "*/containerd.sock", "*/crio.sock"] }] }, reason: "the container engine's socket lets the container start privileged containers on the host" }, { id: "docker-socket-mount", match: { format: "terraform", kinds: ["docker_container"], when: [{ attribute: "mounts.source", glob: ["*/docker.sock", "*/podman.sock", "*/containerd.sock", "*/crio.sock"] }] }, reason: "the container engine's socket lets the container start privileged containers on the host" }, { id: "docker-unconfined", match: { format: "terraform", kinds: ["docker_container"], when: [{ attribute: "security_opts", glob: ["seccomp=unconfined", "seccomp:unconfined", "apparmor=unconfined", "apparmor:unconfined", "label=disable", "label:disable"] }] }, reason: "it runs without its seccomp, AppArmor or SELinux confinement" }, { id: "docker-swarm-socket-mount", match: { format: "terraform", kinds: ["docker_service"], when: [{ attribute: "task_spec.container_spec.mounts.source", glob: ["*/docker.sock", "*/podman.sock", "*/containerd.sock", "*/crio.sock"] }] }, reason: "the container engine's socket lets every task start privileged containers on its node" }, { id: "k8s-privileged", match: { format: "kubernetes", kinds: ["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob", "Service"], when: [{ attribute: "pod.containers.securityContext.privileged", equals: true }] }, reason: "a privileged container gets every capability and all the node's devices" }, { id: "k8s-host-pid", match: { format: "kubernetes", kinds: ["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob", "Service"], when: [{ attribute: "pod.hostPID", equals: true }] }, reason: "hostPID shares the node's PID namespace: the pod can see and signal every process on the node" }, { id: "k8s-host-ipc", match: { format: "kubernetes", kinds: ["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob", "Service"], when: [{ attribute: "pod.hostIPC", equals: true }] }, reason: "hostIPC shares the node's IPC namespace (shared memory, semaphores) with the pod" }, { id: "k8s-host-network", match: { format: "kubernetes", kinds: ["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob", "Service"], when: [{ attribute: "pod.hostNetwork", equals: true }] }, reason: "hostNetwork shares the node's network namespace with the pod" }, { id: "k8s-sys-admin", match: { format: "kubernetes", kinds: ["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob", "Service"], when: [{ attribute: "pod.containers.securityContext.capabilities.add", oneOf: ["SYS_ADMIN", "CAP_SYS_ADMIN", "ALL"] }] }, reason: "CAP_SYS_ADMIN (or ALL) lets the container mount, load and reconfigure much of the node, and always allows privilege escalation" }, { id: "k8s-host-process", match: { format: "kubernetes", kinds: ["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob", "Service"], when: [{ attribute: "pod.securityContext.windowsOptions.hostProcess", equals: true }] }, reason: "a Windows HostProcess pod runs its containers directly on the node, outside any container isolation" }, { id: "k8s-host-process-container", match: { format: "kubernetes", kinds: ["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob", "Service"], when: [{ attribute: "pod.containers.securityContext.windowsOptions.hostProcess", equals: true }] }, reason: "a Windows HostProcess container runs directly on the node, outside any container isolation" }, { id: "k8s-host-path", match: { format: "kubernetes", kinds: ["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob", "Service"], when: [{ attribute: "pod.volumes.hostPath.path", oneOf: ["/", "/var/run/docker.sock", "/run/docker.sock", "/run/containerd/containerd.sock", "/var/run/containerd/containerd.sock", "/run/crio/crio.sock", "/var/run/crio/crio.sock", "/dev/kvm", "/dev", "/var/run", "/run"] }] }, reason: "a hostPath volume of the node's root, container runtime socket, /dev or /dev/kvm hands the pod the node itself" }, { id: "k8s-kvm-device-limit", match: { format: "kubernetes", kinds: ["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob", "Service"], when: [{ attribute: "pod.containers.resources.limits.devices.kubevirt.io/kvm", present: true }] }, reason: "the devices.kubevirt.io/kvm resource gives the container the node's /dev/kvm: hardware virtualization" }, { id: "k8s-kvm-device-request", match: { format: "kubernetes", kinds: ["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob", "Service"], when: [{ attribute: "pod.containers.resources.requests.devices.kubevirt.io/kvm", present: true }] }, reason: "the devices.kubevirt.io/kvm resource gives the container the node's /dev/kvm: hardware virtualization" }, { id: "kubernetes-pod-host-pid", match: { format: "terraform", kinds: ["kubernetes_pod", "kubernetes_pod_v1"], when: [{ attribute: "spec.host_pid", equals: true }] }, reason: "the pod shares the node's PID namespace and can see and signal every process on it" }, { id: "kubernetes-pod-host-network", match: { format: "terraform", kinds: ["kubernetes_pod", "kubernetes_pod_v1"], when: [{ attribute: "spec.host_network", equals: true }] }, reason: "the pod shares the node's network namespace, interfaces and listening ports" }, { id: "kubernetes-pod-host-ipc", match: { format: "terraform", kinds: ["kubernetes_pod", "kubernetes_pod_v1"], when: [{ attribute: "spec.host_ipc", equals: true }] }, reason: "the pod shares the node's IPC namespace and shared memory" }, { id: "kubernetes-pod-privileged", match: { format: "terraform", kinds: ["kubernetes_pod", "kubernetes_pod_v1"], when: [{ attribute: "spec.container.security_context.privileged", equals: true }] }, reason: "a privileged container has every capability and all of the node's devices" }, { id: "kubernetes-pod-privileged-init", match: { format: "terraform", kinds: ["kubernetes_pod", "kubernetes_pod_v1"], when: [{ attribute: "spec.init_container.security_context.privileged", equals: true }] }, reason: "a privileged init container has every capability and all of the node's devices" }, { id: "kubernetes-pod-sys-admin", match: { format: "terraform", kinds: ["kubernetes_pod", "kubernetes_pod_v1"], when: [{ attribute: "spec.container.security_context.capabilities.add", glob: ["SYS_ADMIN", "CAP_SYS_ADMIN", "ALL"] }] }, reason: "CAP_SYS_ADMIN (or ALL) lets the container mount filesystems and reconfigure much of the node's kernel" }, { id: "kubernetes-pod-sys-admin-init", match: { format: "terraform", kinds: ["kubernetes_pod", "kubernetes_pod_v1"], when: [{ attribute: "spec.init_container.security_context.capabilities.add", glob: ["SYS_ADMIN", "CAP_SYS_ADMIN", "ALL"] }] }, reason: "CAP_SYS_ADMIN (or ALL) lets the init container mount filesystems and reconfigure much of the node's kernel" }, { id: "kubernetes-pod-runtime-socket", match: { format: "terraform", kinds: ["kubernetes_pod", "kubernetes_pod_v1"], when: [{ attribute: "spec.volume.host_path.path", glob: ["*/docker.sock", "*/podman.sock", "*/containerd.sock", "*/crio.sock"] }] }, reason: "a hostPath volume with the node's container-runtime socket lets the pod start privileged containers on the node" }, { id: "kubernetes-pod-kvm-device", match: { format: "terraform", kinds: ["kubernetes_pod", "kubernetes_pod_v1"], when: [{ attribute: "spec.volume.host_path.path", glob: ["/dev/kvm"] }] }, reason: "a hostPath /dev/kvm hands the pod the node's hardware virtualization" }, { id: "kubernetes-template-host-pid", match: { format: "terraform", kinds: ["kubernetes_deployment", "kubernetes_deployment_v1", "kubernetes_stateful_set", "kubernetes_stateful_set_v1", "kubernetes_daemonset", "kubernetes_daemon_set_v1", "kubernetes_job", "kubernetes_job_v1", "kubernetes_replication_controller", "kubernetes_replication_controller_v1"], when: [{ attribute: "spec.template.spec.host_pid", equals: true }] }, reason: "the pod shares the node's PID namespace and can see and signal every process on it" }, { id: "kubernetes-template-host-network", match: { format: "terraform", kinds: ["kubernetes_deployment", "kubernetes_deployment_v1", "kubernetes_stateful_set", "kubernetes_stateful_set_v1", "kubernetes_daemonset", "kubernetes_daemon_set_v1", "kubernetes_job", "kubernetes_job_v1", "kubernetes_replication_controller", "kubernetes_replication_controller_v1"], when: [{ attribute: "spec.template.spec.host_network", equals: true }] }, reason: "the pod shares the node's network namespace, interfaces and listening ports" }, { id: "kubernetes-template-host-ipc", match: { format: "terraform", kinds: ["kubernetes_deployment", "kubernetes_deployment_v1", "kubernetes_stateful_set", "kubernetes_stateful_set_v1", "kubernetes_daemonset", "kubernetes_daemon_set_v1", "kubernetes_job", "kubernetes_job_v1", "kubernetes_replication_controller", "kubernetes_replication_controller_v1"], when: [{ attribute: "spec.template.spec.host_ipc", equals: true }] }, reason: "the pod shares the node's IPC namespace and shared memory" }, { id: "kubernetes-template-privileged", match: { format: "terraform", kinds: ["kubernetes_deployment", "kubernetes_deployment_v1", "kubernetes_stateful_set", "kubernetes_stateful_set_v1", "kubernetes_daemonset", "kubernetes_daemon_set_v1", "kubernetes_job", "kubernetes_job_v1", "kubernetes_replication_controller", "kubernetes_replication_controller_v1"], when: [{ attribute: "spec.template.spec.container.security_context.privileged", equals: true }] }, reason: "a privileged container has every capability and all of the node's devices" }, { id: "kubernetes-template-privileged-init", match: { format: "terraform", kinds: ["kubernetes_deployment", "kubernetes_deployment_v1", "kubernetes_stateful_set", "kubernetes_stateful_set_v1", "kubernetes_daemonset", "kubernetes_daemon_set_v1", "kubernetes_job", "kubernetes_job_v1", "kubernetes_replication_controller", "kubernetes_replication_controller_v1"], when: [{ attribute: "spec.template.spec.init_container.security_context.privileged", equals: true }] }, reason: "a privileged init container has every capability and all of the node's devices" }, { id: "kubernetes-template-sys-admin", match: { format: "terraform", kinds: ["kubernetes_deployment", "kubernetes_deployment_v1", "kubernetes_stateful_set", "kubernetes_stateful_set_v1", "kubernetes_daemonset", "kubernetes_daemon_set_v1", "kubernetes_job", "kubernetes_job_v1", "kubernetes_replication_controller", "kubernetes_replication_controller_v1"], when: [{ attribute: "spec.template.spec.container.security_context.capabilities.add", glob: ["SYS_ADMIN", "CAP_SYS_ADMIN", "ALL"] }] }, reason: "CAP_SYS_ADMIN (or ALL) lets the container mount filesystems and reconfigure much of the node's kernel" }, { id: "kubernetes-template-sys-admin-init", match: { format: "terraform", kinds: ["kubernetes_deployment", "kubernetes_deployment_v1", "kubernetes_stateful_set", "kubernetes_stateful_set_v1", "kubernetes_daemonset", "kubernetes_daemon_set_v1", "kubernetes_job", "kubernetes_job_v1", "kubernetes_replication_controller", "kubernetes_replication_controller_v1"], when: [{ attribute: "spec.template.spec.init_container.security_context.capabilities.add", glob: ["SYS_ADMIN", "CAP_SYS_ADMIN", "ALL"] }] }, reason: "CAP_SYS_ADMIN (or ALL) lets the init container mount filesystems and reconfigure much of the node's kernel" }, { id: "kubernetes-template-runtime-socket", match: { format: "terraform", kinds: ["kubernetes_deployment", "kubernetes_deployment_v1", "kubernetes_stateful_set", "kubernetes_stateful_set_v1", "kubernetes_daemonset", "kubernetes_daemon_set_v1", "kubernetes_job", "kubernetes_job_v1", "kubernetes_replication_controller", "kubernetes_replication_controller_v1"], when: [{ attribute: "spec.template.spec.volume.host_path.path", glob: ["*/docker.sock", "*/podman.sock", "*/containerd.sock", "*/crio.sock"] }] }, reason: "a hostPath volume with the node's container-runtime socket lets the pod start privileged containers on the node" }, { id: "kubernetes-template-kvm-device", match: { format: "terraform", kinds: ["kubernetes_deployment", "kubernetes_deployment_v1", "kubernetes_stateful_set", "kubernetes_stateful_set_v1", "kubernetes_daemonset", "kubernetes_daemon_set_v1", "kubernetes_job", "kubernetes_job_v1", "kubernetes_replication_controller", "kubernetes_replication_controller_v1"], when: [{ attribute: "spec.template.spec.volume.host_path.path", glob: ["/dev/kvm"] }] }, reason: "a hostPath /dev/kvm hands the pod the node's hardware virtualization" }, { id: "kubernetes-cron-host-pid", match: { format: "terraform", kinds: ["kubernetes_cron_job", "kubernetes_cron_job_v1"], when: [{ attribute: "spec.job_template.spec.template.spec.host_pid", equals: true }] }, reason: "the pod shares the node's PID namespace and can see and signal every process on it" }, { id: "kubernetes-cron-host-network", match: { format: "terraform", kinds: ["kubernetes_cron_job", "kubernetes_cron_job_v1"], when: [{ attribute: "spec.job_template.spec.template.spec.host_network", equals: true }] }, reason: "the pod shares the node's network namespace, interfaces and listening ports" }, { id: "kubernetes-cron-host-ipc", match: { format: "terraform", kinds: ["kubernetes_cron_job", "kubernetes_cron_job_v1"], when: [{ attribute: "spec.job_template.spec.template.spec.host_ipc", equals: true }] }, reason: "the pod shares the node's IPC namespace and shared memory" }, { id: "kubernetes-cron-privileged", match: { format: "terraform", kinds: ["kubernetes_cron_job", "kubernetes_cron_job_v1"], when: [{ attribute: "spec.job_template.spec.template.spec.container.security_context.privileged", equals: true }] }, reason: "a privileged container has every capability and all of the node's devices" }, { id: "kubernetes-cron-privileged-init", match: { format: "terraform", kinds: ["kubernetes_cron_job", "kubernetes_cron_job_v1"], when: [{ attribute: "spec.job_template.spec.template.spec.init_container.security_context.privileged", equals: true }] }, reason: "a privileged init container has every capability and all of the node's devices" }, { id: "kubernetes-cron-sys-admin", match: { format: "terraform", kinds: ["kubernetes_cron_job", "kubernetes_cron_job_v1"], when: [{ attribute: "spec.job_template.spec.template.spec.container.security_context.capabilities.add", glob: ["SYS_ADMIN", "CAP_SYS_ADMIN", "ALL"] }] }, reason: "CAP_SYS_ADMIN (or ALL) lets the container mount filesystems and reconfigure much of the node's kernel" }, { id: "kubernetes-cron-sys-admin-init", match: { format: "terraform", kinds: ["kubernetes_cron_job", "kubernetes_cron_job_v1"], when: [{ attribute: "spec.job_template.spec.template.spec.init_container.security_context.capabilities.add", glob: ["SYS_ADMIN", "CAP_SYS_ADMIN", "ALL"] }] }, reason: "CAP_SYS_ADMIN (or ALL) lets the init container mount filesystems and reconfigure much of the node's kernel" }, { id: "kubernetes-cron-runtime-socket", match: { format: "terraform", kinds: ["kubernetes_cron_job", "kubernetes_cron_job_v1"], when: [{ attribute: "spec.job_template.spec.template.spec.volume.host_path.path", glob: ["*/docker.sock", "*/podman.sock", "*/containerd.sock", "*/crio.sock"] }] }, reason: "a hostPath volume with the node's container-runtime socket lets the pod start privileged containers on the node" }, { id: "kubernetes-cron-kvm-device", match: { format: "terraform", kinds: ["kubernetes_cron_job", "kubernetes_cron_job_v1"], when: [{ attribute: "spec.job_template.spec.template.spec.volume.host_path.path", glob: ["/dev/kvm"] }] }, reason: "a hostPath /dev/kvm hands the pod the node's hardware virtualization" }, { id: "lxd-privileged", match: { format: "terraform", kinds: ["lxd_instance", "incus_instance", "lxd_container"], when: [{ attribute: "config.security.privileged", equals: true }] }, reason: "security.privileged runs the container without a user namespace, so its root is the host's root" }, { id: "lxd-kvm-device", match: { format: "terraform", kinds: ["lxd_instance", "incus_instance", "lxd_container"], when: [{ attribute: "device.properties.source", glob: ["/dev/kvm"] }] }, reason: "a /dev/kvm unix-char device hands the container the host's hardware virtualization" }, { id: "nomad-raw-exec-unisolated", match: { format: "nomad", kinds: ["raw_exec"], when: [{ attribute: "driver", equals: "raw_exec" }] }, reason: "raw_exec runs the task unisolated on the host, with the Nomad client's privileges" }, { id: "nomad-docker-privileged", match: { format: "nomad", kinds: ["docker", "podman"], when: [{ attribute: "config.privileged", equals: true }] }, reason: "privileged mode gives the container every capability and all host devices" }, { id: "packer-docker-privileged", match: { format: "packer", kinds: ["docker"], when: [{ attribute: "privileged", equals: true }] }, reason: "privileged = true runs the build container with every capability and the host's devices, so a step that escapes owns the build host" }, { id: "proxmox-lxc-privileged", match: { format: "terraform", kinds: ["proxmox_lxc", "proxmox_virtual_environment_container"], when: [{ attribute: "unprivileged", equals: false }] }, reason: "a privileged LXC container maps its root to the node's root, so an escape from it owns the Proxmox host" }, { id: "proxmox-lxc-privileged-by-default", match: { format: "terraform", kinds: ["proxmox_lxc", "proxmox_virtual_environment_container"], when: [{ attribute: "unprivileged", present: false }] }, reason: "without unprivileged = true the provider creates a privileged LXC container, whose root is the node's root" }, { id: "proxmox-lxc-guest-privileged", match: { format: "terraform", kinds: ["proxmox_lxc_guest"], when: [{ attribute: "privileged", equals: true }] }, reason: "a privileged LXC container maps its root to the node's root, so an escape from it owns the Proxmox host" }, { id: "vagrant-docker-privileged-flag", match: { format: "vagrant", kinds: ["docker", "podman"], when: [{ attribute: "create_args", glob: ["--privileged*"] }] }, reason: "--privileged gives the container every capability and all host devices" }, { id: "vagrant-docker-privileged", match: { format: "vagrant", kinds: ["docker", "podman"], when: [{ attribute: "privileged", equals: true }] }, reason: "privileged mode gives the container every capability and all host devices" }, { id: "vagrant-lxc-unconfined", match: { format: "vagrant", kinds: ["lxc"], when: [{ attribute: "customize", glob: ["*unconfined*"] }] }, reason: "an unconfined AppArmor profile removes the container's confinement" }] }, intents: { intents: { "web-service": { stratum: 1, meaning: "An HTTP service or website; any recent Linux kernel will do, so a container serves it." }, "stateless-api": { stratum: 1, meaning: "A stateless API process; it scales by replicas, not by owning a kernel." }, "batch-job": { stratum: 1, meaning: "A job that runs to completion (ETL, reports, rendering); it needs CPU and memory, not an OS of its own." }, "queue-worker": { stratum: 1, meaning: "A long-running consumer of a queue; a process with a network connection." }, "cron-job": { stratum: 1, meaning: "A scheduled task; a process started on a timer." }, function: { stratum: 1, meaning: "A serverless function or event handler; the platform runs it as a sandboxed process." }, "static-site": { stratum: 1, meaning: "Static files behind a web server; the lightest workload there is." }, database: { stratum: 1, meaning: "A database server; it wants dedicated CPU, memory and fast disks, all of which cgroups and volumes give a container, not its own kernel." }, cache: { stratum: 1, meaning: "An in-memory cache (Redis, Memcached); a process with memory." }, "message-broker": { stratum: 1, meaning: "A broker such as Kafka, RabbitMQ or NATS; a process with disks and ports, not a kernel of its own." }, "ci-runner": { stratum: 1, meaning: "A CI runner that builds and tests user-space code in fresh containers; it needs a clean filesystem, not a clean kernel." }, "ci-job": { stratum: 1, meaning: "A CI build or test step that compiles and runs user-space code." }, sidecar: { stratum: 1, meaning: "A helper process beside another workload (proxy, log shipper, exporter)." }, "monitoring-agent": { stratum: 1, meaning: "A metrics or log agent; it reads host data through mounts, not through a kernel of its own." }, "dev-environment": { stratum: 1, meaning: "A developer's toolchain and services; containers reproduce it without a guest OS." }, "ml-training": { stratum: 1, meaning: "A training or inference job; GPUs reach containers through the host driver and device plugins." }, "gpu-compute": { stratum: 1, meaning: "CUDA or ROCm work that shares the host's GPU driver through the NVIDIA/AMD container runtime; no guest kernel is needed." }, "custom-kernel": { stratum: 2, meaning: "Runs its own kernel, kernel version or boot parameters, which only a guest OS can choose." }, "kernel-module": { stratum: 2, meaning: "Loads kernel modules (WireGuard on old kernels, out-of-tree drivers, ZFS); a container could only load them into the shared host kernel." }, "kernel-tuning": { stratum: 2, meaning: "Sets sysctls, schedulers or huge pages that are global to a kernel." }, "ebpf-programs": { stratum: 2, meaning: "Loads eBPF programs or kprobes, which attach to the whole kernel; in a container that means privileges over the shared host." }, "untrusted-code": { stratum: 2, meaning: "Runs code from strangers (CI for forks, customer plugins); a guest kernel is the isolation boundary." }, "multi-tenant-isolation": { stratum: 2, meaning: "Tenants must not share a kernel, for compliance or blast radius." }, "compliance-boundary": { stratum: 2, meaning: "An audit requires a separate OS instance (PCI, FedRAMP, HIPAA scope separation)." }, "confidential-computing": { stratum: 2, meaning: "Needs memory encrypted from the host (AMD SEV-SNP, Intel TDX), which confidential VMs provide to a cooperating guest." }, "different-os": { stratum: 2, meaning: "Needs an OS other than the host's (BSD, Windows on a Linux fleet) that still runs paravirtualized." }, "windows-guest": { stratum: 2, meaning: "A current Windows Server with virtio or Hyper-V enlightenment drivers; it cooperates with the hypervisor like Linux does." }, "container-host": { stratum: 2, meaning: "Runs containers itself (a Kubernetes node, a Docker host); it needs a kernel whose cgroups and namespaces it controls." }, "network-appliance": { stratum: 2, meaning: "A router, firewall or VPN gateway (VyOS, pfSense, OPNsense) that owns its network stack, on virtio NICs." }, "systemd-services": { stratum: 2, meaning: "Runs a full init system with many services, as a traditional server does." }, "legacy-app": { stratum: 2, meaning: "An application that expects to own a whole server but runs on a cooperating, supported OS." }, "appliance-os": { stratum: 2, meaning: "A vendor OS image built for cloud hypervisors (virtio, cloud-init)." }, "live-migration": { stratum: 2, meaning: "Must move between hosts without a restart, which hypervisors do for whole guests and container runtimes do not." }, "micro-vm": { stratum: 2, meaning: "A Firecracker or Kata micro-VM per workload, for a kernel boundary at container speed." }, "hardware-passthrough": { stratum: 2, meaning: "Takes a physical device whole (VFIO PCI passthrough, SR-IOV virtual functions); KVM and Xen guests get this, no emulation needed." }, "gpu-passthrough": { stratum: 2, meaning: "Owns an entire GPU through VFIO passthrough, as cloud GPU VMs do; the guest drives the real device, the rest stays paravirtual." }, "stock-os-install": { stratum: 3, meaning: "Boots an unmodified OS installer or image that knows nothing of the hypervisor and needs emulated standard PC devices." }, "legacy-os": { stratum: 3, meaning: "An OS too old for paravirtual drivers (DOS, Windows XP, old Solaris) that needs emulated IDE, NE2000 or e1000 hardware." }, "foreign-architecture": { stratum: 3, meaning: "Runs code for another CPU architecture (arm64 on x86, s390x, RISC-V), which only CPU emulation provides." }, "android-emulator": { stratum: 3, meaning: "Runs Android images, which expect a phone's emulated hardware (goldfish/ranchu) under QEMU." }, "firmware-testing": { stratum: 3, meaning: "Tests BIOS/UEFI, bootloaders or secure boot, which need the machine itself, emulated or real." }, "nested-hypervisor": { stratum: 3, meaning: "Runs a hypervisor of its own (VM-based CI, Firecracker hosts, a lab of VMs), which needs VT-x/AMD-V from the hardware or a nested passthrough." }, "bare-metal": { stratum: 3, meaning: "Needs the physical machine: performance counters, licensing tied to hardware, no hypervisor tax." }, "desktop-vm": { stratum: 3, meaning: "A desktop OS with a GUI for manual or UI testing, relying on emulated display, USB and input devices." }, "macos-guest": { stratum: 3, meaning: "macOS, which runs only on Apple hardware or on hardware emulated to look like it." }, "os-development": { stratum: 3, meaning: "Develops or debugs an operating system, which needs hardware to boot on." }, "malware-analysis": { stratum: 3, meaning: "Detonates untrusted binaries in a full machine that can be reverted and inspected, and that must not reveal a cooperating hypervisor." } } }, modules: { modules: [{ source: "terraform-aws-modules/ec2-instance/aws", technology: "aws-ec2-instance", kind: "aws_instance", inputs: [{ input: "instance_type", attribute: "instance_type", default: "t3.micro" }], reference: "https://registry.terraform.io/modules/terraform-aws-modules/ec2-instance/aws/latest" }, { source: "terraform-aws-modules/autoscaling/aws", technology: "aws-ec2-instance", kind: "aws_launch_template", inputs: [{ input: "instance_type", attribute: "instance_type", default: null }], reference: "https://registry.terraform.io/modules/terraform-aws-modules/autoscaling/aws/latest" }, { source: "terraform-aws-modules/eks/aws//modules/eks-managed-node-group", technology: "aws-ec2-instance", kind: "aws_launch_template", inputs: [{ input: "instance_types", attribute: "instance_type", default: null }], reference: "https://registry.terraform.io/modules/terraform-aws-modules/eks/aws/latest/submodules/eks-managed-node-group" }, { source: "terraform-aws-modules/eks/aws//modules/self-managed-node-group", technology: "aws-ec2-instance", kind: "aws_launch_template", inputs: [{ input: "instance_type", attribute: "instance_type", default: "m6i.large" }], reference: "https://registry.terraform.io/modules/terraform-aws-modules/eks/aws/latest/submodules/self-managed-node-group" }, { source: "terraform-aws-modules/eks/aws//modules/fargate-profile", technology: "aws-eks-fargate-profile", kind: "aws_eks_fargate_profile", reference: "https://registry.terraform.io/modules/terraform-aws-modules/eks/aws/latest/submodules/fargate-profile" }, { source: "terraform-aws-modules/lambda/aws", technology: "aws-lambda-function", kind: "aws_lambda_function", reference: "https://registry.terraform.io/modules/terraform-aws-modules/lambda/aws/latest" }, { source: "terraform-aws-modules/ecs/aws//modules/service", technology: "aws-ecs-fargate-task", kind: "aws_ecs_task_definition", inputs: [{ input: "requires_compatibilities", attribute: "requires_compatibilities", default: ["FARGATE"] }], reference: "https://registry.terraform.io/modules/terraform-aws-modules/ecs/aws/latest/submodules/service" }, { source: "terraform-aws-modules/ecs/aws", technology: "aws-ecs-task", kind: "aws_ecs_task_definition", unknown: [{ attribute: "requires_compatibilities", reason: "is set per service in the services map (Fargate unless a service says otherwise)" }], reference: "https://registry.terraform.io/modules/terraform-aws-modules/ecs/aws/latest" }, { source: "terraform-aws-modules/batch/aws", technology: "aws-batch-job", kind: "aws_batch_job_definition", unknown: [{ attribute: "platform_capabilities", reason: "is set per job definition in the job_definitions map" }], reference: "https://registry.terraform.io/modules/terraform-aws-modules/batch/aws/latest" }, { source: "Azure/compute/azurerm", technology: "azure-vm", kind: "azurerm_virtual_machine", reference: "https://registry.terraform.io/modules/Azure/compute/azurerm/latest" }, { source: "Azure/avm-res-compute-virtualmachine/azurerm", technology: "azure-vm", kind: "azurerm_linux_virtual_machine", reference: "https://registry.terraform.io/modules/Azure/avm-res-compute-virtualmachine/azurerm/latest" }, { source: "Azure/avm-res-compute-virtualmachinescaleset/azurerm", technology: "azure-vm-scale-set", kind: "azurerm_orchestrated_virtual_machine_scale_set", reference: "https://registry.terraform.io/modules/Azure/avm-res-compute-virtualmachinescaleset/azurerm/latest" }, { source: "terraform-google-modules/vm/google//modules/instance_template", technology: "gcp-compute-instance", kind: "google_compute_instance_template", inputs: [{ input: "machine_type", attribute: "machine_type", default: "n1-standard-1" }, { input: "enable_nested_virtualization", attribute: "advanced_machine_features.enable_nested_virtualization", default: false }], reference: "https://registry.terraform.io/modules/terraform-google-modules/vm/google/latest/submodules/instance_template" }, { source: "terraform-google-modules/vm/google//modules/compute_instance", technology: "gcp-compute-instance", kind: "google_compute_instance_from_template", unknown: [{ attribute: "machine_type", reason: "comes from the instance template passed in instance_template" }], reference: "https://registry.terraform.io/modules/terraform-google-modules/vm/google/latest/submodules/compute_instance" }, { source: "terraform-google-modules/vm/google//modules/mig", technology: "gcp-compute-instance", kind: "google_compute_instance_from_template", unknown: [{ attribute: "machine_type", reason: "comes from the instance template passed in instance_template" }], reference: "https://registry.terraform.io/modules/terraform-google-modules/vm/google/latest/submodules/mig" }, { source: "terraform-google-modules/kubernetes-engine/google", technology: "gcp-compute-instance", kind: "google_compute_instance_template", unknown: [{ attribute: "machine_type", reason: "is set per node pool in node_pools (e2-medium where a pool omits it)" }], reference: "https://registry.terraform.io/modules/terraform-google-modules/kubernetes-engine/google/latest" }, { source: "terraform-google-modules/kubernetes-engine/google//modules/private-cluster", technology: "gcp-compute-instance", kind: "google_compute_instance_template", unknown: [{ attribute: "machine_type", reason: "is set per node pool in node_pools (e2-medium where a pool omits it)" }], reference: "https://registry.terraform.io/modules/terraform-google-modules/kubernetes-engine/google/latest/submodules/private-cluster" }] } };
  }
});

// node_modules/commander/lib/error.js
var require_error = __commonJS({
  "node_modules/commander/lib/error.js"(exports) {
    init_define_STRATA_DATA();
    var CommanderError2 = class extends Error {
      /**
       * Constructs the CommanderError class
       * @param {number} exitCode suggested exit code which could be used with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       */
      constructor(exitCode, code, message) {
        super(message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
        this.code = code;
        this.exitCode = exitCode;
        this.nestedError = void 0;
      }
    };
    var InvalidArgumentError2 = class extends CommanderError2 {
      /**
       * Constructs the InvalidArgumentError class
       * @param {string} [message] explanation of why argument is invalid
       */
      constructor(message) {
        super(1, "commander.invalidArgument", message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
      }
    };
    exports.CommanderError = CommanderError2;
    exports.InvalidArgumentError = InvalidArgumentError2;
  }
});

// node_modules/commander/lib/argument.js
var require_argument = __commonJS({
  "node_modules/commander/lib/argument.js"(exports) {
    init_define_STRATA_DATA();
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Argument2 = class {
      /**
       * Initialize a new command argument with the given name and description.
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @param {string} name
       * @param {string} [description]
       */
      constructor(name, description) {
        this.description = description || "";
        this.variadic = false;
        this.parseArg = void 0;
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.argChoices = void 0;
        switch (name[0]) {
          case "<":
            this.required = true;
            this._name = name.slice(1, -1);
            break;
          case "[":
            this.required = false;
            this._name = name.slice(1, -1);
            break;
          default:
            this.required = true;
            this._name = name;
            break;
        }
        if (this._name.endsWith("...")) {
          this.variadic = true;
          this._name = this._name.slice(0, -3);
        }
      }
      /**
       * Return argument name.
       *
       * @return {string}
       */
      name() {
        return this._name;
      }
      /**
       * @package
       */
      _collectValue(value2, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value2];
        }
        previous.push(value2);
        return previous;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Argument}
       */
      default(value2, description) {
        this.defaultValue = value2;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Set the custom handler for processing CLI command arguments into argument values.
       *
       * @param {Function} [fn]
       * @return {Argument}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Only allow argument value to be one of choices.
       *
       * @param {string[]} values
       * @return {Argument}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Make argument required.
       *
       * @returns {Argument}
       */
      argRequired() {
        this.required = true;
        return this;
      }
      /**
       * Make argument optional.
       *
       * @returns {Argument}
       */
      argOptional() {
        this.required = false;
        return this;
      }
    };
    function humanReadableArgName(arg) {
      const nameOutput = arg.name() + (arg.variadic === true ? "..." : "");
      return arg.required ? "<" + nameOutput + ">" : "[" + nameOutput + "]";
    }
    exports.Argument = Argument2;
    exports.humanReadableArgName = humanReadableArgName;
  }
});

// node_modules/commander/lib/help.js
var require_help = __commonJS({
  "node_modules/commander/lib/help.js"(exports) {
    init_define_STRATA_DATA();
    var { humanReadableArgName } = require_argument();
    var Help2 = class {
      constructor() {
        this.helpWidth = void 0;
        this.minWidthToWrap = 40;
        this.sortSubcommands = false;
        this.sortOptions = false;
        this.showGlobalOptions = false;
      }
      /**
       * prepareContext is called by Commander after applying overrides from `Command.configureHelp()`
       * and just before calling `formatHelp()`.
       *
       * Commander just uses the helpWidth and the rest is provided for optional use by more complex subclasses.
       *
       * @param {{ error?: boolean, helpWidth?: number, outputHasColors?: boolean }} contextOptions
       */
      prepareContext(contextOptions) {
        this.helpWidth = this.helpWidth ?? contextOptions.helpWidth ?? 80;
      }
      /**
       * Get an array of the visible subcommands. Includes a placeholder for the implicit help command, if there is one.
       *
       * @param {Command} cmd
       * @returns {Command[]}
       */
      visibleCommands(cmd) {
        const visibleCommands = cmd.commands.filter((cmd2) => !cmd2._hidden);
        const helpCommand = cmd._getHelpCommand();
        if (helpCommand && !helpCommand._hidden) {
          visibleCommands.push(helpCommand);
        }
        if (this.sortSubcommands) {
          visibleCommands.sort((a, b) => {
            return a.name().localeCompare(b.name());
          });
        }
        return visibleCommands;
      }
      /**
       * Compare options for sort.
       *
       * @param {Option} a
       * @param {Option} b
       * @returns {number}
       */
      compareOptions(a, b) {
        const getSortKey = (option) => {
          return option.short ? option.short.replace(/^-/, "") : option.long.replace(/^--/, "");
        };
        return getSortKey(a).localeCompare(getSortKey(b));
      }
      /**
       * Get an array of the visible options. Includes a placeholder for the implicit help option, if there is one.
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleOptions(cmd) {
        const visibleOptions = cmd.options.filter((option) => !option.hidden);
        const helpOption = cmd._getHelpOption();
        if (helpOption && !helpOption.hidden) {
          const removeShort = helpOption.short && cmd._findOption(helpOption.short);
          const removeLong = helpOption.long && cmd._findOption(helpOption.long);
          if (!removeShort && !removeLong) {
            visibleOptions.push(helpOption);
          } else if (helpOption.long && !removeLong) {
            visibleOptions.push(
              cmd.createOption(helpOption.long, helpOption.description)
            );
          } else if (helpOption.short && !removeShort) {
            visibleOptions.push(
              cmd.createOption(helpOption.short, helpOption.description)
            );
          }
        }
        if (this.sortOptions) {
          visibleOptions.sort(this.compareOptions);
        }
        return visibleOptions;
      }
      /**
       * Get an array of the visible global options. (Not including help.)
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleGlobalOptions(cmd) {
        if (!this.showGlobalOptions) return [];
        const globalOptions = [];
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          const visibleOptions = ancestorCmd.options.filter(
            (option) => !option.hidden
          );
          globalOptions.push(...visibleOptions);
        }
        if (this.sortOptions) {
          globalOptions.sort(this.compareOptions);
        }
        return globalOptions;
      }
      /**
       * Get an array of the arguments if any have a description.
       *
       * @param {Command} cmd
       * @returns {Argument[]}
       */
      visibleArguments(cmd) {
        if (cmd._argsDescription) {
          cmd.registeredArguments.forEach((argument) => {
            argument.description = argument.description || cmd._argsDescription[argument.name()] || "";
          });
        }
        if (cmd.registeredArguments.find((argument) => argument.description)) {
          return cmd.registeredArguments;
        }
        return [];
      }
      /**
       * Get the command term to show in the list of subcommands.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandTerm(cmd) {
        const args = cmd.registeredArguments.map((arg) => humanReadableArgName(arg)).join(" ");
        return cmd._name + (cmd._aliases[0] ? "|" + cmd._aliases[0] : "") + (cmd.options.length ? " [options]" : "") + // simplistic check for non-help option
        (args ? " " + args : "");
      }
      /**
       * Get the option term to show in the list of options.
       *
       * @param {Option} option
       * @returns {string}
       */
      optionTerm(option) {
        return option.flags;
      }
      /**
       * Get the argument term to show in the list of arguments.
       *
       * @param {Argument} argument
       * @returns {string}
       */
      argumentTerm(argument) {
        return argument.name();
      }
      /**
       * Get the longest command term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestSubcommandTermLength(cmd, helper) {
        return helper.visibleCommands(cmd).reduce((max, command) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleSubcommandTerm(helper.subcommandTerm(command))
            )
          );
        }, 0);
      }
      /**
       * Get the longest option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestOptionTermLength(cmd, helper) {
        return helper.visibleOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest global option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestGlobalOptionTermLength(cmd, helper) {
        return helper.visibleGlobalOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest argument term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestArgumentTermLength(cmd, helper) {
        return helper.visibleArguments(cmd).reduce((max, argument) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleArgumentTerm(helper.argumentTerm(argument))
            )
          );
        }, 0);
      }
      /**
       * Get the command usage to be displayed at the top of the built-in help.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandUsage(cmd) {
        let cmdName = cmd._name;
        if (cmd._aliases[0]) {
          cmdName = cmdName + "|" + cmd._aliases[0];
        }
        let ancestorCmdNames = "";
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          ancestorCmdNames = ancestorCmd.name() + " " + ancestorCmdNames;
        }
        return ancestorCmdNames + cmdName + " " + cmd.usage();
      }
      /**
       * Get the description for the command.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandDescription(cmd) {
        return cmd.description();
      }
      /**
       * Get the subcommand summary to show in the list of subcommands.
       * (Fallback to description for backwards compatibility.)
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandDescription(cmd) {
        return cmd.summary() || cmd.description();
      }
      /**
       * Get the option description to show in the list of options.
       *
       * @param {Option} option
       * @return {string}
       */
      optionDescription(option) {
        const extraInfo = [];
        if (option.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (option.defaultValue !== void 0) {
          const showDefault = option.required || option.optional || option.isBoolean() && typeof option.defaultValue === "boolean";
          if (showDefault) {
            extraInfo.push(
              `default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`
            );
          }
        }
        if (option.presetArg !== void 0 && option.optional) {
          extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`);
        }
        if (option.envVar !== void 0) {
          extraInfo.push(`env: ${option.envVar}`);
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (option.description) {
            return `${option.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return option.description;
      }
      /**
       * Get the argument description to show in the list of arguments.
       *
       * @param {Argument} argument
       * @return {string}
       */
      argumentDescription(argument) {
        const extraInfo = [];
        if (argument.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${argument.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (argument.defaultValue !== void 0) {
          extraInfo.push(
            `default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`
          );
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (argument.description) {
            return `${argument.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return argument.description;
      }
      /**
       * Format a list of items, given a heading and an array of formatted items.
       *
       * @param {string} heading
       * @param {string[]} items
       * @param {Help} helper
       * @returns string[]
       */
      formatItemList(heading, items, helper) {
        if (items.length === 0) return [];
        return [helper.styleTitle(heading), ...items, ""];
      }
      /**
       * Group items by their help group heading.
       *
       * @param {Command[] | Option[]} unsortedItems
       * @param {Command[] | Option[]} visibleItems
       * @param {Function} getGroup
       * @returns {Map<string, Command[] | Option[]>}
       */
      groupItems(unsortedItems, visibleItems, getGroup) {
        const result = /* @__PURE__ */ new Map();
        unsortedItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) result.set(group, []);
        });
        visibleItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) {
            result.set(group, []);
          }
          result.get(group).push(item);
        });
        return result;
      }
      /**
       * Generate the built-in help text.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {string}
       */
      formatHelp(cmd, helper) {
        const termWidth = helper.padWidth(cmd, helper);
        const helpWidth = helper.helpWidth ?? 80;
        function callFormatItem(term, description) {
          return helper.formatItem(term, termWidth, description, helper);
        }
        let output = [
          `${helper.styleTitle("Usage:")} ${helper.styleUsage(helper.commandUsage(cmd))}`,
          ""
        ];
        const commandDescription = helper.commandDescription(cmd);
        if (commandDescription.length > 0) {
          output = output.concat([
            helper.boxWrap(
              helper.styleCommandDescription(commandDescription),
              helpWidth
            ),
            ""
          ]);
        }
        const argumentList = helper.visibleArguments(cmd).map((argument) => {
          return callFormatItem(
            helper.styleArgumentTerm(helper.argumentTerm(argument)),
            helper.styleArgumentDescription(helper.argumentDescription(argument))
          );
        });
        output = output.concat(
          this.formatItemList("Arguments:", argumentList, helper)
        );
        const optionGroups = this.groupItems(
          cmd.options,
          helper.visibleOptions(cmd),
          (option) => option.helpGroupHeading ?? "Options:"
        );
        optionGroups.forEach((options, group) => {
          const optionList = options.map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(this.formatItemList(group, optionList, helper));
        });
        if (helper.showGlobalOptions) {
          const globalOptionList = helper.visibleGlobalOptions(cmd).map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(
            this.formatItemList("Global Options:", globalOptionList, helper)
          );
        }
        const commandGroups = this.groupItems(
          cmd.commands,
          helper.visibleCommands(cmd),
          (sub) => sub.helpGroup() || "Commands:"
        );
        commandGroups.forEach((commands, group) => {
          const commandList = commands.map((sub) => {
            return callFormatItem(
              helper.styleSubcommandTerm(helper.subcommandTerm(sub)),
              helper.styleSubcommandDescription(helper.subcommandDescription(sub))
            );
          });
          output = output.concat(this.formatItemList(group, commandList, helper));
        });
        return output.join("\n");
      }
      /**
       * Return display width of string, ignoring ANSI escape sequences. Used in padding and wrapping calculations.
       *
       * @param {string} str
       * @returns {number}
       */
      displayWidth(str) {
        return stripColor(str).length;
      }
      /**
       * Style the title for displaying in the help. Called with 'Usage:', 'Options:', etc.
       *
       * @param {string} str
       * @returns {string}
       */
      styleTitle(str) {
        return str;
      }
      styleUsage(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word === "[command]") return this.styleSubcommandText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleCommandText(word);
        }).join(" ");
      }
      styleCommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleOptionDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleSubcommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleArgumentDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleDescriptionText(str) {
        return str;
      }
      styleOptionTerm(str) {
        return this.styleOptionText(str);
      }
      styleSubcommandTerm(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleSubcommandText(word);
        }).join(" ");
      }
      styleArgumentTerm(str) {
        return this.styleArgumentText(str);
      }
      styleOptionText(str) {
        return str;
      }
      styleArgumentText(str) {
        return str;
      }
      styleSubcommandText(str) {
        return str;
      }
      styleCommandText(str) {
        return str;
      }
      /**
       * Calculate the pad width from the maximum term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      padWidth(cmd, helper) {
        return Math.max(
          helper.longestOptionTermLength(cmd, helper),
          helper.longestGlobalOptionTermLength(cmd, helper),
          helper.longestSubcommandTermLength(cmd, helper),
          helper.longestArgumentTermLength(cmd, helper)
        );
      }
      /**
       * Detect manually wrapped and indented strings by checking for line break followed by whitespace.
       *
       * @param {string} str
       * @returns {boolean}
       */
      preformatted(str) {
        return /\n[^\S\r\n]/.test(str);
      }
      /**
       * Format the "item", which consists of a term and description. Pad the term and wrap the description, indenting the following lines.
       *
       * So "TTT", 5, "DDD DDDD DD DDD" might be formatted for this.helpWidth=17 like so:
       *   TTT  DDD DDDD
       *        DD DDD
       *
       * @param {string} term
       * @param {number} termWidth
       * @param {string} description
       * @param {Help} helper
       * @returns {string}
       */
      formatItem(term, termWidth, description, helper) {
        const itemIndent = 2;
        const itemIndentStr = " ".repeat(itemIndent);
        if (!description) return itemIndentStr + term;
        const paddedTerm = term.padEnd(
          termWidth + term.length - helper.displayWidth(term)
        );
        const spacerWidth = 2;
        const helpWidth = this.helpWidth ?? 80;
        const remainingWidth = helpWidth - termWidth - spacerWidth - itemIndent;
        let formattedDescription;
        if (remainingWidth < this.minWidthToWrap || helper.preformatted(description)) {
          formattedDescription = description;
        } else {
          const wrappedDescription = helper.boxWrap(description, remainingWidth);
          formattedDescription = wrappedDescription.replace(
            /\n/g,
            "\n" + " ".repeat(termWidth + spacerWidth)
          );
        }
        return itemIndentStr + paddedTerm + " ".repeat(spacerWidth) + formattedDescription.replace(/\n/g, `
${itemIndentStr}`);
      }
      /**
       * Wrap a string at whitespace, preserving existing line breaks.
       * Wrapping is skipped if the width is less than `minWidthToWrap`.
       *
       * @param {string} str
       * @param {number} width
       * @returns {string}
       */
      boxWrap(str, width) {
        if (width < this.minWidthToWrap) return str;
        const rawLines = str.split(/\r\n|\n/);
        const chunkPattern = /[\s]*[^\s]+/g;
        const wrappedLines = [];
        rawLines.forEach((line) => {
          const chunks = line.match(chunkPattern);
          if (chunks === null) {
            wrappedLines.push("");
            return;
          }
          let sumChunks = [chunks.shift()];
          let sumWidth = this.displayWidth(sumChunks[0]);
          chunks.forEach((chunk) => {
            const visibleWidth = this.displayWidth(chunk);
            if (sumWidth + visibleWidth <= width) {
              sumChunks.push(chunk);
              sumWidth += visibleWidth;
              return;
            }
            wrappedLines.push(sumChunks.join(""));
            const nextChunk = chunk.trimStart();
            sumChunks = [nextChunk];
            sumWidth = this.displayWidth(nextChunk);
          });
          wrappedLines.push(sumChunks.join(""));
        });
        return wrappedLines.join("\n");
      }
    };
    function stripColor(str) {
      const sgrPattern = /\x1b\[\d*(;\d*)*m/g;
      return str.replace(sgrPattern, "");
    }
    exports.Help = Help2;
    exports.stripColor = stripColor;
  }
});

// node_modules/commander/lib/option.js
var require_option = __commonJS({
  "node_modules/commander/lib/option.js"(exports) {
    init_define_STRATA_DATA();
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Option2 = class {
      /**
       * Initialize a new `Option` with the given `flags` and `description`.
       *
       * @param {string} flags
       * @param {string} [description]
       */
      constructor(flags, description) {
        this.flags = flags;
        this.description = description || "";
        this.required = flags.includes("<");
        this.optional = flags.includes("[");
        this.variadic = /\w\.\.\.[>\]]$/.test(flags);
        this.mandatory = false;
        const optionFlags = splitOptionFlags(flags);
        this.short = optionFlags.shortFlag;
        this.long = optionFlags.longFlag;
        this.negate = false;
        if (this.long) {
          this.negate = this.long.startsWith("--no-");
        }
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.presetArg = void 0;
        this.envVar = void 0;
        this.parseArg = void 0;
        this.hidden = false;
        this.argChoices = void 0;
        this.conflictsWith = [];
        this.implied = void 0;
        this.helpGroupHeading = void 0;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Option}
       */
      default(value2, description) {
        this.defaultValue = value2;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Preset to use when option used without option-argument, especially optional but also boolean and negated.
       * The custom processing (parseArg) is called.
       *
       * @example
       * new Option('--color').default('GREYSCALE').preset('RGB');
       * new Option('--donate [amount]').preset('20').argParser(parseFloat);
       *
       * @param {*} arg
       * @return {Option}
       */
      preset(arg) {
        this.presetArg = arg;
        return this;
      }
      /**
       * Add option name(s) that conflict with this option.
       * An error will be displayed if conflicting options are found during parsing.
       *
       * @example
       * new Option('--rgb').conflicts('cmyk');
       * new Option('--js').conflicts(['ts', 'jsx']);
       *
       * @param {(string | string[])} names
       * @return {Option}
       */
      conflicts(names) {
        this.conflictsWith = this.conflictsWith.concat(names);
        return this;
      }
      /**
       * Specify implied option values for when this option is set and the implied options are not.
       *
       * The custom processing (parseArg) is not called on the implied values.
       *
       * @example
       * program
       *   .addOption(new Option('--log', 'write logging information to file'))
       *   .addOption(new Option('--trace', 'log extra details').implies({ log: 'trace.txt' }));
       *
       * @param {object} impliedOptionValues
       * @return {Option}
       */
      implies(impliedOptionValues) {
        let newImplied = impliedOptionValues;
        if (typeof impliedOptionValues === "string") {
          newImplied = { [impliedOptionValues]: true };
        }
        this.implied = Object.assign(this.implied || {}, newImplied);
        return this;
      }
      /**
       * Set environment variable to check for option value.
       *
       * An environment variable is only used if when processed the current option value is
       * undefined, or the source of the current value is 'default' or 'config' or 'env'.
       *
       * @param {string} name
       * @return {Option}
       */
      env(name) {
        this.envVar = name;
        return this;
      }
      /**
       * Set the custom handler for processing CLI option arguments into option values.
       *
       * @param {Function} [fn]
       * @return {Option}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Whether the option is mandatory and must have a value after parsing.
       *
       * @param {boolean} [mandatory=true]
       * @return {Option}
       */
      makeOptionMandatory(mandatory = true) {
        this.mandatory = !!mandatory;
        return this;
      }
      /**
       * Hide option in help.
       *
       * @param {boolean} [hide=true]
       * @return {Option}
       */
      hideHelp(hide = true) {
        this.hidden = !!hide;
        return this;
      }
      /**
       * @package
       */
      _collectValue(value2, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value2];
        }
        previous.push(value2);
        return previous;
      }
      /**
       * Only allow option value to be one of choices.
       *
       * @param {string[]} values
       * @return {Option}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Return option name.
       *
       * @return {string}
       */
      name() {
        if (this.long) {
          return this.long.replace(/^--/, "");
        }
        return this.short.replace(/^-/, "");
      }
      /**
       * Return option name, in a camelcase format that can be used
       * as an object attribute key.
       *
       * @return {string}
       */
      attributeName() {
        if (this.negate) {
          return camelcase(this.name().replace(/^no-/, ""));
        }
        return camelcase(this.name());
      }
      /**
       * Set the help group heading.
       *
       * @param {string} heading
       * @return {Option}
       */
      helpGroup(heading) {
        this.helpGroupHeading = heading;
        return this;
      }
      /**
       * Check if `arg` matches the short or long flag.
       *
       * @param {string} arg
       * @return {boolean}
       * @package
       */
      is(arg) {
        return this.short === arg || this.long === arg;
      }
      /**
       * Return whether a boolean option.
       *
       * Options are one of boolean, negated, required argument, or optional argument.
       *
       * @return {boolean}
       * @package
       */
      isBoolean() {
        return !this.required && !this.optional && !this.negate;
      }
    };
    var DualOptions = class {
      /**
       * @param {Option[]} options
       */
      constructor(options) {
        this.positiveOptions = /* @__PURE__ */ new Map();
        this.negativeOptions = /* @__PURE__ */ new Map();
        this.dualOptions = /* @__PURE__ */ new Set();
        options.forEach((option) => {
          if (option.negate) {
            this.negativeOptions.set(option.attributeName(), option);
          } else {
            this.positiveOptions.set(option.attributeName(), option);
          }
        });
        this.negativeOptions.forEach((value2, key2) => {
          if (this.positiveOptions.has(key2)) {
            this.dualOptions.add(key2);
          }
        });
      }
      /**
       * Did the value come from the option, and not from possible matching dual option?
       *
       * @param {*} value
       * @param {Option} option
       * @returns {boolean}
       */
      valueFromOption(value2, option) {
        const optionKey = option.attributeName();
        if (!this.dualOptions.has(optionKey)) return true;
        const preset = this.negativeOptions.get(optionKey).presetArg;
        const negativeValue = preset !== void 0 ? preset : false;
        return option.negate === (negativeValue === value2);
      }
    };
    function camelcase(str) {
      return str.split("-").reduce((str2, word) => {
        return str2 + word[0].toUpperCase() + word.slice(1);
      });
    }
    function splitOptionFlags(flags) {
      let shortFlag;
      let longFlag;
      const shortFlagExp = /^-[^-]$/;
      const longFlagExp = /^--[^-]/;
      const flagParts = flags.split(/[ |,]+/).concat("guard");
      if (shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
      if (longFlagExp.test(flagParts[0])) longFlag = flagParts.shift();
      if (!shortFlag && shortFlagExp.test(flagParts[0]))
        shortFlag = flagParts.shift();
      if (!shortFlag && longFlagExp.test(flagParts[0])) {
        shortFlag = longFlag;
        longFlag = flagParts.shift();
      }
      if (flagParts[0].startsWith("-")) {
        const unsupportedFlag = flagParts[0];
        const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
        if (/^-[^-][^-]/.test(unsupportedFlag))
          throw new Error(
            `${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`
          );
        if (shortFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many short flags`);
        if (longFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many long flags`);
        throw new Error(`${baseError}
- unrecognised flag format`);
      }
      if (shortFlag === void 0 && longFlag === void 0)
        throw new Error(
          `option creation failed due to no flags found in '${flags}'.`
        );
      return { shortFlag, longFlag };
    }
    exports.Option = Option2;
    exports.DualOptions = DualOptions;
  }
});

// node_modules/commander/lib/suggestSimilar.js
var require_suggestSimilar = __commonJS({
  "node_modules/commander/lib/suggestSimilar.js"(exports) {
    init_define_STRATA_DATA();
    var maxDistance = 3;
    function editDistance2(a, b) {
      if (Math.abs(a.length - b.length) > maxDistance)
        return Math.max(a.length, b.length);
      const d = [];
      for (let i = 0; i <= a.length; i++) {
        d[i] = [i];
      }
      for (let j = 0; j <= b.length; j++) {
        d[0][j] = j;
      }
      for (let j = 1; j <= b.length; j++) {
        for (let i = 1; i <= a.length; i++) {
          let cost = 1;
          if (a[i - 1] === b[j - 1]) {
            cost = 0;
          } else {
            cost = 1;
          }
          d[i][j] = Math.min(
            d[i - 1][j] + 1,
            // deletion
            d[i][j - 1] + 1,
            // insertion
            d[i - 1][j - 1] + cost
            // substitution
          );
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
            d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
          }
        }
      }
      return d[a.length][b.length];
    }
    function suggestSimilar(word, candidates) {
      if (!candidates || candidates.length === 0) return "";
      candidates = Array.from(new Set(candidates));
      const searchingOptions = word.startsWith("--");
      if (searchingOptions) {
        word = word.slice(2);
        candidates = candidates.map((candidate) => candidate.slice(2));
      }
      let similar = [];
      let bestDistance = maxDistance;
      const minSimilarity = 0.4;
      candidates.forEach((candidate) => {
        if (candidate.length <= 1) return;
        const distance = editDistance2(word, candidate);
        const length = Math.max(word.length, candidate.length);
        const similarity = (length - distance) / length;
        if (similarity > minSimilarity) {
          if (distance < bestDistance) {
            bestDistance = distance;
            similar = [candidate];
          } else if (distance === bestDistance) {
            similar.push(candidate);
          }
        }
      });
      similar.sort((a, b) => a.localeCompare(b));
      if (searchingOptions) {
        similar = similar.map((candidate) => `--${candidate}`);
      }
      if (similar.length > 1) {
        return `
(Did you mean one of ${similar.join(", ")}?)`;
      }
      if (similar.length === 1) {
        return `
(Did you mean ${similar[0]}?)`;
      }
      return "";
    }
    exports.suggestSimilar = suggestSimilar;
  }
});

// node_modules/commander/lib/command.js
var require_command = __commonJS({
  "node_modules/commander/lib/command.js"(exports) {
    init_define_STRATA_DATA();
    var EventEmitter = __require("node:events").EventEmitter;
    var childProcess = __require("node:child_process");
    var path = __require("node:path");
    var fs = __require("node:fs");
    var process2 = __require("node:process");
    var { Argument: Argument2, humanReadableArgName } = require_argument();
    var { CommanderError: CommanderError2 } = require_error();
    var { Help: Help2, stripColor } = require_help();
    var { Option: Option2, DualOptions } = require_option();
    var { suggestSimilar } = require_suggestSimilar();
    var Command2 = class _Command extends EventEmitter {
      /**
       * Initialize a new `Command`.
       *
       * @param {string} [name]
       */
      constructor(name) {
        super();
        this.commands = [];
        this.options = [];
        this.parent = null;
        this._allowUnknownOption = false;
        this._allowExcessArguments = false;
        this.registeredArguments = [];
        this._args = this.registeredArguments;
        this.args = [];
        this.rawArgs = [];
        this.processedArgs = [];
        this._scriptPath = null;
        this._name = name || "";
        this._optionValues = {};
        this._optionValueSources = {};
        this._storeOptionsAsProperties = false;
        this._actionHandler = null;
        this._executableHandler = false;
        this._executableFile = null;
        this._executableDir = null;
        this._defaultCommandName = null;
        this._exitCallback = null;
        this._aliases = [];
        this._combineFlagAndOptionalValue = true;
        this._description = "";
        this._summary = "";
        this._argsDescription = void 0;
        this._enablePositionalOptions = false;
        this._passThroughOptions = false;
        this._lifeCycleHooks = {};
        this._showHelpAfterError = false;
        this._showSuggestionAfterError = true;
        this._savedState = null;
        this._outputConfiguration = {
          writeOut: (str) => process2.stdout.write(str),
          writeErr: (str) => process2.stderr.write(str),
          outputError: (str, write) => write(str),
          getOutHelpWidth: () => process2.stdout.isTTY ? process2.stdout.columns : void 0,
          getErrHelpWidth: () => process2.stderr.isTTY ? process2.stderr.columns : void 0,
          getOutHasColors: () => useColor() ?? (process2.stdout.isTTY && process2.stdout.hasColors?.()),
          getErrHasColors: () => useColor() ?? (process2.stderr.isTTY && process2.stderr.hasColors?.()),
          stripColor: (str) => stripColor(str)
        };
        this._hidden = false;
        this._helpOption = void 0;
        this._addImplicitHelpCommand = void 0;
        this._helpCommand = void 0;
        this._helpConfiguration = {};
        this._helpGroupHeading = void 0;
        this._defaultCommandGroup = void 0;
        this._defaultOptionGroup = void 0;
      }
      /**
       * Copy settings that are useful to have in common across root command and subcommands.
       *
       * (Used internally when adding a command using `.command()` so subcommands inherit parent settings.)
       *
       * @param {Command} sourceCommand
       * @return {Command} `this` command for chaining
       */
      copyInheritedSettings(sourceCommand) {
        this._outputConfiguration = sourceCommand._outputConfiguration;
        this._helpOption = sourceCommand._helpOption;
        this._helpCommand = sourceCommand._helpCommand;
        this._helpConfiguration = sourceCommand._helpConfiguration;
        this._exitCallback = sourceCommand._exitCallback;
        this._storeOptionsAsProperties = sourceCommand._storeOptionsAsProperties;
        this._combineFlagAndOptionalValue = sourceCommand._combineFlagAndOptionalValue;
        this._allowExcessArguments = sourceCommand._allowExcessArguments;
        this._enablePositionalOptions = sourceCommand._enablePositionalOptions;
        this._showHelpAfterError = sourceCommand._showHelpAfterError;
        this._showSuggestionAfterError = sourceCommand._showSuggestionAfterError;
        return this;
      }
      /**
       * @returns {Command[]}
       * @private
       */
      _getCommandAndAncestors() {
        const result = [];
        for (let command = this; command; command = command.parent) {
          result.push(command);
        }
        return result;
      }
      /**
       * Define a command.
       *
       * There are two styles of command: pay attention to where to put the description.
       *
       * @example
       * // Command implemented using action handler (description is supplied separately to `.command`)
       * program
       *   .command('clone <source> [destination]')
       *   .description('clone a repository into a newly created directory')
       *   .action((source, destination) => {
       *     console.log('clone command called');
       *   });
       *
       * // Command implemented using separate executable file (description is second parameter to `.command`)
       * program
       *   .command('start <service>', 'start named service')
       *   .command('stop [service]', 'stop named service, or all if no name supplied');
       *
       * @param {string} nameAndArgs - command name and arguments, args are `<required>` or `[optional]` and last may also be `variadic...`
       * @param {(object | string)} [actionOptsOrExecDesc] - configuration options (for action), or description (for executable)
       * @param {object} [execOpts] - configuration options (for executable)
       * @return {Command} returns new command for action handler, or `this` for executable command
       */
      command(nameAndArgs, actionOptsOrExecDesc, execOpts) {
        let desc = actionOptsOrExecDesc;
        let opts = execOpts;
        if (typeof desc === "object" && desc !== null) {
          opts = desc;
          desc = null;
        }
        opts = opts || {};
        const [, name, args] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const cmd = this.createCommand(name);
        if (desc) {
          cmd.description(desc);
          cmd._executableHandler = true;
        }
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        cmd._hidden = !!(opts.noHelp || opts.hidden);
        cmd._executableFile = opts.executableFile || null;
        if (args) cmd.arguments(args);
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd.copyInheritedSettings(this);
        if (desc) return this;
        return cmd;
      }
      /**
       * Factory routine to create a new unattached command.
       *
       * See .command() for creating an attached subcommand, which uses this routine to
       * create the command. You can override createCommand to customise subcommands.
       *
       * @param {string} [name]
       * @return {Command} new command
       */
      createCommand(name) {
        return new _Command(name);
      }
      /**
       * You can customise the help with a subclass of Help by overriding createHelp,
       * or by overriding Help properties using configureHelp().
       *
       * @return {Help}
       */
      createHelp() {
        return Object.assign(new Help2(), this.configureHelp());
      }
      /**
       * You can customise the help by overriding Help properties using configureHelp(),
       * or with a subclass of Help by overriding createHelp().
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureHelp(configuration) {
        if (configuration === void 0) return this._helpConfiguration;
        this._helpConfiguration = configuration;
        return this;
      }
      /**
       * The default output goes to stdout and stderr. You can customise this for special
       * applications. You can also customise the display of errors by overriding outputError.
       *
       * The configuration properties are all functions:
       *
       *     // change how output being written, defaults to stdout and stderr
       *     writeOut(str)
       *     writeErr(str)
       *     // change how output being written for errors, defaults to writeErr
       *     outputError(str, write) // used for displaying errors and not used for displaying help
       *     // specify width for wrapping help
       *     getOutHelpWidth()
       *     getErrHelpWidth()
       *     // color support, currently only used with Help
       *     getOutHasColors()
       *     getErrHasColors()
       *     stripColor() // used to remove ANSI escape codes if output does not have colors
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureOutput(configuration) {
        if (configuration === void 0) return this._outputConfiguration;
        this._outputConfiguration = {
          ...this._outputConfiguration,
          ...configuration
        };
        return this;
      }
      /**
       * Display the help or a custom message after an error occurs.
       *
       * @param {(boolean|string)} [displayHelp]
       * @return {Command} `this` command for chaining
       */
      showHelpAfterError(displayHelp = true) {
        if (typeof displayHelp !== "string") displayHelp = !!displayHelp;
        this._showHelpAfterError = displayHelp;
        return this;
      }
      /**
       * Display suggestion of similar commands for unknown commands, or options for unknown options.
       *
       * @param {boolean} [displaySuggestion]
       * @return {Command} `this` command for chaining
       */
      showSuggestionAfterError(displaySuggestion = true) {
        this._showSuggestionAfterError = !!displaySuggestion;
        return this;
      }
      /**
       * Add a prepared subcommand.
       *
       * See .command() for creating an attached subcommand which inherits settings from its parent.
       *
       * @param {Command} cmd - new subcommand
       * @param {object} [opts] - configuration options
       * @return {Command} `this` command for chaining
       */
      addCommand(cmd, opts) {
        if (!cmd._name) {
          throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
        }
        opts = opts || {};
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        if (opts.noHelp || opts.hidden) cmd._hidden = true;
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd._checkForBrokenPassThrough();
        return this;
      }
      /**
       * Factory routine to create a new unattached argument.
       *
       * See .argument() for creating an attached argument, which uses this routine to
       * create the argument. You can override createArgument to return a custom argument.
       *
       * @param {string} name
       * @param {string} [description]
       * @return {Argument} new argument
       */
      createArgument(name, description) {
        return new Argument2(name, description);
      }
      /**
       * Define argument syntax for command.
       *
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @example
       * program.argument('<input-file>');
       * program.argument('[output-file]');
       *
       * @param {string} name
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom argument processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      argument(name, description, parseArg, defaultValue) {
        const argument = this.createArgument(name, description);
        if (typeof parseArg === "function") {
          argument.default(defaultValue).argParser(parseArg);
        } else {
          argument.default(parseArg);
        }
        this.addArgument(argument);
        return this;
      }
      /**
       * Define argument syntax for command, adding multiple at once (without descriptions).
       *
       * See also .argument().
       *
       * @example
       * program.arguments('<cmd> [env]');
       *
       * @param {string} names
       * @return {Command} `this` command for chaining
       */
      arguments(names) {
        names.trim().split(/ +/).forEach((detail) => {
          this.argument(detail);
        });
        return this;
      }
      /**
       * Define argument syntax for command, adding a prepared argument.
       *
       * @param {Argument} argument
       * @return {Command} `this` command for chaining
       */
      addArgument(argument) {
        const previousArgument = this.registeredArguments.slice(-1)[0];
        if (previousArgument?.variadic) {
          throw new Error(
            `only the last argument can be variadic '${previousArgument.name()}'`
          );
        }
        if (argument.required && argument.defaultValue !== void 0 && argument.parseArg === void 0) {
          throw new Error(
            `a default value for a required argument is never used: '${argument.name()}'`
          );
        }
        this.registeredArguments.push(argument);
        return this;
      }
      /**
       * Customise or override default help command. By default a help command is automatically added if your command has subcommands.
       *
       * @example
       *    program.helpCommand('help [cmd]');
       *    program.helpCommand('help [cmd]', 'show help');
       *    program.helpCommand(false); // suppress default help command
       *    program.helpCommand(true); // add help command even if no subcommands
       *
       * @param {string|boolean} enableOrNameAndArgs - enable with custom name and/or arguments, or boolean to override whether added
       * @param {string} [description] - custom description
       * @return {Command} `this` command for chaining
       */
      helpCommand(enableOrNameAndArgs, description) {
        if (typeof enableOrNameAndArgs === "boolean") {
          this._addImplicitHelpCommand = enableOrNameAndArgs;
          if (enableOrNameAndArgs && this._defaultCommandGroup) {
            this._initCommandGroup(this._getHelpCommand());
          }
          return this;
        }
        const nameAndArgs = enableOrNameAndArgs ?? "help [command]";
        const [, helpName, helpArgs] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const helpDescription = description ?? "display help for command";
        const helpCommand = this.createCommand(helpName);
        helpCommand.helpOption(false);
        if (helpArgs) helpCommand.arguments(helpArgs);
        if (helpDescription) helpCommand.description(helpDescription);
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        if (enableOrNameAndArgs || description) this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Add prepared custom help command.
       *
       * @param {(Command|string|boolean)} helpCommand - custom help command, or deprecated enableOrNameAndArgs as for `.helpCommand()`
       * @param {string} [deprecatedDescription] - deprecated custom description used with custom name only
       * @return {Command} `this` command for chaining
       */
      addHelpCommand(helpCommand, deprecatedDescription) {
        if (typeof helpCommand !== "object") {
          this.helpCommand(helpCommand, deprecatedDescription);
          return this;
        }
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Lazy create help command.
       *
       * @return {(Command|null)}
       * @package
       */
      _getHelpCommand() {
        const hasImplicitHelpCommand = this._addImplicitHelpCommand ?? (this.commands.length && !this._actionHandler && !this._findCommand("help"));
        if (hasImplicitHelpCommand) {
          if (this._helpCommand === void 0) {
            this.helpCommand(void 0, void 0);
          }
          return this._helpCommand;
        }
        return null;
      }
      /**
       * Add hook for life cycle event.
       *
       * @param {string} event
       * @param {Function} listener
       * @return {Command} `this` command for chaining
       */
      hook(event, listener) {
        const allowedValues = ["preSubcommand", "preAction", "postAction"];
        if (!allowedValues.includes(event)) {
          throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        if (this._lifeCycleHooks[event]) {
          this._lifeCycleHooks[event].push(listener);
        } else {
          this._lifeCycleHooks[event] = [listener];
        }
        return this;
      }
      /**
       * Register callback to use as replacement for calling process.exit.
       *
       * @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
       * @return {Command} `this` command for chaining
       */
      exitOverride(fn) {
        if (fn) {
          this._exitCallback = fn;
        } else {
          this._exitCallback = (err) => {
            if (err.code !== "commander.executeSubCommandAsync") {
              throw err;
            } else {
            }
          };
        }
        return this;
      }
      /**
       * Call process.exit, and _exitCallback if defined.
       *
       * @param {number} exitCode exit code for using with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       * @return never
       * @private
       */
      _exit(exitCode, code, message) {
        if (this._exitCallback) {
          this._exitCallback(new CommanderError2(exitCode, code, message));
        }
        process2.exit(exitCode);
      }
      /**
       * Register callback `fn` for the command.
       *
       * @example
       * program
       *   .command('serve')
       *   .description('start service')
       *   .action(function() {
       *      // do work here
       *   });
       *
       * @param {Function} fn
       * @return {Command} `this` command for chaining
       */
      action(fn) {
        const listener = (args) => {
          const expectedArgsCount = this.registeredArguments.length;
          const actionArgs = args.slice(0, expectedArgsCount);
          if (this._storeOptionsAsProperties) {
            actionArgs[expectedArgsCount] = this;
          } else {
            actionArgs[expectedArgsCount] = this.opts();
          }
          actionArgs.push(this);
          return fn.apply(this, actionArgs);
        };
        this._actionHandler = listener;
        return this;
      }
      /**
       * Factory routine to create a new unattached option.
       *
       * See .option() for creating an attached option, which uses this routine to
       * create the option. You can override createOption to return a custom option.
       *
       * @param {string} flags
       * @param {string} [description]
       * @return {Option} new option
       */
      createOption(flags, description) {
        return new Option2(flags, description);
      }
      /**
       * Wrap parseArgs to catch 'commander.invalidArgument'.
       *
       * @param {(Option | Argument)} target
       * @param {string} value
       * @param {*} previous
       * @param {string} invalidArgumentMessage
       * @private
       */
      _callParseArg(target, value2, previous, invalidArgumentMessage) {
        try {
          return target.parseArg(value2, previous);
        } catch (err) {
          if (err.code === "commander.invalidArgument") {
            const message = `${invalidArgumentMessage} ${err.message}`;
            this.error(message, { exitCode: err.exitCode, code: err.code });
          }
          throw err;
        }
      }
      /**
       * Check for option flag conflicts.
       * Register option if no conflicts found, or throw on conflict.
       *
       * @param {Option} option
       * @private
       */
      _registerOption(option) {
        const matchingOption = option.short && this._findOption(option.short) || option.long && this._findOption(option.long);
        if (matchingOption) {
          const matchingFlag = option.long && this._findOption(option.long) ? option.long : option.short;
          throw new Error(`Cannot add option '${option.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`);
        }
        this._initOptionGroup(option);
        this.options.push(option);
      }
      /**
       * Check for command name and alias conflicts with existing commands.
       * Register command if no conflicts found, or throw on conflict.
       *
       * @param {Command} command
       * @private
       */
      _registerCommand(command) {
        const knownBy = (cmd) => {
          return [cmd.name()].concat(cmd.aliases());
        };
        const alreadyUsed = knownBy(command).find(
          (name) => this._findCommand(name)
        );
        if (alreadyUsed) {
          const existingCmd = knownBy(this._findCommand(alreadyUsed)).join("|");
          const newCmd = knownBy(command).join("|");
          throw new Error(
            `cannot add command '${newCmd}' as already have command '${existingCmd}'`
          );
        }
        this._initCommandGroup(command);
        this.commands.push(command);
      }
      /**
       * Add an option.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addOption(option) {
        this._registerOption(option);
        const oname = option.name();
        const name = option.attributeName();
        if (option.negate) {
          const positiveLongFlag = option.long.replace(/^--no-/, "--");
          if (!this._findOption(positiveLongFlag)) {
            this.setOptionValueWithSource(
              name,
              option.defaultValue === void 0 ? true : option.defaultValue,
              "default"
            );
          }
        } else if (option.defaultValue !== void 0) {
          this.setOptionValueWithSource(name, option.defaultValue, "default");
        }
        const handleOptionValue = (val, invalidValueMessage, valueSource) => {
          if (val == null && option.presetArg !== void 0) {
            val = option.presetArg;
          }
          const oldValue = this.getOptionValue(name);
          if (val !== null && option.parseArg) {
            val = this._callParseArg(option, val, oldValue, invalidValueMessage);
          } else if (val !== null && option.variadic) {
            val = option._collectValue(val, oldValue);
          }
          if (val == null) {
            if (option.negate) {
              val = false;
            } else if (option.isBoolean() || option.optional) {
              val = true;
            } else {
              val = "";
            }
          }
          this.setOptionValueWithSource(name, val, valueSource);
        };
        this.on("option:" + oname, (val) => {
          const invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
          handleOptionValue(val, invalidValueMessage, "cli");
        });
        if (option.envVar) {
          this.on("optionEnv:" + oname, (val) => {
            const invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
            handleOptionValue(val, invalidValueMessage, "env");
          });
        }
        return this;
      }
      /**
       * Internal implementation shared by .option() and .requiredOption()
       *
       * @return {Command} `this` command for chaining
       * @private
       */
      _optionEx(config, flags, description, fn, defaultValue) {
        if (typeof flags === "object" && flags instanceof Option2) {
          throw new Error(
            "To add an Option object use addOption() instead of option() or requiredOption()"
          );
        }
        const option = this.createOption(flags, description);
        option.makeOptionMandatory(!!config.mandatory);
        if (typeof fn === "function") {
          option.default(defaultValue).argParser(fn);
        } else if (fn instanceof RegExp) {
          const regex = fn;
          fn = (val, def) => {
            const m = regex.exec(val);
            return m ? m[0] : def;
          };
          option.default(defaultValue).argParser(fn);
        } else {
          option.default(fn);
        }
        return this.addOption(option);
      }
      /**
       * Define option with `flags`, `description`, and optional argument parsing function or `defaultValue` or both.
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space. A required
       * option-argument is indicated by `<>` and an optional option-argument by `[]`.
       *
       * See the README for more details, and see also addOption() and requiredOption().
       *
       * @example
       * program
       *     .option('-p, --pepper', 'add pepper')
       *     .option('--pt, --pizza-type <TYPE>', 'type of pizza') // required option-argument
       *     .option('-c, --cheese [CHEESE]', 'add extra cheese', 'mozzarella') // optional option-argument with default
       *     .option('-t, --tip <VALUE>', 'add tip to purchase cost', parseFloat) // custom parse function
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      option(flags, description, parseArg, defaultValue) {
        return this._optionEx({}, flags, description, parseArg, defaultValue);
      }
      /**
       * Add a required option which must have a value after parsing. This usually means
       * the option must be specified on the command line. (Otherwise the same as .option().)
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space.
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      requiredOption(flags, description, parseArg, defaultValue) {
        return this._optionEx(
          { mandatory: true },
          flags,
          description,
          parseArg,
          defaultValue
        );
      }
      /**
       * Alter parsing of short flags with optional values.
       *
       * @example
       * // for `.option('-f,--flag [value]'):
       * program.combineFlagAndOptionalValue(true);  // `-f80` is treated like `--flag=80`, this is the default behaviour
       * program.combineFlagAndOptionalValue(false) // `-fb` is treated like `-f -b`
       *
       * @param {boolean} [combine] - if `true` or omitted, an optional value can be specified directly after the flag.
       * @return {Command} `this` command for chaining
       */
      combineFlagAndOptionalValue(combine = true) {
        this._combineFlagAndOptionalValue = !!combine;
        return this;
      }
      /**
       * Allow unknown options on the command line.
       *
       * @param {boolean} [allowUnknown] - if `true` or omitted, no error will be thrown for unknown options.
       * @return {Command} `this` command for chaining
       */
      allowUnknownOption(allowUnknown = true) {
        this._allowUnknownOption = !!allowUnknown;
        return this;
      }
      /**
       * Allow excess command-arguments on the command line. Pass false to make excess arguments an error.
       *
       * @param {boolean} [allowExcess] - if `true` or omitted, no error will be thrown for excess arguments.
       * @return {Command} `this` command for chaining
       */
      allowExcessArguments(allowExcess = true) {
        this._allowExcessArguments = !!allowExcess;
        return this;
      }
      /**
       * Enable positional options. Positional means global options are specified before subcommands which lets
       * subcommands reuse the same option names, and also enables subcommands to turn on passThroughOptions.
       * The default behaviour is non-positional and global options may appear anywhere on the command line.
       *
       * @param {boolean} [positional]
       * @return {Command} `this` command for chaining
       */
      enablePositionalOptions(positional = true) {
        this._enablePositionalOptions = !!positional;
        return this;
      }
      /**
       * Pass through options that come after command-arguments rather than treat them as command-options,
       * so actual command-options come before command-arguments. Turning this on for a subcommand requires
       * positional options to have been enabled on the program (parent commands).
       * The default behaviour is non-positional and options may appear before or after command-arguments.
       *
       * @param {boolean} [passThrough] for unknown options.
       * @return {Command} `this` command for chaining
       */
      passThroughOptions(passThrough = true) {
        this._passThroughOptions = !!passThrough;
        this._checkForBrokenPassThrough();
        return this;
      }
      /**
       * @private
       */
      _checkForBrokenPassThrough() {
        if (this.parent && this._passThroughOptions && !this.parent._enablePositionalOptions) {
          throw new Error(
            `passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`
          );
        }
      }
      /**
       * Whether to store option values as properties on command object,
       * or store separately (specify false). In both cases the option values can be accessed using .opts().
       *
       * @param {boolean} [storeAsProperties=true]
       * @return {Command} `this` command for chaining
       */
      storeOptionsAsProperties(storeAsProperties = true) {
        if (this.options.length) {
          throw new Error("call .storeOptionsAsProperties() before adding options");
        }
        if (Object.keys(this._optionValues).length) {
          throw new Error(
            "call .storeOptionsAsProperties() before setting option values"
          );
        }
        this._storeOptionsAsProperties = !!storeAsProperties;
        return this;
      }
      /**
       * Retrieve option value.
       *
       * @param {string} key
       * @return {object} value
       */
      getOptionValue(key2) {
        if (this._storeOptionsAsProperties) {
          return this[key2];
        }
        return this._optionValues[key2];
      }
      /**
       * Store option value.
       *
       * @param {string} key
       * @param {object} value
       * @return {Command} `this` command for chaining
       */
      setOptionValue(key2, value2) {
        return this.setOptionValueWithSource(key2, value2, void 0);
      }
      /**
       * Store option value and where the value came from.
       *
       * @param {string} key
       * @param {object} value
       * @param {string} source - expected values are default/config/env/cli/implied
       * @return {Command} `this` command for chaining
       */
      setOptionValueWithSource(key2, value2, source) {
        if (this._storeOptionsAsProperties) {
          this[key2] = value2;
        } else {
          this._optionValues[key2] = value2;
        }
        this._optionValueSources[key2] = source;
        return this;
      }
      /**
       * Get source of option value.
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSource(key2) {
        return this._optionValueSources[key2];
      }
      /**
       * Get source of option value. See also .optsWithGlobals().
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSourceWithGlobals(key2) {
        let source;
        this._getCommandAndAncestors().forEach((cmd) => {
          if (cmd.getOptionValueSource(key2) !== void 0) {
            source = cmd.getOptionValueSource(key2);
          }
        });
        return source;
      }
      /**
       * Get user arguments from implied or explicit arguments.
       * Side-effects: set _scriptPath if args included script. Used for default program name, and subcommand searches.
       *
       * @private
       */
      _prepareUserArgs(argv, parseOptions) {
        if (argv !== void 0 && !Array.isArray(argv)) {
          throw new Error("first parameter to parse must be array or undefined");
        }
        parseOptions = parseOptions || {};
        if (argv === void 0 && parseOptions.from === void 0) {
          if (process2.versions?.electron) {
            parseOptions.from = "electron";
          }
          const execArgv = process2.execArgv ?? [];
          if (execArgv.includes("-e") || execArgv.includes("--eval") || execArgv.includes("-p") || execArgv.includes("--print")) {
            parseOptions.from = "eval";
          }
        }
        if (argv === void 0) {
          argv = process2.argv;
        }
        this.rawArgs = argv.slice();
        let userArgs;
        switch (parseOptions.from) {
          case void 0:
          case "node":
            this._scriptPath = argv[1];
            userArgs = argv.slice(2);
            break;
          case "electron":
            if (process2.defaultApp) {
              this._scriptPath = argv[1];
              userArgs = argv.slice(2);
            } else {
              userArgs = argv.slice(1);
            }
            break;
          case "user":
            userArgs = argv.slice(0);
            break;
          case "eval":
            userArgs = argv.slice(1);
            break;
          default:
            throw new Error(
              `unexpected parse option { from: '${parseOptions.from}' }`
            );
        }
        if (!this._name && this._scriptPath)
          this.nameFromFilename(this._scriptPath);
        this._name = this._name || "program";
        return userArgs;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Use parseAsync instead of parse if any of your action handlers are async.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * program.parse(); // parse process.argv and auto-detect electron and special node flags
       * program.parse(process.argv); // assume argv[0] is app and argv[1] is script
       * program.parse(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv] - optional, defaults to process.argv
       * @param {object} [parseOptions] - optionally specify style of options with from: node/user/electron
       * @param {string} [parseOptions.from] - where the args are from: 'node', 'user', 'electron'
       * @return {Command} `this` command for chaining
       */
      parse(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        this._parseCommand([], userArgs);
        return this;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * await program.parseAsync(); // parse process.argv and auto-detect electron and special node flags
       * await program.parseAsync(process.argv); // assume argv[0] is app and argv[1] is script
       * await program.parseAsync(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv]
       * @param {object} [parseOptions]
       * @param {string} parseOptions.from - where the args are from: 'node', 'user', 'electron'
       * @return {Promise}
       */
      async parseAsync(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        await this._parseCommand([], userArgs);
        return this;
      }
      _prepareForParse() {
        if (this._savedState === null) {
          this.saveStateBeforeParse();
        } else {
          this.restoreStateBeforeParse();
        }
      }
      /**
       * Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state saved.
       */
      saveStateBeforeParse() {
        this._savedState = {
          // name is stable if supplied by author, but may be unspecified for root command and deduced during parsing
          _name: this._name,
          // option values before parse have default values (including false for negated options)
          // shallow clones
          _optionValues: { ...this._optionValues },
          _optionValueSources: { ...this._optionValueSources }
        };
      }
      /**
       * Restore state before parse for calls after the first.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state restored.
       */
      restoreStateBeforeParse() {
        if (this._storeOptionsAsProperties)
          throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);
        this._name = this._savedState._name;
        this._scriptPath = null;
        this.rawArgs = [];
        this._optionValues = { ...this._savedState._optionValues };
        this._optionValueSources = { ...this._savedState._optionValueSources };
        this.args = [];
        this.processedArgs = [];
      }
      /**
       * Throw if expected executable is missing. Add lots of help for author.
       *
       * @param {string} executableFile
       * @param {string} executableDir
       * @param {string} subcommandName
       */
      _checkForMissingExecutable(executableFile, executableDir, subcommandName) {
        if (fs.existsSync(executableFile)) return;
        const executableDirMessage = executableDir ? `searched for local subcommand relative to directory '${executableDir}'` : "no directory for search for local subcommand, use .executableDir() to supply a custom directory";
        const executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDirMessage}`;
        throw new Error(executableMissing);
      }
      /**
       * Execute a sub-command executable.
       *
       * @private
       */
      _executeSubCommand(subcommand, args) {
        args = args.slice();
        let launchWithNode = false;
        const sourceExt = [".js", ".ts", ".tsx", ".mjs", ".cjs"];
        function findFile(baseDir, baseName) {
          const localBin = path.resolve(baseDir, baseName);
          if (fs.existsSync(localBin)) return localBin;
          if (sourceExt.includes(path.extname(baseName))) return void 0;
          const foundExt = sourceExt.find(
            (ext) => fs.existsSync(`${localBin}${ext}`)
          );
          if (foundExt) return `${localBin}${foundExt}`;
          return void 0;
        }
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        let executableFile = subcommand._executableFile || `${this._name}-${subcommand._name}`;
        let executableDir = this._executableDir || "";
        if (this._scriptPath) {
          let resolvedScriptPath;
          try {
            resolvedScriptPath = fs.realpathSync(this._scriptPath);
          } catch {
            resolvedScriptPath = this._scriptPath;
          }
          executableDir = path.resolve(
            path.dirname(resolvedScriptPath),
            executableDir
          );
        }
        if (executableDir) {
          let localFile = findFile(executableDir, executableFile);
          if (!localFile && !subcommand._executableFile && this._scriptPath) {
            const legacyName = path.basename(
              this._scriptPath,
              path.extname(this._scriptPath)
            );
            if (legacyName !== this._name) {
              localFile = findFile(
                executableDir,
                `${legacyName}-${subcommand._name}`
              );
            }
          }
          executableFile = localFile || executableFile;
        }
        launchWithNode = sourceExt.includes(path.extname(executableFile));
        let proc;
        if (process2.platform !== "win32") {
          if (launchWithNode) {
            args.unshift(executableFile);
            args = incrementNodeInspectorPort(process2.execArgv).concat(args);
            proc = childProcess.spawn(process2.argv[0], args, { stdio: "inherit" });
          } else {
            proc = childProcess.spawn(executableFile, args, { stdio: "inherit" });
          }
        } else {
          this._checkForMissingExecutable(
            executableFile,
            executableDir,
            subcommand._name
          );
          args.unshift(executableFile);
          args = incrementNodeInspectorPort(process2.execArgv).concat(args);
          proc = childProcess.spawn(process2.execPath, args, { stdio: "inherit" });
        }
        if (!proc.killed) {
          const signals = ["SIGUSR1", "SIGUSR2", "SIGTERM", "SIGINT", "SIGHUP"];
          signals.forEach((signal) => {
            process2.on(signal, () => {
              if (proc.killed === false && proc.exitCode === null) {
                proc.kill(signal);
              }
            });
          });
        }
        const exitCallback = this._exitCallback;
        proc.on("close", (code) => {
          code = code ?? 1;
          if (!exitCallback) {
            process2.exit(code);
          } else {
            exitCallback(
              new CommanderError2(
                code,
                "commander.executeSubCommandAsync",
                "(close)"
              )
            );
          }
        });
        proc.on("error", (err) => {
          if (err.code === "ENOENT") {
            this._checkForMissingExecutable(
              executableFile,
              executableDir,
              subcommand._name
            );
          } else if (err.code === "EACCES") {
            throw new Error(`'${executableFile}' not executable`);
          }
          if (!exitCallback) {
            process2.exit(1);
          } else {
            const wrappedError = new CommanderError2(
              1,
              "commander.executeSubCommandAsync",
              "(error)"
            );
            wrappedError.nestedError = err;
            exitCallback(wrappedError);
          }
        });
        this.runningCommand = proc;
      }
      /**
       * @private
       */
      _dispatchSubcommand(commandName, operands, unknown) {
        const subCommand = this._findCommand(commandName);
        if (!subCommand) this.help({ error: true });
        subCommand._prepareForParse();
        let promiseChain;
        promiseChain = this._chainOrCallSubCommandHook(
          promiseChain,
          subCommand,
          "preSubcommand"
        );
        promiseChain = this._chainOrCall(promiseChain, () => {
          if (subCommand._executableHandler) {
            this._executeSubCommand(subCommand, operands.concat(unknown));
          } else {
            return subCommand._parseCommand(operands, unknown);
          }
        });
        return promiseChain;
      }
      /**
       * Invoke help directly if possible, or dispatch if necessary.
       * e.g. help foo
       *
       * @private
       */
      _dispatchHelpCommand(subcommandName) {
        if (!subcommandName) {
          this.help();
        }
        const subCommand = this._findCommand(subcommandName);
        if (subCommand && !subCommand._executableHandler) {
          subCommand.help();
        }
        return this._dispatchSubcommand(
          subcommandName,
          [],
          [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? "--help"]
        );
      }
      /**
       * Check this.args against expected this.registeredArguments.
       *
       * @private
       */
      _checkNumberOfArguments() {
        this.registeredArguments.forEach((arg, i) => {
          if (arg.required && this.args[i] == null) {
            this.missingArgument(arg.name());
          }
        });
        if (this.registeredArguments.length > 0 && this.registeredArguments[this.registeredArguments.length - 1].variadic) {
          return;
        }
        if (this.args.length > this.registeredArguments.length) {
          this._excessArguments(this.args);
        }
      }
      /**
       * Process this.args using this.registeredArguments and save as this.processedArgs!
       *
       * @private
       */
      _processArguments() {
        const myParseArg = (argument, value2, previous) => {
          let parsedValue = value2;
          if (value2 !== null && argument.parseArg) {
            const invalidValueMessage = `error: command-argument value '${value2}' is invalid for argument '${argument.name()}'.`;
            parsedValue = this._callParseArg(
              argument,
              value2,
              previous,
              invalidValueMessage
            );
          }
          return parsedValue;
        };
        this._checkNumberOfArguments();
        const processedArgs = [];
        this.registeredArguments.forEach((declaredArg, index2) => {
          let value2 = declaredArg.defaultValue;
          if (declaredArg.variadic) {
            if (index2 < this.args.length) {
              value2 = this.args.slice(index2);
              if (declaredArg.parseArg) {
                value2 = value2.reduce((processed, v) => {
                  return myParseArg(declaredArg, v, processed);
                }, declaredArg.defaultValue);
              }
            } else if (value2 === void 0) {
              value2 = [];
            }
          } else if (index2 < this.args.length) {
            value2 = this.args[index2];
            if (declaredArg.parseArg) {
              value2 = myParseArg(declaredArg, value2, declaredArg.defaultValue);
            }
          }
          processedArgs[index2] = value2;
        });
        this.processedArgs = processedArgs;
      }
      /**
       * Once we have a promise we chain, but call synchronously until then.
       *
       * @param {(Promise|undefined)} promise
       * @param {Function} fn
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCall(promise, fn) {
        if (promise?.then && typeof promise.then === "function") {
          return promise.then(() => fn());
        }
        return fn();
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallHooks(promise, event) {
        let result = promise;
        const hooks = [];
        this._getCommandAndAncestors().reverse().filter((cmd) => cmd._lifeCycleHooks[event] !== void 0).forEach((hookedCommand) => {
          hookedCommand._lifeCycleHooks[event].forEach((callback) => {
            hooks.push({ hookedCommand, callback });
          });
        });
        if (event === "postAction") {
          hooks.reverse();
        }
        hooks.forEach((hookDetail) => {
          result = this._chainOrCall(result, () => {
            return hookDetail.callback(hookDetail.hookedCommand, this);
          });
        });
        return result;
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {Command} subCommand
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallSubCommandHook(promise, subCommand, event) {
        let result = promise;
        if (this._lifeCycleHooks[event] !== void 0) {
          this._lifeCycleHooks[event].forEach((hook) => {
            result = this._chainOrCall(result, () => {
              return hook(this, subCommand);
            });
          });
        }
        return result;
      }
      /**
       * Process arguments in context of this command.
       * Returns action result, in case it is a promise.
       *
       * @private
       */
      _parseCommand(operands, unknown) {
        const parsed2 = this.parseOptions(unknown);
        this._parseOptionsEnv();
        this._parseOptionsImplied();
        operands = operands.concat(parsed2.operands);
        unknown = parsed2.unknown;
        this.args = operands.concat(unknown);
        if (operands && this._findCommand(operands[0])) {
          return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
        }
        if (this._getHelpCommand() && operands[0] === this._getHelpCommand().name()) {
          return this._dispatchHelpCommand(operands[1]);
        }
        if (this._defaultCommandName) {
          this._outputHelpIfRequested(unknown);
          return this._dispatchSubcommand(
            this._defaultCommandName,
            operands,
            unknown
          );
        }
        if (this.commands.length && this.args.length === 0 && !this._actionHandler && !this._defaultCommandName) {
          this.help({ error: true });
        }
        this._outputHelpIfRequested(parsed2.unknown);
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        const checkForUnknownOptions = () => {
          if (parsed2.unknown.length > 0) {
            this.unknownOption(parsed2.unknown[0]);
          }
        };
        const commandEvent = `command:${this.name()}`;
        if (this._actionHandler) {
          checkForUnknownOptions();
          this._processArguments();
          let promiseChain;
          promiseChain = this._chainOrCallHooks(promiseChain, "preAction");
          promiseChain = this._chainOrCall(
            promiseChain,
            () => this._actionHandler(this.processedArgs)
          );
          if (this.parent) {
            promiseChain = this._chainOrCall(promiseChain, () => {
              this.parent.emit(commandEvent, operands, unknown);
            });
          }
          promiseChain = this._chainOrCallHooks(promiseChain, "postAction");
          return promiseChain;
        }
        if (this.parent?.listenerCount(commandEvent)) {
          checkForUnknownOptions();
          this._processArguments();
          this.parent.emit(commandEvent, operands, unknown);
        } else if (operands.length) {
          if (this._findCommand("*")) {
            return this._dispatchSubcommand("*", operands, unknown);
          }
          if (this.listenerCount("command:*")) {
            this.emit("command:*", operands, unknown);
          } else if (this.commands.length) {
            this.unknownCommand();
          } else {
            checkForUnknownOptions();
            this._processArguments();
          }
        } else if (this.commands.length) {
          checkForUnknownOptions();
          this.help({ error: true });
        } else {
          checkForUnknownOptions();
          this._processArguments();
        }
      }
      /**
       * Find matching command.
       *
       * @private
       * @return {Command | undefined}
       */
      _findCommand(name) {
        if (!name) return void 0;
        return this.commands.find(
          (cmd) => cmd._name === name || cmd._aliases.includes(name)
        );
      }
      /**
       * Return an option matching `arg` if any.
       *
       * @param {string} arg
       * @return {Option}
       * @package
       */
      _findOption(arg) {
        return this.options.find((option) => option.is(arg));
      }
      /**
       * Display an error message if a mandatory option does not have a value.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForMissingMandatoryOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd.options.forEach((anOption) => {
            if (anOption.mandatory && cmd.getOptionValue(anOption.attributeName()) === void 0) {
              cmd.missingMandatoryOptionValue(anOption);
            }
          });
        });
      }
      /**
       * Display an error message if conflicting options are used together in this.
       *
       * @private
       */
      _checkForConflictingLocalOptions() {
        const definedNonDefaultOptions = this.options.filter((option) => {
          const optionKey = option.attributeName();
          if (this.getOptionValue(optionKey) === void 0) {
            return false;
          }
          return this.getOptionValueSource(optionKey) !== "default";
        });
        const optionsWithConflicting = definedNonDefaultOptions.filter(
          (option) => option.conflictsWith.length > 0
        );
        optionsWithConflicting.forEach((option) => {
          const conflictingAndDefined = definedNonDefaultOptions.find(
            (defined) => option.conflictsWith.includes(defined.attributeName())
          );
          if (conflictingAndDefined) {
            this._conflictingOption(option, conflictingAndDefined);
          }
        });
      }
      /**
       * Display an error message if conflicting options are used together.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForConflictingOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd._checkForConflictingLocalOptions();
        });
      }
      /**
       * Parse options from `argv` removing known options,
       * and return argv split into operands and unknown arguments.
       *
       * Side effects: modifies command by storing options. Does not reset state if called again.
       *
       * Examples:
       *
       *     argv => operands, unknown
       *     --known kkk op => [op], []
       *     op --known kkk => [op], []
       *     sub --unknown uuu op => [sub], [--unknown uuu op]
       *     sub -- --unknown uuu op => [sub --unknown uuu op], []
       *
       * @param {string[]} args
       * @return {{operands: string[], unknown: string[]}}
       */
      parseOptions(args) {
        const operands = [];
        const unknown = [];
        let dest = operands;
        function maybeOption(arg) {
          return arg.length > 1 && arg[0] === "-";
        }
        const negativeNumberArg = (arg) => {
          if (!/^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(arg)) return false;
          return !this._getCommandAndAncestors().some(
            (cmd) => cmd.options.map((opt) => opt.short).some((short) => /^-\d$/.test(short))
          );
        };
        let activeVariadicOption = null;
        let activeGroup = null;
        let i = 0;
        while (i < args.length || activeGroup) {
          const arg = activeGroup ?? args[i++];
          activeGroup = null;
          if (arg === "--") {
            if (dest === unknown) dest.push(arg);
            dest.push(...args.slice(i));
            break;
          }
          if (activeVariadicOption && (!maybeOption(arg) || negativeNumberArg(arg))) {
            this.emit(`option:${activeVariadicOption.name()}`, arg);
            continue;
          }
          activeVariadicOption = null;
          if (maybeOption(arg)) {
            const option = this._findOption(arg);
            if (option) {
              if (option.required) {
                const value2 = args[i++];
                if (value2 === void 0) this.optionMissingArgument(option);
                this.emit(`option:${option.name()}`, value2);
              } else if (option.optional) {
                let value2 = null;
                if (i < args.length && (!maybeOption(args[i]) || negativeNumberArg(args[i]))) {
                  value2 = args[i++];
                }
                this.emit(`option:${option.name()}`, value2);
              } else {
                this.emit(`option:${option.name()}`);
              }
              activeVariadicOption = option.variadic ? option : null;
              continue;
            }
          }
          if (arg.length > 2 && arg[0] === "-" && arg[1] !== "-") {
            const option = this._findOption(`-${arg[1]}`);
            if (option) {
              if (option.required || option.optional && this._combineFlagAndOptionalValue) {
                this.emit(`option:${option.name()}`, arg.slice(2));
              } else {
                this.emit(`option:${option.name()}`);
                activeGroup = `-${arg.slice(2)}`;
              }
              continue;
            }
          }
          if (/^--[^=]+=/.test(arg)) {
            const index2 = arg.indexOf("=");
            const option = this._findOption(arg.slice(0, index2));
            if (option && (option.required || option.optional)) {
              this.emit(`option:${option.name()}`, arg.slice(index2 + 1));
              continue;
            }
          }
          if (dest === operands && maybeOption(arg) && !(this.commands.length === 0 && negativeNumberArg(arg))) {
            dest = unknown;
          }
          if ((this._enablePositionalOptions || this._passThroughOptions) && operands.length === 0 && unknown.length === 0) {
            if (this._findCommand(arg)) {
              operands.push(arg);
              unknown.push(...args.slice(i));
              break;
            } else if (this._getHelpCommand() && arg === this._getHelpCommand().name()) {
              operands.push(arg, ...args.slice(i));
              break;
            } else if (this._defaultCommandName) {
              unknown.push(arg, ...args.slice(i));
              break;
            }
          }
          if (this._passThroughOptions) {
            dest.push(arg, ...args.slice(i));
            break;
          }
          dest.push(arg);
        }
        return { operands, unknown };
      }
      /**
       * Return an object containing local option values as key-value pairs.
       *
       * @return {object}
       */
      opts() {
        if (this._storeOptionsAsProperties) {
          const result = {};
          const len = this.options.length;
          for (let i = 0; i < len; i++) {
            const key2 = this.options[i].attributeName();
            result[key2] = key2 === this._versionOptionName ? this._version : this[key2];
          }
          return result;
        }
        return this._optionValues;
      }
      /**
       * Return an object containing merged local and global option values as key-value pairs.
       *
       * @return {object}
       */
      optsWithGlobals() {
        return this._getCommandAndAncestors().reduce(
          (combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()),
          {}
        );
      }
      /**
       * Display error message and exit (or call exitOverride).
       *
       * @param {string} message
       * @param {object} [errorOptions]
       * @param {string} [errorOptions.code] - an id string representing the error
       * @param {number} [errorOptions.exitCode] - used with process.exit
       */
      error(message, errorOptions) {
        this._outputConfiguration.outputError(
          `${message}
`,
          this._outputConfiguration.writeErr
        );
        if (typeof this._showHelpAfterError === "string") {
          this._outputConfiguration.writeErr(`${this._showHelpAfterError}
`);
        } else if (this._showHelpAfterError) {
          this._outputConfiguration.writeErr("\n");
          this.outputHelp({ error: true });
        }
        const config = errorOptions || {};
        const exitCode = config.exitCode || 1;
        const code = config.code || "commander.error";
        this._exit(exitCode, code, message);
      }
      /**
       * Apply any option related environment variables, if option does
       * not have a value from cli or client code.
       *
       * @private
       */
      _parseOptionsEnv() {
        this.options.forEach((option) => {
          if (option.envVar && option.envVar in process2.env) {
            const optionKey = option.attributeName();
            if (this.getOptionValue(optionKey) === void 0 || ["default", "config", "env"].includes(
              this.getOptionValueSource(optionKey)
            )) {
              if (option.required || option.optional) {
                this.emit(`optionEnv:${option.name()}`, process2.env[option.envVar]);
              } else {
                this.emit(`optionEnv:${option.name()}`);
              }
            }
          }
        });
      }
      /**
       * Apply any implied option values, if option is undefined or default value.
       *
       * @private
       */
      _parseOptionsImplied() {
        const dualHelper = new DualOptions(this.options);
        const hasCustomOptionValue = (optionKey) => {
          return this.getOptionValue(optionKey) !== void 0 && !["default", "implied"].includes(this.getOptionValueSource(optionKey));
        };
        this.options.filter(
          (option) => option.implied !== void 0 && hasCustomOptionValue(option.attributeName()) && dualHelper.valueFromOption(
            this.getOptionValue(option.attributeName()),
            option
          )
        ).forEach((option) => {
          Object.keys(option.implied).filter((impliedKey) => !hasCustomOptionValue(impliedKey)).forEach((impliedKey) => {
            this.setOptionValueWithSource(
              impliedKey,
              option.implied[impliedKey],
              "implied"
            );
          });
        });
      }
      /**
       * Argument `name` is missing.
       *
       * @param {string} name
       * @private
       */
      missingArgument(name) {
        const message = `error: missing required argument '${name}'`;
        this.error(message, { code: "commander.missingArgument" });
      }
      /**
       * `Option` is missing an argument.
       *
       * @param {Option} option
       * @private
       */
      optionMissingArgument(option) {
        const message = `error: option '${option.flags}' argument missing`;
        this.error(message, { code: "commander.optionMissingArgument" });
      }
      /**
       * `Option` does not have a value, and is a mandatory option.
       *
       * @param {Option} option
       * @private
       */
      missingMandatoryOptionValue(option) {
        const message = `error: required option '${option.flags}' not specified`;
        this.error(message, { code: "commander.missingMandatoryOptionValue" });
      }
      /**
       * `Option` conflicts with another option.
       *
       * @param {Option} option
       * @param {Option} conflictingOption
       * @private
       */
      _conflictingOption(option, conflictingOption) {
        const findBestOptionFromValue = (option2) => {
          const optionKey = option2.attributeName();
          const optionValue = this.getOptionValue(optionKey);
          const negativeOption = this.options.find(
            (target) => target.negate && optionKey === target.attributeName()
          );
          const positiveOption = this.options.find(
            (target) => !target.negate && optionKey === target.attributeName()
          );
          if (negativeOption && (negativeOption.presetArg === void 0 && optionValue === false || negativeOption.presetArg !== void 0 && optionValue === negativeOption.presetArg)) {
            return negativeOption;
          }
          return positiveOption || option2;
        };
        const getErrorMessage = (option2) => {
          const bestOption = findBestOptionFromValue(option2);
          const optionKey = bestOption.attributeName();
          const source = this.getOptionValueSource(optionKey);
          if (source === "env") {
            return `environment variable '${bestOption.envVar}'`;
          }
          return `option '${bestOption.flags}'`;
        };
        const message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
        this.error(message, { code: "commander.conflictingOption" });
      }
      /**
       * Unknown option `flag`.
       *
       * @param {string} flag
       * @private
       */
      unknownOption(flag) {
        if (this._allowUnknownOption) return;
        let suggestion2 = "";
        if (flag.startsWith("--") && this._showSuggestionAfterError) {
          let candidateFlags = [];
          let command = this;
          do {
            const moreFlags = command.createHelp().visibleOptions(command).filter((option) => option.long).map((option) => option.long);
            candidateFlags = candidateFlags.concat(moreFlags);
            command = command.parent;
          } while (command && !command._enablePositionalOptions);
          suggestion2 = suggestSimilar(flag, candidateFlags);
        }
        const message = `error: unknown option '${flag}'${suggestion2}`;
        this.error(message, { code: "commander.unknownOption" });
      }
      /**
       * Excess arguments, more than expected.
       *
       * @param {string[]} receivedArgs
       * @private
       */
      _excessArguments(receivedArgs) {
        if (this._allowExcessArguments) return;
        const expected = this.registeredArguments.length;
        const s = expected === 1 ? "" : "s";
        const forSubcommand = this.parent ? ` for '${this.name()}'` : "";
        const message = `error: too many arguments${forSubcommand}. Expected ${expected} argument${s} but got ${receivedArgs.length}.`;
        this.error(message, { code: "commander.excessArguments" });
      }
      /**
       * Unknown command.
       *
       * @private
       */
      unknownCommand() {
        const unknownName = this.args[0];
        let suggestion2 = "";
        if (this._showSuggestionAfterError) {
          const candidateNames = [];
          this.createHelp().visibleCommands(this).forEach((command) => {
            candidateNames.push(command.name());
            if (command.alias()) candidateNames.push(command.alias());
          });
          suggestion2 = suggestSimilar(unknownName, candidateNames);
        }
        const message = `error: unknown command '${unknownName}'${suggestion2}`;
        this.error(message, { code: "commander.unknownCommand" });
      }
      /**
       * Get or set the program version.
       *
       * This method auto-registers the "-V, --version" option which will print the version number.
       *
       * You can optionally supply the flags and description to override the defaults.
       *
       * @param {string} [str]
       * @param {string} [flags]
       * @param {string} [description]
       * @return {(this | string | undefined)} `this` command for chaining, or version string if no arguments
       */
      version(str, flags, description) {
        if (str === void 0) return this._version;
        this._version = str;
        flags = flags || "-V, --version";
        description = description || "output the version number";
        const versionOption = this.createOption(flags, description);
        this._versionOptionName = versionOption.attributeName();
        this._registerOption(versionOption);
        this.on("option:" + versionOption.name(), () => {
          this._outputConfiguration.writeOut(`${str}
`);
          this._exit(0, "commander.version", str);
        });
        return this;
      }
      /**
       * Set the description.
       *
       * @param {string} [str]
       * @param {object} [argsDescription]
       * @return {(string|Command)}
       */
      description(str, argsDescription) {
        if (str === void 0 && argsDescription === void 0)
          return this._description;
        this._description = str;
        if (argsDescription) {
          this._argsDescription = argsDescription;
        }
        return this;
      }
      /**
       * Set the summary. Used when listed as subcommand of parent.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      summary(str) {
        if (str === void 0) return this._summary;
        this._summary = str;
        return this;
      }
      /**
       * Set an alias for the command.
       *
       * You may call more than once to add multiple aliases. Only the first alias is shown in the auto-generated help.
       *
       * @param {string} [alias]
       * @return {(string|Command)}
       */
      alias(alias) {
        if (alias === void 0) return this._aliases[0];
        let command = this;
        if (this.commands.length !== 0 && this.commands[this.commands.length - 1]._executableHandler) {
          command = this.commands[this.commands.length - 1];
        }
        if (alias === command._name)
          throw new Error("Command alias can't be the same as its name");
        const matchingCommand = this.parent?._findCommand(alias);
        if (matchingCommand) {
          const existingCmd = [matchingCommand.name()].concat(matchingCommand.aliases()).join("|");
          throw new Error(
            `cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`
          );
        }
        command._aliases.push(alias);
        return this;
      }
      /**
       * Set aliases for the command.
       *
       * Only the first alias is shown in the auto-generated help.
       *
       * @param {string[]} [aliases]
       * @return {(string[]|Command)}
       */
      aliases(aliases) {
        if (aliases === void 0) return this._aliases;
        aliases.forEach((alias) => this.alias(alias));
        return this;
      }
      /**
       * Set / get the command usage `str`.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      usage(str) {
        if (str === void 0) {
          if (this._usage) return this._usage;
          const args = this.registeredArguments.map((arg) => {
            return humanReadableArgName(arg);
          });
          return [].concat(
            this.options.length || this._helpOption !== null ? "[options]" : [],
            this.commands.length ? "[command]" : [],
            this.registeredArguments.length ? args : []
          ).join(" ");
        }
        this._usage = str;
        return this;
      }
      /**
       * Get or set the name of the command.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      name(str) {
        if (str === void 0) return this._name;
        this._name = str;
        return this;
      }
      /**
       * Set/get the help group heading for this subcommand in parent command's help.
       *
       * @param {string} [heading]
       * @return {Command | string}
       */
      helpGroup(heading) {
        if (heading === void 0) return this._helpGroupHeading ?? "";
        this._helpGroupHeading = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for subcommands added to this command.
       * (This does not override a group set directly on the subcommand using .helpGroup().)
       *
       * @example
       * program.commandsGroup('Development Commands:);
       * program.command('watch')...
       * program.command('lint')...
       * ...
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      commandsGroup(heading) {
        if (heading === void 0) return this._defaultCommandGroup ?? "";
        this._defaultCommandGroup = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for options added to this command.
       * (This does not override a group set directly on the option using .helpGroup().)
       *
       * @example
       * program
       *   .optionsGroup('Development Options:')
       *   .option('-d, --debug', 'output extra debugging')
       *   .option('-p, --profile', 'output profiling information')
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      optionsGroup(heading) {
        if (heading === void 0) return this._defaultOptionGroup ?? "";
        this._defaultOptionGroup = heading;
        return this;
      }
      /**
       * @param {Option} option
       * @private
       */
      _initOptionGroup(option) {
        if (this._defaultOptionGroup && !option.helpGroupHeading)
          option.helpGroup(this._defaultOptionGroup);
      }
      /**
       * @param {Command} cmd
       * @private
       */
      _initCommandGroup(cmd) {
        if (this._defaultCommandGroup && !cmd.helpGroup())
          cmd.helpGroup(this._defaultCommandGroup);
      }
      /**
       * Set the name of the command from script filename, such as process.argv[1],
       * or require.main.filename, or __filename.
       *
       * (Used internally and public although not documented in README.)
       *
       * @example
       * program.nameFromFilename(require.main.filename);
       *
       * @param {string} filename
       * @return {Command}
       */
      nameFromFilename(filename) {
        this._name = path.basename(filename, path.extname(filename));
        return this;
      }
      /**
       * Get or set the directory for searching for executable subcommands of this command.
       *
       * @example
       * program.executableDir(__dirname);
       * // or
       * program.executableDir('subcommands');
       *
       * @param {string} [path]
       * @return {(string|null|Command)}
       */
      executableDir(path2) {
        if (path2 === void 0) return this._executableDir;
        this._executableDir = path2;
        return this;
      }
      /**
       * Return program help documentation.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to wrap for stderr instead of stdout
       * @return {string}
       */
      helpInformation(contextOptions) {
        const helper = this.createHelp();
        const context = this._getOutputContext(contextOptions);
        helper.prepareContext({
          error: context.error,
          helpWidth: context.helpWidth,
          outputHasColors: context.hasColors
        });
        const text = helper.formatHelp(this, helper);
        if (context.hasColors) return text;
        return this._outputConfiguration.stripColor(text);
      }
      /**
       * @typedef HelpContext
       * @type {object}
       * @property {boolean} error
       * @property {number} helpWidth
       * @property {boolean} hasColors
       * @property {function} write - includes stripColor if needed
       *
       * @returns {HelpContext}
       * @private
       */
      _getOutputContext(contextOptions) {
        contextOptions = contextOptions || {};
        const error = !!contextOptions.error;
        let baseWrite;
        let hasColors;
        let helpWidth;
        if (error) {
          baseWrite = (str) => this._outputConfiguration.writeErr(str);
          hasColors = this._outputConfiguration.getErrHasColors();
          helpWidth = this._outputConfiguration.getErrHelpWidth();
        } else {
          baseWrite = (str) => this._outputConfiguration.writeOut(str);
          hasColors = this._outputConfiguration.getOutHasColors();
          helpWidth = this._outputConfiguration.getOutHelpWidth();
        }
        const write = (str) => {
          if (!hasColors) str = this._outputConfiguration.stripColor(str);
          return baseWrite(str);
        };
        return { error, write, hasColors, helpWidth };
      }
      /**
       * Output help information for this command.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean } | Function} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      outputHelp(contextOptions) {
        let deprecatedCallback;
        if (typeof contextOptions === "function") {
          deprecatedCallback = contextOptions;
          contextOptions = void 0;
        }
        const outputContext = this._getOutputContext(contextOptions);
        const eventContext = {
          error: outputContext.error,
          write: outputContext.write,
          command: this
        };
        this._getCommandAndAncestors().reverse().forEach((command) => command.emit("beforeAllHelp", eventContext));
        this.emit("beforeHelp", eventContext);
        let helpInformation = this.helpInformation({ error: outputContext.error });
        if (deprecatedCallback) {
          helpInformation = deprecatedCallback(helpInformation);
          if (typeof helpInformation !== "string" && !Buffer.isBuffer(helpInformation)) {
            throw new Error("outputHelp callback must return a string or a Buffer");
          }
        }
        outputContext.write(helpInformation);
        if (this._getHelpOption()?.long) {
          this.emit(this._getHelpOption().long);
        }
        this.emit("afterHelp", eventContext);
        this._getCommandAndAncestors().forEach(
          (command) => command.emit("afterAllHelp", eventContext)
        );
      }
      /**
       * You can pass in flags and a description to customise the built-in help option.
       * Pass in false to disable the built-in help option.
       *
       * @example
       * program.helpOption('-?, --help' 'show help'); // customise
       * program.helpOption(false); // disable
       *
       * @param {(string | boolean)} flags
       * @param {string} [description]
       * @return {Command} `this` command for chaining
       */
      helpOption(flags, description) {
        if (typeof flags === "boolean") {
          if (flags) {
            if (this._helpOption === null) this._helpOption = void 0;
            if (this._defaultOptionGroup) {
              this._initOptionGroup(this._getHelpOption());
            }
          } else {
            this._helpOption = null;
          }
          return this;
        }
        this._helpOption = this.createOption(
          flags ?? "-h, --help",
          description ?? "display help for command"
        );
        if (flags || description) this._initOptionGroup(this._helpOption);
        return this;
      }
      /**
       * Lazy create help option.
       * Returns null if has been disabled with .helpOption(false).
       *
       * @returns {(Option | null)} the help option
       * @package
       */
      _getHelpOption() {
        if (this._helpOption === void 0) {
          this.helpOption(void 0, void 0);
        }
        return this._helpOption;
      }
      /**
       * Supply your own option to use for the built-in help option.
       * This is an alternative to using helpOption() to customise the flags and description etc.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addHelpOption(option) {
        this._helpOption = option;
        this._initOptionGroup(option);
        return this;
      }
      /**
       * Output help information and exit.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      help(contextOptions) {
        this.outputHelp(contextOptions);
        let exitCode = Number(process2.exitCode ?? 0);
        if (exitCode === 0 && contextOptions && typeof contextOptions !== "function" && contextOptions.error) {
          exitCode = 1;
        }
        this._exit(exitCode, "commander.help", "(outputHelp)");
      }
      /**
       * // Do a little typing to coordinate emit and listener for the help text events.
       * @typedef HelpTextEventContext
       * @type {object}
       * @property {boolean} error
       * @property {Command} command
       * @property {function} write
       */
      /**
       * Add additional text to be displayed with the built-in help.
       *
       * Position is 'before' or 'after' to affect just this command,
       * and 'beforeAll' or 'afterAll' to affect this command and all its subcommands.
       *
       * @param {string} position - before or after built-in help
       * @param {(string | Function)} text - string to add, or a function returning a string
       * @return {Command} `this` command for chaining
       */
      addHelpText(position, text) {
        const allowedValues = ["beforeAll", "before", "after", "afterAll"];
        if (!allowedValues.includes(position)) {
          throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        const helpEvent = `${position}Help`;
        this.on(helpEvent, (context) => {
          let helpStr;
          if (typeof text === "function") {
            helpStr = text({ error: context.error, command: context.command });
          } else {
            helpStr = text;
          }
          if (helpStr) {
            context.write(`${helpStr}
`);
          }
        });
        return this;
      }
      /**
       * Output help information if help flags specified
       *
       * @param {Array} args - array of options to search for help flags
       * @private
       */
      _outputHelpIfRequested(args) {
        const helpOption = this._getHelpOption();
        const helpRequested = helpOption && args.find((arg) => helpOption.is(arg));
        if (helpRequested) {
          this.outputHelp();
          this._exit(0, "commander.helpDisplayed", "(outputHelp)");
        }
      }
    };
    function incrementNodeInspectorPort(args) {
      return args.map((arg) => {
        if (!arg.startsWith("--inspect")) {
          return arg;
        }
        let debugOption;
        let debugHost = "127.0.0.1";
        let debugPort = "9229";
        let match;
        if ((match = arg.match(/^(--inspect(-brk)?)$/)) !== null) {
          debugOption = match[1];
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+)$/)) !== null) {
          debugOption = match[1];
          if (/^\d+$/.test(match[3])) {
            debugPort = match[3];
          } else {
            debugHost = match[3];
          }
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+):(\d+)$/)) !== null) {
          debugOption = match[1];
          debugHost = match[3];
          debugPort = match[4];
        }
        if (debugOption && debugPort !== "0") {
          return `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}`;
        }
        return arg;
      });
    }
    function useColor() {
      if (process2.env.NO_COLOR || process2.env.FORCE_COLOR === "0" || process2.env.FORCE_COLOR === "false")
        return false;
      if (process2.env.FORCE_COLOR || process2.env.CLICOLOR_FORCE !== void 0)
        return true;
      return void 0;
    }
    exports.Command = Command2;
    exports.useColor = useColor;
  }
});

// node_modules/commander/index.js
var require_commander = __commonJS({
  "node_modules/commander/index.js"(exports) {
    init_define_STRATA_DATA();
    var { Argument: Argument2 } = require_argument();
    var { Command: Command2 } = require_command();
    var { CommanderError: CommanderError2, InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var { Help: Help2 } = require_help();
    var { Option: Option2 } = require_option();
    exports.program = new Command2();
    exports.createCommand = (name) => new Command2(name);
    exports.createOption = (flags, description) => new Option2(flags, description);
    exports.createArgument = (name, description) => new Argument2(name, description);
    exports.Command = Command2;
    exports.Option = Option2;
    exports.Argument = Argument2;
    exports.Help = Help2;
    exports.CommanderError = CommanderError2;
    exports.InvalidArgumentError = InvalidArgumentError2;
    exports.InvalidOptionArgumentError = InvalidArgumentError2;
  }
});

// src/model.ts
function isReported(finding) {
  return finding.suppressions.length === 0 && finding.baselineState !== "unchanged";
}
function fileProblems(report) {
  const problems = report.findings.filter((f) => f.ruleId === "parse-error").map((f) => ({ file: f.location.file, location: f.location, message: f.message, level: f.level }));
  return [...problems, ...report.diagnostics].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || (a.location?.startLine ?? 0) - (b.location?.startLine ?? 0) || (a.location?.startColumn ?? 0) - (b.location?.startColumn ?? 0)
  );
}
var STRATUM_NAMES, Unknown;
var init_model = __esm({
  "src/model.ts"() {
    "use strict";
    init_define_STRATA_DATA();
    STRATUM_NAMES = { 1: "process", 2: "os", 3: "hardware" };
    Unknown = class {
      constructor(reason, reference2) {
        this.reason = reason;
        this.reference = reference2;
      }
      reason;
      reference;
    };
  }
});

// src/suggest.ts
function closest(word, candidates) {
  if (word.length > LONGEST_SUGGESTIBLE) return void 0;
  let best;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates.slice(0, CANDIDATES)) {
    if (Math.abs(candidate.length - word.length) >= bestDistance) continue;
    const d = editDistance(word, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current2 = [i];
    for (let j = 1; j <= b.length; j++) {
      current2[j] = Math.min(previous[j] + 1, current2[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current2;
  }
  return previous[b.length];
}
var LONGEST_SUGGESTIBLE, CANDIDATES;
var init_suggest = __esm({
  "src/suggest.ts"() {
    "use strict";
    init_define_STRATA_DATA();
    LONGEST_SUGGESTIBLE = 64;
    CANDIDATES = 256;
  }
});

// src/text/escape.ts
function printable(text) {
  return text.replace(UNSAFE, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function printableLines(text) {
  return text.split(/\r\n|\n/).map((line) => printable(line)).join("\n");
}
function markdownText(text) {
  return printable(text).replace(MARKDOWN_SPECIAL, (c) => `\\${c}`).replace(/:(?=\/\/)/g, "\\:").replace(/\b(www)\./gi, "$1\\.").replace(/@/g, "\\@");
}
function htmlText(text) {
  return printable(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}
function xmlText(text) {
  return htmlText(printable(text).replace(XML_FORBIDDEN, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`));
}
function lineWindow(length, column, width = 160) {
  if (length <= width) return { start: 0, end: length };
  const start = Math.max(0, Math.min(column - 1 - Math.floor(width / 3), length - width));
  return { start, end: start + width };
}
function clip(text, length = 500) {
  return text.length <= length ? text : `${text.slice(0, length)}\u2026`;
}
function guardOutput(output, channel) {
  if (channel === "github") return output.replace(/\r(?!\n)/g, "\\r");
  const bracket = { text: "##\\[", markdown: "##\\[", html: "##&#91;", xml: "##&#91;", json: "##\\u005b" }[channel];
  const lineStart = { text: "\\::", markdown: "\\::", html: "&#58;:", xml: "&#58;:", json: "\\u003a:" }[channel];
  let guarded = output.replace(/##\[/g, bracket).replace(/^((?:[^\S\n]|\u0085)*)::/gm, (_, blanks) => `${blanks}${lineStart}`);
  guarded = guarded.replace(/\r(?!\n)/g, channel === "html" || channel === "xml" ? "&#13;" : "\\r");
  if (channel === "json") guarded = guarded.replace(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return guarded;
}
var UNSAFE, NAMED, MARKDOWN_SPECIAL, XML_FORBIDDEN;
var init_escape = __esm({
  "src/text/escape.ts"() {
    "use strict";
    init_define_STRATA_DATA();
    UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
    NAMED = { "\n": "\\n", "\r": "\\r", "	": "\\t", "\x1B": "\\e" };
    MARKDOWN_SPECIAL = /[\\`*_[\]<>|~&!$]/g;
    XML_FORBIDDEN = /[\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
  }
});

// src/annotations.ts
function findDirective(commentText) {
  let start = 0;
  while (start < commentText.length && /[\s*]/.test(commentText[start])) start++;
  const head2 = commentText.slice(start, start + 40);
  if (!DIRECTIVE.test(head2) && !NEAR_IGNORE.test(head2) && !NEAR_NEED.test(head2)) return null;
  let end = commentText.length;
  const lineBreak = commentText.slice(start).search(/[\r\n]/);
  if (lineBreak >= 0) end = start + lineBreak;
  while (end > start && /\s/.test(commentText[end - 1])) end--;
  return { start, end };
}
function parseDirective(directive, location, context) {
  const match = DIRECTIVE.exec(directive);
  if (!match) return nearMiss(directive, location);
  const keyword = match[1];
  const tokens2 = tokenize(directive.slice(match[0].length));
  if (typeof tokens2 === "string") return invalid(directive, location, tokens2);
  return keyword === "strata" ? needDirective(directive, tokens2, location, context) : suppressionDirective(directive, tokens2, location, context);
}
function tokenize(input) {
  const tokens2 = [];
  let i = 0;
  while (i < input.length) {
    if (/\s/.test(input[i])) {
      i++;
      continue;
    }
    WORD.lastIndex = i;
    const word = WORD.exec(input);
    if (!word) return `unexpected ${JSON.stringify(input[i])} at "${input.slice(i, i + 20)}"`;
    i += word[0].length;
    if (input[i] !== "=") {
      tokens2.push({ value: word[0], start: i - word[0].length, end: i });
      continue;
    }
    const start = i - word[0].length;
    i++;
    if (input[i] === '"' || input[i] === "'") {
      const quote = input[i];
      let value2 = "";
      let j = i + 1;
      for (; j < input.length && input[j] !== quote; j++) {
        if (input[j] === "\\" && j + 1 < input.length) j++;
        value2 += input[j];
      }
      if (j >= input.length) return `the value of ${word[0]}= has no closing ${quote}`;
      i = j + 1;
      tokens2.push({ key: word[0], value: value2, start, end: i });
    } else {
      BARE.lastIndex = i;
      const bare = BARE.exec(input)[0];
      if (bare === "") return `${word[0]}= has no value`;
      i += bare.length;
      tokens2.push({ key: word[0], value: bare, start, end: i });
    }
  }
  return tokens2;
}
function suppressionRuleWords(directive) {
  const match = DIRECTIVE.exec(directive);
  if (match?.[1] !== "strata-ignore") return [];
  const tokens2 = tokenize(directive.slice(match[0].length));
  if (typeof tokens2 === "string") return [];
  const offset = match[0].length;
  return tokens2.filter((t) => t.key === void 0).map((t) => ({ value: t.value, start: t.start + offset, end: t.end + offset }));
}
function needDirective(source, tokens2, location, context) {
  let isDefault = false;
  let needs;
  let reason;
  for (const [index2, token] of tokens2.entries()) {
    if (token.key === void 0) {
      if (token.value === "default" && index2 === 0) isDefault = true;
      else return invalid(source, location, `unexpected "${token.value}"; write needs=<stratum|intent> reason="\u2026"`);
    } else if (token.key === "needs") needs = token.value;
    else if (token.key === "reason") reason = token.value;
    else return invalid(source, location, `unknown key "${token.key}"${didYouMean(token.key, ["needs", "reason"])} (a need takes needs= and reason=)`);
  }
  if (needs === void 0) return invalid(source, location, "needs=<stratum|intent> is missing");
  const stratum = context.vocabulary.resolve(needs);
  if (typeof stratum === "string") return invalid(source, location, stratum);
  const cleanReason = reason?.trim() || void 0;
  if (isDefault) return { kind: "default-need", stratum, needs, reason: cleanReason, location, source };
  return { kind: "need", stratum, needs, reason: cleanReason, via: "comment", location, source };
}
function suppressionDirective(source, tokens2, location, context) {
  const rules2 = [];
  let reason;
  let until;
  for (const token of tokens2) {
    if (token.key === void 0) {
      for (const id of token.value.split(",").filter(Boolean)) {
        if (!context.ruleIds.has(id)) return invalid(source, location, `unknown rule "${id}"${didYouMean(id, context.ruleIds)} (\`strata rules\` lists them)`);
        rules2.push(id);
      }
    } else if (token.key === "reason") reason = token.value.trim() || void 0;
    else if (token.key === "until") {
      if (!isCalendarDate(token.value)) {
        return invalid(source, location, `until=${token.value} is not a date; write until=YYYY-MM-DD`);
      }
      until = token.value;
    } else return invalid(source, location, `unknown key "${token.key}"${didYouMean(token.key, ["reason", "until"])} (a suppression takes rule ids, reason= and until=)`);
  }
  if (rules2.length === 0) return invalid(source, location, 'name the rule(s) to ignore: strata-ignore: <rule>[,<rule>] reason="\u2026"');
  if (reason === void 0) return invalid(source, location, 'a suppression needs reason="\u2026" saying why the finding does not apply');
  return { kind: "suppression", rules: rules2, reason, until, location, source };
}
function nearMiss(directive, location) {
  const ignore2 = NEAR_IGNORE.exec(directive);
  const need = ignore2 ? null : NEAR_NEED.exec(directive);
  const prefix = (ignore2 ?? need)[0];
  const meant = `${ignore2 ? "strata-ignore" : "strata"}: ${directive.slice(prefix.length)}`;
  return invalid(directive, location, `strata reads only "${ignore2 ? "strata-ignore:" : "strata:"}", in lower case with a colon; did you mean "${clip(meant, 120)}"?`);
}
function didYouMean(word, known) {
  const suggestion2 = closest(word, [...known]);
  return suggestion2 ? `; did you mean "${suggestion2}"?` : "";
}
function invalid(source, location, problem) {
  return { kind: "invalid", problem, location, source };
}
function needFromTags(entries2, via, context) {
  const needs = entries2.findLast((e) => NEED_KEYS.includes(e.key));
  if (!needs) return null;
  return needFromFields(
    needs,
    entries2.findLast((e) => REASON_KEYS.includes(e.key)),
    via,
    context
  );
}
function needFromFields(needs, reasonEntry, via, context) {
  const shown2 = "written" in needs ? needs.written : needs.value;
  const source = `${needs.key}=${shownValue(shown2 ?? null)}`;
  if (typeof needs.value !== "string" && typeof needs.value !== "number") {
    return invalid(source, needs.location, `${needs.key} must be a literal stratum or intent strata can read without running anything`);
  }
  const stratum = context.vocabulary.resolve(String(needs.value), String(shown2));
  if (typeof stratum === "string") return invalid(source, needs.location, stratum);
  const shownReason = reasonEntry && "written" in reasonEntry ? reasonEntry.written : reasonEntry?.value;
  const reason = typeof shownReason === "string" ? shownReason.trim() || void 0 : void 0;
  return { kind: "need", stratum, needs: String(shown2), reason, via, location: needs.location, source };
}
function isPlaceholderReason(reason) {
  return reason === void 0 || PLACEHOLDER_REASON.test(reason.trim());
}
function isCalendarDate(text) {
  if (!DATE.test(text)) return false;
  const time = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === text;
}
function shownValue(value2) {
  const unknown = (v) => v.reference ?? "an expression known only at run time";
  if (typeof value2 === "string") return value2;
  if (value2 instanceof Unknown) return unknown(value2);
  return JSON.stringify(value2, (_key, v) => v instanceof Unknown ? unknown(v) : v) ?? String(value2);
}
var DIRECTIVE, NEAR_IGNORE, NEAR_NEED, DATE, WORD, BARE, NEED_KEYS, REASON_KEYS, PLACEHOLDER_REASON, PLACEHOLDER;
var init_annotations = __esm({
  "src/annotations.ts"() {
    "use strict";
    init_define_STRATA_DATA();
    init_model();
    init_suggest();
    init_escape();
    DIRECTIVE = /^(strata-ignore|strata)\s*:/;
    NEAR_IGNORE = /^strat(?:a|um)[-_ ]?ignore\b\s*:?\s*/i;
    NEAR_NEED = /^strat(?:a|um)\b\s*:?\s*(?=(?:default\s+)?needs?\s*=)/i;
    DATE = /^\d{4}-\d{2}-\d{2}$/;
    WORD = /[^\s="']+/y;
    BARE = /[^\s"']*/y;
    NEED_KEYS = ["strata:needs", "strata-needs", "strata_needs", "strata.needs", "strata.dev/needs"];
    REASON_KEYS = ["strata:reason", "strata-reason", "strata_reason", "strata.reason", "strata.dev/reason"];
    PLACEHOLDER_REASON = /^(?:(?:todo|tbd|fixme)\b.*|\?*)$/is;
    PLACEHOLDER = "TODO: why";
  }
});

// src/arrays.ts
function append(target, items) {
  for (const item of items) target.push(item);
  return target;
}
var init_arrays = __esm({
  "src/arrays.ts"() {
    "use strict";
    init_define_STRATA_DATA();
  }
});

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    init_define_STRATA_DATA();
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM2 = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH2 = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key2, value2) => {
      Object.defineProperty(object, key2, { value: value2 });
      return value2;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index2 = start + 1;
      let negated = EMPTY;
      const lead = pattern[index2];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index2++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index2];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index2];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index2 + 1 < length && pattern[index2 + 1] !== "]") {
          index2++;
          let to = pattern[index2];
          if (to === ESCAPE) {
            to = pattern[index2 += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index2 + 1] === ":") {
          const nameStart = index2 + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY;
            index2 = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index2 = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index2++;
        if (pattern[index2] === "]") {
          return {
            end: index2,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER2 = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER2}(\\d+)${PLACEHOLDER2}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER2 || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER2}${sources.push(source) - 1}${PLACEHOLDER2}`;
      const { length } = pattern;
      let out = EMPTY;
      let index2 = 0;
      while (index2 < length) {
        const char = pattern[index2];
        if (char === ESCAPE) {
          const escaped = pattern[index2 + 1];
          if (escaped === SLASH2 && index2 + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern.slice(index2, index2 + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index2 += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index2++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index2);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index2 = length;
          } else {
            out += hold(scanned.source);
            index2 = scanned.end + 1;
          }
        } else {
          out += char;
          index2++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run2, space) => space ? run2.slice(0, run2.length - run2.length % 2) + SPACE : run2,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH2
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH2
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index2, str) => index2 + 6 < str.length ? str.slice(index2 + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range2, close) => `\\[${range2}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH2 ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run2, at) => {
      let separator = EMPTY;
      for (let index2 = at + 1; index2 < run2.length && !run2[index2].wildcard; index2++) {
        separator += run2[index2].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens2 = [];
      const { length } = source;
      let index2 = 0;
      while (index2 < length) {
        const char = source[index2];
        if (source.startsWith(WILDCARD, index2)) {
          tokens2.push({ wildcard: true });
          index2 += WILDCARD.length;
        } else if (char === "[") {
          let end = index2 + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens2.push({ single: source.slice(index2, end) });
          index2 = end;
        } else if (char === ESCAPE) {
          tokens2.push({ single: source.slice(index2, index2 + 2) });
          index2 += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index2;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens2.push({ boundary: source.slice(index2, end) });
          index2 = end;
        } else if (char === "^" || char === "$") {
          tokens2.push({ boundary: char });
          index2++;
        } else {
          tokens2.push({ single: char });
          index2++;
        }
      }
      let out = EMPTY;
      let run2 = [];
      const flush = () => {
        let lastWildcard;
        run2.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run2.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run2, at)})[^\\/])*`;
        });
        run2 = [];
      };
      tokens2.forEach((token) => {
        if (token.boundary === void 0) {
          run2.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index2) => sources[index2]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH2) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head2 = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head2}$` : last === TRAILING_DOUBLESTAR ? head2 : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index2 = body.indexOf(SLASH2);
      return index2 < 0 || index2 === body.length - 1;
    };
    var basenameOf = (path) => {
      const end = path.length - 1;
      const index2 = path.lastIndexOf(
        SLASH2,
        path[end] === SLASH2 ? end - 1 : end
      );
      return index2 < 0 ? path : path.slice(index2 + 1);
    };
    var parentOf = (path) => {
      if (path.charCodeAt(0) === SLASH_CODE || path.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path.split(SLASH2).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH2) + SLASH2 : EMPTY;
      }
      const end = path.length - 1;
      const cut = path.lastIndexOf(
        SLASH2,
        path.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key2 = UNDERSCORE + MODE_IGNORE;
        if (this[key2]) {
          return this[key2];
        }
        return this._make(MODE_IGNORE, key2);
      }
      get checkRegex() {
        const key2 = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key2]) {
          return this[key2];
        }
        return this._make(MODE_CHECK_IGNORE, key2);
      }
      _make(mode, key2) {
        const str = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key2, regex);
      }
    };
    var hasTrailingBackslash = (str) => {
      let count = 0;
      while (str[str.length - count - 1] === ESCAPE) {
        count++;
      }
      return count % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM2 ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index2) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule11 = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index2
        );
        if (rule11) {
          this._added = true;
          this._rules.push(rule11);
          if (matchesBasename(rule11.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM2;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path) {
        const rules2 = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH2 ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index2 = rules2.length - 1; index2 >= 0; index2--) {
          const rule11 = rules2[index2];
          if (rule11.checkRegex.test(path)) {
            ignored = !rule11.negative;
            unignored = rule11.negative;
            matchedRule = rule11.negative ? UNDEFINED : rule11;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path, mode) {
        const rules2 = this._rules;
        const { length } = rules2;
        const shortcut = this._basenameCount * 2 >= length;
        const basename8 = shortcut ? basenameOf(path) : path;
        for (let index2 = length - 1; index2 >= 0; index2--) {
          const rule11 = rules2[index2];
          if (rule11[mode].test(
            shortcut && rule11._basenameOnly ? basename8 : path
          )) {
            const { negative } = rule11;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule11;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path, originalPath, doThrow) => {
      if (!isString(path)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path) => {
      const first = path.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path.length === 1) {
        return true;
      }
      const second = path.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path.length === 2 || path.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache, path) {
        checkPath(
          path,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path ? this._t(path, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path = convertPath(target);
        if (!path || path.charCodeAt(path.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path);
        }
        const dir = this._t(path, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal2 = this._rules.testLiteral(path);
        return literal2.ignored || literal2.unignored ? literal2 : dir;
      }
      _t(path, cache) {
        if (path in cache) {
          return cache[path];
        }
        const parentPath = parentOf(path);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path] = parent && parent.ignored ? parent : this._rules.test(path, MODE_IGNORE);
      }
      ignores(path) {
        return this._test(path, this._ignoreCache, convertPath(path)).ignored;
      }
      createFilter() {
        return (path) => !this.ignores(path);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path) {
        return this._test(path, this._testCache, convertPath(path));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path) => checkPath(convertPath(path), path, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path) || isNotRelative(path);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap11 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar8 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq8 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection2(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar8(node) || isCollection2(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection2;
    exports.isDocument = isDocument;
    exports.isMap = isMap11;
    exports.isNode = isNode;
    exports.isPair = isPair3;
    exports.isScalar = isScalar8;
    exports.isSeq = isSeq8;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit2(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    function visit_(key2, node, visitor, path) {
      const ctrl = callVisitor(key2, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key2, path, ctrl);
        return visit_(key2, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key2, node, visitor, path) {
      const ctrl = await callVisitor(key2, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key2, path, ctrl);
        return visitAsync_(key2, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key2, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key2, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key2, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key2, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key2, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key2, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key2, node, path);
      return void 0;
    }
    function replaceNode(key2, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key2] = node;
      } else if (identity.isPair(parent)) {
        if (key2 === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit2;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    var identity = require_identity();
    var visit2 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml2, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml2);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version2] = parts;
            if (version2 === "1.1" || version2 === "1.2") {
              this.yaml.version = version2;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version2);
              onError(6, `Unsupported YAML version ${version2}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries2 = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries2.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit2.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries2) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    var identity = require_identity();
    var visit2 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit2.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    function applyReviver(reviver, obj, key2, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key2, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    var identity = require_identity();
    function toJS(value2, arg, ctx) {
      if (Array.isArray(value2))
        return value2.map((v, i) => toJS(v, String(i), ctx));
      if (value2 && typeof value2.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value2))
          return value2.toJSON(arg, ctx);
        const data2 = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value2, data2);
        ctx.onCreate = (res2) => {
          data2.res = res2;
          delete ctx.onCreate;
        };
        const res = value2.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value2 === "bigint" && !ctx?.keep)
        return Number(value2);
      return value2;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    var anchors = require_anchors();
    var visit2 = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit2.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data2 = anchors2.get(found);
          if (!data2) {
            toJS.toJS(found, null, ctx);
            data2 = anchors2.get(found);
          }
          if (data2?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data2.count += 1;
            if (data2.aliasCount === 0)
              data2.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data2.count * data2.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value2) => !value2 || typeof value2 !== "function" && typeof value2 !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value2) {
        super(identity.SCALAR);
        this.value = value2;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value2, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value2) && !t.format);
    }
    function createNode(value2, tagName, ctx) {
      if (identity.isDocument(value2))
        value2 = value2.contents;
      if (identity.isNode(value2))
        return value2;
      if (identity.isPair(value2)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value2);
        return map;
      }
      if (value2 instanceof String || value2 instanceof Number || value2 instanceof Boolean || typeof BigInt !== "undefined" && value2 instanceof BigInt) {
        value2 = value2.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value2 && typeof value2 === "object") {
        ref = sourceObjects.get(value2);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value2));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value2, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value2, tagName, schema.tags);
      if (!tagObj) {
        if (value2 && typeof value2.toJSON === "function") {
          value2 = value2.toJSON();
        }
        if (!value2 || typeof value2 !== "object") {
          const node2 = new Scalar.Scalar(value2);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value2 instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value2) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value2, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value2, ctx) : new Scalar.Scalar(value2);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value2) {
      let v = value2;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value2) {
        if (isEmptyPath(path))
          this.add(value2);
        else {
          const [key2, ...rest] = path;
          const node = this.get(key2, true);
          if (identity.isCollection(node))
            node.addIn(rest, value2);
          else if (node === void 0 && this.schema)
            this.set(key2, collectionFromPath(this.schema, rest, value2));
          else
            throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key2, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key2);
        const node = this.get(key2, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key2, ...rest] = path;
        const node = this.get(key2, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key2, ...rest] = path;
        if (rest.length === 0)
          return this.has(key2);
        const node = this.get(key2, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value2) {
        const [key2, ...rest] = path;
        if (rest.length === 0) {
          this.set(key2, value2);
        } else {
          const node = this.get(key2, true);
          if (identity.isCollection(node))
            node.setIn(rest, value2);
          else if (node === void 0 && this.schema)
            this.set(key2, collectionFromPath(this.schema, rest, value2));
          else
            throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent2) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent2 ? comment.replace(/^(?! *$)/gm, indent2) : comment;
    }
    var lineComment = (str, indent2, comment) => str.endsWith("\n") ? indentComment(comment, indent2) : comment.includes("\n") ? "\n" + indentComment(comment, indent2) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent2, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent2.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent2.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent2.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent2.length);
          end = i + indent2.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent2}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent2}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent2) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent2) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value2, ctx) {
      const json = JSON.stringify(value2);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent2 = ctx.indent || (containsDocumentMarker(value2) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent2;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent2, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value2, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value2.includes("\n") || /[ \t]\n|\n[ \t]/.test(value2))
        return doubleQuotedString(value2, ctx);
      const indent2 = ctx.indent || (containsDocumentMarker(value2) ? "  " : "");
      const res = "'" + value2.replace(/'/g, "''").replace(/\n+/g, `$&
${indent2}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent2, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value2, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value2.includes('"');
        const hasSingle = value2.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value2, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value: value2 }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value2)) {
        return quotedString(value2, ctx);
      }
      const indent2 = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value2) ? "  " : "");
      const literal2 = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value2, lineWidth, indent2.length);
      if (!value2)
        return literal2 ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value2.length; endStart > 0; --endStart) {
        const ch = value2[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value2.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value2 === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value2 = value2.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent2}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value2.length; ++startEnd) {
        const ch = value2[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value2.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value2 = value2.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent2}`);
      }
      const indentSize = indent2 ? "2" : "1";
      let header2 = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header2 += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal2) {
        const foldedValue = value2.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent2}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent2, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header2}
${indent2}${body}`;
      }
      value2 = value2.replace(/\n+/g, `$&${indent2}`);
      return `|${header2}
${indent2}${start}${value2}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value: value2 } = item;
      const { actualString, implicitKey, indent: indent2, indentStep, inFlow } = ctx;
      if (implicitKey && value2.includes("\n") || inFlow && /[[\]{},]/.test(value2)) {
        return quotedString(value2, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value2)) {
        return implicitKey || inFlow || !value2.includes("\n") ? quotedString(value2, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value2.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value2)) {
        if (indent2 === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent2 === indentStep) {
          return quotedString(value2, ctx);
        }
      }
      const str = value2.replace(/\n+/g, `$&
${indent2}`);
      if (actualString) {
        const test2 = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test2) || compat?.some(test2))
          return quotedString(value2, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent2, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key: key2, value: value2 }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent: indent2, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key2) && key2.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key2) || !identity.isNode(key2) && typeof key2 === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key2 || keyComment && value2 == null && !ctx.inFlow || identity.isCollection(key2) || (identity.isScalar(key2) ? key2.type === Scalar.Scalar.BLOCK_FOLDED || key2.type === Scalar.Scalar.BLOCK_LITERAL : typeof key2 === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent2 + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key2, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value2 == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value2 == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent2}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value2)) {
        vsb = !!value2.spaceBefore;
        vcb = value2.commentBefore;
        valueComment = value2.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value2 && typeof value2 === "object")
          value2 = doc.createNode(value2);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value2))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value2) && !value2.flow && !value2.tag && !value2.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value2, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value2)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value2.flow ?? value2.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge2 = {
      identify: (value2) => value2 === MERGE_KEY || typeof value2 === "symbol" && value2.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey2 = (ctx, key2) => (merge2.identify(key2) || identity.isScalar(key2) && (!key2.type || key2.type === Scalar.Scalar.PLAIN) && merge2.identify(key2.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge2.tag && tag.default);
    function addMergeToJSMap(ctx, map, value2) {
      const source = resolveAliasValue(ctx, value2);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value2) {
      const source = resolveAliasValue(ctx, value2);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key2, value3] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key2))
            map.set(key2, value3);
        } else if (map instanceof Set) {
          map.add(key2);
        } else if (!Object.prototype.hasOwnProperty.call(map, key2)) {
          Object.defineProperty(map, key2, {
            value: value3,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value2) {
      return ctx && identity.isAlias(value2) ? value2.resolve(ctx.doc, ctx) : value2;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey2;
    exports.merge = merge2;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    var log = require_log();
    var merge2 = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key: key2, value: value2 }) {
      if (identity.isNode(key2) && key2.addToJSMap)
        key2.addToJSMap(ctx, map, value2);
      else if (merge2.isMergeKey(ctx, key2))
        merge2.addMergeToJSMap(ctx, map, value2);
      else {
        const jsKey = toJS.toJS(key2, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value2, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key2, jsKey, ctx);
          const jsValue = toJS.toJS(value2, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key2, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key2) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key2.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key2, value2, ctx) {
      const k = createNode.createNode(key2, void 0, ctx);
      const v = createNode.createNode(value2, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key2, value2 = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key2;
        this.value = value2;
      }
      clone(schema) {
        let { key: key2, value: value2 } = this;
        if (identity.isNode(key2))
          key2 = key2.clone(schema);
        if (identity.isNode(value2))
          value2 = value2.clone(schema);
        return new _Pair(key2, value2);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent: indent2, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent2}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent2);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent: indent2, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent2}${line}` : "\n";
          return `${str}
${indent2}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent: indent2, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent2);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key2) {
      const k = identity.isScalar(key2) ? key2.value : key2;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key2 || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key2, value2) => {
          if (typeof replacer === "function")
            value2 = replacer.call(obj, key2, value2);
          else if (Array.isArray(replacer) && !replacer.includes(key2))
            return;
          if (value2 !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key2, value2, ctx));
        };
        if (obj instanceof Map) {
          for (const [key2, value2] of obj)
            add(key2, value2);
        } else if (obj && typeof obj === "object") {
          for (const key2 of Object.keys(obj))
            add(key2, obj[key2]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key2) {
        const it = findPair(this.items, key2);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key2, keepScalar) {
        const it = findPair(this.items, key2);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key2) {
        return !!findPair(this.items, key2);
      }
      set(key2, value2) {
        this.add(new Pair.Pair(key2, value2), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value2) {
        this.items.push(value2);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key2) {
        const idx = asItemIndex(key2);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key2, keepScalar) {
        const idx = asItemIndex(key2);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key2) {
        const idx = asItemIndex(key2);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key2, value2) {
        const idx = asItemIndex(key2);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key2}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value2))
          prev.value = value2;
        else
          this.items[idx] = value2;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key2 = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key2, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key2) {
      let idx = identity.isScalar(key2) ? key2.value : key2;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value2) => typeof value2 === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value2) => value2 == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value2) => typeof value2 === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value: value2 }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value2 === sv)
            return source;
        }
        return value2 ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    function stringifyNumber({ format: format3, minFractionDigits, tag, value: value2 }) {
      if (typeof value2 === "bigint")
        return String(value2);
      const num = typeof value2 === "number" ? value2 : Number(value2);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value2, -0) ? "-0" : JSON.stringify(value2);
      if (!format3 && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value2) => typeof value2 === "bigint" || Number.isInteger(value2);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value: value2 } = node;
      if (intIdentify(value2) && value2 >= 0)
        return prefix + value2.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value2) => intIdentify(value2) && value2 >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value2) => intIdentify(value2) && value2 >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value2) {
      return typeof value2 === "bigint" || Number.isInteger(value2);
    }
    var stringifyJSON = ({ value: value2 }) => JSON.stringify(value2);
    var jsonScalars = [
      {
        identify: (value2) => typeof value2 === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value2) => value2 == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value2) => typeof value2 === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value: value2 }) => intIdentify(value2) ? value2.toString() : JSON.stringify(value2)
      },
      {
        identify: (value2) => typeof value2 === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value2) => value2 instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value: value2 }, ctx, onComment, onChompKeep) {
        if (!value2)
          return "";
        const buf = value2;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key2, value2;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key2 = it[0];
              value2 = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key2 = keys[0];
              value2 = it[key2];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key2 = it;
          }
          pairs2.items.push(Pair.createPair(key2, value2, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key2, value2;
          if (identity.isPair(pair)) {
            key2 = toJS.toJS(pair.key, "", ctx);
            value2 = toJS.toJS(pair.value, key2, ctx);
          } else {
            key2 = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key2))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key2, value2);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value2) => value2 instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key: key2 } of pairs$1.items) {
          if (identity.isScalar(key2)) {
            if (seenKeys.includes(key2.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key2.value}`);
            } else {
              seenKeys.push(key2.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    var Scalar = require_Scalar();
    function boolStringify({ value: value2, source }, ctx) {
      const boolObj = value2 ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value2 ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value2) => value2 === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value2) => value2 === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value2) => typeof value2 === "bigint" || Number.isInteger(value2);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value: value2 } = node;
      if (intIdentify(value2)) {
        const str = value2.toString(radix);
        return value2 < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key2) {
        let pair;
        if (identity.isPair(key2))
          pair = key2;
        else if (key2 && typeof key2 === "object" && "key" in key2 && "value" in key2 && key2.value === null)
          pair = new Pair.Pair(key2.key, null);
        else
          pair = new Pair.Pair(key2, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key2, keepPair) {
        const pair = YAMLMap.findPair(this.items, key2);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key2, value2) {
        if (typeof value2 !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value2}`);
        const prev = YAMLMap.findPair(this.items, key2);
        if (prev && !value2) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value2) {
          this.items.push(new Pair.Pair(key2));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value2 of iterable) {
            if (typeof replacer === "function")
              value2 = replacer.call(iterable, value2, value2);
            set2.items.push(Pair.createPair(value2, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value2) => value2 instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value: value2 } = node;
      let num = (n) => n;
      if (typeof value2 === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value2) || !isFinite(value2))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value2 < 0) {
        sign = "-";
        value2 *= num(-1);
      }
      const _60 = num(60);
      const parts = [value2 % _60];
      if (value2 < 60) {
        parts.unshift(0);
      } else {
        value2 = (value2 - parts[0]) / _60;
        parts.unshift(value2 % _60);
        if (value2 >= 60) {
          value2 = (value2 - parts[0]) / _60;
          parts.unshift(value2);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value2) => typeof value2 === "bigint" || Number.isInteger(value2),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value2) => typeof value2 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value2) => value2 instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value: value2 }) => value2?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge2.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge2.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge2.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge2.merge) ? schemaTags.concat(merge2.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key2) => key2 !== "yaml11").map((key2) => JSON.stringify(key2)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge2.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key2) => JSON.stringify(key2)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge: merge2, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge2);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value2, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version: version2 } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version2 = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version: version2 });
        this.setSchema(version2, options);
        this.contents = value2 === void 0 ? null : this.createNode(value2, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value2) {
        if (assertCollection(this.contents))
          this.contents.add(value2);
      }
      /** Adds a value to the document. */
      addIn(path, value2) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value2);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value2, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value2 = replacer.call({ "": value2 }, "", value2);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value2, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key2, value2, options = {}) {
        const k = this.createNode(key2, null, options);
        const v = this.createNode(value2, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key2) {
        return assertCollection(this.contents) ? this.contents.delete(key2) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key2, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key2, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key2) {
        return identity.isCollection(this.contents) ? this.contents.has(key2) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key2, value2) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key2], value2);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key2, value2);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value2) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value2;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value2);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value2);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version2, options = {}) {
        if (typeof version2 === "number")
          version2 = String(version2);
        let opt;
        switch (version2) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version2;
            else
              this.directives = new directives.Directives({ version: version2 });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version2);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    function resolveProps(tokens2, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens2) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens2[tokens2.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    function containsNewline(key2) {
      if (!key2)
        return null;
      switch (key2.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key2.source.includes("\n"))
            return true;
          if (key2.end) {
            for (const st of key2.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key2.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent2, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent2 && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key: key2, sep: sep4, value: value2 } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key2 ?? sep4?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key2) {
            if (key2.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key2 && key2.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep4) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key2)) {
            onError(key2 ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key2 ? composeNode(ctx, key2, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key2, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep4 ?? [], {
          indicator: "map-value-ind",
          next: value2,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key2 || key2.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value2?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value2 ? composeNode(ctx, value2, valueProps, onError) : composeEmptyNode(ctx, offset, sep4, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value2, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value: value2 } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value2,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value2) {
            if (value2?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value2 ? composeNode(ctx, value2, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value2, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep4 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep4 + cb;
              sep4 = "";
              break;
            }
            case "newline":
              if (comment)
                sep4 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap11 = fc.start.source === "{";
      const fcName = isMap11 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap11 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key: key2, sep: sep4, value: value2 } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key2 ?? sep4?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep4 && !value2) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap11 && ctx.options.strict && utilContainsNewline.containsNewline(key2))
            onError(
              key2,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap11 && !sep4 && !props.found) {
          const valueNode = value2 ? composeNode(ctx, value2, props, onError) : composeEmptyNode(ctx, props.end, sep4, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value2))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key2 ? composeNode(ctx, key2, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key2))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep4 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value2,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap11 && !props.found && ctx.options.strict) {
              if (sep4)
                for (const st of sep4) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value2) {
            if ("source" in value2 && value2.source?.[0] === ":")
              onError(value2, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value2 ? composeNode(ctx, value2, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep4, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value2))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap11) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap11 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar2, onError) {
      const start = scalar2.offset;
      const header2 = parseBlockScalarHeader(scalar2, ctx.options.strict, onError);
      if (!header2)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header2.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar2.source ? splitLines2(scalar2.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value3 = header2.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header2.length;
        if (scalar2.source)
          end2 += scalar2.source.length;
        return { value: value3, type, comment: header2.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar2.indent + header2.indent;
      let offset = scalar2.offset + header2.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent2, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header2.indent === 0 && indent2.length > trimIndent)
            trimIndent = indent2.length;
        } else {
          if (indent2.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent2.length, "MISSING_CHAR", message);
          }
          if (header2.indent === 0)
            trimIndent = indent2.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent2.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value2 = "";
      let sep4 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value2 += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent2, content] = lines[i];
        offset += indent2.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent2.length < trimIndent) {
          const src = header2.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent2 = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value2 += sep4 + indent2.slice(trimIndent) + content;
          sep4 = "\n";
        } else if (indent2.length > trimIndent || content[0] === "	") {
          if (sep4 === " ")
            sep4 = "\n";
          else if (!prevMoreIndented && sep4 === "\n")
            sep4 = "\n\n";
          value2 += sep4 + indent2.slice(trimIndent) + content;
          sep4 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep4 === "\n")
            value2 += "\n";
          else
            sep4 = "\n";
        } else {
          value2 += sep4 + content;
          sep4 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header2.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value2 += "\n" + lines[i][0].slice(trimIndent);
          if (value2[value2.length - 1] !== "\n")
            value2 += "\n";
          break;
        default:
          value2 += "\n";
      }
      const end = start + header2.length + scalar2.source.length;
      return { value: value2, type, comment: header2.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent2 = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent2 && n)
            indent2 = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent: indent2, chomp, comment, length };
    }
    function splitLines2(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar2, strict, onError) {
      const { offset, type, source, end } = scalar2;
      let _type;
      let value2;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value2 = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value2 = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value2 = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar2, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value: value2,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep4 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep4 === "\n")
            res += sep4;
          else
            sep4 = "\n";
        } else {
          res += sep4 + lm;
          sep4 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep4 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value: value2, type, comment, range: range2 } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value2, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value2, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar2;
      try {
        const res = tag.resolve(value2, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar2 = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar2 = new Scalar.Scalar(value2);
      }
      scalar2.range = range2;
      scalar2.source = value2;
      if (type)
        scalar2.type = type;
      if (tagName)
        scalar2.tag = tagName;
      if (tag.format)
        scalar2.format = tag.format;
      if (comment)
        scalar2.comment = comment;
      return scalar2;
    }
    function findScalarTagByName(schema, value2, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value2))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value2, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value2)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value2)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value: value2, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value2 ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value2 && (value2.type === "block-map" || value2.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value2 ? composeNode.composeNode(ctx, value2, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens2, forceDoc = false, endOffset = -1) {
        for (const token of tokens2)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value2, context) {
      const { implicitKey = false, indent: indent2, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value: value2 }, {
        implicitKey,
        indent: indent2 > 0 ? " ".repeat(indent2) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent: indent2, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head2 = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent: indent2, source: head2 }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent: indent2, source: "\n" });
          return { type: "block-scalar", offset, indent: indent2, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent: indent2, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent: indent2, source, end };
        default:
          return { type: "scalar", offset, indent: indent2, source, end };
      }
    }
    function setScalarValue(token, value2, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent2 = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent2 === "number")
        indent2 += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header2 = token.props[0];
            if (header2.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header2.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value: value2 }, {
        implicitKey: implicitKey || indent2 === null,
        indent: indent2 !== null && indent2 > 0 ? " ".repeat(indent2) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head2 = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header2 = token.props[0];
        if (header2.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header2.source = head2;
        token.source = body;
      } else {
        const { offset } = token;
        const indent2 = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent: indent2, source: head2 }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent: indent2, source: "\n" });
        for (const key2 of Object.keys(token))
          if (key2 !== "type" && key2 !== "offset")
            delete token[key2];
        Object.assign(token, { type: "block-scalar", indent: indent2, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent2 = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key2 of Object.keys(token))
            if (key2 !== "type" && key2 !== "offset")
              delete token[key2];
          Object.assign(token, { type, indent: indent2, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key: key2, sep: sep4, value: value2 }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key2)
        res += stringifyToken(key2);
      if (sep4)
        for (const st of sep4)
          res += st.source;
      if (value2)
        res += stringifyToken(value2);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit2(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    visit2.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index2] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index2];
        } else
          return void 0;
      }
      return item;
    };
    visit2.parentCollection = (cst, path) => {
      const parent = visit2.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit2;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM2 = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection2 = (token) => !!token && "items" in token;
    var isScalar8 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM2:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM2:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM2;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection2;
    exports.isScalar = isScalar8;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer2 = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent2 = 0;
          while (ch === " ")
            ch = this.buffer[++indent2 + offset];
          if (ch === "\r") {
            const next = this.buffer[indent2 + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent2 + 1;
          }
          return ch === "\n" || indent2 >= this.indentNext || !ch && !this.atEnd ? offset + indent2 : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent2 = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent2 = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent2 !== -1 && indent2 < this.indentNext && line[0] !== "#" || indent2 === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent2 === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent2 = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent2 += 1;
              break;
            case "\n":
              nl = i2;
              indent2 = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent2 >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent2;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent2 > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test2) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test2(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer2;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar2) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep4;
          if (scalar2.end) {
            sep4 = scalar2.end;
            sep4.push(this.sourceToken);
            delete scalar2.end;
          } else
            sep4 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar2.offset,
            indent: scalar2.indent,
            items: [{ start, key: scalar2, sep: sep4 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar2);
      }
      *blockScalar(scalar2) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar2.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar2.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key2 = it.key;
                  const sep4 = it.sep;
                  sep4.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key: key2, sep: sep4 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep4 = fc.end.splice(1, fc.end.length);
            sep4.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep4 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent2) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent2)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse2(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value2, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent2 = Math.round(options);
        options = indent2 < 1 ? void 0 : indent2 > 8 ? { indent: 8 } : { indent: indent2 };
      }
      if (value2 === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value2) && !_replacer)
        return value2.toString(options);
      return new Document.Document(value2, _replacer, options).toString(options);
    }
    exports.parse = parse2;
    exports.parseAllDocuments = parseAllDocuments2;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    init_define_STRATA_DATA();
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit2 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit2.visit;
    exports.visitAsync = visit2.visitAsync;
  }
});

// src/attach.ts
function attachAnnotations(placed, anchors, commentOnlyLines2) {
  const byStart = [...anchors].sort((a, b) => a.start - b.start);
  const inside = innermostAnchors(placed, byStart);
  const runEnd = commentRunEnds(commentOnlyLines2);
  const owned = /* @__PURE__ */ new Map();
  const loose = [];
  const give = (owner, a) => {
    const list = owned.get(owner);
    if (list) list.push(a);
    else owned.set(owner, [a]);
  };
  for (const [i, p] of placed.entries()) {
    if (p.annotation.kind === "default-need") {
      loose.push(p);
      continue;
    }
    const container = inside[i];
    const below2 = p.ownLine ? byStart[firstStartingAfter(byStart, p.offset)] : void 0;
    const adjacent = below2 !== void 0 && below2.line > p.line && (!container || below2.start < container.end) && (below2.line === p.line + 1 || (runEnd.get(p.line + 1) ?? 0) >= below2.line - 1);
    if (adjacent) give(below2.owner, p.annotation);
    else if (container) give(container.owner, p.annotation);
    else loose.push(p);
  }
  return { owned, loose };
}
function innermostAnchors(placed, byStart) {
  const order = placed.map((_, i) => i).sort((a, b) => placed[a].offset - placed[b].offset);
  const result = new Array(placed.length);
  const open = [];
  let next = 0;
  for (const i of order) {
    const offset = placed[i].offset;
    while (next < byStart.length && byStart[next].start <= offset) open.push(byStart[next++]);
    while (open.length > 0 && open[open.length - 1].end <= offset) open.pop();
    result[i] = open[open.length - 1];
  }
  return result;
}
function firstStartingAfter(byStart, offset) {
  let low = 0;
  let high = byStart.length;
  while (low < high) {
    const mid = low + high >> 1;
    if (byStart[mid].start > offset) high = mid;
    else low = mid + 1;
  }
  return low;
}
function commentRunEnds(lines) {
  const sorted = [...lines].sort((a, b) => b - a);
  const ends = /* @__PURE__ */ new Map();
  for (const line of sorted) ends.set(line, ends.get(line + 1) ?? line);
  return ends;
}
function placeDirectives(file, comments2, lines, context) {
  const placed = [];
  for (const comment of comments2) {
    const span2 = findDirective(comment.text);
    if (!span2) continue;
    const location = lines.location(file, comment.textStart + span2.start, comment.textStart + span2.end);
    const line = lines.lineOf(comment.start);
    placed.push({
      annotation: parseDirective(comment.text.slice(span2.start, span2.end), location, context),
      offset: comment.start,
      line,
      ownLine: onlyBlanksBefore(lines.text, lines.lineStart(line), comment.start)
    });
  }
  return placed;
}
function commentOnlyLines(comments2, lines) {
  const only = /* @__PURE__ */ new Set();
  for (const comment of comments2) {
    const line = lines.lineOf(comment.start);
    if (!onlyBlanksBefore(lines.text, lines.lineStart(line), comment.start)) continue;
    const last = lines.lineOf(Math.max(comment.start, comment.end - 1));
    for (let l = line; l <= last; l++) only.add(l);
  }
  return only;
}
function onlyBlanksBefore(text, lineStart, offset) {
  for (let i = offset - 1; i >= lineStart; i--) if (!/\s/.test(text[i])) return false;
  return true;
}
function misplacedDefault(annotation, firstBlock, lines) {
  if (annotation.kind !== "default-need") return annotation;
  const firstLine = firstBlock === Infinity ? Infinity : lines.lineOf(firstBlock);
  if (annotation.location.startLine < firstLine) return annotation;
  return {
    kind: "invalid",
    problem: "a file default (strata: default needs=\u2026) must come before the first block",
    location: annotation.location,
    source: annotation.source
  };
}
var init_attach = __esm({
  "src/attach.ts"() {
    "use strict";
    init_define_STRATA_DATA();
    init_annotations();
  }
});

// src/needs.ts
function nearestNeeds(levels) {
  const chosen = levels.find((level) => level.some((a) => a.kind === "need"));
  return levels.flatMap((level) => level === chosen ? level : level.filter((a) => a.kind !== "need"));
}
function inferNeed(workload, fileDefault, configured) {
  const needs = workload.annotations.filter((a) => a.kind === "need");
  const level = nearestNeeds([
    needs.filter((n) => n.via === "comment"),
    needs.filter((n) => n.via === "tag" || n.via === "label" || n.via === "x-strata" || n.via === "metadata"),
    needs.filter((n) => n.via === "module")
  ]);
  const chosen = level[0];
  const conflicts = level.slice(1).map(
    (n) => ({
      kind: "invalid",
      problem: n.via === "module" ? `this module is also loaded by a call that declares needs=${chosen.needs} (${chosen.location.file}:${chosen.location.startLine}); its workloads take the first, so this one is ignored` : `${workload.address} already declares needs=${chosen.needs} at ${chosen.location.file}:${chosen.location.startLine}; a workload has one need, so this one is ignored`,
      location: n.location,
      source: n.source
    })
  );
  if (chosen) {
    return {
      need: { stratum: chosen.stratum, needs: chosen.needs, reason: chosen.reason, source: { kind: chosen.via, location: chosen.location, call: chosen.call } },
      conflicts
    };
  }
  if (fileDefault) {
    return {
      need: { stratum: fileDefault.stratum, needs: fileDefault.needs, reason: fileDefault.reason, source: { kind: "file-default", location: fileDefault.location } },
      conflicts
    };
  }
  return { need: configured ?? null, conflicts };
}
function fileDefaultOf(annotations) {
  const defaults = annotations.filter((a) => a.kind === "default-need");
  const [first, ...rest] = defaults;
  return {
    fileDefault: first,
    conflicts: rest.map((d) => ({
      kind: "invalid",
      problem: `this file already has a default need at line ${first.location.startLine}; only the first counts`,
      location: d.location,
      source: d.source
    }))
  };
}
function fileLevelAnnotations(annotations) {
  const { fileDefault, conflicts } = fileDefaultOf(annotations);
  const loose = [...conflicts];
  for (const annotation of annotations) {
    if (annotation.kind === "default-need") {
      if (annotation === fileDefault) loose.push(annotation);
    } else loose.push(annotation.kind === "need" ? strayNeed(annotation) : annotation);
  }
  return { fileDefault, loose };
}
function strayNeed(annotation) {
  return {
    kind: "invalid",
    problem: "it applies to no workload: put it directly above or inside a resource the catalog knows (`strata inventory` lists them)",
    location: annotation.location,
    source: annotation.source
  };
}
function distinctAnnotations(annotations) {
  const key2 = (a) => `${a.location.file}\0${a.location.startLine}\0${a.location.startColumn}\0${a.kind}\0${a.kind === "invalid" ? a.problem : ""}`;
  return [...new Map(annotations.map((a) => [key2(a), a])).values()];
}
var init_needs = __esm({
  "src/needs.ts"() {
    "use strict";
    init_define_STRATA_DATA();
  }
});

// src/text/positions.ts
var LineIndex, Utf8OffsetMap;
var init_positions = __esm({
  "src/text/positions.ts"() {
    "use strict";
    init_define_STRATA_DATA();
    LineIndex = class {
      constructor(text) {
        this.text = text;
      }
      text;
      lineStarts;
      /** Built on first use: most files of a big tree never need a position. */
      get starts() {
        this.lineStarts ??= this.computeStarts();
        return this.lineStarts;
      }
      computeStarts() {
        const text = this.text;
        const starts = [0];
        for (let i = 0; i < text.length; i++) {
          const c = text.charCodeAt(i);
          if (c === 10) starts.push(i + 1);
          else if (c === 13) {
            if (text.charCodeAt(i + 1) === 10) i++;
            starts.push(i + 1);
          }
        }
        return starts;
      }
      get lineCount() {
        return this.starts.length;
      }
      /** 1-based line containing the offset (offsets past the end clamp to the last line). */
      lineOf(offset) {
        const starts = this.starts;
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
          const mid = lo + hi + 1 >> 1;
          if (starts[mid] <= offset) lo = mid;
          else hi = mid - 1;
        }
        return lo + 1;
      }
      lineStart(line) {
        return this.starts[Math.min(Math.max(line, 1), this.starts.length) - 1];
      }
      /** The line's text without its line break. */
      lineText(line) {
        const start = this.lineStart(line);
        const next = line < this.starts.length ? this.starts[line] : this.text.length;
        let end = next;
        while (end > start && (this.text.charCodeAt(end - 1) === 10 || this.text.charCodeAt(end - 1) === 13)) end--;
        return this.text.slice(start, end);
      }
      position(offset) {
        const clamped = Math.min(Math.max(offset, 0), this.text.length);
        const line = this.lineOf(clamped);
        return { line, column: clamped - this.lineStart(line) + 1 };
      }
      location(file, start, end) {
        const s = this.position(start);
        const e = this.position(Math.max(end, start));
        return { file, startLine: s.line, startColumn: s.column, endLine: e.line, endColumn: e.column };
      }
      /** Offset of a 1-based line and a column counted in Unicode code points. */
      offsetOfCodePointColumn(line, codePointColumn) {
        const start = this.lineStart(line);
        const lineText = this.lineText(line);
        let offset = 0;
        for (let n = 1; n < codePointColumn && offset < lineText.length; n++) {
          const c = lineText.charCodeAt(offset);
          offset += c >= 55296 && c <= 56319 && offset + 1 < lineText.length ? 2 : 1;
        }
        return start + offset;
      }
    };
    Utf8OffsetMap = class {
      byteAt = [];
      indexAt = [];
      constructor(text) {
        let bytes = 0;
        for (let i = 0; i < text.length; i++) {
          const c = text.charCodeAt(i);
          if (c < 128) {
            bytes += 1;
            continue;
          }
          let width;
          let units = 1;
          if (c < 2048) width = 2;
          else if (c >= 55296 && c <= 56319 && i + 1 < text.length) {
            width = 4;
            units = 2;
          } else width = 3;
          bytes += width;
          i += units - 1;
          this.byteAt.push(bytes);
          this.indexAt.push(i + 1);
        }
      }
      toIndex(byteOffset) {
        const bytes = this.byteAt;
        let lo = -1;
        let hi = bytes.length - 1;
        while (lo < hi) {
          const mid = lo + hi + 1 >> 1;
          if (bytes[mid] <= byteOffset) lo = mid;
          else hi = mid - 1;
        }
        if (lo < 0) return byteOffset;
        return this.indexAt[lo] + (byteOffset - bytes[lo]);
      }
    };
  }
});

// src/yaml/tree.ts
function anchorTable(root) {
  const table2 = /* @__PURE__ */ new Map();
  const anchors = /* @__PURE__ */ new Map();
  const sizes = /* @__PURE__ */ new Map();
  const open = /* @__PURE__ */ new Set();
  const stack = [{ node: root, closing: false }];
  while (stack.length > 0) {
    const { node, closing } = stack.pop();
    if (closing) {
      let size = 1;
      for (const child2 of children(node)) size += sizeOf(child2, table2, sizes);
      sizes.set(node, size);
      open.delete(node);
      continue;
    }
    if ((0, import_yaml.isAlias)(node)) {
      const target = anchors.get(node.source) ?? null;
      const size = target === null ? 1 : open.has(target) ? Infinity : sizes.get(target) ?? 1;
      table2.set(node, { target, size });
      continue;
    }
    if (node.anchor) anchors.set(node.anchor, node);
    if (!(0, import_yaml.isCollection)(node)) continue;
    open.add(node);
    stack.push({ node, closing: true });
    const kids = children(node);
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i], closing: false });
  }
  return table2;
}
function sizeOf(node, table2, sizes) {
  return table2.get(node)?.size ?? sizes.get(node) ?? 1;
}
function children(node) {
  if (!(0, import_yaml.isCollection)(node)) return [];
  const out = [];
  for (const item of node.items) {
    if ((0, import_yaml.isPair)(item)) {
      if (item.key && typeof item.key === "object") out.push(item.key);
      if (item.value && typeof item.value === "object") out.push(item.value);
    } else if (item && typeof item === "object") out.push(item);
  }
  return out;
}
function duplicateKeys(root) {
  const found = [];
  const stack = root ? [root] : [];
  while (stack.length > 0) {
    const node = stack.pop();
    if ((0, import_yaml.isMap)(node)) {
      const seen = /* @__PURE__ */ new Set();
      for (const pair of node.items) {
        const key2 = pair.key;
        if (!(0, import_yaml.isScalar)(key2) || Number.isNaN(key2.value)) continue;
        if (seen.has(key2.value)) {
          const start = key2.range?.[0] ?? 0;
          found.push({ pos: [start, start + 1], message: "Map keys must be unique" });
        }
        seen.add(key2.value);
      }
    }
    for (const child2 of children(node)) stack.push(child2);
  }
  return found;
}
var import_yaml;
var init_tree = __esm({
  "src/yaml/tree.ts"() {
    "use strict";
    init_define_STRATA_DATA();
    import_yaml = __toESM(require_dist(), 1);
  }
});

// src/yaml/document.ts
function loadYaml(file, text, options = {}) {
  const lines = new LineIndex(text);
  const customTags = options.tags ? localTags(options.tags) : [];
  const parsed2 = (0, import_yaml2.parseAllDocuments)(text, { version: "1.2", merge: true, uniqueKeys: false, prettyErrors: false, strict: true, customTags });
  const documents = (Array.isArray(parsed2) ? parsed2 : []).map((document) => {
    const contents = document.contents ?? null;
    const problems = [...document.errors.map((e) => ({ pos: e.pos, message: yamlMessage(e.message) })), ...duplicateKeys(contents)];
    problems.sort((a, b) => a.pos[0] - b.pos[0]);
    const errors = problems.map((p) => ({ file, location: lines.location(file, p.pos[0], p.pos[1]), message: p.message, level: "error" }));
    const whole = document.errors.length === 0;
    const anchors = contents && whole ? anchorTable(contents) : /* @__PURE__ */ new Map();
    const unknownTags = options.tags ? document.warnings.filter((w) => w.code === "TAG_RESOLVE_FAILED").map((w) => ({ file, location: lines.location(file, w.pos[0], w.pos[1]), message: unknownTagMessage(w.message), level: "warning" })) : [];
    return { file, lines, document, contents, anchors, errors, whole, unknownTags, aliases: { left: ALIAS_BUDGET } };
  });
  return { file, lines, comments: comments(text), documents };
}
function localTags(tags) {
  return tags.flatMap(
    (tag) => [
      { tag, resolve: (value2) => value2 },
      { tag, collection: "seq", resolve: (value2) => value2 },
      { tag, collection: "map", resolve: (value2) => value2 }
    ]
  );
}
function unknownTagMessage(message) {
  const tag = /^Unresolved tag: (.*)$/.exec(yamlMessage(message))?.[1];
  return tag === void 0 ? yamlMessage(message) : `Unknown tag ${tag}: not one this format defines, so the value it marks is read as unknown`;
}
function yamlMessage(message) {
  return message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
}
function comments(text) {
  const found = [];
  let offset = 0;
  for (const token of new import_yaml2.Lexer().lex(text)) {
    if (token === "" || token === "" || token === "") continue;
    if (token.startsWith("#")) found.push({ text: token.slice(1), start: offset, end: offset + token.length, textStart: offset + 1 });
    offset += token.length;
  }
  return found;
}
function deref(node, doc) {
  const current2 = node ?? null;
  const alias = current2 ? doc.anchors.get(current2) : void 0;
  if (!alias) return current2;
  doc.aliases.left -= alias.size;
  if (doc.aliases.left < 0) {
    throw new LimitError('Too many alias expansions (a YAML "billion laughs" bomb?): the file is not scanned', doc, current2.range?.[0] ?? 0);
  }
  return alias.target;
}
function isMergeKey(pair) {
  const key2 = pair.key;
  return (0, import_yaml2.isScalar)(key2) && (key2.value === "<<" || typeof key2.value === "symbol" && String(key2.value) === "Symbol(<<)");
}
function indexed(map, doc, nesting) {
  const known = indexes.get(map);
  if (known) return known;
  const tooDeep = (at) => new LimitError(`Merge keys (<<) nest more than ${MERGE_DEPTH} levels deep: the file is not scanned`, doc, span(at.key)?.[0] ?? 0);
  const list = [];
  const byKey = /* @__PURE__ */ new Map();
  const merged = [];
  let depth = 0;
  for (const pair of map.items) {
    if (!(0, import_yaml2.isPair)(pair)) continue;
    if (isMergeKey(pair)) {
      if (nesting >= MERGE_DEPTH) throw tooDeep(pair);
      const source = deref(pair.value, doc);
      const sources = (0, import_yaml2.isSeq)(source) ? source.items.map((i) => deref(i, doc)) : [source];
      for (const s of sources) {
        if (!(0, import_yaml2.isMap)(s)) continue;
        const inner = indexed(s, doc, nesting + 1);
        depth = Math.max(depth, inner.depth + 1);
        if (depth > MERGE_DEPTH) throw tooDeep(pair);
        for (const e2 of inner.list) merged.push(e2);
      }
      continue;
    }
    const keyNode = pair.key;
    const key2 = (0, import_yaml2.isScalar)(keyNode) ? String(keyNode.value) : String(keyNode);
    const e = { key: key2, keyNode, value: pair.value ?? null, pair };
    list.push(e);
    if (!byKey.has(key2)) byKey.set(key2, e);
  }
  for (const e of merged) {
    if (byKey.has(e.key)) continue;
    byKey.set(e.key, e);
    list.push(e);
  }
  const result = { list, byKey, depth };
  indexes.set(map, result);
  return result;
}
function entries(map, doc) {
  return indexed(map, doc, 0).list;
}
function entry(map, key2, doc) {
  return map ? indexed(map, doc, 0).byKey.get(key2) : void 0;
}
function span(node) {
  const range2 = node?.range;
  return range2 ? [range2[0], range2[1]] : void 0;
}
function mapAt(node, path, doc) {
  let current2 = deref(node, doc);
  for (const key2 of path) {
    if (!(0, import_yaml2.isMap)(current2)) return void 0;
    current2 = deref(entry(current2, key2, doc)?.value, doc);
  }
  return (0, import_yaml2.isMap)(current2) ? current2 : void 0;
}
function stringAt(node, doc) {
  const value2 = deref(node, doc);
  return (0, import_yaml2.isScalar)(value2) && typeof value2.value === "string" ? value2.value : void 0;
}
function entryLocation(e, doc) {
  const start = span(e.keyNode)?.[0] ?? 0;
  return doc.lines.location(doc.file, start, span(e.value)?.[1] ?? span(e.keyNode)?.[1] ?? start);
}
function scalarValue(value2) {
  if (typeof value2 === "string" || typeof value2 === "number" || typeof value2 === "boolean" || value2 === null) return value2;
  return String(value2);
}
var import_yaml2, ALIAS_BUDGET, MERGE_DEPTH, LimitError, indexes;
var init_document = __esm({
  "src/yaml/document.ts"() {
    "use strict";
    init_define_STRATA_DATA();
    import_yaml2 = __toESM(require_dist(), 1);
    init_positions();
    init_tree();
    ALIAS_BUDGET = 25e4;
    MERGE_DEPTH = 32;
    LimitError = class extends Error {
      constructor(message, where3, offset) {
        super(message);
        this.where = where3;
        this.offset = offset;
      }
      where;
      offset;
      get diagnostic() {
        const { file, lines } = this.where;
        return { file, location: lines.location(file, this.offset, this.offset + 1), message: this.message, level: "error" };
      }
    };
    indexes = /* @__PURE__ */ new WeakMap();
  }
});

// src/parsers/cloudformation/values.ts
function intrinsicOf(node, doc) {
  const tag = node.tag;
  if (tag?.startsWith("!") && !tag.startsWith("!!")) {
    const short = tag.slice(1);
    return { name: short === "Ref" || short === "Condition" ? short : `Fn::${short}`, written: tag, argument: node };
  }
  if (!(0, import_yaml3.isMap)(node)) return void 0;
  const list = entries(node, doc);
  if (list.length !== 1) return void 0;
  const [only] = list;
  return only.key === "Ref" || only.key.startsWith("Fn::") ? { name: only.key, written: only.key, argument: only.value } : void 0;
}
function shown(call2, doc) {
  const node = deref(call2.argument, doc);
  return (0, import_yaml3.isScalar)(node) && typeof node.value === "string" ? `${call2.written} ${node.value}` : call2.written;
}
function argumentText(call2, scope) {
  const node = deref(call2.argument, scope.doc);
  return (0, import_yaml3.isScalar)(node) && typeof node.value === "string" ? node.value : void 0;
}
function evaluate(call2, scope) {
  const written = shown(call2, scope.doc);
  if (call2.name === "Ref") return reference(argumentText(call2, scope), scope, written);
  if (!SHORT_FORMS.includes(`!${call2.name.replace(/^Fn::/, "")}`)) return { value: new Unknown(`is ${call2.written}, which CloudFormation does not define`, written) };
  const text = call2.name === "Fn::Sub" ? argumentText(call2, scope) : void 0;
  if (text !== void 0 && !text.includes("${")) return { value: text };
  if (call2.name === "Fn::If") return { value: new Unknown("is chosen by Fn::If from a condition decided at deploy time", written) };
  return { value: new Unknown(`is computed by ${call2.name} at deploy time, which strata does not evaluate`, written) };
}
function reference(name, scope, written) {
  const { doc } = scope;
  if (name === void 0) return { value: new Unknown("is a Ref whose target is not a name", written) };
  if (PSEUDO_PARAMETER.test(name)) return { value: new Unknown(`is the pseudo parameter ${name}, known only at deploy time`, written) };
  const parameter = entry(scope.parameters, name, doc);
  if (parameter) {
    const parameterMap = deref(parameter.value, doc);
    const fallback = (0, import_yaml3.isMap)(parameterMap) ? entry(parameterMap, "Default", doc) : void 0;
    const value2 = deref(fallback?.value, doc);
    if (!fallback || !(0, import_yaml3.isScalar)(value2) || intrinsicOf(value2, doc))
      return { value: new Unknown(`comes from the parameter ${name}, which has no Default: it is given at deploy time`, written) };
    return { value: scalarValue(value2.value), origin: entryLocation(fallback, doc) };
  }
  if (entry(scope.resources, name, doc)) return { value: new Unknown(`is the id of the resource ${name}, known only once it is created`, written) };
  return { value: new Unknown(`refers to ${name}, which is neither a parameter nor a resource of this template`, written) };
}
function literal(raw, doc) {
  const node = deref(raw, doc);
  if (node === null) return null;
  const call2 = intrinsicOf(node, doc);
  if (call2) return new Unknown(`is computed by ${call2.written} at deploy time`, shown(call2, doc));
  return (0, import_yaml3.isScalar)(node) ? scalarValue(node.value) : null;
}
function collect(path, raw, location, scope, out, depth) {
  const { doc } = scope;
  if (depth > PROPERTY_DEPTH)
    throw new PropertiesTooDeep(`The properties nest more than ${PROPERTY_DEPTH} levels deep: this resource is not read`, doc, doc.lines.lineStart(location.startLine));
  const node = deref(raw, doc);
  if (node === null) {
    out.push({ path, value: null, location });
    return;
  }
  const call2 = intrinsicOf(node, doc);
  if (call2) {
    const { value: value2, origin } = evaluate(call2, scope);
    out.push({ path, value: value2, location, ...origin ? { origin } : {} });
    return;
  }
  if ((0, import_yaml3.isSeq)(node)) {
    for (const rawItem of node.items) {
      const item = deref(rawItem, doc);
      const [start, end] = span(item) ?? [0, 0];
      collect(path, item, doc.lines.location(doc.file, start, end), scope, out, depth + 1);
    }
    return;
  }
  if ((0, import_yaml3.isMap)(node)) {
    out.push({ path, value: /* @__PURE__ */ Object.create(null), location });
    for (const item of entries(node, doc)) collect(`${path}.${item.key}`, item.value, entryLocation(item, doc), scope, out, depth + 1);
    return;
  }
  out.push({ path, value: (0, import_yaml3.isScalar)(node) ? scalarValue(node.value) : null, location });
}
var import_yaml3, SHORT_FORMS, PROPERTY_DEPTH, PropertiesTooDeep, PSEUDO_PARAMETER;
var init_values = __esm({
  "src/parsers/cloudformation/values.ts"() {
    "use strict";
    init_define_STRATA_DATA();
    import_yaml3 = __toESM(require_dist(), 1);
    init_model();
    init_document();
    SHORT_FORMS = [
      "!Ref",
      "!Condition",
      ...[
        "And",
        "Base64",
        "Cidr",
        "Contains",
        "EachMemberEquals",
        "EachMemberIn",
        "Equals",
        "FindInMap",
        "ForEach",
        "GetAtt",
        "GetAZs",
        "If",
        "ImportValue",
        "Join",
        "Length",
        "Not",
        "Or",
        "RefAll",
        "Select",
        "Split",
        "Sub",
        "ToJsonString",
        "Transform",
        "ValueOf",
        "ValueOfAll"
      ].map((name) => `!${name}`)
    ];
    PROPERTY_DEPTH = 64;
    PropertiesTooDeep = class extends LimitError {
    };
    PSEUDO_PARAMETER = /^AWS::/;
  }
});

// src/parsers/cloudformation/needs.ts
function metadataNeed(resource, doc, context) {
  const strata = entry(mapAt(resource, ["Metadata"], doc), "strata", doc);
  if (!strata) return null;
  const map = deref(strata.value, doc);
  if (!(0, import_yaml4.isMap)(map)) {
    const [start, end] = span(strata.keyNode) ?? [0, 0];
    return {
      kind: "invalid",
      problem: 'Metadata.strata must be a mapping: { needs: <stratum|intent>, reason: "\u2026" }',
      location: doc.lines.location(doc.file, start, end),
      source: "Metadata.strata"
    };
  }
  const field = (key2) => {
    const e = entry(map, key2, doc);
    return e ? { key: `Metadata.strata.${key2}`, value: literal(e.value, doc), location: entryLocation(e, doc) } : void 0;
  };
  const needs = field("needs");
  return needs ? needFromFields(needs, field("reason"), "metadata", context) : null;
}
function tagsNeed(tags, doc, context) {
  const node = deref(tags, doc);
  const found = [];
  if ((0, import_yaml4.isMap)(node)) {
    for (const e of entries(node, doc)) found.push({ key: e.key, value: literal(e.value, doc), location: entryLocation(e, doc) });
  } else if ((0, import_yaml4.isSeq)(node)) {
    for (const raw of node.items) {
      const item = deref(raw, doc);
      const key2 = (0, import_yaml4.isMap)(item) ? stringAt(entry(item, "Key", doc)?.value, doc) : void 0;
      if (key2 === void 0) continue;
      const [start, end] = span(item) ?? [0, 0];
      found.push({ key: key2, value: literal(entry(item, "Value", doc)?.value, doc), location: doc.lines.location(doc.file, start, end) });
    }
  }
  return needFromTags(found, "tag", context);
}
var import_yaml4;
var init_needs2 = __esm({
  "src/parsers/cloudformation/needs.ts"() {
    "use strict";
    init_define_STRATA_DATA();
    import_yaml4 = __toESM(require_dist(), 1);
    init_annotations();
    init_document();
    init_values();
  }
});

// src/parsers/cloudformation/index.ts
var cloudformation_exports = {};
__export(cloudformation_exports, {
  parseCloudFormation: () => parseCloudFormation
});
function parseCloudFormation(absolutePath, text, context) {
  const file = context.displayPath(absolutePath);
  const yaml2 = loadYaml(file, text, { tags: SHORT_FORMS });
  const diagnostics = [];
  const aliases = { left: ALIAS_BUDGET };
  const candidates = [];
  let globalsAt;
  try {
    for (const document of yaml2.documents) {
      append(diagnostics, document.errors);
      if (!document.whole) continue;
      append(diagnostics, document.unknownTags);
      const doc = { file, lines: yaml2.lines, anchors: document.anchors, aliases };
      const root = deref(document.contents, doc);
      if (!(0, import_yaml5.isMap)(root)) continue;
      const resources = mapAt(root, ["Resources"], doc);
      const scope = { doc, parameters: mapAt(root, ["Parameters"], doc), resources };
      const globals = mapAt(root, ["Globals", "Function"], doc);
      const globalsKey = entry(mapAt(root, ["Globals"], doc), "Function", doc)?.keyNode;
      if (globals && globalsKey && !globalsAt) globalsAt = doc.lines.location(file, ...span(globalsKey));
      const seen = /* @__PURE__ */ new Set();
      for (const resource of resources ? resourceEntries(resources, doc) : []) {
        if (seen.has(resource.key)) continue;
        seen.add(resource.key);
        const body = deref(resource.value, doc);
        const type = (0, import_yaml5.isMap)(body) ? stringAt(entry(body, "Type", doc)?.value, doc) : void 0;
        if (!(0, import_yaml5.isMap)(body) || type === void 0 || !context.knows("cloudformation", type)) continue;
        candidates.push({ resource, body, type, scope, globals: type === SERVERLESS_FUNCTION ? globals : void 0 });
      }
    }
  } catch (e) {
    if (!(e instanceof LimitError)) throw e;
    return { workloads: [], fileAnnotations: [], diagnostics: [...diagnostics, e.diagnostic] };
  }
  const anchors = candidates.map(({ resource }, i) => {
    const start = span(resource.keyNode)[0];
    return { owner: i, start, end: span(resource.value)?.[1] ?? span(resource.keyNode)[1], line: yaml2.lines.lineOf(start) };
  });
  const { owned, loose } = attachAnnotations(placeDirectives(file, yaml2.comments, yaml2.lines, context.annotations), anchors, commentOnlyLines(yaml2.comments, yaml2.lines));
  const workloads = [];
  const inheritable = { left: GLOBAL_FACTS };
  for (const [i, candidate] of candidates.entries()) {
    try {
      workloads.push(workloadOf(candidate, owned.get(i) ?? [], context, inheritable));
    } catch (e) {
      if (e instanceof PropertiesTooDeep) diagnostics.push(e.diagnostic);
      else if (e instanceof LimitError) return { workloads: [], fileAnnotations: [], diagnostics: [...diagnostics, e.diagnostic] };
      else throw e;
    }
  }
  if (inheritable.left < 0 && globalsAt) {
    const message = `More than ${GLOBAL_FACTS} properties copied from Globals.Function into the functions: later functions are read without them`;
    diagnostics.push({ file, location: globalsAt, message, level: "warning" });
  }
  return { workloads, fileAnnotations: loose.map((p) => p.annotation), diagnostics };
}
function resourceEntries(resources, doc, depth = 0) {
  return entries(resources, doc).flatMap((e) => {
    if (!e.key.startsWith("Fn::ForEach::")) return [e];
    const loop = deref(e.value, doc);
    const template = (0, import_yaml5.isSeq)(loop) && depth < FOR_EACH_DEPTH ? deref(loop.items[2], doc) : null;
    return (0, import_yaml5.isMap)(template) ? resourceEntries(template, doc, depth + 1) : [];
  });
}
function workloadOf({ resource, body, type, scope, globals }, comments2, context, inheritable) {
  const { doc } = scope;
  const properties2 = mapAt(body, ["Properties"], doc);
  const facts = [];
  for (const item of properties2 ? entries(properties2, doc) : []) collect(item.key, item.value, entryLocation(item, doc), scope, facts, 1);
  const inherited = [];
  for (const item of globals && inheritable.left >= 0 ? entries(globals, doc) : []) {
    if (!entry(properties2, item.key, doc)) collect(item.key, item.value, entryLocation(item, doc), scope, inherited, 1);
  }
  inheritable.left -= inherited.length;
  if (inheritable.left >= 0) append(facts, inherited);
  const structured = [metadataNeed(body, doc, context.annotations), tagsNeed(entry(properties2, "Tags", doc)?.value, doc, context.annotations)].flatMap((a) => a ? [a] : []);
  const globalTags = tagsNeed(entry(globals, "Tags", doc)?.value, doc, context.annotations);
  const [keyStart, keyEnd] = span(resource.keyNode);
  let end = span(resource.value)?.[1] ?? keyEnd;
  while (end > keyEnd && /\s/.test(doc.lines.text[end - 1])) end--;
  return {
    format: "cloudformation",
    kind: type,
    address: resource.key,
    file: doc.file,
    location: doc.lines.location(doc.file, keyStart, end),
    header: doc.lines.location(doc.file, keyStart, keyEnd),
    facts,
    annotations: [...comments2, ...nearestNeeds([structured, globalTags ? [globalTags] : []])]
  };
}
var import_yaml5, GLOBAL_FACTS, SERVERLESS_FUNCTION, FOR_EACH_DEPTH;
var init_cloudformation = __esm({
  "src/parsers/cloudformation/index.ts"() {
    "use strict";
    init_define_STRATA_DATA();
    import_yaml5 = __toESM(require_dist(), 1);
    init_arrays();
    init_attach();
    init_needs();
    init_document();
    init_needs2();
    init_values();
    GLOBAL_FACTS = 1e5;
    SERVERLESS_FUNCTION = "AWS::Serverless::Function";
    FOR_EACH_DEPTH = 5;
  }
});

// src/parsers/compose/interpolate.ts
function interpolate(text, env) {
  return substitute(text, env, 0);
}
function interpolateWritten(text, env) {
  let fromEnv = false;
  const value2 = interpolate(text, {
    get: (name) => {
      const found = env.get(name);
      if (found !== void 0) fromEnv = true;
      return found;
    }
  });
  return { value: value2, fromEnv };
}
function substitute(text, env, depth) {
  if (!text.includes("$")) return text;
  if (depth > NESTING_LIMIT) return new Unknown(`nests \${\u2026} more than ${NESTING_LIMIT} levels deep`);
  let out = "";
  let i = 0;
  while (i < text.length) {
    const dollar = text.indexOf("$", i);
    if (dollar < 0) {
      out += text.slice(i);
      break;
    }
    out += text.slice(i, dollar);
    const next = text[dollar + 1];
    if (next === "$") {
      out += "$";
      i = dollar + 2;
      continue;
    }
    if (next === "{") {
      const close = matchingBrace(text, dollar + 2);
      if (close < 0) return new Unknown(`has an unclosed "\${" in ${JSON.stringify(text)}`);
      const resolved = expression(text.slice(dollar + 2, close), env, depth);
      if (resolved instanceof Unknown) return resolved;
      out += resolved;
      i = close + 1;
      continue;
    }
    const name = NAME.exec(text.slice(dollar + 1));
    if (!name) {
      out += "$";
      i = dollar + 1;
      continue;
    }
    const value2 = env.get(name[0]);
    if (value2 === void 0) return new Unknown(`uses $${name[0]}, which is not set in .env and has no default`);
    out += value2;
    i = dollar + 1 + name[0].length;
  }
  return out;
}
function matchingBrace(text, from) {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    if (text[i] === "{" && text[i - 1] === "$") depth++;
    else if (text[i] === "}" && --depth === 0) return i;
  }
  return -1;
}
function expression(body, env, depth) {
  const name = NAME.exec(body);
  if (!name) return new Unknown(`has an invalid interpolation "\${${body}}"`);
  const value2 = env.get(name[0]);
  const rest = body.slice(name[0].length);
  if (rest === "") {
    return value2 ?? new Unknown(`uses \${${name[0]}}, which is not set in .env and has no default`);
  }
  const operator = /^(:-|-|:\?|\?|:\+|\+)/.exec(rest)?.[1];
  if (!operator) return new Unknown(`has an invalid interpolation "\${${body}}"`);
  const argument = rest.slice(operator.length);
  const unsetOrEmpty = value2 === void 0 || value2 === "";
  switch (operator) {
    case ":-":
      return unsetOrEmpty ? substitute(argument, env, depth + 1) : value2;
    case "-":
      return value2 === void 0 ? substitute(argument, env, depth + 1) : value2;
    case ":?":
    case "?":
      if (operator === ":?" ? unsetOrEmpty : value2 === void 0) {
        return new Unknown(`requires ${name[0]} (${argument || "no message"}), which is not set in .env`);
      }
      return value2;
    default:
      if (operator === ":+" ? !unsetOrEmpty : value2 !== void 0) return substitute(argument, env, depth + 1);
      return "";
  }
}
function parseDotEnv(text) {
  const env = /* @__PURE__ */ new Map();
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/.exec(line);
    if (!match) continue;
    let value2 = match[2];
    if (/^"(?:[^"\\]|\\.)*"$/.test(value2))
      value2 = value2.slice(1, -1).replace(/\\n/g, "\n").replace(/\\(["\\])/g, "$1");
    else if (/^'[^']*'$/.test(value2)) value2 = value2.slice(1, -1);
    else value2 = value2.replace(/\s+#.*$/, "");
    env.set(match[1], value2);
  }
  return env;
}
var NAME, NESTING_LIMIT;
var init_interpolate = __esm({
  "src/parsers/compose/interpolate.ts"() {
    "use strict";
    init_define_STRATA_DATA();
    init_model();
    NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
    NESTING_LIMIT = 32;
  }
});

// src/parsers/compose/document.ts
import { dirname as dirname2 } from "node:path";
function loadComposeFile(absolutePath, text, context) {
  const file = context.displayPath(absolutePath);
  const yaml2 = loadYaml(file, text);
  const [doc, second] = yaml2.documents;
  const { lines } = yaml2;
  const at = (start, end, message) => ({ file, location: lines.location(file, start, end), message, level: "error" });
  const diagnostics = [...doc?.errors ?? []];
  if (second)
    diagnostics.push(at(second.document.range[0], second.document.range[0] + 3, "A compose file holds one YAML document; this file has more, and compose reads only the first"));
  const contents = doc?.contents ?? null;
  let root;
  if (doc && doc.errors.length === 0) {
    if ((0, import_yaml6.isMap)(contents)) root = contents;
    else if (contents !== null && !((0, import_yaml6.isScalar)(contents) && contents.value === null)) {
      diagnostics.push(at(contents.range?.[0] ?? 0, contents.range?.[1] ?? 1, "A compose file must be a mapping (services:, volumes:, \u2026) at the top level"));
    }
  }
  const envResult = context.read(`${dirname2(absolutePath)}/.env`);
  const env = envResult.ok ? parseDotEnv(envResult.text) : /* @__PURE__ */ new Map();
  if (!envResult.ok && !envResult.missing)
    diagnostics.push({ file, location: lines.location(file, 0, 0), message: `.env beside this file not read: ${envResult.message}`, level: "warning" });
  return {
    absolutePath,
    file,
    lines,
    root,
    document: doc?.document,
    anchors: root && doc ? doc.anchors : /* @__PURE__ */ new Map(),
    comments: yaml2.comments,
    env,
    diagnostics,
    aliases: { left: ALIAS_BUDGET }
  };
}
var import_yaml6;
var init_document2 = __esm({
  "src/parsers/compose/document.ts"() {
    "use strict";
    init_define_STRATA_DATA();
    import_yaml6 = __toESM(require_dist(), 1);
    init_document();
    init_interpolate();
    init_document();
  }
});

// src/parsers/compose/extent.ts
function blockEnds(lines, keyStarts) {
  const queries = keyStarts.map((start, index2) => {
    const line = lines.lineOf(start);
    return { index: index2, line, indent: start - lines.lineStart(line) };
  }).sort((a, b) => b.line - a.line);
  const ends = new Array(keyStarts.length).fill(lines.text.length);
  const candidates = [];
  let swept = lines.lineCount + 1;
  for (const query of queries) {
    while (swept > query.line + 1) {
      swept--;
      const text = lines.lineText(swept);
      if (text.trim() === "") continue;
      const indent2 = text.length - text.trimStart().length;
      while (candidates.length > 0 && candidates[candidates.length - 1].indent >= indent2) candidates.pop();
      candidates.push({ line: swept, indent: indent2 });
    }
    let lo = 0;
    let hi = candidates.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (candidates[mid].indent <= query.indent) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) ends[query.index] = lines.lineStart(candidates[lo - 1].line);
  }
  return ends;
}
var init_extent = __esm({
  "src/parsers/compose/extent.ts"() {
    "use strict";
    init_define_STRATA_DATA();
  }
});

// src/parsers/compose/facts.ts
function labelEntries(contributions) {
  const out = [];
  for (const { entry: e, file } of contributions) {
    const node = deref(e.value, file);
    if ((0, import_yaml7.isMap)(node)) {
      for (const item of entries(node, file)) out.push(tagEntry(item.key, item, file));
    } else if ((0, import_yaml7.isSeq)(node)) {
      for (const raw of node.items) {
        const item = deref(raw, file);
        if (!(0, import_yaml7.isScalar)(item)) continue;
        const text = String(item.value);
        const equals = text.indexOf("=");
        const [start, end] = span(item) ?? [0, 0];
        out.push({
          key: equals < 0 ? text : text.slice(0, equals),
          ...equals < 0 ? { value: "" } : scalar(text.slice(equals + 1), file),
          location: file.lines.location(file.file, start, end)
        });
      }
    }
  }
  return out;
}
function tagEntry(key2, item, file) {
  const start = span(item.keyNode)?.[0] ?? 0;
  const end = span(item.value)?.[1] ?? span(item.keyNode)?.[1] ?? start;
  return { key: key2, ...read(item.value, file), location: file.lines.location(file.file, start, end) };
}
function factsOf(view) {
  const facts = [];
  for (const [key2, contributions] of view) {
    for (const { entry: e, file } of contributions) {
      const start = span(e.keyNode)?.[0] ?? 0;
      const end = span(e.value)?.[1] ?? span(e.keyNode)?.[1] ?? start;
      collect2(key2, e.value, file.lines.location(file.file, start, end), file, facts);
    }
  }
  return facts;
}
function collect2(path, raw, location, file, out) {
  const node = deref(raw, file);
  if ((0, import_yaml7.isSeq)(node)) {
    for (const rawItem of node.items) {
      const item = deref(rawItem, file);
      const [start, end] = span(item) ?? [0, 0];
      const itemLocation = file.lines.location(file.file, start, end);
      if ((0, import_yaml7.isMap)(item)) collect2(path, item, itemLocation, file, out);
      else out.push({ path, ...read(item, file), location: itemLocation });
    }
    return;
  }
  if ((0, import_yaml7.isMap)(node)) {
    const items = entries(node, file);
    const keys = /* @__PURE__ */ Object.create(null);
    for (const item of items) {
      const start = span(item.keyNode)?.[0] ?? 0;
      keys[item.key] = file.lines.location(file.file, start, span(item.value)?.[1] ?? start);
    }
    out.push({ path, ...read(node, file), location, keys });
    for (const item of items) collect2(`${path}.${item.key}`, item.value, keys[item.key], file, out);
    return;
  }
  out.push({ path, ...read(node, file), location });
}
function read(raw, file) {
  const node = deref(raw, file);
  if (node === null) return { value: null };
  if ((0, import_yaml7.isScalar)(node)) {
    const v = node.value;
    if (typeof v === "string") return scalar(v, file);
    if (typeof v === "number" || typeof v === "boolean" || v === null) return { value: v };
    return { value: String(v) };
  }
  if ((0, import_yaml7.isSeq)(node)) {
    const items = node.items.map((i) => read(i, file));
    const value2 = items.map((i) => i.value);
    return items.some((i) => "written" in i) ? { value: value2, written: items.map((i) => "written" in i ? i.written : i.value) } : { value: value2 };
  }
  if ((0, import_yaml7.isMap)(node)) {
    const value2 = /* @__PURE__ */ Object.create(null);
    const written = /* @__PURE__ */ Object.create(null);
    let fromEnv = false;
    for (const item of entries(node, file)) {
      const r = read(item.value, file);
      value2[item.key] = r.value;
      written[item.key] = "written" in r ? r.written : r.value;
      fromEnv ||= "written" in r;
    }
    return fromEnv ? { value: value2, written } : { value: value2 };
  }
  return { value: new Unknown("is a YAML value strata does not read") };
}
function scalar(text, file) {
  const { value: value2, fromEnv } = interpolateWritten(text, file.env);
  return fromEnv ? { value: value2, written: text } : { value: value2 };
}
var import_yaml7;
var init_facts = __esm({
  "src/parsers/compose/facts.ts"() {
    "use strict";
    init_define_STRATA_DATA();
    import_yaml7 = __toESM(require_dist(), 1);
    init_model();
    init_document2();
    init_interpolate();
  }
});

// src/parsers/compose/needs.ts
function topLevelDefault(file, context) {
  const xStrata = entry(file.root, "x-strata", file);
  if (!xStrata) return [];
  const need = needFromXStrata([{ entry: xStrata, file }], context);
  if (!need) return [];
  if (need.kind !== "need") return [need];
  return [{ kind: "default-need", stratum: need.stratum, needs: need.needs, reason: need.reason, location: need.location, source: need.source }];
}
function structuredNeeds(view, context) {
  const found = [];
  const xStrata = view.get("x-strata");
  const fromX = xStrata ? needFromXStrata(xStrata, context) : null;
  if (fromX) found.push(fromX);
  const labels = view.get("labels");
  if (labels) {
    const fromLabels = needFromTags(labelEntries(labels), "label", context.annotations);
    if (fromLabels) found.push(fromLabels);
  }
  return found;
}
function needFromXStrata(contributions, context) {
  const fields = /* @__PURE__ */ new Map();
  for (const { entry: e, file } of contributions) {
    const map = deref(e.value, file);
    if (!(0, import_yaml8.isMap)(map)) {
      const [start, end] = span(e.keyNode) ?? [0, 0];
      return {
        kind: "invalid",
        problem: 'x-strata must be a mapping: { needs: <stratum|intent>, reason: "\u2026" }',
        location: file.lines.location(file.file, start, end),
        source: "x-strata"
      };
    }
    for (const item of entries(map, file)) fields.set(item.key, tagEntry(`x-strata.${item.key}`, item, file));
  }
  const needs = fields.get("needs");
  if (!needs) return null;
  return needFromFields({ ...needs, key: "x-strata.needs" }, fields.get("reason"), "x-strata", context.annotations);
}
var import_yaml8;
var init_needs3 = __esm({
  "src/parsers/compose/needs.ts"() {
    "use strict";
    init_define_STRATA_DATA();
    import_yaml8 = __toESM(require_dist(), 1);
    init_annotations();
    init_document2();
    init_facts();
  }
});

// src/parsers/compose/project.ts
import { basename, dirname as dirname3, join as join2, resolve } from "node:path";
function parsedOnce(absolutePath, text, context) {
  let files = parsed.get(context);
  if (!files) {
    files = /* @__PURE__ */ new Map();
    parsed.set(context, files);
  }
  let file = files.get(absolutePath);
  if (!file) {
    file = loadComposeFile(absolutePath, text, context);
    files.set(absolutePath, file);
  }
  return { ...file, aliases: { left: ALIAS_BUDGET } };
}
function merge(base, override) {
  const out = new Map(base);
  for (const [key2, contributions] of override) {
    const tag = contributions[0]?.entry.value?.tag;
    if (tag === "!reset") out.delete(key2);
    else if (tag !== "!override" && (APPENDED.has(key2) || KEYED.has(key2)) && out.has(key2)) out.set(key2, [...out.get(key2), ...contributions]);
    else out.set(key2, contributions);
  }
  return out;
}
function baseOf(file, project) {
  const match = COMPOSE_NAME.exec(basename(file.absolutePath));
  if (!match?.[2]) return void 0;
  const families = match[1] === "compose" ? ["compose", "docker-compose"] : ["docker-compose", "compose"];
  for (const family of families) {
    for (const extension of ["yaml", "yml"]) {
      const candidate = join2(dirname3(file.absolutePath), `${family}.${extension}`);
      const base = project.load(candidate);
      if (base?.root) return base;
    }
  }
  return void 0;
}
var import_yaml9, APPENDED, MAX_INCLUDE_DEPTH, KEYED, Project, parsed;
var init_project = __esm({
  "src/parsers/compose/project.ts"() {
    "use strict";
    init_define_STRATA_DATA();
    import_yaml9 = __toESM(require_dist(), 1);
    init_document2();
    init_format();
    APPENDED = /* @__PURE__ */ new Set([
      "cap_add",
      "cap_drop",
      "devices",
      "dns",
      "dns_search",
      "env_file",
      "expose",
      "external_links",
      "group_add",
      "links",
      "ports",
      "security_opt",
      "tmpfs",
      "volumes",
      "volumes_from"
    ]);
    MAX_INCLUDE_DEPTH = 32;
    KEYED = /* @__PURE__ */ new Set(["labels", "environment", "annotations", "sysctls", "extra_hosts", "x-strata"]);
    Project = class {
      constructor(context) {
        this.context = context;
      }
      context;
      files = /* @__PURE__ */ new Map();
      views = /* @__PURE__ */ new Map();
      diagnostics = [];
      load(absolutePath, text) {
        if (this.files.has(absolutePath)) return this.files.get(absolutePath);
        let source = text;
        if (source === void 0) {
          const read2 = this.context.read(absolutePath);
          source = read2.ok ? read2.text : void 0;
        }
        const file = source === void 0 ? null : parsedOnce(absolutePath, source, this.context);
        this.files.set(absolutePath, file);
        return file;
      }
      services(file) {
        const services = this.servicesMap(file);
        return services ? entries(services, file) : [];
      }
      servicesMap(file) {
        const services = deref(entry(file.root, "services", file)?.value, file);
        return (0, import_yaml9.isMap)(services) ? services : void 0;
      }
      /** A service with its `extends` chain applied (computed once per service). */
      view(file, name, chain = []) {
        const key2 = `${file.absolutePath}#${name}`;
        if (this.views.has(key2)) return this.views.get(key2);
        const view = this.computeView(file, name, chain);
        this.views.set(key2, view);
        return view;
      }
      computeView(file, name, chain) {
        const service = entry(this.servicesMap(file), name, file);
        if (!service) return void 0;
        const body = deref(service.value, file);
        const own = /* @__PURE__ */ new Map();
        if ((0, import_yaml9.isMap)(body)) for (const e of entries(body, file)) own.set(e.key, [{ entry: e, file }]);
        const extendsEntry = own.get("extends")?.[0]?.entry;
        own.delete("extends");
        if (!extendsEntry) return own;
        const target = this.extendsTarget(extendsEntry, file);
        if (!target) return own;
        const key2 = `${target.file.absolutePath}#${target.service}`;
        if (chain.includes(key2)) {
          this.problem(file, extendsEntry, `extends forms a cycle: ${[...chain, key2].map((k) => k.split("#")[1]).join(" \u2192 ")}`);
          return own;
        }
        const base = this.view(target.file, target.service, [...chain, `${file.absolutePath}#${name}`, key2]);
        if (!base) {
          this.problem(file, extendsEntry, `extends names service "${target.service}", which ${target.file.file} does not define`);
          return own;
        }
        return merge(base, own);
      }
      extendsTarget(extendsEntry, file) {
        const value2 = deref(extendsEntry.value, file);
        if ((0, import_yaml9.isScalar)(value2)) return { file, service: String(value2.value) };
        if (!(0, import_yaml9.isMap)(value2)) return void 0;
        const service = deref(entry(value2, "service", file)?.value, file);
        const from = deref(entry(value2, "file", file)?.value, file);
        if (!(0, import_yaml9.isScalar)(service)) return void 0;
        if (!(0, import_yaml9.isScalar)(from)) return { file, service: String(service.value) };
        const path = resolve(dirname3(file.absolutePath), String(from.value));
        const target = this.load(path);
        if (!target) {
          this.problem(file, extendsEntry, `extends refers to ${String(from.value)}, which cannot be read`);
          return void 0;
        }
        return { file: target, service: String(service.value) };
      }
      /**
       * Files the top-level `include:`s bring into the project, and theirs in turn (each path
       * relative to the file that names it), each once. An include that leads back to a file on
       * its own chain is a located diagnostic, as docker compose refuses it.
       */
      includedFiles(root) {
        const out = [];
        const reached = /* @__PURE__ */ new Set([root.absolutePath]);
        const visit2 = (file, chain) => {
          for (const { included, at } of this.includes(file)) {
            const cycle = chain.findIndex((f) => f.absolutePath === included.absolutePath);
            if (cycle >= 0) {
              const names = [...chain.slice(cycle), included].map((f) => f.file).join(" \u2192 ");
              this.diagnostics.push({ file: file.file, location: file.lines.location(file.file, ...at), message: `include forms a cycle: ${names}`, level: "error" });
              continue;
            }
            if (reached.has(included.absolutePath)) continue;
            if (chain.length > MAX_INCLUDE_DEPTH) {
              this.diagnostics.push({
                file: file.file,
                location: file.lines.location(file.file, ...at),
                message: `include nests more than ${MAX_INCLUDE_DEPTH} files deep: ${included.file} is not read`,
                level: "error"
              });
              continue;
            }
            reached.add(included.absolutePath);
            out.push(included);
            if (included.root) visit2(included, [...chain, included]);
          }
        };
        visit2(root, [root]);
        return out;
      }
      /** The files one file's top-level `include:` names, with where each is named. */
      includes(file) {
        const include = deref(entry(file.root, "include", file)?.value, file);
        if (!(0, import_yaml9.isSeq)(include)) return [];
        const out = [];
        for (const item of include.items) {
          const node = deref(item, file);
          let paths = [];
          if ((0, import_yaml9.isScalar)(node)) paths = [node];
          else if ((0, import_yaml9.isMap)(node)) {
            const path = deref(entry(node, "path", file)?.value, file);
            paths = (0, import_yaml9.isSeq)(path) ? path.items.map((p) => deref(p, file)).filter(Boolean) : path ? [path] : [];
          }
          for (const path of paths) {
            if (!(0, import_yaml9.isScalar)(path)) continue;
            const at = span(path) ?? [0, 0];
            const included = this.load(resolve(dirname3(file.absolutePath), String(path.value)));
            if (included) out.push({ included, at });
            else this.diagnostics.push({ file: file.file, location: file.lines.location(file.file, ...at), message: `include: ${String(path.value)} cannot be read`, level: "error" });
          }
        }
        return out;
      }
      problem(file, at, message) {
        const start = span(at.keyNode)?.[0] ?? 0;
        const end = span(at.value)?.[1] ?? start;
        this.diagnostics.push({ file: file.file, location: file.lines.location(file.file, start, end), message, level: "error" });
      }
    };
    parsed = /* @__PURE__ */ new WeakMap();
  }
});

// src/parsers/compose/index.ts
var compose_exports = {};
__export(compose_exports, {
  parseCompose: () => parseCompose
});
function parseCompose(absolutePath, text, context) {
  const project = new Project(context);
  const file = project.load(absolutePath, text);
  const diagnostics = [...file.diagnostics];
  if (!file.root) return { workloads: [], fileAnnotations: [], diagnostics };
  const workloads = [];
  const fileAnnotations = [];
  try {
    const base = baseOf(file, project);
    append(workloads, serviceWorkloads(file, project, base, context, fileAnnotations));
    for (const included of base ? [] : project.includedFiles(file)) {
      append(diagnostics, included.diagnostics);
      try {
        if (included.root) append(workloads, serviceWorkloads(included, project, void 0, context, []));
      } catch (e) {
        diagnostics.push(limitDiagnostic(e));
      }
    }
  } catch (e) {
    return { workloads: [], fileAnnotations: [], diagnostics: [...diagnostics, limitDiagnostic(e)] };
  }
  append(diagnostics, project.diagnostics);
  return { workloads, fileAnnotations, diagnostics };
}
function limitDiagnostic(e) {
  if (!(e instanceof LimitError)) throw e;
  return e.diagnostic;
}
function serviceWorkloads(file, project, base, context, fileAnnotations) {
  const services = project.services(file);
  const { owned, loose } = attachAnnotations(
    placeDirectives(file.file, file.comments, file.lines, context.annotations),
    serviceAnchors(file, services),
    commentOnlyLines(file.comments, file.lines)
  );
  const baseAnnotations = base ? attachedByService(base, project, context) : /* @__PURE__ */ new Map();
  append(
    fileAnnotations,
    loose.map((p) => p.annotation)
  );
  append(fileAnnotations, topLevelDefault(file, context));
  if (base && !fileAnnotations.some((a) => a.kind === "default-need")) {
    fileAnnotations.push(...topLevelDefault(base, context).filter((a) => a.kind === "default-need"));
    fileAnnotations.push(
      ...placeDirectives(base.file, base.comments, base.lines, context.annotations).map((p) => p.annotation).filter((a) => a.kind === "default-need")
    );
  }
  return services.map((service) => {
    let view = project.view(file, service.key) ?? /* @__PURE__ */ new Map();
    if (base) {
      const under = project.view(base, service.key);
      if (under) view = merge(under, view);
    }
    const facts = factsOf(view);
    const own = owned.get(service.key) ?? [];
    const annotations = nearestNeeds([own, baseAnnotations.get(service.key) ?? []]);
    append(annotations, structuredNeeds(view, context));
    const [keyStart, keyEnd] = span(service.keyNode);
    return {
      format: "compose",
      kind: "service",
      address: service.key,
      file: file.file,
      location: file.lines.location(file.file, keyStart, span(service.value)?.[1] ?? keyEnd),
      header: file.lines.location(file.file, keyStart, keyEnd),
      facts,
      annotations
    };
  });
}
function serviceAnchors(file, services) {
  const starts = services.map((s) => span(s.keyNode)[0]);
  const ends = blockEnds(file.lines, starts);
  return services.map((s, i) => ({ owner: s.key, start: starts[i], end: ends[i], line: file.lines.lineOf(starts[i]) }));
}
function attachedByService(file, project, context) {
  const services = project.services(file);
  return attachAnnotations(
    placeDirectives(file.file, file.comments, file.lines, context.annotations).filter((p) => p.annotation.kind === "need"),
    serviceAnchors(file, services),
    commentOnlyLines(file.comments, file.lines)
  ).owned;
}
var init_compose = __esm({
  "src/parsers/compose/index.ts"() {
    "use strict";
    init_define_STRATA_DATA();
    init_arrays();
    init_attach();
    init_needs();
    init_document2();
    init_extent();
    init_facts();
    init_needs3();
    init_project();
  }
});

// src/parsers/compose/format.ts
var COMPOSE_NAME, compose;
var init_format = __esm({
  "src/parsers/compose/format.ts"() {
    "use strict";
    init_define_STRATA_DATA();
    COMPOSE_NAME = /^(docker-compose|compose)(?:\.([^/]+))?\.ya?ml$/;
    compose = {
      id: "compose",
      displayName: "docker compose",
      names: [COMPOSE_NAME.source.slice(1, -1)],
      examples: ["compose.yaml", "docker-compose.yml", "compose.override.yaml", "docker-compose.<variant>.yml"],
      lineComment: () => "#",
      async parse(file, text, context) {
        return (await Promise.resolve().then(() => (init_compose(), compose_exports))).parseCompose(file.absolutePath, text, context);
      }
    };
  }
});

// src/parsers/kubernetes/index.ts
var kubernetes_exports = {};
__export(kubernetes_exports, {
  SPEC_DEPTH: () => SPEC_DEPTH,
  parseKubernetes: () => parseKubernetes
});
function parseKubernetes(absolutePath, text, context) {
  const file = context.displayPath(absolutePath);
  const yaml2 = loadYaml(file, text);
  const diagnostics = [];
  const aliases = { left: ALIAS_BUDGET };
  const objects2 = [];
  const sources = yaml2.comments.flatMap((c) => {
    const match = /^\s*Source:\s*(\S[^\r\n]*?)\s*$/.exec(c.text);
    return match && isChartPath(match[1]) ? [{ offset: c.start, path: match[1] }] : [];
  });
  let previousEnd = 0;
  try {
    for (const document of yaml2.documents) {
      if (document.errors.length > 0) {
        append(diagnostics, document.errors);
        continue;
      }
      const doc = { file, lines: yaml2.lines, anchors: document.anchors, aliases };
      const start = span(document.contents)?.[0] ?? previousEnd;
      const renderedFrom = sources.findLast((c) => c.offset >= previousEnd && c.offset < start)?.path;
      previousEnd = span(document.contents)?.[1] ?? previousEnd;
      for (const object of objectsOf(deref(document.contents, doc), doc)) objects2.push({ object, doc, ...renderedFrom ? { renderedFrom } : {} });
    }
  } catch (e) {
    if (!(e instanceof LimitError)) throw e;
    return { workloads: [], fileAnnotations: [], diagnostics: [...diagnostics, e.diagnostic] };
  }
  const project = { runtimeClasses: [], preferences: [] };
  const candidates = [];
  try {
    for (const { object, doc, renderedFrom } of objects2) {
      if (projectFact(object, doc, project)) continue;
      const shape = Object.hasOwn(KINDS, object.kind) ? KINDS[object.kind] : void 0;
      if (!shape?.groups.includes(groupOf(object.apiVersion)) || !context.knows("kubernetes", object.kind)) continue;
      candidates.push({ object, doc, shape, renderedFrom });
    }
  } catch (e) {
    if (!(e instanceof LimitError)) throw e;
    return { workloads: [], fileAnnotations: [], diagnostics: [...diagnostics, e.diagnostic] };
  }
  const anchors = candidates.map(({ object }, i) => {
    const [start, end] = span(object.node);
    return { owner: i, start, end, line: yaml2.lines.lineOf(start) };
  });
  const { owned, loose } = attachAnnotations(placeDirectives(file, yaml2.comments, yaml2.lines, context.annotations), anchors, commentOnlyLines(yaml2.comments, yaml2.lines));
  const workloads = [];
  for (const [i, { object, doc, shape, renderedFrom }] of candidates.entries()) {
    try {
      const workload = workloadOf2(object, doc, shape, owned.get(i) ?? [], context);
      if (renderedFrom) {
        workload.renderedFrom = renderedFrom;
        const at = { file: renderedFrom, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
        workload.context = [{ reason: `rendered by Helm from the chart template ${renderedFrom}`, location: at }];
      }
      workloads.push(workload);
    } catch (e) {
      if (e instanceof SpecTooDeep) diagnostics.push(e.diagnostic);
      else if (e instanceof LimitError) return { workloads: [], fileAnnotations: [], diagnostics: [...diagnostics, e.diagnostic] };
      else throw e;
    }
  }
  const any = project.runtimeClasses.length > 0 || project.preferences.length > 0 || project.emulation !== void 0;
  return { workloads, fileAnnotations: loose.map((p) => p.annotation), diagnostics, ...any ? { kubernetes: project } : {} };
}
function projectFact(object, doc, project) {
  const group = groupOf(object.apiVersion);
  if (object.kind === "RuntimeClass" && group === "node.k8s.io") {
    const defined = runtimeClassOf(object.node, doc);
    if (defined) project.runtimeClasses.push(defined);
    return true;
  }
  if ((object.kind === "VirtualMachinePreference" || object.kind === "VirtualMachineClusterPreference") && group === "instancetype.kubevirt.io") {
    const defined = preferenceOf(object.node, doc);
    if (defined) project.preferences.push(defined);
    return true;
  }
  if (object.kind === "KubeVirt" && group === "kubevirt.io") {
    const use = entry(mapAt(object.node, ["spec", "configuration", "developerConfiguration"], doc), "useEmulation", doc);
    const value2 = deref(use?.value, doc);
    if (use && (0, import_yaml10.isScalar)(value2) && value2.value === true) project.emulation ??= entryLocation(use, doc);
    return true;
  }
  return false;
}
function preferenceOf(node, doc) {
  const name = stringAt(entry(mapAt(node, ["metadata"], doc), "name", doc)?.value, doc);
  if (name === void 0) return void 0;
  const hyperv = entry(mapAt(node, ["spec", "features"], doc), "preferredHyperv", doc) ?? entry(mapAt(node, ["spec", "clock", "preferredTimer"], doc), "hyperv", doc);
  return { name, ...hyperv ? { hyperv: entryLocation(hyperv, doc) } : {} };
}
function groupOf(apiVersion) {
  const slash = apiVersion.lastIndexOf("/");
  return slash < 0 ? "" : apiVersion.slice(0, slash);
}
function objectsOf(root, doc) {
  const object = asObject(root, doc);
  if (!object) return [];
  const items = deref(entry(object.node, "items", doc)?.value, doc);
  if (!object.kind.endsWith("List") || !(0, import_yaml10.isSeq)(items)) return [object];
  return items.items.flatMap((item) => {
    const inner = asObject(deref(item, doc), doc);
    return inner ? [inner] : [];
  });
}
function asObject(node, doc) {
  if (!(0, import_yaml10.isMap)(node)) return void 0;
  const apiVersion = stringAt(entry(node, "apiVersion", doc)?.value, doc);
  const kind = stringAt(entry(node, "kind", doc)?.value, doc);
  return apiVersion !== void 0 && kind !== void 0 ? { node, apiVersion, kind } : void 0;
}
function runtimeClassOf(node, doc) {
  const name = stringAt(entry(mapAt(node, ["metadata"], doc), "name", doc)?.value, doc);
  const handler = entry(node, "handler", doc);
  const value2 = stringAt(handler?.value, doc);
  if (name === void 0 || value2 === void 0) return void 0;
  return { name, handler: value2, location: entryLocation(handler, doc) };
}
function workloadOf2(object, doc, shape, comments2, context) {
  const metadata = mapAt(object.node, ["metadata"], doc);
  const name = stringAt(entry(metadata, "name", doc)?.value, doc) ?? stringAt(entry(metadata, "generateName", doc)?.value, doc) ?? "(unnamed)";
  const namespace = stringAt(entry(metadata, "namespace", doc)?.value, doc);
  const template = shape.template.length === 0 ? void 0 : mapAt(object.node, shape.template, doc);
  const spec = mapAt(template ?? object.node, ["spec"], doc);
  const facts = [];
  if (spec) collectSpec(shape.prefix, spec, doc, facts);
  const vmSpec = shape.vmSpec ? mapAt(object.node, shape.vmSpec, doc) : void 0;
  const preference = entry(mapAt(vmSpec, ["preference"], doc), "name", doc);
  const preferenceName = stringAt(preference?.value, doc);
  if (preference && preferenceName !== void 0) facts.push({ path: "vm.preference.name", value: preferenceName, location: entryLocation(preference, doc) });
  const [start, end] = span(object.node);
  const line = doc.lines.lineOf(start);
  const lineEnd = doc.lines.lineStart(line) + doc.lines.lineText(line).length;
  const tagNeed = (m) => {
    const need = m ? needFromTags(tagEntries(m, doc), "label", context.annotations) : null;
    return need ? [need] : [];
  };
  const annotations = [...comments2, ...nearestNeeds([tagNeed(mapAt(template, ["metadata"], doc)), tagNeed(metadata)])];
  return {
    format: "kubernetes",
    kind: object.kind,
    address: namespace === void 0 ? `${object.kind}/${name}` : `${object.kind}/${namespace}/${name}`,
    file: doc.file,
    location: doc.lines.location(doc.file, start, end),
    header: doc.lines.location(doc.file, start, Math.min(lineEnd, end)),
    facts,
    annotations
  };
}
function tagEntries(metadata, doc) {
  const out = [];
  for (const key2 of ["labels", "annotations"]) {
    const map = deref(entry(metadata, key2, doc)?.value, doc);
    if (!(0, import_yaml10.isMap)(map)) continue;
    for (const item of entries(map, doc)) {
      const value2 = deref(item.value, doc);
      out.push({ key: item.key, value: (0, import_yaml10.isScalar)(value2) ? scalarValue(value2.value) : null, location: entryLocation(item, doc) });
    }
  }
  return out;
}
function collectSpec(prefix, spec, doc, facts) {
  for (const item of entries(spec, doc)) {
    const key2 = prefix === "pod" && CONTAINER_LISTS.has(item.key) ? "containers" : item.key;
    collect3(`${prefix}.${key2}`, item.value, entryLocation(item, doc), doc, facts, 1);
  }
  if (prefix === "vmi") cpuFeatures(spec, doc, facts);
}
function cpuFeatures(spec, doc, facts) {
  const features = deref(entry(mapAt(spec, ["domain", "cpu"], doc), "features", doc)?.value, doc);
  if (!(0, import_yaml10.isSeq)(features)) return;
  for (const raw of features.items) {
    const feature = deref(raw, doc);
    if (!(0, import_yaml10.isMap)(feature)) continue;
    const name = stringAt(entry(feature, "name", doc)?.value, doc);
    if (name === void 0) continue;
    const [start, end] = span(feature) ?? [0, 0];
    facts.push({ path: `vmi.cpuFeature.${name}`, value: stringAt(entry(feature, "policy", doc)?.value, doc) ?? "require", location: doc.lines.location(doc.file, start, end) });
  }
}
function collect3(path, raw, location, doc, out, depth) {
  if (depth > SPEC_DEPTH)
    throw new SpecTooDeep(`The spec nests more than ${SPEC_DEPTH} levels deep: this object is not read`, doc, location.startLine > 0 ? doc.lines.lineStart(location.startLine) : 0);
  const node = deref(raw, doc);
  if ((0, import_yaml10.isSeq)(node)) {
    for (const rawItem of node.items) {
      const item = deref(rawItem, doc);
      const [start, end] = span(item) ?? [0, 0];
      collect3(path, item, doc.lines.location(doc.file, start, end), doc, out, depth + 1);
    }
    return;
  }
  if ((0, import_yaml10.isMap)(node)) {
    out.push({ path, value: /* @__PURE__ */ Object.create(null), location });
    for (const item of entries(node, doc)) collect3(`${path}.${item.key}`, item.value, entryLocation(item, doc), doc, out, depth + 1);
    return;
  }
  out.push({ path, value: (0, import_yaml10.isScalar)(node) ? scalarValue(node.value) : null, location });
}
function isChartPath(path) {
  return !path.startsWith("/") && !/^[A-Za-z]:/.test(path) && !path.split(/[\\/]/).includes("..") && !/[\u0000-\u001f\u007f-\u009f\\]/.test(path);
}
var import_yaml10, SPEC_DEPTH, CONTROLLER, KINDS, CONTAINER_LISTS, SpecTooDeep;
var init_kubernetes = __esm({
  "src/parsers/kubernetes/index.ts"() {
    "use strict";
    init_define_STRATA_DATA();
    import_yaml10 = __toESM(require_dist(), 1);
    init_arrays();
    init_attach();
    init_annotations();
    init_needs();
    init_document();
    SPEC_DEPTH = 64;
    CONTROLLER = { groups: ["apps", "extensions", "batch", ""], template: ["spec", "template"], prefix: "pod" };
    KINDS = {
      Pod: { groups: [""], template: [], prefix: "pod" },
      Deployment: CONTROLLER,
      StatefulSet: CONTROLLER,
      DaemonSet: CONTROLLER,
      ReplicaSet: CONTROLLER,
      ReplicationController: CONTROLLER,
      Job: CONTROLLER,
      CronJob: { groups: ["batch"], template: ["spec", "jobTemplate", "spec", "template"], prefix: "pod" },
      Service: { groups: ["serving.knative.dev"], template: ["spec", "template"], prefix: "pod" },
      VirtualMachineInstance: { groups: ["kubevirt.io"], template: [], prefix: "vmi" },
      VirtualMachine: { groups: ["kubevirt.io"], template: ["spec", "template"], prefix: "vmi", vmSpec: ["spec"] },
      VirtualMachineInstanceReplicaSet: { groups: ["kubevirt.io"], template: ["spec", "template"], prefix: "vmi" },
      VirtualMachinePool: {
        groups: ["pool.kubevirt.io"],
        template: ["spec", "virtualMachineTemplate", "spec", "template"],
        prefix: "vmi",
        vmSpec: ["spec", "virtualMachineTemplate", "spec"]
      }
    };
    CONTAINER_LISTS = /* @__PURE__ */ new Set(["containers", "initContainers", "ephemeralContainers"]);
    SpecTooDeep = class extends LimitError {
    };
  }
});

// src/parsers/kubernetes/link.ts
var link_exports = {};
__export(link_exports, {
  linkKubernetes: () => linkKubernetes
});
async function linkKubernetes(files, inputs) {
  const classes = /* @__PURE__ */ new Map();
  for (const defined2 of inputs.runtimeClasses ?? []) classes.set(defined2.name, defined2);
  const defined = files.flatMap((f) => f.parsed.kubernetes?.runtimeClasses ?? []);
  const inTree = /* @__PURE__ */ new Map();
  const diagnostics = [];
  for (const d of defined) {
    const earlier = inTree.get(d.name);
    if (earlier && earlier.handler !== d.handler) {
      diagnostics.push(
        note(
          d.location,
          `RuntimeClass ${JSON.stringify(d.name)} is also defined at ${earlier.location.file}:${earlier.location.startLine} with another handler; the first is used`
        )
      );
      continue;
    }
    if (!earlier) inTree.set(d.name, d);
  }
  for (const [name, d] of inTree) classes.set(name, d);
  const preferences = /* @__PURE__ */ new Map();
  for (const p of files.flatMap((f) => f.parsed.kubernetes?.preferences ?? [])) if (!preferences.has(p.name)) preferences.set(p.name, p);
  const emulation = files.map((f) => f.parsed.kubernetes?.emulation).find((e) => e !== void 0);
  const resolved = /* @__PURE__ */ new Map();
  for (const { parsed: parsed2 } of files) {
    for (const workload of parsed2.workloads) {
      const vm = vmFacts(workload, preferences, emulation, diagnostics);
      if (vm.length > 0) resolved.set(workload, { facts: [...workload.facts, ...vm], annotations: workload.annotations });
      const named = workload.facts.find((f) => f.path === "pod.runtimeClassName");
      if (!named || typeof named.value !== "string") continue;
      const found = classes.get(named.value);
      let handler;
      if (found) {
        handler = { path: "pod.runtimeHandler", value: found.handler, location: named.location, origin: found.location };
      } else {
        const reason = `is the handler of RuntimeClass ${JSON.stringify(named.value)}, which neither the scanned files nor the config's runtimeClasses define`;
        handler = { path: "pod.runtimeHandler", value: new Unknown(reason), location: named.location };
        diagnostics.push(
          note(
            named.location,
            `${workload.address}: RuntimeClass ${JSON.stringify(named.value)} is not defined in the scanned files; scan its manifest too, or name its handler in the config (runtimeClasses: { ${JSON.stringify(named.value)}: <handler> })`
          )
        );
      }
      resolved.set(workload, { facts: [...workload.facts, handler], annotations: workload.annotations });
    }
  }
  return { diagnostics, resolved };
}
function vmFacts(workload, preferences, emulation, diagnostics) {
  if (!VM_KINDS.has(workload.kind)) return [];
  const facts = [];
  if (emulation) facts.push({ path: "vmi.emulation", value: true, location: emulation });
  const named = workload.facts.find((f) => f.path === "vm.preference.name");
  if (named && typeof named.value === "string") {
    const preference = preferences.get(named.value);
    if (!preference) {
      diagnostics.push(
        note(
          named.location,
          `${workload.address}: VM preference ${JSON.stringify(named.value)} is not in the scanned files, so what it sets (Hyper-V enlightenments for a Windows guest) is not known; scan its manifest too`
        )
      );
    } else if (preference.hyperv) {
      facts.push({ path: "vmi.domain.features.hyperv", value: {}, location: named.location, origin: preference.hyperv });
    }
  }
  return facts;
}
function note(location, message) {
  return { file: location.file, location, message, level: "note" };
}
var VM_KINDS;
var init_link = __esm({
  "src/parsers/kubernetes/link.ts"() {
    "use strict";
    init_define_STRATA_DATA();
    init_model();
    VM_KINDS = /* @__PURE__ */ new Set(["VirtualMachine", "VirtualMachineInstance", "VirtualMachineInstanceReplicaSet", "VirtualMachinePool"]);
  }
});

// src/hcl/lexer.ts
function commentAt(text, pos) {
  const c = text.charCodeAt(pos);
  if (c === HASH || c === SLASH && text.charCodeAt(pos + 1) === SLASH) {
    const textStart = pos + (c === HASH ? 1 : 2);
    let end = textStart;
    while (end < text.length) {
      const d = text.charCodeAt(end);
      if (d === LF || d === CR) break;
      end++;
    }
    return { end, textStart, block: false };
  }
  if (c === SLASH && text.charCodeAt(pos + 1) === STAR) {
    const close = text.indexOf("*/", pos + 2);
    return { end: close < 0 ? -1 : close + 2, textStart: pos + 2, block: true };
  }
  return void 0;
}
function templateSequenceAt(text, pos) {
  const c = text.charCodeAt(pos);
  if (c !== DOLLAR && c !== PERCENT) return 0;
  const next = text.charCodeAt(pos + 1);
  if (next === c && text.charCodeAt(pos + 2) === LBRACE) return 3;
  return next === LBRACE ? "open" : 0;
}
function heredocHeaderAt(text, pos) {
  if (text.charCodeAt(pos) !== LT || text.charCodeAt(pos + 1) !== LT) return "not a heredoc";
  const strip2 = text.charCodeAt(pos + 2) === MINUS;
  IDENTIFIER.lastIndex = pos + (strip2 ? 3 : 2);
  const marker = IDENTIFIER.exec(text)?.[0];
  if (!marker) return 'Invalid heredoc: "<<" must be followed by a delimiter name';
  let after = IDENTIFIER.lastIndex;
  if (text.charCodeAt(after) === CR) after++;
  if (text.charCodeAt(after) === LF) after++;
  else if (text.charCodeAt(after - 1) !== CR) return `Invalid heredoc: the line must end right after <<${marker}`;
  return { marker, strip: strip2, bodyStart: after };
}
function heredocClose(text, bodyStart, marker, limit = text.length) {
  let pos = bodyStart;
  while (pos < limit) {
    let lineEnd = pos;
    while (lineEnd < limit && text.charCodeAt(lineEnd) !== LF && text.charCodeAt(lineEnd) !== CR) lineEnd++;
    if (isMarkerLine(text, pos, lineEnd, marker)) return { lineStart: pos, end: lineEnd };
    pos = lineEnd;
    if (text.charCodeAt(pos) === CR) pos++;
    if (text.charCodeAt(pos) === LF) pos++;
  }
  return void 0;
}
function isMarkerLine(text, start, end, marker) {
  let from = start;
  let to = end;
  while (from < to && isBlank(text.charCodeAt(from))) from++;
  while (to > from && isBlank(text.charCodeAt(to - 1))) to--;
  return to - from === marker.length && text.startsWith(marker, from);
}
function isBlank(c) {
  return c === 32 || c === 9 || c === 11 || c === 12 || c === 65279 || c === 160;
}
var HASH, SLASH, STAR, LF, CR, DOLLAR, PERCENT, LBRACE, LT, MINUS, IDENTIFIER;
var init_lexer = __esm({
  "src/hcl/lexer.ts"() {
    "use strict";
    init_define_STRATA_DATA();
    HASH = 35;
    SLASH = 47;
    STAR = 42;
    LF = 10;
    CR = 13;
    DOLLAR = 36;
    PERCENT = 37;
    LBRACE = 123;
    LT = 60;
    MINUS = 45;
    IDENTIFIER = /[A-Za-z_][\w-]*/y;
  }
});

// src/hcl/literal.ts
function literalValue(text, start, end) {
  const reader = new Reader(text, start, end);
  reader.skip();
  const value2 = reader.value();
  reader.skip();
  if (value2 === NOT_LITERAL || reader.pos < end) return unknownFor(text.slice(start, end));
  return value2;
}
function unknownFor(raw) {
  const expression2 = raw.trim();
  const reference2 = REFERENCE.exec(expression2);
  if (reference2) {
    const name = reference2[1] ?? reference2[2];
    return new Unknown(`comes from ${name}, which strata does not resolve`, name);
  }
  return unknownExpression(expression2);
}
function unknownExpression(expression2) {
  const shown2 = expression2.length > 60 ? `${expression2.slice(0, 57)}...` : expression2;
  return new Unknown(`is the expression ${shown2}, known only at run time`);
}
var REFERENCE, LiteralSyntaxError, NOT_LITERAL, Reader;
var init_literal = __esm({
  "src/hcl/literal.ts"() {
    "use strict";
    init_define_STRATA_DATA();
    init_model();
    init_lexer();
    REFERENCE = /^(?:((?:var|local)\.[A-Za-z_][\w-]*)|"\$\{\s*((?:var|local)\.[A-Za-z_][\w-]*)\s*\}")$/;
    LiteralSyntaxError = class extends Error {
      constructor(message, offset) {
        super(message);
        this.offset = offset;
      }
      offset;
    };
    NOT_LITERAL = /* @__PURE__ */ Symbol("not a literal");
    Reader = class {
      constructor(text, start, end) {
        this.text = text;
        this.end = end;
        this.pos = start;
      }
      text;
      end;
      pos;
      skip() {
        const text = this.text;
        while (this.pos < this.end) {
          const c = text[this.pos];
          if (c === " " || c === "	" || c === "\n" || c === "\r") this.pos++;
          else {
            const comment = commentAt(text, this.pos);
            if (!comment) return;
            this.pos = comment.end < 0 ? this.end : Math.min(comment.end, this.end);
          }
        }
      }
      value() {
        const text = this.text;
        const c = text[this.pos];
        if (c === '"') return this.string();
        if (c === "<" && text[this.pos + 1] === "<") return this.heredoc();
        if (c === "[") return this.tuple();
        if (c === "{") return this.object();
        const number = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(this.pos, Math.min(this.end, this.pos + 64)));
        if (number) {
          const after = text[this.pos + number[0].length];
          if (after !== void 0 && /[\w.]/.test(after) && this.pos + number[0].length < this.end) return NOT_LITERAL;
          this.pos += number[0].length;
          return Number(number[0]);
        }
        const word = /^[A-Za-z_][\w-]*/.exec(text.slice(this.pos, Math.min(this.end, this.pos + 64)))?.[0];
        if (word === "true" || word === "false" || word === "null") {
          const after = text[this.pos + word.length];
          if (after !== void 0 && this.pos + word.length < this.end && /[\w.([]/.test(after)) return NOT_LITERAL;
          this.pos += word.length;
          return word === "null" ? null : word === "true";
        }
        return NOT_LITERAL;
      }
      /** A quoted template; a literal only when it holds no `${`/`%{` sequence. */
      string() {
        const text = this.text;
        let out = "";
        let literal2 = true;
        this.pos++;
        while (this.pos < this.end && text[this.pos] !== '"') {
          const c = text[this.pos];
          if (c === "\\") {
            const escaped = text[this.pos + 1];
            const simple = { n: "\n", r: "\r", t: "	", '"': '"', "\\": "\\" };
            if (escaped !== void 0 && escaped in simple) {
              out += simple[escaped];
              this.pos += 2;
            } else if (escaped === "u" || escaped === "U") {
              const digits = escaped === "u" ? 4 : 8;
              const hex = text.slice(this.pos + 2, this.pos + 2 + digits);
              if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== digits) throw new LiteralSyntaxError("Invalid escape sequence: \\u needs hex digits", this.pos);
              out += String.fromCodePoint(Number.parseInt(hex, 16));
              this.pos += 2 + digits;
            } else {
              throw new LiteralSyntaxError(`Invalid escape sequence "\\${escaped ?? ""}"`, this.pos);
            }
            continue;
          }
          const sequence = templateSequenceAt(text, this.pos);
          if (sequence === 3) {
            out += `${c}{`;
            this.pos += 3;
            continue;
          }
          if (sequence === "open") {
            literal2 = false;
            this.skipInterpolation();
            continue;
          }
          out += c;
          this.pos++;
        }
        this.pos++;
        return literal2 ? out : NOT_LITERAL;
      }
      /** Past a `${ … }` (strings and braces inside it included). */
      skipInterpolation() {
        let depth = 0;
        while (this.pos < this.end) {
          const c = this.text[this.pos];
          if (c === "{") depth++;
          else if (c === "}" && --depth === 0) {
            this.pos++;
            return;
          } else if (c === '"') {
            this.pos++;
            while (this.pos < this.end && this.text[this.pos] !== '"') this.pos += this.text[this.pos] === "\\" ? 2 : 1;
          }
          this.pos++;
        }
      }
      heredoc() {
        const text = this.text;
        const header2 = heredocHeaderAt(text, this.pos);
        if (typeof header2 === "string") return NOT_LITERAL;
        const { strip: strip2 } = header2;
        const close = heredocClose(text, header2.bodyStart, header2.marker, this.end);
        const bodyEnd = close ? close.lineStart : this.end;
        this.pos = close ? close.end : this.end;
        const lines = text.slice(header2.bodyStart, bodyEnd).split(/\r?\n/);
        if (close && lines[lines.length - 1] === "") lines.pop();
        const body = lines.join("\n");
        if (/(^|[^$])\$\{|(^|[^%])%\{/.test(body)) return NOT_LITERAL;
        let kept = lines;
        if (strip2) {
          const indents = lines.filter((l) => l.trim() !== "").map((l) => /^[ \t]*/.exec(l)[0].length);
          const cut = indents.length > 0 ? indents.reduce((a, b) => Math.min(a, b)) : 0;
          kept = lines.map((l) => l.slice(Math.min(cut, /^[ \t]*/.exec(l)[0].length)));
        }
        return kept.map((l) => `${l}
`).join("").replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{");
      }
      tuple() {
        const items = [];
        const open = this.pos;
        this.pos++;
        for (; ; ) {
          this.skip();
          if (this.pos >= this.end) throw new LiteralSyntaxError('Unclosed "[": no matching "]"', open);
          if (this.text[this.pos] === "]") {
            this.pos++;
            return items;
          }
          items.push(this.element("]", false));
          this.skip();
          if (this.text[this.pos] === ",") this.pos++;
        }
      }
      object() {
        const out = /* @__PURE__ */ Object.create(null);
        const text = this.text;
        this.pos++;
        this.skip();
        if (/^for\b/.test(text.slice(this.pos, this.pos + 4))) return NOT_LITERAL;
        for (; ; ) {
          this.skip();
          if (this.pos >= this.end) return NOT_LITERAL;
          if (text[this.pos] === "}") {
            this.pos++;
            return out;
          }
          let key2;
          if (text[this.pos] === '"') {
            const read2 = this.string();
            key2 = typeof read2 === "string" ? read2 : void 0;
          } else {
            key2 = /^[A-Za-z_][\w-]*/.exec(text.slice(this.pos, this.pos + 256))?.[0];
            if (key2) this.pos += key2.length;
          }
          if (key2 === void 0) {
            this.skipExpression("}", true, true);
            this.pos++;
            this.skipExpression("}", true, false);
            continue;
          }
          this.skip();
          const separator = text[this.pos];
          if (separator !== "=" && separator !== ":" || text[this.pos + 1] === "=") return NOT_LITERAL;
          this.pos++;
          this.skip();
          out[key2] = this.element("}", true);
          this.skip();
          if (text[this.pos] === ",") this.pos++;
        }
      }
      /** One element of a tuple or object: its literal value, or Unknown for an expression. */
      element(closer, newlineEnds) {
        const start = this.pos;
        const value2 = this.value();
        const afterValue = this.pos;
        this.skipInline(newlineEnds);
        const next = this.text[this.pos];
        const ended = next === "," || next === closer || next === void 0 || this.pos >= this.end || newlineEnds && (next === "\n" || next === "\r");
        if (value2 !== NOT_LITERAL && ended) return value2;
        if (value2 !== NOT_LITERAL && next !== void 0 && /["\w[{]/.test(next) && afterValue < this.pos) {
          throw new LiteralSyntaxError(
            closer === "]" ? "Missing item separator: expected a comma between the elements of this list" : "Missing item separator: expected a newline or comma between the attributes of this object",
            this.pos
          );
        }
        this.pos = start;
        this.skipExpression(closer, newlineEnds, false);
        return unknownFor(this.text.slice(start, this.pos));
      }
      /** Blanks and comments, but not line breaks when they end an element. */
      skipInline(newlineEnds) {
        if (!newlineEnds) return this.skip();
        while (this.pos < this.end && (this.text[this.pos] === " " || this.text[this.pos] === "	")) this.pos++;
      }
      /** Past an expression: up to a `,`, the closer or (in objects) a line break, outside brackets and strings. */
      skipExpression(closer, newlineEnds, toSeparator) {
        const text = this.text;
        let depth = 0;
        while (this.pos < this.end) {
          const c = text[this.pos];
          if (depth === 0) {
            if (c === "," || c === closer || newlineEnds && (c === "\n" || c === "\r")) return;
            if (toSeparator && (c === "=" || c === ":") && text[this.pos + 1] !== "=" && text[this.pos - 1] !== "=" && text[this.pos - 1] !== "!") return;
          }
          if (c === "(" || c === "[" || c === "{") depth++;
          else if (c === ")" || c === "]" || c === "}") depth--;
          else if (c === '"') {
            this.pos++;
            while (this.pos < this.end && text[this.pos] !== '"') {
              if (text[this.pos] === "\\") this.pos++;
              else if (text[this.pos] === "$" && text[this.pos + 1] === "{") {
                this.skipInterpolation();
                continue;
              }
              this.pos++;
            }
          } else if (c === "<" && text[this.pos + 1] === "<") {
            const header2 = heredocHeaderAt(text, this.pos);
            if (typeof header2 !== "string") {
              this.pos = heredocClose(text, header2.bodyStart, header2.marker, this.end)?.end ?? this.end;
              continue;
            }
          } else if (c === "#" || c === "/" && (text[this.pos + 1] === "/" || text[this.pos + 1] === "*")) {
            const end = commentAt(text, this.pos).end;
            this.pos = end < 0 ? this.end : Math.min(end, this.end);
            continue;
          }
          this.pos++;
        }
      }
    };
  }
});

// src/hcl/facts.ts
function header(file, block, text, lines) {
  let end = block.headerEnd - 1;
  while (end > block.start && /\s/.test(text[end - 1])) end--;
  return lines.location(file, block.start, end);
}
function collectFacts(block, value2, prefix, context, out) {
  const object = value2 !== null && typeof value2 === "object" && !Array.isArray(value2) ? value2 : {};
  for (const attribute of block.attributes) {
    addFact(`${prefix}${attribute.name}`, attribute, object[attribute.name], context, out);
  }
  const seen = /* @__PURE__ */ new Map();
  const next = (k) => {
    const n = seen.get(k) ?? 0;
    seen.set(k, n + 1);
    return n;
  };
  for (const nested of block.blocks) {
    if (nested.type === "dynamic" && nested.labels.length === 1) {
      const name = nested.labels[0];
      const dynamic = object.dynamic?.[name]?.[next(`dynamic ${name}`)];
      const content = nested.blocks.find((b) => b.type === "content");
      if (content) collectFacts(content, dynamic?.content?.[0], `${prefix}${name}.`, context, out);
    } else if (nested.labels.length === 0) {
      const occurrence = object[nested.type]?.[next(nested.type)];
      collectFacts(nested, occurrence, `${prefix}${nested.type}.`, context, out);
    }
  }
}
function addFact(path, item, raw, context, out) {
  const { file, lines } = context;
  const value2 = context.read(item, raw);
  const fact = { path, value: value2, location: lines.location(file, item.nameStart, item.exprEnd) };
  if (item.items) {
    fact.keys = Object.fromEntries(item.items.map((i) => [i.name, lines.location(file, i.nameStart, i.exprEnd)]));
  }
  out.push(fact);
  if (item.items && value2 !== null && typeof value2 === "object" && !Array.isArray(value2) && !(value2 instanceof Unknown)) {
    const children3 = raw !== null && typeof raw === "object" ? raw : {};
    for (const child2 of item.items) addFact(`${path}.${child2.name}`, child2, children3[child2.name], context, out);
  }
}
var init_facts2 = __esm({
  "src/hcl/facts.ts"() {
    "use strict";
    init_define_STRATA_DATA();
    init_model();
  }
});

// src/hcl/scanner.ts
function scanDiagnostics(scan2, file, lines, prefix = "") {
  return scan2.errors.map((e) => ({ file, location: lines.location(file, e.offset, e.end), message: `${prefix}${e.message}`, level: "error" }));
}
function isIdentStart(c, text, i) {
  if (c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95) return true;
  return c >= 128 && new RegExp("\\p{ID_Start}", "u").test(String.fromCodePoint(text.codePointAt(i)));
}
function isIdentPart(c, text, i) {
  if (c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 95 || c === 45 /* Minus */) return true;
  return c >= 128 && /[\p{ID_Continue}\u200c\u200d]/u.test(String.fromCodePoint(text.codePointAt(i)));
}
function scanHcl(text) {
  return new Scanner(text).run();
}
function unquote(quoted) {
  return quoted.slice(1, -1).replace(/\\(.)/g, "$1");
}
var StopScan, MAX_DEPTH, Scanner;
var init_scanner = __esm({
  "src/hcl/scanner.ts"() {
    "use strict";
    init_define_STRATA_DATA();
    init_lexer();
    StopScan = class extends Error {
    };
    MAX_DEPTH = 500;
    Scanner = class {
      constructor(text) {
        this.text = text;
      }
      text;
      pos = 0;
      depth = 0;
      comments = [];
      errors = [];
      run() {
        const body = { attributes: [], blocks: [] };
        try {
          if (this.text.charCodeAt(0) === 65279) this.pos = 1;
          this.body(body, false);
        } catch (e) {
          if (!(e instanceof StopScan)) throw e;
        }
        return { ...body, comments: this.comments, errors: this.errors };
      }
      fail(offset, message, end = offset + 1) {
        this.errors.push({ offset, end: Math.min(Math.max(end, offset), this.text.length), message });
        throw new StopScan();
      }
      enter(at) {
        if (++this.depth > MAX_DEPTH) this.fail(at, `Nesting deeper than ${MAX_DEPTH} levels`);
      }
      /** Skips spaces, tabs and comments; newlines too when `newlines` is set. */
      skipTrivia(newlines) {
        const text = this.text;
        for (; ; ) {
          const c = text.charCodeAt(this.pos);
          if (c === 32 /* Space */ || c === 9 /* Tab */ || c === 65279) this.pos++;
          else if (newlines && (c === 10 /* LF */ || c === 13 /* CR */)) this.pos++;
          else if (c === 35 /* Hash */ || c === 47 /* Slash */ && (text.charCodeAt(this.pos + 1) === 47 /* Slash */ || text.charCodeAt(this.pos + 1) === 42 /* Star */)) this.comment();
          else return;
        }
      }
      comment() {
        const start = this.pos;
        const { end, textStart, block } = commentAt(this.text, start);
        if (end < 0) this.fail(start, "Unterminated comment: this /* has no closing */", start + 2);
        this.comments.push({ text: this.text.slice(textStart, block ? end - 2 : end), start, end, textStart });
        this.pos = end;
      }
      atLineEnd() {
        const c = this.text.charCodeAt(this.pos);
        return c === 10 /* LF */ || c === 13 /* CR */ || this.pos >= this.text.length;
      }
      identifier() {
        const text = this.text;
        const start = this.pos;
        this.pos += text.codePointAt(start) > 65535 ? 2 : 1;
        while (this.pos < text.length) {
          const c = text.charCodeAt(this.pos);
          if (!isIdentPart(c, text, this.pos)) break;
          this.pos += c >= 55296 && c <= 56319 ? 2 : 1;
        }
        return text.slice(start, this.pos);
      }
      /** A body: attributes and blocks, each on its own line, up to `}` (nested) or EOF. */
      body(into, nested) {
        const text = this.text;
        for (; ; ) {
          this.skipTrivia(true);
          if (this.pos >= text.length) return;
          const c = text.charCodeAt(this.pos);
          if (c === 125 /* RBrace */) {
            if (nested) return;
            this.fail(this.pos, 'Unexpected "}": there is no block to close here');
          }
          if (!isIdentStart(c, text, this.pos)) {
            this.fail(this.pos, "Argument or block definition required: expected a name here");
          }
          const nameStart = this.pos;
          const name = this.identifier();
          const nameEnd = this.pos;
          this.skipTrivia(false);
          const next = text.charCodeAt(this.pos);
          if (next === 61 /* Eq */ && text.charCodeAt(this.pos + 1) !== 61 /* Eq */) {
            this.pos++;
            const earlier = into.attributes.find((a) => a.name === name);
            if (earlier) this.fail(nameStart, `Attribute redefined: "${name}" was already set in this block; each argument may be set only once`, nameEnd);
            into.attributes.push(this.attribute(name, nameStart, nameEnd, nested));
          } else {
            into.blocks.push(this.block(name, nameStart));
          }
          this.endOfItem(nested);
        }
      }
      /** After an attribute or block: a newline, a comment, EOF, or the enclosing `}`. */
      endOfItem(nested) {
        this.skipTrivia(false);
        if (this.atLineEnd()) return;
        if (nested && this.text.charCodeAt(this.pos) === 125 /* RBrace */) return;
        this.fail(this.pos, "Missing newline: each argument and block must be on its own line");
      }
      attribute(name, nameStart, nameEnd, nested) {
        this.skipTrivia(false);
        const exprStart = this.pos;
        if (this.atLineEnd() || nested && this.text.charCodeAt(this.pos) === 125 /* RBrace */) {
          this.fail(exprStart, `Missing value: "${name} =" must be followed by an expression`);
        }
        const items = this.expression(true);
        const item = { name, nameStart, nameEnd, exprStart, exprEnd: this.trimmedEnd(exprStart) };
        if (items) item.items = items;
        return item;
      }
      /** End of the expression just scanned, without trailing blanks. */
      trimmedEnd(from) {
        let end = this.pos;
        while (end > from && (this.text.charCodeAt(end - 1) === 32 /* Space */ || this.text.charCodeAt(end - 1) === 9 /* Tab */)) end--;
        return end;
      }
      block(type, start) {
        const text = this.text;
        const labels = [];
        for (; ; ) {
          this.skipTrivia(false);
          const c = text.charCodeAt(this.pos);
          if (c === 123 /* LBrace */) break;
          if (c === 34 /* Quote */) labels.push(this.quotedLabel());
          else if (isIdentStart(c, text, this.pos)) labels.push(this.identifier());
          else if (this.atLineEnd()) {
            this.fail(start, `Invalid block definition: "${type}" needs "=" for an argument or "{" to open a block`, this.pos);
          } else {
            this.fail(this.pos, `Invalid block definition: unexpected character after "${type}"; a block label must be a quoted string or a name`);
          }
        }
        const open = this.pos;
        this.pos++;
        this.enter(open);
        const headerEnd = this.pos;
        const block = { type, labels, start, headerEnd, end: headerEnd, attributes: [], blocks: [] };
        this.body(block, true);
        if (this.pos >= text.length) {
          this.fail(open, `Unclosed configuration block: the "{" of ${[type, ...labels.map((l) => `"${l}"`)].join(" ")} has no matching "}"`);
        }
        this.pos++;
        this.depth--;
        block.end = this.pos;
        return block;
      }
      quotedLabel() {
        const text = this.text;
        const start = this.pos;
        let out = "";
        this.pos++;
        for (; ; ) {
          const c = text.charCodeAt(this.pos);
          if (this.pos >= text.length || c === 10 /* LF */ || c === 13 /* CR */) this.fail(start, "Unterminated block label: a quoted label must close on its line", this.pos);
          if (c === 34 /* Quote */) break;
          if ((c === 36 /* Dollar */ || c === 37 /* Percent */) && text.charCodeAt(this.pos + 1) === c && text.charCodeAt(this.pos + 2) === 123 /* LBrace */) {
            out += text.slice(this.pos + 1, this.pos + 3);
            this.pos += 3;
            continue;
          }
          if ((c === 36 /* Dollar */ || c === 37 /* Percent */) && text.charCodeAt(this.pos + 1) === 123 /* LBrace */) {
            this.fail(this.pos, 'Invalid block label: template sequences are not allowed in a label (write $${ for a literal "${")', this.pos + 2);
          }
          if (c === 92 /* Backslash */) {
            out += text[this.pos + 1] ?? "";
            this.pos += 2;
            continue;
          }
          out += text[this.pos];
          this.pos++;
        }
        this.pos++;
        return out;
      }
      /**
       * Scans one expression. At the top of an attribute (`lineEnds`), a newline outside
       * brackets ends it; the enclosing `}` of a one-line block does too. Returns the
       * items when the expression is an object constructor.
       */
      expression(lineEnds) {
        const text = this.text;
        let items;
        let first = true;
        for (; ; ) {
          this.skipTrivia(false);
          if (this.pos >= text.length) return items;
          const c = text.charCodeAt(this.pos);
          if (c === 10 /* LF */ || c === 13 /* CR */) {
            if (lineEnds) return items;
            this.pos++;
            continue;
          }
          if (c === 125 /* RBrace */ || c === 93 /* RBracket */ || c === 41 /* RParen */ || c === 44 /* Comma */) return items;
          if (c === 61 /* Eq */) this.equals();
          else if (c === 34 /* Quote */) this.template();
          else if (c === 60 /* Lt */ && text.charCodeAt(this.pos + 1) === 60 /* Lt */) this.heredoc();
          else if (c === 40 /* LParen */) this.bracketed(41 /* RParen */, "(");
          else if (c === 91 /* LBracket */) this.bracketed(93 /* RBracket */, "[");
          else if (c === 123 /* LBrace */) {
            const objectItems = this.objectOrFor();
            if (first) items = objectItems;
          } else this.pos++;
          first = false;
        }
      }
      /** `=` inside an expression is only ever part of `==`, `!=`, `<=`, `>=` or `=>`. */
      equals() {
        const text = this.text;
        const next = text.charCodeAt(this.pos + 1);
        const previous = text.charCodeAt(this.pos - 1);
        if (next === 61 /* Eq */ || next === 62 /* Gt */) {
          this.pos += 2;
          return;
        }
        if (previous === 33 || previous === 60 /* Lt */ || previous === 62 /* Gt */) {
          this.pos += 1;
          return;
        }
        this.fail(this.pos, 'Unexpected "=": a value cannot hold another assignment (one argument per line, and a one-line block takes a single argument)');
      }
      /** `( … )` or `[ … ]`: newlines inside are insignificant; commas separate elements. */
      bracketed(close, open) {
        const start = this.pos;
        this.pos++;
        this.enter(start);
        for (; ; ) {
          this.expression(false);
          const c = this.text.charCodeAt(this.pos);
          if (c === close) break;
          if (c === 44 /* Comma */) {
            this.pos++;
            continue;
          }
          const closer = open === "(" ? ")" : "]";
          if (this.pos >= this.text.length) this.fail(start, `Unclosed "${open}": no matching "${closer}" before the end of the file`);
          this.fail(this.pos, `Mismatched bracket: expected "${closer}" to close the "${open}" opened earlier`);
        }
        this.pos++;
        this.depth--;
      }
      /** `{ key = value, … }` object constructor, or a `{ for … }` expression. */
      objectOrFor() {
        const text = this.text;
        const start = this.pos;
        this.pos++;
        this.enter(start);
        this.skipTrivia(true);
        const isFor = /^for\b/.test(text.slice(this.pos, this.pos + 4));
        const items = [];
        for (; ; ) {
          this.skipTrivia(true);
          if (this.pos >= text.length) this.fail(start, 'Unclosed "{": no matching "}" before the end of the file');
          const c = text.charCodeAt(this.pos);
          if (c === 125 /* RBrace */) break;
          if (c === 44 /* Comma */) {
            this.pos++;
            continue;
          }
          if (isFor) {
            this.expression(false);
            const d = text.charCodeAt(this.pos);
            if (d === 93 /* RBracket */ || d === 41 /* RParen */) this.fail(this.pos, 'Mismatched bracket: expected "}" to close the "{" opened earlier');
            continue;
          }
          items.push(this.objectItem(start));
        }
        this.pos++;
        this.depth--;
        return isFor ? void 0 : items;
      }
      objectItem(objectStart) {
        const text = this.text;
        const nameStart = this.pos;
        for (; ; ) {
          this.skipTrivia(false);
          const c = text.charCodeAt(this.pos);
          if (this.pos >= text.length) this.fail(objectStart, 'Unclosed "{": no matching "}" before the end of the file');
          if (c === 61 /* Eq */ && text.charCodeAt(this.pos + 1) !== 61 /* Eq */ || c === 58 /* Colon */) break;
          if (c === 10 /* LF */ || c === 13 /* CR */ || c === 44 /* Comma */ || c === 125 /* RBrace */ || c === 93 /* RBracket */ || c === 41 /* RParen */) {
            this.fail(this.pos, `Missing "=" after the object key "${text.slice(nameStart, this.pos).trim()}"`);
          }
          if (c === 34 /* Quote */) this.template();
          else if (c === 40 /* LParen */) this.bracketed(41 /* RParen */, "(");
          else if (c === 91 /* LBracket */) this.bracketed(93 /* RBracket */, "[");
          else if (c === 123 /* LBrace */) this.objectOrFor();
          else this.pos++;
        }
        let keyEnd = this.pos;
        while (keyEnd > nameStart && /\s/.test(text[keyEnd - 1])) keyEnd--;
        const written = text.slice(nameStart, keyEnd);
        const name = /^"(?:[^"\\]|\\.)*"$/.test(written) ? unquote(written) : written;
        const nameEnd = keyEnd;
        this.pos++;
        this.skipTrivia(false);
        const exprStart = this.pos;
        const items = this.expression(true);
        const item = { name, nameStart, nameEnd, exprStart, exprEnd: this.trimmedEnd(exprStart) };
        if (items) item.items = items;
        const d = text.charCodeAt(this.pos);
        if (d === 93 /* RBracket */ || d === 41 /* RParen */) this.fail(this.pos, 'Mismatched bracket: expected "}" to close the "{" opened earlier');
        return item;
      }
      /** A quoted template: escapes, `${ … }` and `%{ … }` with their `$${`/`%%{` escapes. */
      template() {
        const text = this.text;
        const start = this.pos;
        this.pos++;
        for (; ; ) {
          if (this.pos >= text.length) this.fail(start, "Unterminated string: this quote is never closed", this.pos);
          const c = text.charCodeAt(this.pos);
          if (c === 34 /* Quote */) {
            this.pos++;
            return;
          }
          if (c === 10 /* LF */ || c === 13 /* CR */) this.fail(start, "Unterminated string: a quoted string must close on the line it starts", this.pos);
          if (c === 92 /* Backslash */) {
            this.pos += 2;
            continue;
          }
          const sequence = templateSequenceAt(text, this.pos);
          if (sequence === 3) this.pos += 3;
          else if (sequence === "open") this.interpolation();
          else this.pos++;
        }
      }
      /** `${ … }` inside a template: an expression up to the matching `}`. */
      interpolation() {
        const start = this.pos;
        this.pos += 2;
        this.enter(start);
        for (; ; ) {
          this.expression(false);
          const c = this.text.charCodeAt(this.pos);
          if (c === 125 /* RBrace */) break;
          if (c === 44 /* Comma */) {
            this.pos++;
            continue;
          }
          if (this.pos >= this.text.length) this.fail(start, 'Unterminated template interpolation: "${" has no matching "}"');
          this.fail(this.pos, 'Mismatched bracket inside "${ \u2026 }"');
        }
        this.pos++;
        this.depth--;
      }
      /** `<<EOT` / `<<-EOT` … a line holding only `EOT`. */
      heredoc() {
        const start = this.pos;
        const header2 = heredocHeaderAt(this.text, start);
        if (typeof header2 === "string") {
          const nameAt = start + (this.text.charCodeAt(start + 2) === 45 /* Minus */ ? 3 : 2);
          if (header2.includes("delimiter name")) this.fail(start, header2, nameAt);
          this.fail(nameAt + (/^[A-Za-z_][\w-]*/.exec(this.text.slice(nameAt, nameAt + 256))?.[0].length ?? 0), header2);
        }
        const close = heredocClose(this.text, header2.bodyStart, header2.marker);
        if (!close) this.fail(start, `Unterminated heredoc: no line closes <<${header2.marker}`, start + 2 + header2.marker.length);
        this.pos = close.end;
      }
    };
  }
});

// src/parsers/nomad/index.ts
var nomad_exports = {};
__export(nomad_exports, {
  parseJobspec: () => parseJobspec,
  parseNomadFile: () => parseNomadFile
});
function parseJobspec(spec, context) {
  const lines = new LineIndex(spec.text);
  const text = `${spec.text.slice(0, spec.start).replace(/[^\r\n]/g, " ")}${spec.text.slice(spec.start, spec.end)}`;
  const scan2 = scanHcl(text);
  if (scan2.errors.length > 0) {
    return {
      workloads: [],
      fileAnnotations: [],
      diagnostics: scanDiagnostics(scan2, spec.file, lines, "Nomad jobspec: ")
    };
  }
  const tasks = [];
  for (const job of scan2.blocks.filter((b) => b.type === "job")) {
    const jobName = job.labels[0] ?? "job";
    for (const group of job.blocks.filter((b) => b.type === "group")) {
      for (const task of group.blocks.filter((b) => b.type === "task"))
        tasks.push({ block: task, address: `${spec.prefix}${jobName}/${group.labels[0] ?? "group"}/${task.labels[0] ?? "task"}` });
    }
    for (const task of job.blocks.filter((b) => b.type === "task")) tasks.push({ block: task, address: `${spec.prefix}${jobName}/${task.labels[0] ?? "task"}` });
  }
  const placed = placeDirectives(spec.file, scan2.comments, lines, context.annotations);
  const { owned, loose } = attachAnnotations(
    placed,
    tasks.map((t) => ({ owner: t.block, start: t.block.start, end: t.block.end, line: lines.lineOf(t.block.start) })),
    commentOnlyLines(scan2.comments, lines)
  );
  const workloads = [];
  const diagnostics = [];
  for (const { block, address } of tasks) {
    const facts = [];
    try {
      collectFacts(block, void 0, "", { file: spec.file, lines, read: (item) => literalValue(text, item.exprStart, item.exprEnd) }, facts);
    } catch (e) {
      if (!(e instanceof LiteralSyntaxError)) throw e;
      diagnostics.push({ file: spec.file, location: lines.location(spec.file, e.offset, e.offset + 1), message: `Nomad jobspec: ${e.message}`, level: "error" });
      continue;
    }
    const driver = facts.find((f) => f.path === "driver")?.value;
    if (typeof driver !== "string" || !context.knows("nomad", driver)) continue;
    workloads.push({
      format: "nomad",
      kind: driver,
      address,
      file: spec.file,
      location: lines.location(spec.file, block.start, block.end),
      header: header(spec.file, block, text, lines),
      facts,
      annotations: [...owned.get(block) ?? [], ...spec.inherited]
    });
  }
  return { workloads, fileAnnotations: loose.map((p) => p.annotation), diagnostics };
}
function parseNomadFile(file, text, context) {
  return parseJobspec({ format: "nomad", file, text, start: 0, end: text.length, prefix: "", inherited: [] }, context);
}
var init_nomad = __esm({
  "src/parsers/nomad/index.ts"() {
    "use strict";
    init_define_STRATA_DATA();
    init_attach();
    init_positions();
    init_literal();
    init_facts2();
    init_scanner();
  }
});

// src/hcl/variables.ts
function placedLiteral(text, item, locate) {
  let value2;
  let location;
  return {
    get value() {
      value2 ??= safeLiteral(text, item);
      return value2;
    },
    get location() {
      location ??= locate(item.nameStart, item.exprEnd);
      return location;
    }
  };
}
function declarations(blocks, text, locate) {
  const variables = /* @__PURE__ */ new Map();
  const locals = /* @__PURE__ */ new Map();
  for (const block of blocks) {
    if (block.type === "variable" && block.labels.length === 1) {
      const initial = block.attributes.find((a) => a.name === "default");
      variables.set(block.labels[0], { default: initial ? placedLiteral(text, initial, locate) : void 0 });
    } else if (block.type === "locals") {
      for (const attribute of block.attributes) locals.set(attribute.name, placedLiteral(text, attribute, locate));
    }
  }
  return { variables, locals };
}
function assignments(scan2, text, locate) {
  return new Map(scan2.attributes.map((a) => [a.name, { value: safeLiteral(text, a), location: locate(a.nameStart, a.exprEnd) }]));
}
function safeLiteral(text, item) {
  try {
    return literalValue(text, item.exprStart, item.exprEnd);
  } catch (e) {
    if (e instanceof LiteralSyntaxError) return new Unknown(`is malformed: ${e.message}`);
    throw e;
  }
}
var init_variables = __esm({
  "src/hcl/variables.ts"() {
    "use strict";
    init_define_STRATA_DATA();
    init_model();
    init_literal();
  }
});

// src/parsers/packer/builders.ts
function uncatalogued(type, address, location) {
  if (NOT_MACHINES.has(type)) return [];
  return [
    {
      file: location.file,
      location,
      message: `The Packer builder "${type}" is not in strata's catalog, so ${address} is not classified (a config file's catalog entries can add it)`,
      level: "note"
    }
  ];
}
var NOT_MACHINES;
var init_builders = __esm({
  "src/parsers/packer/builders.ts"() {
    "use strict";
    init_define_STRATA_DATA();
    NOT_MACHINES = /* @__PURE__ */ new Set(["null", "file"]);
  }
});

// src/parsers/packer/hcl.ts
var hcl_exports = {};
__export(hcl_exports, {
  parsePackerHcl: () => parsePackerHcl,
  parseVarFile: () => parseVarFile
});
function parsePackerHcl(file, text, context) {
  const lines = new LineIndex(text);
  const scan2 = scanHcl(text);
  if (scan2.errors.length > 0) return { workloads: [], fileAnnotations: [], diagnostics: scanDiagnostics(scan2, file, lines, "Packer template: ") };
  const locate = (start, end) => lines.location(file, start, end);
  const declared = scan2.blocks.filter((b) => b.type === "source" && b.labels.length === 2);
  const sources = declared.filter((b) => context.knows("packer", b.labels[0]));
  const diagnostics = declared.filter((b) => !context.knows("packer", b.labels[0])).flatMap((b) => uncatalogued(b.labels[0], `source.${b.labels[0]}.${b.labels[1]}`, header(file, b, text, lines)));
  const placed = placeDirectives(file, scan2.comments, lines, context.annotations);
  const { owned, loose } = attachAnnotations(
    placed,
    scan2.blocks.map((b) => ({ owner: b, start: b.start, end: b.end, line: lines.lineOf(b.start) })),
    commentOnlyLines(scan2.comments, lines)
  );
  const workloads = [];
  for (const block of sources) {
    const [type, name] = block.labels;
    const facts = [];
    try {
      collectFacts(block, void 0, "", { file, lines, read: (item) => literalValue(text, item.exprStart, item.exprEnd) }, facts);
    } catch (e) {
      if (!(e instanceof LiteralSyntaxError)) throw e;
      return { workloads: [], fileAnnotations: [], diagnostics: [{ file, location: locate(e.offset, e.offset + 1), message: `Packer template: ${e.message}`, level: "error" }] };
    }
    workloads.push({
      format: "packer",
      kind: type,
      address: `source.${type}.${name}`,
      file,
      location: locate(block.start, block.end),
      header: header(file, block, text, lines),
      facts,
      annotations: owned.get(block) ?? []
    });
  }
  const packer2 = declarations(scan2.blocks, text, locate);
  for (const block of scan2.blocks) {
    const expression2 = block.type === "local" && block.labels.length === 1 ? block.attributes.find((a) => a.name === "expression") : void 0;
    if (expression2) packer2.locals.set(block.labels[0], placedLiteral(text, expression2, locate));
    if (block.type === "variables") for (const a of block.attributes) packer2.variables.set(a.name, { default: placedLiteral(text, a, locate) });
  }
  packer2.builds = builds(scan2.blocks, text, file, lines);
  const fileAnnotations = [];
  const workloadBlocks = new Set(sources);
  for (const block of scan2.blocks) if (!workloadBlocks.has(block)) append(fileAnnotations, owned.get(block) ?? []);
  for (const p of loose) fileAnnotations.push(p.annotation);
  const firstBlock = scan2.blocks[0]?.start ?? Infinity;
  return { workloads, packer: packer2, fileAnnotations: fileAnnotations.map((a) => misplacedDefault(a, firstBlock, lines)), diagnostics };
}
function builds(blocks, text, file, lines) {
  const found = [];
  for (const build of blocks.filter((b) => b.type === "build")) {
    const name = build.attributes.find((a) => a.name === "name");
    const written = name ? safeLiteral(text, name) : void 0;
    const label = typeof written === "string" ? `build "${written}"` : "the build block";
    const list = build.attributes.find((a) => a.name === "sources");
    if (list) {
      const value2 = safeLiteral(text, list);
      if (!Array.isArray(value2) || value2.some((v) => typeof v !== "string")) return void 0;
      for (const source of value2) found.push({ source, build: label, location: lines.location(file, list.nameStart, list.exprEnd) });
    }
    for (const block of build.blocks.filter((b) => b.type === "source" && b.labels.length === 1)) {
      found.push({ source: block.labels[0], build: label, location: header(file, block, text, lines) });
    }
  }
  return found;
}
function parseVarFile(file, text) {
  const lines = new LineIndex(text);
  const scan2 = scanHcl(text);
  if (scan2.errors.length > 0) return { workloads: [], fileAnnotations: [], diagnostics: scanDiagnostics(scan2, file, lines, "Packer variable file: ") };
  const assigned = assignments(scan2, text, (start, end) => lines.location(file, start, end));
  return { workloads: [], fileAnnotations: [], diagnostics: [], packer: { variables: /* @__PURE__ */ new Map(), locals: /* @__PURE__ */ new Map(), assigned } };
}
var init_hcl = __esm({
  "src/parsers/packer/hcl.ts"() {
    "use strict";
    init_define_STRATA_DATA();
    init_arrays();
    init_attach();
    init_facts2();
    init_literal();
    init_scanner();
    init_variables();
    init_positions();
    init_builders();
  }
});

// src/hcl/json-value.ts
function hclJsonValue(raw) {
  if (raw === void 0) return new Unknown("could not be read");
  if (typeof raw === "string") {
    if (TEMPLATE.test(raw)) {
      const variable = VARIABLE.exec(raw);
      if (variable) return new Unknown(`comes from ${variable[1]}, which strata does not resolve`, variable[1]);
      return unknownExpression(raw);
    }
    return raw.replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{");
  }
  if (Array.isArray(raw)) return raw.map(hclJsonValue);
  if (raw !== null && typeof raw === "object") {
    const out = /* @__PURE__ */ Object.create(null);
    for (const [k, v] of Object.entries(raw)) if (!TEMPLATE.test(k)) out[k] = hclJsonValue(v);
    return out;
  }
  return raw;
}
var TEMPLATE, VARIABLE;
var init_json_value = __esm({
  "src/hcl/json-value.ts"() {
    "use strict";
    init_define_STRATA_DATA();
    init_literal();
    init_model();
    TEMPLATE = /(^|[^$%])[$%]\{/;
    VARIABLE = /^\$\{\s*((?:var|local)\.[A-Za-z_][\w-]*)\s*\}$/;
  }
});

// node_modules/jsonc-parser/lib/esm/impl/scanner.js
function createScanner(text, ignoreTrivia = false) {
  const len = text.length;
  let pos = 0, value2 = "", tokenOffset = 0, token = 16, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0;
  function scanHexDigits(count, exact) {
    let digits = 0;
    let value3 = 0;
    while (digits < count || !exact) {
      let ch = text.charCodeAt(pos);
      if (ch >= 48 && ch <= 57) {
        value3 = value3 * 16 + ch - 48;
      } else if (ch >= 65 && ch <= 70) {
        value3 = value3 * 16 + ch - 65 + 10;
      } else if (ch >= 97 && ch <= 102) {
        value3 = value3 * 16 + ch - 97 + 10;
      } else {
        break;
      }
      pos++;
      digits++;
    }
    if (digits < count) {
      value3 = -1;
    }
    return value3;
  }
  function setPosition(newPosition) {
    pos = newPosition;
    value2 = "";
    tokenOffset = 0;
    token = 16;
    scanError = 0;
  }
  function scanNumber() {
    let start = pos;
    if (text.charCodeAt(pos) === 48) {
      pos++;
    } else {
      pos++;
      while (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
      }
    }
    if (pos < text.length && text.charCodeAt(pos) === 46) {
      pos++;
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
      } else {
        scanError = 3;
        return text.substring(start, pos);
      }
    }
    let end = pos;
    if (pos < text.length && (text.charCodeAt(pos) === 69 || text.charCodeAt(pos) === 101)) {
      pos++;
      if (pos < text.length && text.charCodeAt(pos) === 43 || text.charCodeAt(pos) === 45) {
        pos++;
      }
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
        end = pos;
      } else {
        scanError = 3;
      }
    }
    return text.substring(start, end);
  }
  function scanString() {
    let result = "", start = pos;
    while (true) {
      if (pos >= len) {
        result += text.substring(start, pos);
        scanError = 2;
        break;
      }
      const ch = text.charCodeAt(pos);
      if (ch === 34) {
        result += text.substring(start, pos);
        pos++;
        break;
      }
      if (ch === 92) {
        result += text.substring(start, pos);
        pos++;
        if (pos >= len) {
          scanError = 2;
          break;
        }
        const ch2 = text.charCodeAt(pos++);
        switch (ch2) {
          case 34:
            result += '"';
            break;
          case 92:
            result += "\\";
            break;
          case 47:
            result += "/";
            break;
          case 98:
            result += "\b";
            break;
          case 102:
            result += "\f";
            break;
          case 110:
            result += "\n";
            break;
          case 114:
            result += "\r";
            break;
          case 116:
            result += "	";
            break;
          case 117:
            const ch3 = scanHexDigits(4, true);
            if (ch3 >= 0) {
              result += String.fromCharCode(ch3);
            } else {
              scanError = 4;
            }
            break;
          default:
            scanError = 5;
        }
        start = pos;
        continue;
      }
      if (ch >= 0 && ch <= 31) {
        if (isLineBreak(ch)) {
          result += text.substring(start, pos);
          scanError = 2;
          break;
        } else {
          scanError = 6;
        }
      }
      pos++;
    }
    return result;
  }
  function scanNext() {
    value2 = "";
    scanError = 0;
    tokenOffset = pos;
    lineStartOffset = lineNumber;
    prevTokenLineStartOffset = tokenLineStartOffset;
    if (pos >= len) {
      tokenOffset = len;
      return token = 17;
    }
    let code = text.charCodeAt(pos);
    if (isWhiteSpace(code)) {
      do {
        pos++;
        value2 += String.fromCharCode(code);
        code = text.charCodeAt(pos);
      } while (isWhiteSpace(code));
      return token = 15;
    }
    if (isLineBreak(code)) {
      pos++;
      value2 += String.fromCharCode(code);
      if (code === 13 && text.charCodeAt(pos) === 10) {
        pos++;
        value2 += "\n";
      }
      lineNumber++;
      tokenLineStartOffset = pos;
      return token = 14;
    }
    switch (code) {
      // tokens: []{}:,
      case 123:
        pos++;
        return token = 1;
      case 125:
        pos++;
        return token = 2;
      case 91:
        pos++;
        return token = 3;
      case 93:
        pos++;
        return token = 4;
      case 58:
        pos++;
        return token = 6;
      case 44:
        pos++;
        return token = 5;
      // strings
      case 34:
        pos++;
        value2 = scanString();
        return token = 10;
      // comments
      case 47:
        const start = pos - 1;
        if (text.charCodeAt(pos + 1) === 47) {
          pos += 2;
          while (pos < len) {
            if (isLineBreak(text.charCodeAt(pos))) {
              break;
            }
            pos++;
          }
          value2 = text.substring(start, pos);
          return token = 12;
        }
        if (text.charCodeAt(pos + 1) === 42) {
          pos += 2;
          const safeLength = len - 1;
          let commentClosed = false;
          while (pos < safeLength) {
            const ch = text.charCodeAt(pos);
            if (ch === 42 && text.charCodeAt(pos + 1) === 47) {
              pos += 2;
              commentClosed = true;
              break;
            }
            pos++;
            if (isLineBreak(ch)) {
              if (ch === 13 && text.charCodeAt(pos) === 10) {
                pos++;
              }
              lineNumber++;
              tokenLineStartOffset = pos;
            }
          }
          if (!commentClosed) {
            pos++;
            scanError = 1;
          }
          value2 = text.substring(start, pos);
          return token = 13;
        }
        value2 += String.fromCharCode(code);
        pos++;
        return token = 16;
      // numbers
      case 45:
        value2 += String.fromCharCode(code);
        pos++;
        if (pos === len || !isDigit(text.charCodeAt(pos))) {
          return token = 16;
        }
      // found a minus, followed by a number so
      // we fall through to proceed with scanning
      // numbers
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57:
        value2 += scanNumber();
        return token = 11;
      // literals and unknown symbols
      default:
        while (pos < len && isUnknownContentCharacter(code)) {
          pos++;
          code = text.charCodeAt(pos);
        }
        if (tokenOffset !== pos) {
          value2 = text.substring(tokenOffset, pos);
          switch (value2) {
            case "true":
              return token = 8;
            case "false":
              return token = 9;
            case "null":
              return token = 7;
          }
          return token = 16;
        }
        value2 += String.fromCharCode(code);
        pos++;
        return token = 16;
    }
  }
  function isUnknownContentCharacter(code) {
    if (isWhiteSpace(code) || isLineBreak(code)) {
      return false;
    }
    switch (code) {
      case 125:
      case 93:
      case 123:
      case 91:
      case 34:
      case 58:
      case 44:
      case 47:
        return false;
    }
    return true;
  }
  function scanNextNonTrivia() {
    let result;
    do {
      result = scanNext();
    } while (result >= 12 && result <= 15);
    return result;
  }
  return {
    setPosition,
    getPosition: () => pos,
    scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
    getToken: () => token,
    getTokenValue: () => value2,
    getTokenOffset: () => tokenOffset,
    getTokenLength: () => pos - tokenOffset,
    getTokenStartLine: () => lineStartOffset,
    getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
    getTokenError: () => scanError
  };
}
function isWhiteSpace(ch) {
  return ch === 32 || ch === 9;
}
function isLineBreak(ch) {
  return ch === 10 || ch === 13;
}
function isDigit(ch) {
  return ch >= 48 && ch <= 57;
}
var CharacterCodes;
var init_scanner2 = __esm({
  "node_modules/jsonc-parser/lib/esm/impl/scanner.js"() {
    "use strict";
    init_define_STRATA_DATA();
    (function(CharacterCodes2) {
      CharacterCodes2[CharacterCodes2["lineFeed"] = 10] = "lineFeed";
      CharacterCodes2[CharacterCodes2["carriageReturn"] = 13] = "carriageReturn";
      CharacterCodes2[CharacterCodes2["space"] = 32] = "space";
      CharacterCodes2[CharacterCodes2["_0"] = 48] = "_0";
      CharacterCodes2[CharacterCodes2["_1"] = 49] = "_1";
      CharacterCodes2[CharacterCodes2["_2"] = 50] = "_2";
      CharacterCodes2[CharacterCodes2["_3"] = 51] = "_3";
      CharacterCodes2[CharacterCodes2["_4"] = 52] = "_4";
      CharacterCodes2[CharacterCodes2["_5"] = 53] = "_5";
      CharacterCodes2[CharacterCodes2["_6"] = 54] = "_6";
      CharacterCodes2[CharacterCodes2["_7"] = 55] = "_7";
      CharacterCodes2[CharacterCodes2["_8"] = 56] = "_8";
      CharacterCodes2[CharacterCodes2["_9"] = 57] = "_9";
      CharacterCodes2[CharacterCodes2["a"] = 97] = "a";
      CharacterCodes2[CharacterCodes2["b"] = 98] = "b";
      CharacterCodes2[CharacterCodes2["c"] = 99] = "c";
      CharacterCodes2[CharacterCodes2["d"] = 100] = "d";
      CharacterCodes2[CharacterCodes2["e"] = 101] = "e";
      CharacterCodes2[CharacterCodes2["f"] = 102] = "f";
      CharacterCodes2[CharacterCodes2["g"] = 103] = "g";
      CharacterCodes2[CharacterCodes2["h"] = 104] = "h";
      CharacterCodes2[CharacterCodes2["i"] = 105] = "i";
      CharacterCodes2[CharacterCodes2["j"] = 106] = "j";
      CharacterCodes2[CharacterCodes2["k"] = 107] = "k";
      CharacterCodes2[CharacterCodes2["l"] = 108] = "l";
      CharacterCodes2[CharacterCodes2["m"] = 109] = "m";
      CharacterCodes2[CharacterCodes2["n"] = 110] = "n";
      CharacterCodes2[CharacterCodes2["o"] = 111] = "o";
      CharacterCodes2[CharacterCodes2["p"] = 112] = "p";
      CharacterCodes2[CharacterCodes2["q"] = 113] = "q";
      CharacterCodes2[CharacterCodes2["r"] = 114] = "r";
      CharacterCodes2[CharacterCodes2["s"] = 115] = "s";
      CharacterCodes2[CharacterCodes2["t"] = 116] = "t";
      CharacterCodes2[CharacterCodes2["u"] = 117] = "u";
      CharacterCodes2[CharacterCodes2["v"] = 118] = "v";
      CharacterCodes2[CharacterCodes2["w"] = 119] = "w";
      CharacterCodes2[CharacterCodes2["x"] = 120] = "x";
      CharacterCodes2[CharacterCodes2["y"] = 121] = "y";
      CharacterCodes2[CharacterCodes2["z"] = 122] = "z";
      CharacterCodes2[CharacterCodes2["A"] = 65] = "A";
      CharacterCodes2[CharacterCodes2["B"] = 66] = "B";
      CharacterCodes2[CharacterCodes2["C"] = 67] = "C";
      CharacterCodes2[CharacterCodes2["D"] = 68] = "D";
      CharacterCodes2[CharacterCodes2["E"] = 69] = "E";
      CharacterCodes2[CharacterCodes2["F"] = 70] = "F";
      CharacterCodes2[CharacterCodes2["G"] = 71] = "G";
      CharacterCodes2[CharacterCodes2["H"] = 72] = "H";
      CharacterCodes2[CharacterCodes2["I"] = 73] = "I";
      CharacterCodes2[CharacterCodes2["J"] = 74] = "J";
      CharacterCodes2[CharacterCodes2["K"] = 75] = "K";
      CharacterCodes2[CharacterCodes2["L"] = 76] = "L";
      CharacterCodes2[CharacterCodes2["M"] = 77] = "M";
      CharacterCodes2[CharacterCodes2["N"] = 78] = "N";
      CharacterCodes2[CharacterCodes2["O"] = 79] = "O";
      CharacterCodes2[CharacterCodes2["P"] = 80] = "P";
      CharacterCodes2[CharacterCodes2["Q"] = 81] = "Q";
      CharacterCodes2[CharacterCodes2["R"] = 82] = "R";
      CharacterCodes2[CharacterCodes2["S"] = 83] = "S";
      CharacterCodes2[CharacterCodes2["T"] = 84] = "T";
      CharacterCodes2[CharacterCodes2["U"] = 85] = "U";
      CharacterCodes2[CharacterCodes2["V"] = 86] = "V";
      CharacterCodes2[CharacterCodes2["W"] = 87] = "W";
      CharacterCodes2[CharacterCodes2["X"] = 88] = "X";
      CharacterCodes2[CharacterCodes2["Y"] = 89] = "Y";
      CharacterCodes2[CharacterCodes2["Z"] = 90] = "Z";
      CharacterCodes2[CharacterCodes2["asterisk"] = 42] = "asterisk";
      CharacterCodes2[CharacterCodes2["backslash"] = 92] = "backslash";
      CharacterCodes2[CharacterCodes2["closeBrace"] = 125] = "closeBrace";
      CharacterCodes2[CharacterCodes2["closeBracket"] = 93] = "closeBracket";
      CharacterCodes2[CharacterCodes2["colon"] = 58] = "colon";
      CharacterCodes2[CharacterCodes2["comma"] = 44] = "comma";
      CharacterCodes2[CharacterCodes2["dot"] = 46] = "dot";
      CharacterCodes2[CharacterCodes2["doubleQuote"] = 34] = "doubleQuote";
      CharacterCodes2[CharacterCodes2["minus"] = 45] = "minus";
      CharacterCodes2[CharacterCodes2["openBrace"] = 123] = "openBrace";
      CharacterCodes2[CharacterCodes2["openBracket"] = 91] = "openBracket";
      CharacterCodes2[CharacterCodes2["plus"] = 43] = "plus";
      CharacterCodes2[CharacterCodes2["slash"] = 47] = "slash";
      CharacterCodes2[CharacterCodes2["formFeed"] = 12] = "formFeed";
      CharacterCodes2[CharacterCodes2["tab"] = 9] = "tab";
    })(CharacterCodes || (CharacterCodes = {}));
  }
});

// node_modules/jsonc-parser/lib/esm/impl/string-intern.js
var cachedSpaces, maxCachedValues, cachedBreakLinesWithSpaces;
var init_string_intern = __esm({
  "node_modules/jsonc-parser/lib/esm/impl/string-intern.js"() {
    init_define_STRATA_DATA();
    cachedSpaces = new Array(20).fill(0).map((_, index2) => {
      return " ".repeat(index2);
    });
    maxCachedValues = 200;
    cachedBreakLinesWithSpaces = {
      " ": {
        "\n": new Array(maxCachedValues).fill(0).map((_, index2) => {
          return "\n" + " ".repeat(index2);
        }),
        "\r": new Array(maxCachedValues).fill(0).map((_, index2) => {
          return "\r" + " ".repeat(index2);
        }),
        "\r\n": new Array(maxCachedValues).fill(0).map((_, index2) => {
          return "\r\n" + " ".repeat(index2);
        })
      },
      "	": {
        "\n": new Array(maxCachedValues).fill(0).map((_, index2) => {
          return "\n" + "	".repeat(index2);
        }),
        "\r": new Array(maxCachedValues).fill(0).map((_, index2) => {
          return "\r" + "	".repeat(index2);
        }),
        "\r\n": new Array(maxCachedValues).fill(0).map((_, index2) => {
          return "\r\n" + "	".repeat(index2);
        })
      }
    };
  }
});

// node_modules/jsonc-parser/lib/esm/impl/format.js
var init_format2 = __esm({
  "node_modules/jsonc-parser/lib/esm/impl/format.js"() {
    "use strict";
    init_define_STRATA_DATA();
    init_scanner2();
    init_string_intern();
  }
});

// node_modules/jsonc-parser/lib/esm/impl/parser.js
function parseTree(text, errors = [], options = ParseOptions.DEFAULT) {
  let currentParent = { type: "array", offset: -1, length: -1, children: [], parent: void 0 };
  function ensurePropertyComplete(endOffset) {
    if (currentParent.type === "property") {
      currentParent.length = endOffset - currentParent.offset;
      currentParent = currentParent.parent;
    }
  }
  function onValue(valueNode) {
    currentParent.children.push(valueNode);
    return valueNode;
  }
  const visitor = {
    onObjectBegin: (offset) => {
      currentParent = onValue({ type: "object", offset, length: -1, parent: currentParent, children: [] });
    },
    onObjectProperty: (name, offset, length) => {
      currentParent = onValue({ type: "property", offset, length: -1, parent: currentParent, children: [] });
      currentParent.children.push({ type: "string", value: name, offset, length, parent: currentParent });
    },
    onObjectEnd: (offset, length) => {
      ensurePropertyComplete(offset + length);
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onArrayBegin: (offset, length) => {
      currentParent = onValue({ type: "array", offset, length: -1, parent: currentParent, children: [] });
    },
    onArrayEnd: (offset, length) => {
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onLiteralValue: (value2, offset, length) => {
      onValue({ type: getNodeType(value2), offset, length, parent: currentParent, value: value2 });
      ensurePropertyComplete(offset + length);
    },
    onSeparator: (sep4, offset, length) => {
      if (currentParent.type === "property") {
        if (sep4 === ":") {
          currentParent.colonOffset = offset;
        } else if (sep4 === ",") {
          ensurePropertyComplete(offset);
        }
      }
    },
    onError: (error, offset, length) => {
      errors.push({ error, offset, length });
    }
  };
  visit(text, visitor, options);
  const result = currentParent.children[0];
  if (result) {
    delete result.parent;
  }
  return result;
}
function visit(text, visitor, options = ParseOptions.DEFAULT) {
  const _scanner = createScanner(text, false);
  const _jsonPath = [];
  let suppressedCallbacks = 0;
  function toNoArgVisit(visitFunction) {
    return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisit(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisitWithPath(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
  }
  function toBeginVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks++;
      } else {
        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
        if (cbReturn === false) {
          suppressedCallbacks = 1;
        }
      }
    } : () => true;
  }
  function toEndVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks--;
      }
      if (suppressedCallbacks === 0) {
        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
      }
    } : () => true;
  }
  const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
  const disallowComments = options && options.disallowComments;
  const allowTrailingComma = options && options.allowTrailingComma;
  function scanNext() {
    while (true) {
      const token = _scanner.scan();
      switch (_scanner.getTokenError()) {
        case 4:
          handleError(
            14
            /* ParseErrorCode.InvalidUnicode */
          );
          break;
        case 5:
          handleError(
            15
            /* ParseErrorCode.InvalidEscapeCharacter */
          );
          break;
        case 3:
          handleError(
            13
            /* ParseErrorCode.UnexpectedEndOfNumber */
          );
          break;
        case 1:
          if (!disallowComments) {
            handleError(
              11
              /* ParseErrorCode.UnexpectedEndOfComment */
            );
          }
          break;
        case 2:
          handleError(
            12
            /* ParseErrorCode.UnexpectedEndOfString */
          );
          break;
        case 6:
          handleError(
            16
            /* ParseErrorCode.InvalidCharacter */
          );
          break;
      }
      switch (token) {
        case 12:
        case 13:
          if (disallowComments) {
            handleError(
              10
              /* ParseErrorCode.InvalidCommentToken */
            );
          } else {
            onComment();
          }
          break;
        case 16:
          handleError(
            1
            /* ParseErrorCode.InvalidSymbol */
          );
          break;
        case 15:
        case 14:
          break;
        default:
          return token;
      }
    }
  }
  function handleError(error, skipUntilAfter = [], skipUntil = []) {
    onError(error);
    if (skipUntilAfter.length + skipUntil.length > 0) {
      let token = _scanner.getToken();
      while (token !== 17) {
        if (skipUntilAfter.indexOf(token) !== -1) {
          scanNext();
          break;
        } else if (skipUntil.indexOf(token) !== -1) {
          break;
        }
        token = scanNext();
      }
    }
  }
  function parseString(isValue) {
    const value2 = _scanner.getTokenValue();
    if (isValue) {
      onLiteralValue(value2);
    } else {
      onObjectProperty(value2);
      _jsonPath.push(value2);
    }
    scanNext();
    return true;
  }
  function parseLiteral() {
    switch (_scanner.getToken()) {
      case 11:
        const tokenValue = _scanner.getTokenValue();
        let value2 = Number(tokenValue);
        if (isNaN(value2)) {
          handleError(
            2
            /* ParseErrorCode.InvalidNumberFormat */
          );
          value2 = 0;
        }
        onLiteralValue(value2);
        break;
      case 7:
        onLiteralValue(null);
        break;
      case 8:
        onLiteralValue(true);
        break;
      case 9:
        onLiteralValue(false);
        break;
      default:
        return false;
    }
    scanNext();
    return true;
  }
  function parseProperty() {
    if (_scanner.getToken() !== 10) {
      handleError(3, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
      return false;
    }
    parseString(false);
    if (_scanner.getToken() === 6) {
      onSeparator(":");
      scanNext();
      if (!parseValue()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
    } else {
      handleError(5, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
    }
    _jsonPath.pop();
    return true;
  }
  function parseObject() {
    onObjectBegin();
    scanNext();
    let needsComma = false;
    while (_scanner.getToken() !== 2 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 2 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (!parseProperty()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onObjectEnd();
    if (_scanner.getToken() !== 2) {
      handleError(7, [
        2
        /* SyntaxKind.CloseBraceToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseArray() {
    onArrayBegin();
    scanNext();
    let isFirstElement = true;
    let needsComma = false;
    while (_scanner.getToken() !== 4 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 4 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (isFirstElement) {
        _jsonPath.push(0);
        isFirstElement = false;
      } else {
        _jsonPath[_jsonPath.length - 1]++;
      }
      if (!parseValue()) {
        handleError(4, [], [
          4,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onArrayEnd();
    if (!isFirstElement) {
      _jsonPath.pop();
    }
    if (_scanner.getToken() !== 4) {
      handleError(8, [
        4
        /* SyntaxKind.CloseBracketToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseValue() {
    switch (_scanner.getToken()) {
      case 3:
        return parseArray();
      case 1:
        return parseObject();
      case 10:
        return parseString(true);
      default:
        return parseLiteral();
    }
  }
  scanNext();
  if (_scanner.getToken() === 17) {
    if (options.allowEmptyContent) {
      return true;
    }
    handleError(4, [], []);
    return false;
  }
  if (!parseValue()) {
    handleError(4, [], []);
    return false;
  }
  if (_scanner.getToken() !== 17) {
    handleError(9, [], []);
  }
  return true;
}
function getNodeType(value2) {
  switch (typeof value2) {
    case "boolean":
      return "boolean";
    case "number":
      return "number";
    case "string":
      return "string";
    case "object": {
      if (!value2) {
        return "null";
      } else if (Array.isArray(value2)) {
        return "array";
      }
      return "object";
    }
    default:
      return "null";
  }
}
var ParseOptions;
var init_parser = __esm({
  "node_modules/jsonc-parser/lib/esm/impl/parser.js"() {
    "use strict";
    init_define_STRATA_DATA();
    init_scanner2();
    (function(ParseOptions2) {
      ParseOptions2.DEFAULT = {
        allowTrailingComma: false
      };
    })(ParseOptions || (ParseOptions = {}));
  }
});

// node_modules/jsonc-parser/lib/esm/impl/edit.js
var init_edit = __esm({
  "node_modules/jsonc-parser/lib/esm/impl/edit.js"() {
    "use strict";
    init_define_STRATA_DATA();
    init_format2();
    init_parser();
  }
});

// node_modules/jsonc-parser/lib/esm/main.js
function printParseErrorCode(code) {
  switch (code) {
    case 1:
      return "InvalidSymbol";
    case 2:
      return "InvalidNumberFormat";
    case 3:
      return "PropertyNameExpected";
    case 4:
      return "ValueExpected";
    case 5:
      return "ColonExpected";
    case 6:
      return "CommaExpected";
    case 7:
      return "CloseBraceExpected";
    case 8:
      return "CloseBracketExpected";
    case 9:
      return "EndOfFileExpected";
    case 10:
      return "InvalidCommentToken";
    case 11:
      return "UnexpectedEndOfComment";
    case 12:
      return "UnexpectedEndOfString";
    case 13:
      return "UnexpectedEndOfNumber";
    case 14:
      return "InvalidUnicode";
    case 15:
      return "InvalidEscapeCharacter";
    case 16:
      return "InvalidCharacter";
  }
  return "<unknown ParseErrorCode>";
}
var ScanError, SyntaxKind, parseTree2, ParseErrorCode;
var init_main = __esm({
  "node_modules/jsonc-parser/lib/esm/main.js"() {
    "use strict";
    init_define_STRATA_DATA();
    init_format2();
    init_edit();
    init_scanner2();
    init_parser();
    (function(ScanError2) {
      ScanError2[ScanError2["None"] = 0] = "None";
      ScanError2[ScanError2["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
      ScanError2[ScanError2["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
      ScanError2[ScanError2["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
      ScanError2[ScanError2["InvalidUnicode"] = 4] = "InvalidUnicode";
      ScanError2[ScanError2["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
      ScanError2[ScanError2["InvalidCharacter"] = 6] = "InvalidCharacter";
    })(ScanError || (ScanError = {}));
    (function(SyntaxKind2) {
      SyntaxKind2[SyntaxKind2["OpenBraceToken"] = 1] = "OpenBraceToken";
      SyntaxKind2[SyntaxKind2["CloseBraceToken"] = 2] = "CloseBraceToken";
      SyntaxKind2[SyntaxKind2["OpenBracketToken"] = 3] = "OpenBracketToken";
      SyntaxKind2[SyntaxKind2["CloseBracketToken"] = 4] = "CloseBracketToken";
      SyntaxKind2[SyntaxKind2["CommaToken"] = 5] = "CommaToken";
      SyntaxKind2[SyntaxKind2["ColonToken"] = 6] = "ColonToken";
      SyntaxKind2[SyntaxKind2["NullKeyword"] = 7] = "NullKeyword";
      SyntaxKind2[SyntaxKind2["TrueKeyword"] = 8] = "TrueKeyword";
      SyntaxKind2[SyntaxKind2["FalseKeyword"] = 9] = "FalseKeyword";
      SyntaxKind2[SyntaxKind2["StringLiteral"] = 10] = "StringLiteral";
      SyntaxKind2[SyntaxKind2["NumericLiteral"] = 11] = "NumericLiteral";
      SyntaxKind2[SyntaxKind2["LineCommentTrivia"] = 12] = "LineCommentTrivia";
      SyntaxKind2[SyntaxKind2["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
      SyntaxKind2[SyntaxKind2["LineBreakTrivia"] = 14] = "LineBreakTrivia";
      SyntaxKind2[SyntaxKind2["Trivia"] = 15] = "Trivia";
      SyntaxKind2[SyntaxKind2["Unknown"] = 16] = "Unknown";
      SyntaxKind2[SyntaxKind2["EOF"] = 17] = "EOF";
    })(SyntaxKind || (SyntaxKind = {}));
    parseTree2 = parseTree;
    (function(ParseErrorCode2) {
      ParseErrorCode2[ParseErrorCode2["InvalidSymbol"] = 1] = "InvalidSymbol";
      ParseErrorCode2[ParseErrorCode2["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
      ParseErrorCode2[ParseErrorCode2["PropertyNameExpected"] = 3] = "PropertyNameExpected";
      ParseErrorCode2[ParseErrorCode2["ValueExpected"] = 4] = "ValueExpected";
      ParseErrorCode2[ParseErrorCode2["ColonExpected"] = 5] = "ColonExpected";
      ParseErrorCode2[ParseErrorCode2["CommaExpected"] = 6] = "CommaExpected";
      ParseErrorCode2[ParseErrorCode2["CloseBraceExpected"] = 7] = "CloseBraceExpected";
      ParseErrorCode2[ParseErrorCode2["CloseBracketExpected"] = 8] = "CloseBracketExpected";
      ParseErrorCode2[ParseErrorCode2["EndOfFileExpected"] = 9] = "EndOfFileExpected";
      ParseErrorCode2[ParseErrorCode2["InvalidCommentToken"] = 10] = "InvalidCommentToken";
      ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
      ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
      ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
      ParseErrorCode2[ParseErrorCode2["InvalidUnicode"] = 14] = "InvalidUnicode";
      ParseErrorCode2[ParseErrorCode2["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
      ParseErrorCode2[ParseErrorCode2["InvalidCharacter"] = 16] = "InvalidCharacter";
    })(ParseErrorCode || (ParseErrorCode = {}));
  }
});

// src/json/tree.ts
function parseJsonFile(text, file, lines, what) {
  const located = (offset, length, message) => ({
    diagnostic: { file, location: lines.location(file, offset, offset + Math.max(length, 1)), message, level: "error" }
  });
  const tooDeep = depthBeyond(text, MAX_DEPTH2);
  if (tooDeep >= 0) return located(tooDeep, 1, `JSON nests more than ${MAX_DEPTH2} levels deep: the file is not scanned`);
  const errors = [];
  const root = parseTree2(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors[0]) return located(errors[0].offset, errors[0].length, `Invalid JSON: ${describeJsonError(printParseErrorCode(errors[0].error))}`);
  if (!root) return located(0, 0, "Invalid JSON: the file is empty");
  if (root.type !== "object") return located(root.offset, 1, `${what} must hold one object`);
  return { root };
}
function depthBeyond(text, max) {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > max) return i;
    } else if (c === 125 || c === 93) depth--;
  }
  return -1;
}
function properties(node) {
  return node?.type === "object" ? (node.children ?? []).filter((c) => c.children?.length === 2) : [];
}
function property(node, key2) {
  return properties(node).find((p) => p.children[0].value === key2)?.children?.[1];
}
function objects(node) {
  if (node?.type === "object") return [node];
  if (node?.type === "array") return (node.children ?? []).filter((c) => c.type === "object");
  return [];
}
function plain(node) {
  switch (node.type) {
    case "object":
      return Object.fromEntries(properties(node).map((p) => [String(p.children[0].value), plain(p.children[1])]));
    case "array":
      return (node.children ?? []).map(plain);
    default:
      return node.value;
  }
}
function describeJsonError(code) {
  return code.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}
function commentsIn(node, deep, file, lines, context, isComment = (key2) => key2 === "//") {
  const found = [];
  for (const p of properties(node)) {
    const [key2, value2] = p.children;
    if (isComment(String(key2.value))) {
      const comments2 = value2.type === "array" ? value2.children ?? [] : [value2];
      for (const comment of comments2) {
        if (comment.type !== "string") continue;
        const text = String(comment.value);
        const span2 = findDirective(text);
        if (!span2) continue;
        const raw = lines.text.slice(comment.offset + 1, comment.offset + comment.length - 1);
        const start = raw === text ? comment.offset + 1 + span2.start : comment.offset;
        const end = raw === text ? comment.offset + 1 + span2.end : comment.offset + comment.length;
        found.push(parseDirective(text.slice(span2.start, span2.end), lines.location(file, start, end), context));
      }
    } else if (deep) {
      for (const child2 of objects(value2)) append(found, commentsIn(child2, true, file, lines, context, isComment));
    }
  }
  return found;
}
function collectJsonFacts(node, prefix, file, lines, convert, out, skip = (key2) => key2 === "//") {
  for (const p of properties(node)) {
    const [key2, value2] = p.children;
    const name = String(key2.value);
    if (skip(name)) continue;
    const path = `${prefix}${name}`;
    const location = lines.location(file, p.offset, p.offset + p.length);
    if (value2.type === "object") {
      const keys = Object.fromEntries(properties(value2).map((k) => [String(k.children[0].value), lines.location(file, k.offset, k.offset + k.length)]));
      out.push({ path, value: convert(plain(value2)), location, keys });
      collectJsonFacts(value2, `${path}.`, file, lines, convert, out, skip);
    } else if (value2.type === "array" && (value2.children ?? []).some((c) => c.type === "object")) {
      for (const element of objects(value2)) collectJsonFacts(element, `${path}.`, file, lines, convert, out, skip);
    } else {
      out.push({ path, value: convert(plain(value2)), location });
    }
  }
}
var MAX_DEPTH2;
var init_tree2 = __esm({
  "src/json/tree.ts"() {
    "use strict";
    init_define_STRATA_DATA();
    init_main();
    init_arrays();
    init_annotations();
    MAX_DEPTH2 = 64;
  }
});

// src/parsers/packer/json.ts
var json_exports = {};
__export(json_exports, {
  parseLegacyTemplate: () => parseLegacyTemplate,
  parsePackerHclJson: () => parsePackerHclJson,
  parseVarFileJson: () => parseVarFileJson
});
function parseLegacyTemplate(file, text, context) {
  const lines = new LineIndex(text);
  const tree = parseJsonFile(text, file, lines, "A Packer template");
  if ("diagnostic" in tree) return { workloads: [], fileAnnotations: [], diagnostics: [tree.diagnostic] };
  const { root } = tree;
  const builders = property(root, "builders");
  if (builders?.type !== "array") return { workloads: [], fileAnnotations: [], diagnostics: [] };
  const variables = /* @__PURE__ */ new Map();
  for (const p of properties(property(root, "variables"))) {
    const [key2, value2] = p.children;
    variables.set(String(key2.value), { value: legacyValue(plain(value2)), location: lines.location(file, p.offset, p.offset + p.length) });
  }
  const fileAnnotations = commentsIn(root, false, file, lines, context.annotations, (key2) => key2.startsWith("_"));
  const workloads = [];
  const diagnostics = [];
  for (const builder of objects(builders)) {
    const type = property(builder, "type");
    if (type?.type !== "string") continue;
    const named = property(builder, "name");
    const typeProperty = type.parent;
    const address = `builder.${named?.type === "string" ? builderName(String(named.value), variables) : String(type.value)}`;
    const header2 = lines.location(file, typeProperty.offset, typeProperty.offset + typeProperty.length);
    if (!context.knows("packer", String(type.value))) {
      append(diagnostics, uncatalogued(String(type.value), address, header2));
      continue;
    }
    const facts = [];
    collectJsonFacts(builder, "", file, lines, legacyValue, facts, () => false);
    const tags = properties(builder).map((p) => ({
      key: String(p.children[0].value),
      value: legacyValue(plain(p.children[1])),
      location: lines.location(file, p.offset, p.offset + p.length)
    }));
    const need = needFromTags(tags, "tag", context.annotations);
    workloads.push({
      format: "packer",
      kind: String(type.value),
      address,
      file,
      location: lines.location(file, builder.offset, builder.offset + builder.length),
      header: header2,
      facts: facts.map((fact) => userVariable(fact, variables)),
      annotations: need ? [need] : []
    });
  }
  return { workloads, fileAnnotations, diagnostics };
}
function builderName(name, variables) {
  let room = NAME_GROWTH;
  const replaced = name.replace(/\{\{\s*user\s+[`"]([^`"]+)[`"]\s*\}\}/g, (written, variable) => {
    const value2 = variables.get(variable)?.value;
    const text = typeof value2 === "string" || typeof value2 === "number" ? String(value2) : written;
    room -= text.length;
    return room < 0 ? "" : text;
  });
  return room < 0 ? name : replaced;
}
function legacyValue(raw) {
  if (typeof raw === "string" && raw.includes(TEMPLATE2)) {
    const user = USER_VARIABLE.exec(raw.trim());
    if (user) return new Unknown(`comes from the user variable ${user[1]}, which the template does not set`, `user.${user[1]}`);
    const shown2 = raw.length > 60 ? `${raw.slice(0, 57)}...` : raw;
    return new Unknown(`is the template ${shown2}, known only when Packer runs`);
  }
  if (Array.isArray(raw)) return raw.map(legacyValue);
  if (raw !== null && typeof raw === "object") {
    const out = /* @__PURE__ */ Object.create(null);
    for (const [k, v] of Object.entries(raw)) out[k] = legacyValue(v);
    return out;
  }
  return raw;
}
function userVariable(fact, variables) {
  if (!(fact.value instanceof Unknown) || !fact.value.reference?.startsWith("user.")) return fact;
  const set = variables.get(fact.value.reference.slice("user.".length));
  return set ? { ...fact, value: set.value, origin: set.location } : fact;
}
function parsePackerHclJson(file, text, context) {
  const lines = new LineIndex(text);
  const tree = parseJsonFile(text, file, lines, "A Packer JSON template");
  if ("diagnostic" in tree) return { workloads: [], fileAnnotations: [], diagnostics: [tree.diagnostic] };
  const { root } = tree;
  const locate = (node) => lines.location(file, node.offset, node.offset + node.length);
  const placed = (node) => ({ value: hclJsonValue(plain(node.children[1])), location: locate(node) });
  const workloads = [];
  const diagnostics = [];
  const fileAnnotations = commentsIn(root, false, file, lines, context.annotations);
  const packer2 = { variables: /* @__PURE__ */ new Map(), locals: /* @__PURE__ */ new Map(), builds: property(root, "build") ? void 0 : [] };
  for (const block of properties(root)) {
    const [key2, value2] = block.children;
    if (key2.value === "variable") {
      for (const body of objects(value2))
        for (const variable of properties(body)) {
          const initial = properties(variable.children[1]).find((p) => p.children[0].value === "default");
          packer2.variables.set(String(variable.children[0].value), { default: initial ? placed(initial) : void 0 });
        }
    } else if (key2.value === "locals") {
      for (const body of objects(value2)) for (const local of properties(body)) packer2.locals.set(String(local.children[0].value), placed(local));
    } else if (key2.value === "source") {
      for (const types of objects(value2)) {
        for (const typeProperty of properties(types)) {
          const type = String(typeProperty.children[0].value);
          for (const names of objects(typeProperty.children[1])) {
            for (const nameProperty of properties(names)) {
              const nameKey = nameProperty.children[0];
              const bodies = objects(nameProperty.children[1]);
              const annotations = bodies.flatMap((b) => commentsIn(b, true, file, lines, context.annotations));
              if (type === "//" || nameKey.value === "//") continue;
              if (!context.knows("packer", type)) {
                append(fileAnnotations, annotations);
                append(diagnostics, uncatalogued(type, `source.${type}.${String(nameKey.value)}`, locate(nameKey)));
                continue;
              }
              const facts = [];
              for (const body of bodies) collectJsonFacts(body, "", file, lines, hclJsonValue, facts);
              workloads.push({
                format: "packer",
                kind: type,
                address: `source.${type}.${String(nameKey.value)}`,
                file,
                location: locate(nameProperty),
                header: locate(nameKey),
                facts,
                annotations
              });
            }
          }
        }
      }
    }
  }
  return { workloads, packer: packer2, fileAnnotations, diagnostics };
}
function parseVarFileJson(file, text) {
  const lines = new LineIndex(text);
  const tree = parseJsonFile(text, file, lines, "A Packer variable file");
  if ("diagnostic" in tree) return { workloads: [], fileAnnotations: [], diagnostics: [tree.diagnostic] };
  const assigned = new Map(
    properties(tree.root).map(
      (p) => [String(p.children[0].value), { value: hclJsonValue(plain(p.children[1])), location: lines.location(file, p.offset, p.offset + p.length) }]
    )
  );
  return { workloads: [], fileAnnotations: [], diagnostics: [], packer: { variables: /* @__PURE__ */ new Map(), locals: /* @__PURE__ */ new Map(), assigned } };
}
var USER_VARIABLE, TEMPLATE2, NAME_GROWTH;
var init_json = __esm({
  "src/parsers/packer/json.ts"() {
    "use strict";
    init_define_STRATA_DATA();
    init_arrays();
    init_annotations();
    init_json_value();
    init_tree2();
    init_model();
    init_positions();
    init_builders();
    USER_VARIABLE = /^\{\{\s*user\s+[`"]([^`"]+)[`"]\s*\}\}$/;
    TEMPLATE2 = "{{";
    NAME_GROWTH = 1024;
  }
});

// src/parsers/packer/link.ts
var link_exports2 = {};
__export(link_exports2, {
  linkPacker: () => linkPacker
});
import { basename as basename2, dirname as dirname4 } from "node:path";
function linkPacker(files, { varFiles }) {
  const named = varFiles.filter((f) => /\.pkrvars\.(hcl|json)$/.test(f.path)).map((f) => f.path.endsWith(".json") ? parseVarFileJson(f.path, f.text) : parseVarFile(f.path, f.text));
  const cli = named.flatMap((f) => f.packer?.assigned ? [f.packer.assigned] : []);
  const templates = /* @__PURE__ */ new Map();
  const ordered = [...files].sort((a, b) => a.absolutePath < b.absolutePath ? -1 : a.absolutePath > b.absolutePath ? 1 : 0);
  for (const { absolutePath, parsed: parsed2 } of ordered) {
    const facts = parsed2.packer;
    if (!facts) continue;
    const dir = dirname4(absolutePath);
    let template = templates.get(dir);
    if (!template) {
      template = { variables: /* @__PURE__ */ new Map(), locals: /* @__PURE__ */ new Map(), assigned: [], built: /* @__PURE__ */ new Map() };
      templates.set(dir, template);
    }
    for (const [name, variable] of facts.variables) template.variables.set(name, variable);
    for (const [name, local] of facts.locals) template.locals.set(name, local);
    if (facts.assigned && /\.auto\.pkrvars\.(hcl|json)$/.test(basename2(absolutePath))) template.assigned.push(facts.assigned);
    if (facts.assigned) continue;
    if (!facts.builds) template.built = void 0;
    for (const use of facts.builds ?? []) {
      if (!template.built) break;
      const address = use.source.replace(/^sources\./, "source.");
      const uses = template.built.get(address) ?? [];
      uses.push({ reason: `built by ${use.build}`, location: use.location });
      template.built.set(address, uses);
    }
  }
  const resolved = /* @__PURE__ */ new Map();
  for (const { absolutePath, parsed: parsed2 } of files) {
    const template = templates.get(dirname4(absolutePath));
    if (!template || !parsed2.packer) continue;
    const scope = new Scope(parsed2.packer, template, cli);
    for (const workload of parsed2.workloads) {
      if (workload.format !== "packer") continue;
      resolved.set(workload, { facts: workload.facts.map((fact) => scope.fact(fact)), annotations: workload.annotations, context: builtBy(workload, template) });
    }
  }
  return { diagnostics: named.flatMap((f) => f.diagnostics), resolved };
}
function builtBy(workload, template) {
  if (!template.built || template.built.size === 0) return workload.context;
  const uses = template.built.get(workload.address) ?? [
    { reason: "no build block of this template names it: it is inventoried, but packer build does not build it", location: workload.header }
  ];
  return [...workload.context ?? [], ...uses];
}
var MAX_CHAIN, Scope;
var init_link2 = __esm({
  "src/parsers/packer/link.ts"() {
    "use strict";
    init_define_STRATA_DATA();
    init_model();
    init_hcl();
    init_json();
    MAX_CHAIN = 256;
    Scope = class {
      constructor(own, template, cli) {
        this.own = own;
        this.template = template;
        this.cli = cli;
      }
      own;
      template;
      cli;
      fact(fact) {
        if (!(fact.value instanceof Unknown) || !fact.value.reference) return fact;
        const found = this.reference(fact.value.reference, /* @__PURE__ */ new Set());
        if (found.value instanceof Unknown && !found.location) return { ...fact, value: found.value };
        return { ...fact, value: found.value, origin: found.location };
      }
      reference(reference2, seen) {
        if (seen.has(reference2)) return { value: new Unknown(`comes from ${reference2}; ${reference2} refers back to itself`) };
        if (seen.size >= MAX_CHAIN) return { value: new Unknown(`comes from ${reference2}, through more than ${MAX_CHAIN} variables and locals`) };
        seen.add(reference2);
        const [kind, name] = reference2.split(".");
        const follow = (placed) => placed.value instanceof Unknown && placed.value.reference ? this.reference(placed.value.reference, seen) : { value: placed.value, location: placed.location };
        if (kind === "local") {
          const local = this.own.locals.get(name) ?? this.template.locals.get(name);
          return local ? follow(local) : { value: new Unknown(`comes from ${reference2}; ${reference2} is not defined in this template`) };
        }
        for (const values of [...this.cli, ...this.template.assigned.toReversed()]) {
          const set = values.get(name);
          if (set) return { value: set.value, location: set.location };
        }
        const variable = this.own.variables.get(name) ?? this.template.variables.get(name);
        if (!variable) return { value: new Unknown(`comes from ${reference2}; ${reference2} is not declared in this template`) };
        if (!variable.default) return { value: new Unknown(`comes from ${reference2}; ${reference2} has no default and no variable file sets it`) };
        return follow(variable.default);
      }
    };
  }
});

// src/parsers/terraform/hcl2json.ts
async function hcl() {
  loading ??= import("@cdktf/hcl2json");
  return loading;
}
async function parseWithin(parser, text, limit = HCL2JSON_TIMEOUT_MS) {
  if (unresponsive) throw new Timeout();
  let timer;
  const expired = new Promise((_, reject) => {
    timer = setTimeout(() => {
      unresponsive = true;
      reject(new Timeout());
    }, limit);
  });
  try {
    return await Promise.race([parser.parse(NAME2, text), expired]);
  } finally {
    clearTimeout(timer);
  }
}
function* batches(queue, limit) {
  let batch = [];
  let size = 0;
  for (const item of queue) {
    const chars = item.request.blocks.reduce((n, b) => n + b.end - b.start, 0);
    if (batch.length > 0 && size + chars > limit) {
      yield batch;
      batch = [];
      size = 0;
    }
    batch.push(item);
    size += chars;
  }
  if (batch.length > 0) yield batch;
}
async function parseAlone(parser, request) {
  try {
    const parsed2 = await parseWithin(parser, onlyBlocks(request.text, request.blocks));
    const resources = parsed2.resource ?? {};
    const seen = /* @__PURE__ */ new Map();
    return {
      ok: true,
      bodies: request.blocks.map((b) => {
        const key2 = `${b.type}\0${b.name}`;
        const index2 = seen.get(key2) ?? 0;
        seen.set(key2, index2 + 1);
        return resources[b.type]?.[b.name]?.[index2];
      })
    };
  } catch (e) {
    if (e instanceof Timeout) {
      return {
        ok: false,
        errors: [
          { start: 0, end: 0, message: `HashiCorp's parser gave no answer within ${HCL2JSON_TIMEOUT_MS / 1e3} s; the file is not scanned (without --strict-hcl it would be)` }
        ]
      };
    }
    return { ok: false, errors: parseErrors(e instanceof Error ? e.message : String(e), request.lines) };
  }
}
function hcl2jsonMilliseconds() {
  return busy;
}
function blockValues(request) {
  return batching.parse(request);
}
function onlyBlocks(text, blocks) {
  const parts = [];
  let at = 0;
  for (const block of blocks) {
    parts.push(blank(text.slice(at, block.start)), text.slice(block.start, block.end));
    at = block.end;
  }
  parts.push(blank(text.slice(at)));
  return parts.join("");
}
function blank(text) {
  return text.replace(/[^\r\n]/g, " ");
}
function parseErrors(message, lines) {
  const marks = [...message.matchAll(ERROR)];
  if (marks.length === 0) return [{ start: 0, end: 0, message: message.replace(/^parse config: /, "") }];
  return marks.map((m, i) => {
    const startLine = Number(m[1]);
    const startColumn = Number(m[2]);
    const endLine = m[3] ? Number(m[3]) : startLine;
    const endColumn = m[4] ? Number(m[4]) : startColumn + 1;
    const textEnd = i + 1 < marks.length ? marks[i + 1].index : message.lastIndexOf("]");
    const text = message.slice(m.index + m[0].length, textEnd > 0 ? textEnd : void 0).trim().replace(/;\s*/, ": ");
    return {
      start: lines.offsetOfCodePointColumn(startLine, startColumn),
      end: lines.offsetOfCodePointColumn(endLine, endColumn),
      message: text
    };
  });
}
var loading, NAME2, ERROR, HCL2JSON_TIMEOUT_MS, unresponsive, Timeout, BatchingParser, BATCH_CHARS, batching, busy;
var init_hcl2json = __esm({
  "src/parsers/terraform/hcl2json.ts"() {
    "use strict";
    init_define_STRATA_DATA();
    NAME2 = "input.tf";
    ERROR = /input\.tf:(\d+),(\d+)(?:-(?:(\d+),)?(\d+))?: /g;
    HCL2JSON_TIMEOUT_MS = 1e4;
    unresponsive = false;
    Timeout = class extends Error {
    };
    BatchingParser = class {
      queue = [];
      scheduled = false;
      parse(request) {
        return new Promise((resolve14) => {
          this.queue.push({ request, resolve: resolve14 });
          if (!this.scheduled) {
            this.scheduled = true;
            setImmediate(() => void this.flush());
          }
        });
      }
      async flush() {
        const started = performance.now();
        try {
          await this.parseQueued();
        } finally {
          busy += performance.now() - started;
        }
      }
      async parseQueued() {
        const queue = this.queue;
        this.queue = [];
        this.scheduled = false;
        const parser = await hcl();
        for (const batch of batches(queue, BATCH_CHARS)) {
          const names = [];
          const text = batch.flatMap(
            ({ request }) => request.blocks.map((b) => {
              names.push(`strata_${names.length}`);
              return `resource "${b.type}" "${names[names.length - 1]}" ${request.text.slice(b.headerEnd - 1, b.end)}
`;
            })
          ).join("");
          let parsed2;
          try {
            parsed2 = await parseWithin(parser, text);
          } catch {
            parsed2 = void 0;
          }
          if (parsed2) {
            const resources = parsed2.resource ?? {};
            let n = 0;
            for (const { request, resolve: resolve14 } of batch) {
              resolve14({ ok: true, bodies: request.blocks.map((b) => resources[b.type]?.[`strata_${n++}`]?.[0]) });
            }
            continue;
          }
          for (const { request, resolve: resolve14 } of batch) resolve14(await parseAlone(parser, request));
        }
      }
    };
    BATCH_CHARS = 256 * 1024;
    batching = new BatchingParser();
    busy = 0;
  }
});

// src/parsers/terraform/jobspec.ts
import { dirname as dirname6, resolve as resolve2 } from "node:path";
function nomadJobspec(tfFile, tfAbsolutePath, text, expression2, context) {
  const raw = text.slice(expression2.start, expression2.end);
  const heredoc = /^<<-?([A-Za-z_][\w-]*)\r?\n/.exec(raw);
  if (heredoc) {
    const start = expression2.start + heredoc[0].length;
    const close = raw.lastIndexOf(heredoc[1]);
    return { spec: { file: tfFile, text, start, end: close > heredoc[0].length ? expression2.start + close : expression2.end } };
  }
  const call2 = /^(?:file|templatefile)\(\s*"((?:\$\{path\.(?:module|root)\}\/)?[^"$]+)"/.exec(raw);
  if (!call2) return { problem: 'the jobspec is an expression strata cannot follow (only a heredoc, file("\u2026") or templatefile("\u2026", \u2026))' };
  const relative9 = call2[1].replace(/^\$\{path\.(?:module|root)\}\//, "");
  const absolute = resolve2(dirname6(tfAbsolutePath), relative9);
  const read2 = context.read(absolute);
  if (!read2.ok) return { problem: `the jobspec file ${relative9} cannot be read: ${read2.message}` };
  return { spec: { file: context.displayPath(absolute), text: read2.text, start: 0, end: read2.text.length } };
}
var init_jobspec = __esm({
  "src/parsers/terraform/jobspec.ts"() {
    "use strict";
    init_define_STRATA_DATA();
  }
});

// src/parsers/terraform/values.ts
function needFromTerraformTags(facts, context) {
  for (const fact of facts) {
    const via = TAG_MAPS[fact.path];
    if (!via || fact.value === null || typeof fact.value !== "object" || Array.isArray(fact.value) || fact.value instanceof Unknown) continue;
    const entries2 = Object.entries(fact.value).map(([key2, value2]) => ({
      key: key2,
      value: value2,
      location: fact.keys?.[key2] ?? fact.location
    }));
    const need = needFromTags(entries2, via, context);
    if (need) return need;
  }
  const labels = facts.filter((f) => f.path === "labels.label");
  const values = facts.filter((f) => f.path === "labels.value");
  if (labels.length > 0 && labels.length === values.length) {
    const entries2 = labels.map((label, i) => ({
      key: String(label.value),
      value: values[i].value,
      location: label.location
    }));
    return needFromTags(entries2, "label", context);
  }
  return null;
}
var TAG_MAPS;
var init_values2 = __esm({
  "src/parsers/terraform/values.ts"() {
    "use strict";
    init_define_STRATA_DATA();
    init_annotations();
    init_model();
    TAG_MAPS = {
      tags: "tag",
      freeform_tags: "tag",
      labels: "label",
      "metadata.labels": "label",
      "metadata.annotations": "label"
    };
  }
});

// src/parsers/terraform/hcl.ts
var hcl_exports2 = {};
__export(hcl_exports2, {
  parseTerraformHcl: () => parseTerraformHcl,
  parseTfvars: () => parseTfvars
});
async function parseTerraformHcl(file, text, context, absolutePath) {
  const lines = new LineIndex(text);
  const scan2 = scanHcl(text);
  const diagnostic = (start, end, message) => ({
    file,
    location: lines.location(file, start, end),
    message,
    level: "error"
  });
  if (scan2.errors.length > 0) {
    return { workloads: [], fileAnnotations: [], diagnostics: scanDiagnostics(scan2, file, lines) };
  }
  const resources = scan2.blocks.filter((b) => b.type === "resource" && b.labels.length === 2 && context.knows("terraform", b.labels[0]));
  let bodies = [];
  let read2;
  if (context.terraformValues === "hcl2json") {
    if (resources.length > 0) {
      const values = await blockValues({
        text,
        lines,
        blocks: resources.map((b) => ({ type: b.labels[0], name: b.labels[1], start: b.start, headerEnd: b.headerEnd, end: b.end }))
      });
      if (!values.ok) {
        return { workloads: [], fileAnnotations: [], diagnostics: values.errors.map((e) => diagnostic(e.start, e.end, e.message)) };
      }
      bodies = values.bodies;
    }
    read2 = (_item, raw) => hclJsonValue(raw);
  } else {
    read2 = (item) => literalValue(text, item.exprStart, item.exprEnd);
  }
  const placed = placeDirectives(file, scan2.comments, lines, context.annotations);
  const { owned, loose } = placed.length === 0 ? { owned: /* @__PURE__ */ new Map(), loose: [] } : attachAnnotations(
    placed,
    scan2.blocks.map((b) => ({ owner: b, start: b.start, end: b.end, line: lines.lineOf(b.start) })),
    commentOnlyLines(scan2.comments, lines)
  );
  let workloads;
  try {
    workloads = resources.map((block, index2) => workload(block, index2));
  } catch (e) {
    if (!(e instanceof LiteralSyntaxError)) throw e;
    return { workloads: [], fileAnnotations: [], diagnostics: [diagnostic(e.offset, e.offset + 1, e.message)] };
  }
  function workload(block, index2) {
    const [type, name] = block.labels;
    const address = `${type}.${name}`;
    const value2 = bodies[index2];
    const facts = [];
    collectFacts(block, value2, "", { file, lines, read: read2 }, facts);
    const annotations = [...owned.get(block) ?? []];
    const tagged = needFromTerraformTags(facts, context.annotations);
    if (tagged) annotations.push(tagged);
    return {
      format: "terraform",
      kind: type,
      address,
      file,
      location: lines.location(file, block.start, block.end),
      header: header(file, block, text, lines),
      facts,
      annotations
    };
  }
  const terraform2 = moduleFacts(scan2.blocks, text, (start, end) => lines.location(file, start, end), owned);
  const nomadJobs = scan2.blocks.filter((b) => b.type === "resource" && b.labels[0] === "nomad_job" && b.labels.length === 2);
  const diagnostics = [];
  const fileAnnotations = [];
  const embedded = [];
  for (const job of nomadJobs) {
    const jobspec = job.attributes.find((a) => a.name === "jobspec");
    if (!jobspec) continue;
    const found = nomadJobspec(file, absolutePath, text, { start: jobspec.exprStart, end: jobspec.exprEnd }, context);
    if (!found.spec) {
      diagnostics.push({ file, location: lines.location(file, jobspec.nameStart, jobspec.exprEnd), message: `nomad_job.${job.labels[1]}: ${found.problem}`, level: "note" });
      continue;
    }
    embedded.push({ format: "nomad", ...found.spec, prefix: `nomad_job.${job.labels[1]}/`, inherited: owned.get(job) ?? [] });
  }
  const firstBlock = scan2.blocks[0]?.start ?? Infinity;
  const workloadBlocks = /* @__PURE__ */ new Set([...resources, ...nomadJobs]);
  for (const block of scan2.blocks) {
    if (!workloadBlocks.has(block) && block.type !== "module") append(fileAnnotations, owned.get(block) ?? []);
  }
  for (const p of loose) fileAnnotations.push(p.annotation);
  return {
    workloads,
    terraform: terraform2,
    embedded,
    fileAnnotations: fileAnnotations.map((a) => misplacedDefault(a, firstBlock, lines)),
    diagnostics
  };
}
function moduleFacts(blocks, text, locate, owned) {
  const read2 = (item) => placedLiteral(text, item, locate);
  const facts = { ...declarations(blocks, text, locate), calls: [] };
  for (const block of blocks) {
    if (block.type === "module" && block.labels.length === 1) {
      const inputs = new Map(block.attributes.map((a) => [a.name, read2(a)]));
      facts.calls.push({
        name: block.labels[0],
        source: inputs.get("source")?.value ?? new Unknown("is not set"),
        header: locate(block.start, block.headerEnd - 1),
        location: locate(block.start, block.end),
        annotations: owned.get(block) ?? [],
        inputs
      });
    }
  }
  return facts;
}
function parseTfvars(file, text) {
  const lines = new LineIndex(text);
  const scan2 = scanHcl(text);
  if (scan2.errors.length > 0) {
    return {
      workloads: [],
      fileAnnotations: [],
      diagnostics: scanDiagnostics(scan2, file, lines)
    };
  }
  const tfvars = assignments(scan2, text, (start, end) => lines.location(file, start, end));
  return { workloads: [], fileAnnotations: [], diagnostics: [], terraform: { variables: /* @__PURE__ */ new Map(), locals: /* @__PURE__ */ new Map(), calls: [], tfvars } };
}
var init_hcl2 = __esm({
  "src/parsers/terraform/hcl.ts"() {
    "use strict";
    init_define_STRATA_DATA();
    init_arrays();
    init_attach();
    init_model();
    init_positions();
    init_hcl2json();
    init_facts2();
    init_jobspec();
    init_literal();
    init_scanner();
    init_json_value();
    init_variables();
    init_values2();
  }
});

// src/parsers/terraform/json.ts
var json_exports2 = {};
__export(json_exports2, {
  parseTerraformJson: () => parseTerraformJson,
  parseTfvarsJson: () => parseTfvarsJson
});
function parseTerraformJson(file, text, context) {
  const lines = new LineIndex(text);
  const tree = parseJsonFile(text, file, lines, "A Terraform JSON file");
  if ("diagnostic" in tree) return { workloads: [], fileAnnotations: [], diagnostics: [tree.diagnostic] };
  const { root } = tree;
  const workloads = [];
  const fileAnnotations = [];
  const annotationsIn = (node, deep) => commentsIn(node, deep, file, lines, context.annotations);
  append(fileAnnotations, annotationsIn(root, false));
  for (const block of properties(root)) {
    const [blockKey, blockValue] = block.children;
    if (blockKey.value !== "resource") continue;
    for (const typeNode of objects(blockValue)) {
      append(fileAnnotations, annotationsIn(typeNode, false));
      for (const typeProperty of properties(typeNode)) {
        const [typeKey, typeValue] = typeProperty.children;
        const type = String(typeKey.value);
        if (type === "//") continue;
        for (const namesNode of objects(typeValue)) {
          for (const nameProperty of properties(namesNode)) {
            const [nameKey, nameValue] = nameProperty.children;
            const name = String(nameKey.value);
            if (name === "//") continue;
            const bodies = objects(nameValue);
            if (!context.knows("terraform", type)) {
              append(
                fileAnnotations,
                bodies.flatMap((b) => annotationsIn(b, true))
              );
              continue;
            }
            const facts = [];
            for (const body of bodies) collectJsonFacts(body, "", file, lines, hclJsonValue, facts);
            const annotations = bodies.flatMap((b) => annotationsIn(b, true));
            const tagged = needFromTerraformTags(facts, context.annotations);
            if (tagged) annotations.push(tagged);
            workloads.push({
              format: "terraform",
              kind: type,
              address: `${type}.${name}`,
              file,
              location: lines.location(file, nameProperty.offset, nameProperty.offset + nameProperty.length),
              header: lines.location(file, nameKey.offset, nameKey.offset + nameKey.length),
              facts,
              annotations
            });
          }
        }
      }
    }
  }
  return { workloads, fileAnnotations, diagnostics: [] };
}
function parseTfvarsJson(file, text) {
  const lines = new LineIndex(text);
  const tree = parseJsonFile(text, file, lines, "A .tfvars.json file");
  if ("diagnostic" in tree) return { workloads: [], fileAnnotations: [], diagnostics: [tree.diagnostic] };
  const { root } = tree;
  const tfvars = new Map(
    properties(root).map(
      (p) => [String(p.children[0].value), { value: hclJsonValue(plain(p.children[1])), location: lines.location(file, p.offset, p.offset + p.length) }]
    )
  );
  return { workloads: [], fileAnnotations: [], diagnostics: [], terraform: { variables: /* @__PURE__ */ new Map(), locals: /* @__PURE__ */ new Map(), calls: [], tfvars } };
}
var init_json2 = __esm({
  "src/parsers/terraform/json.ts"() {
    "use strict";
    init_define_STRATA_DATA();
    init_arrays();
    init_tree2();
    init_positions();
    init_json_value();
    init_values2();
  }
});

// src/parsers/vagrant/sniff.ts
function looksLikeVagrantfile(textPrefix) {
  return CONFIGURE.test(withoutComments(textPrefix.slice(0, SNIFF_BYTES2)));
}
function withoutComments(text) {
  return text.replace(/^=begin\b[\s\S]*?(?:^=end\b.*$|(?![\s\S]))/gm, "").replace(/#(?!\{).*$/gm, "");
}
var SNIFF_BYTES2, CONFIGURE;
var init_sniff = __esm({
  "src/parsers/vagrant/sniff.ts"() {
    "use strict";
    init_define_STRATA_DATA();
    SNIFF_BYTES2 = 8 * 1024;
    CONFIGURE = /\bVagrant\s*(?:\.\s*configure\s*(?:\(|["'\d])|::\s*Config\s*\.\s*run\b)/;
  }
});

// src/parsers/vagrant/prism.ts
import { readFile } from "node:fs/promises";
import { createRequire as createRequire2 } from "node:module";
function child(node, field) {
  const value2 = node?.[field];
  return value2 !== null && typeof value2 === "object" && !Array.isArray(value2) ? value2 : null;
}
function children2(node, field) {
  const value2 = node?.[field];
  return Array.isArray(value2) ? value2 : [];
}
function nameOf(node) {
  const name = node?.name;
  return typeof name === "string" ? name : "";
}
async function parseRuby(source) {
  while (!current) await load();
  const parse2 = current;
  try {
    return parse2(source);
  } catch (e) {
    if (current === parse2) current = void 0;
    throw new PrismFailure(e instanceof Error ? e.message : String(e));
  }
}
function load() {
  loading2 ??= instantiate().then(
    (parse2) => {
      current = parse2;
      loading2 = void 0;
    },
    (e) => {
      loading2 = void 0;
      throw e;
    }
  );
  return loading2;
}
async function instantiate() {
  const require3 = createRequire2(import.meta.url);
  compiled ??= readFile(require3.resolve("@ruby/prism/src/prism.wasm")).then((bytes) => WebAssembly.compile(bytes));
  const module = await compiled;
  const { parsePrism } = await import("@ruby/prism/src/parsePrism.js");
  const { WASI } = await quietly(() => import("node:wasi"));
  const wasi = new WASI({ version: "preview1" });
  const instance = await WebAssembly.instantiate(module, wasi.getImportObject());
  wasi.initialize(instance);
  const { memory, __stack_low: low } = instance.exports;
  const guard = () => new Uint8Array(memory.buffer, low.value, GUARD_BYTES);
  return (source) => {
    guard().fill(CANARY);
    const result = parsePrism(instance.exports, source);
    if (!guard().every((byte) => byte === CANARY)) throw new Error("its stack came within 8 KB of overflowing");
    return result;
  };
}
async function quietly(make) {
  const emitWarning = process.emitWarning;
  process.emitWarning = ((warning, ...rest) => {
    if (String(typeof warning === "string" ? warning : warning.message).includes("WASI")) return;
    emitWarning.call(process, warning, ...rest);
  });
  try {
    return await make();
  } finally {
    process.emitWarning = emitWarning;
  }
}
var GUARD_BYTES, CANARY, compiled, current, loading2, PrismFailure;
var init_prism = __esm({
  "src/parsers/vagrant/prism.ts"() {
    "use strict";
    init_define_STRATA_DATA();
    GUARD_BYTES = 8192;
    CANARY = 165;
    PrismFailure = class extends Error {
    };
  }
});

// src/parsers/vagrant/conditions.ts
function truthy(value2) {
  if (value2 instanceof Unknown) return "unknown";
  return value2 !== null && value2 !== false;
}
function evaluate2(node, env) {
  if (!node) return null;
  return env.deeper(node, new Unknown(`is nested too deeply to read: ${head(env.source(node))}`), () => value(node, env));
}
function value(node, env) {
  const computed = () => new Unknown(`is computed: ${env.source(node)}`);
  switch (node.constructor.name) {
    case "StringNode":
    case "SymbolNode":
      return rubyString(node.unescaped);
    case "IntegerNode":
    case "FloatNode":
      return Number(node.value);
    case "TrueNode":
      return true;
    case "FalseNode":
      return false;
    case "NilNode":
      return null;
    case "ArrayNode": {
      const elements = children2(node, "elements");
      if (elements.some((e) => e.constructor.name === "SplatNode")) return computed();
      return elements.map((e) => evaluate2(e, env));
    }
    case "HashNode":
    case "KeywordHashNode":
      return hash(node, env) ?? computed();
    case "InterpolatedStringNode":
    case "InterpolatedSymbolNode": {
      let text = "";
      for (const part of children2(node, "parts")) {
        const piece = part.constructor.name === "StringNode" ? rubyString(part.unescaped) : toS(evaluate2(part, env));
        if (typeof piece !== "string") return computed();
        text += piece;
      }
      return text;
    }
    case "EmbeddedStatementsNode":
      return evaluate2(child(node, "statements"), env);
    case "EmbeddedVariableNode":
      return evaluate2(child(node, "variable"), env);
    case "StatementsNode": {
      const body = children2(node, "body");
      return body.length === 1 ? evaluate2(body[0], env) : computed();
    }
    case "ParenthesesNode":
      return evaluate2(child(node, "body"), env);
    case "LocalVariableReadNode":
    case "ConstantReadNode":
    case "GlobalVariableReadNode":
    case "InstanceVariableReadNode":
      return env.lookup(nameOf(node)) ?? new Unknown(`is not assigned in this file: ${env.source(node)}`);
    case "LocalVariableWriteNode":
      return evaluate2(child(node, "value"), env);
    case "AndNode": {
      const left = evaluate2(child(node, "left"), env);
      const t = truthy(left);
      return t === "unknown" ? computed() : t ? evaluate2(child(node, "right"), env) : left;
    }
    case "OrNode": {
      const left = evaluate2(child(node, "left"), env);
      const t = truthy(left);
      if (t === "unknown") return isEnvRead(child(node, "left")) ? evaluate2(child(node, "right"), env) : computed();
      return t ? left : evaluate2(child(node, "right"), env);
    }
    case "IfNode":
    case "UnlessNode": {
      const t = truthy(evaluate2(child(node, "predicate"), env));
      if (t === "unknown") return computed();
      const chosen = t === (node.constructor.name === "IfNode") ? child(node, "statements") : elseOf(node);
      return evaluate2(chosen, env);
    }
    case "CallNode":
      return call(node, env) ?? computed();
    default:
      return computed();
  }
}
function elseOf(node) {
  const other = child(node, "subsequent") ?? child(node, "elseClause");
  return other?.constructor.name === "ElseNode" ? child(other, "statements") : other;
}
function hash(node, env) {
  const result = {};
  for (const element of children2(node, "elements")) {
    if (element.constructor.name !== "AssocNode") return void 0;
    const key2 = evaluate2(child(element, "key"), env);
    if (typeof key2 !== "string" && typeof key2 !== "number") return void 0;
    result[String(key2)] = evaluate2(child(element, "value"), env);
  }
  return result;
}
function isEnvRead(node) {
  if (!node) return false;
  const receiver = child(node, "receiver");
  return node.constructor.name === "CallNode" && node.name === "[]" && receiver?.constructor.name === "ConstantReadNode" && receiver.name === "ENV";
}
function call(node, env) {
  const name = nameOf(node);
  const receiver = child(node, "receiver");
  const args = children2(child(node, "arguments_"), "arguments_");
  if (!receiver) {
    if ((name === "format" || name === "sprintf") && args[0])
      return format2(
        evaluate2(args[0], env),
        args.slice(1).map((a) => evaluate2(a, env))
      );
    return void 0;
  }
  if (receiver.constructor.name === "ConstantReadNode" && receiver.name === "ENV") {
    return name === "fetch" && args.length === 2 ? evaluate2(args[1], env) : void 0;
  }
  const self = evaluate2(receiver, env);
  if (name === "!") {
    const t = truthy(self);
    return t === "unknown" ? void 0 : !t;
  }
  if (args.length === 0) return conversion(name, self);
  if (args.length !== 1) return void 0;
  const other = evaluate2(args[0], env);
  if (self instanceof Unknown || other instanceof Unknown) return void 0;
  if (name === "==" || name === "!=") {
    const same = equal(self, other);
    return same === void 0 ? void 0 : same === (name === "==");
  }
  const compare = COMPARISONS[name];
  if (compare) return typeof self === "number" && typeof other === "number" || typeof self === "string" && typeof other === "string" ? compare(self, other) : void 0;
  if (name === "%" && typeof self === "string") return format2(self, Array.isArray(other) ? other : [other]);
  if (name === "[]") return index(self, other);
  if (name === "include?" && Array.isArray(self)) {
    const each = self.map((e) => equal(e, other));
    return each.includes(true) ? true : each.includes(void 0) ? void 0 : false;
  }
  if (name === "include?" && typeof self === "string" && typeof other === "string") return self.includes(other);
  if (typeof self === "number" && typeof other === "number") return arithmetic(name, self, other);
  if (name === "+" && typeof self === "string" && typeof other === "string") return self + other;
  if (name === "+" && Array.isArray(self) && Array.isArray(other)) return [...self, ...other];
  return void 0;
}
function conversion(name, self) {
  if (self instanceof Unknown) return void 0;
  switch (name) {
    case "to_i":
      if (typeof self === "number") return Math.trunc(self);
      if (typeof self === "string") return Number.parseInt(self, 10) || 0;
      return self === null ? 0 : void 0;
    case "to_s":
      return toS(self);
    case "to_sym":
    case "to_str":
    case "freeze":
    case "dup":
      return self;
    case "downcase":
      return typeof self === "string" ? self.toLowerCase() : void 0;
    case "upcase":
      return typeof self === "string" ? self.toUpperCase() : void 0;
    case "strip":
      return typeof self === "string" ? self.trim() : void 0;
    case "nil?":
      return self === null;
    case "empty?":
      return typeof self === "string" || Array.isArray(self) ? self.length === 0 : void 0;
    case "size":
    case "length":
    case "count":
      return Array.isArray(self) || typeof self === "string" ? self.length : void 0;
    default:
      return void 0;
  }
}
function arithmetic(name, a, b) {
  switch (name) {
    case "+":
      return a + b;
    case "-":
      return a - b;
    case "*":
      return a * b;
    case "/":
      return b === 0 ? void 0 : Number.isInteger(a) && Number.isInteger(b) ? Math.floor(a / b) : a / b;
    case "%":
      return b === 0 ? void 0 : (a % b + b) % b;
    default:
      return void 0;
  }
}
function index(self, key2) {
  if (Array.isArray(self) && typeof key2 === "number" && Number.isInteger(key2)) return self.at(key2) ?? null;
  if (self !== null && typeof self === "object" && !Array.isArray(self) && !(self instanceof Unknown) && (typeof key2 === "string" || typeof key2 === "number")) {
    return Object.hasOwn(self, String(key2)) ? self[String(key2)] : null;
  }
  return void 0;
}
function equal(a, b) {
  if (a instanceof Unknown || b instanceof Unknown) return void 0;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b)) return false;
    if (a.length !== b.length) return false;
    const each = a.map((x, i) => equal(x, b[i]));
    return each.includes(false) ? false : each.includes(void 0) ? void 0 : true;
  }
  if (a !== null && b !== null && typeof a === "object" && typeof b === "object") return JSON.stringify(a) === JSON.stringify(b);
  return a === b;
}
function toS(value2) {
  if (typeof value2 === "string") return value2;
  if (typeof value2 === "number" || typeof value2 === "boolean") return String(value2);
  if (value2 === null) return "";
  return void 0;
}
function format2(template, args) {
  if (typeof template !== "string") return void 0;
  let next = 0;
  let failed2 = false;
  const text = template.replace(/%([-+ 0]*)(\d*)(?:\.(\d+))?([sdifxo%])/g, (_all, flags, width, precision, type) => {
    if (type === "%") return "%";
    const arg = args[next++];
    let body;
    if (type === "s") body = arg === void 0 ? void 0 : toS(arg);
    else if (typeof arg === "number") {
      if (type === "f") body = arg.toFixed(precision === void 0 ? 6 : Number(precision));
      else body = Math.trunc(arg).toString(type === "x" ? 16 : type === "o" ? 8 : 10);
      if (flags.includes("+") && arg >= 0) body = `+${body}`;
    }
    if (body === void 0) {
      failed2 = true;
      return "";
    }
    const size = Number(width || 0);
    if (flags.includes("-")) return body.padEnd(size);
    if (flags.includes("0") && type !== "s") return body.startsWith("-") ? `-${body.slice(1).padStart(size - 1, "0")}` : body.padStart(size, "0");
    return body.padStart(size);
  });
  return failed2 ? void 0 : text;
}
function rubyString(value2) {
  if (typeof value2 === "string") return value2;
  const inner = value2?.value;
  if (typeof inner === "string") return inner;
  if (inner instanceof Uint8Array) return new TextDecoder().decode(inner);
  return String(inner ?? "");
}
function head(source) {
  const line = source.split("\n", 1)[0];
  return line.length > 60 ? `${line.slice(0, 60)}\u2026` : line;
}
var COMPARISONS;
var init_conditions = __esm({
  "src/parsers/vagrant/conditions.ts"() {
    "use strict";
    init_define_STRATA_DATA();
    init_model();
    init_prism();
    COMPARISONS = {
      "<": (a, b) => a < b,
      ">": (a, b) => a > b,
      "<=": (a, b) => a <= b,
      ">=": (a, b) => a >= b
    };
  }
});

// src/parsers/vagrant/loops.ts
function iterations(name, receiver, args, value2) {
  const unknown = { items: null, count: null };
  if (!receiver) return unknown;
  const integers = (from, to, step) => {
    if (typeof from !== "number" || typeof to !== "number") return unknown;
    const count = Math.max(0, Math.floor((to - from) / step) + 1);
    if (count > EXPANSION_BOUND) return { items: null, count };
    return { items: Array.from({ length: count }, (_, i) => from + i * step), count };
  };
  if (name === "times") return integers(0, shifted(value2(receiver), -1), 1);
  if (name === "upto" && args[0]) return integers(value2(receiver), value2(args[0]), 1);
  if (name === "downto" && args[0]) return integers(value2(receiver), value2(args[0]), -1);
  if (name === "step") return unknown;
  let collection = receiver;
  while (collection.constructor.name === "ParenthesesNode") {
    const body = child(collection, "body");
    const first = body?.constructor.name === "StatementsNode" ? children2(body, "body")[0] : body;
    if (!first) return unknown;
    collection = first;
  }
  if (collection.constructor.name === "RangeNode") {
    const exclusive = collection.isExcludeEnd();
    return integers(value2(child(collection, "left")), shifted(value2(child(collection, "right")), exclusive ? -1 : 0), 1);
  }
  const all = value2(collection);
  if (Array.isArray(all)) return { items: all, count: all.length };
  if (all !== null && typeof all === "object" && !(all instanceof Unknown)) {
    const items = name === "each_key" ? Object.keys(all) : name === "each_value" ? Object.values(all) : Object.entries(all);
    return { items, count: items.length };
  }
  return unknown;
}
function shifted(bound, shift) {
  return typeof bound === "number" ? bound + shift : bound;
}
function bind(params, loop, item, index2, bindings) {
  const [first, second] = params;
  if (!first) return;
  if (loop === "each_with_index" && second) {
    bindings.set(first, item);
    bindings.set(second, index2 ?? new Unknown(`is a loop index: ${second}`));
    return;
  }
  if (params.length > 1 && Array.isArray(item)) {
    for (const [i, p] of params.entries()) bindings.set(p, item[i] ?? null);
    return;
  }
  for (const p of params) bindings.set(p, item instanceof Unknown ? item : new Unknown(`is a block parameter: ${p}`));
  bindings.set(first, item);
}
var EXPANSION_BOUND, LOOPS;
var init_loops = __esm({
  "src/parsers/vagrant/loops.ts"() {
    "use strict";
    init_define_STRATA_DATA();
    init_model();
    init_prism();
    EXPANSION_BOUND = 64;
    LOOPS = /* @__PURE__ */ new Set(["each", "each_with_index", "each_with_object", "times", "upto", "downto", "map", "each_pair", "each_key", "each_value", "step"]);
  }
});

// src/parsers/vagrant/reader.ts
function isConfigureCall(name, receiver) {
  if (name === "configure" && receiver?.constructor.name === "ConstantReadNode" && receiver.name === "Vagrant") return true;
  return name === "run" && receiver?.constructor.name === "ConstantPathNode" && nameOf(receiver) === "Config" && child(receiver, "parent")?.name === "Vagrant";
}
function callHead(call2) {
  const block = child(call2, "block");
  if (block?.constructor.name !== "BlockNode") return call2.location;
  return { startOffset: call2.location.startOffset, length: Math.max(1, block.location.startOffset - call2.location.startOffset) };
}
function blockParams(block) {
  const params = child(child(block, "parameters"), "parameters");
  return children2(params, "requireds").map((p) => nameOf(p)).filter(Boolean);
}
function isVar(node, name) {
  return !!node && (node.constructor.name === "LocalVariableReadNode" || node.constructor.name === "CallNode") && node.name === name && !node.receiver;
}
function settingsOf(receiver, namespace, scope) {
  if (receiver?.constructor.name !== "CallNode" || receiver.name !== namespace) return void 0;
  const owner = child(receiver, "receiver");
  if (!owner || owner.constructor.name !== "LocalVariableReadNode" && owner.constructor.name !== "CallNode") return void 0;
  return scope.vars.get(nameOf(owner));
}
var DEPTH_BUDGET, Reader2;
var init_reader = __esm({
  "src/parsers/vagrant/reader.ts"() {
    "use strict";
    init_define_STRATA_DATA();
    init_model();
    init_conditions();
    init_loops();
    init_prism();
    DEPTH_BUDGET = 100;
    Reader2 = class {
      constructor(text, range2, locate) {
        this.text = text;
        this.range = range2;
        this.locate = locate;
      }
      text;
      range;
      locate;
      configure = null;
      machines = [];
      globalProviders = [];
      /** `config.zone.* = …` at top level: every machine's SmartOS zone. */
      globalZone = [];
      defaultProvider = null;
      /** Problems found while reading: nesting beyond the depth budget, loops beyond the expansion bound. */
      diagnostics = [];
      /** Values assigned to variables, globals and constants so far, in file order. */
      values = /* @__PURE__ */ new Map();
      /** Define and provider calls already read with the same name (a loop pass that learnt nothing new). */
      seen = /* @__PURE__ */ new Set();
      depth = 0;
      tooDeep = false;
      read(program2) {
        this.statements(program2, { vars: /* @__PURE__ */ new Map(), loops: [], conditions: [], bindings: /* @__PURE__ */ new Map(), passes: 1 });
      }
      source(node) {
        if (!node) return "";
        const [start, end] = this.range(node.location);
        return this.text.slice(start, end);
      }
      /**
       * Runs `walk` one level deeper, unless that is past the depth budget: then the subtree is
       * skipped, and the first such place in the file is reported.
       */
      deeper(node, skipped, walk2) {
        if (this.depth >= DEPTH_BUDGET) {
          if (!this.tooDeep) {
            this.tooDeep = true;
            this.diagnostics.push({
              file: this.locate(node.location).file,
              location: this.locate({ startOffset: node.location.startOffset, length: 0 }),
              message: `Nested more than ${DEPTH_BUDGET} levels deep here: strata does not read further in, so anything configured inside is missed`,
              level: "error"
            });
          }
          return skipped;
        }
        this.depth++;
        try {
          return walk2();
        } finally {
          this.depth--;
        }
      }
      /** A value as the file has it at this point of the walk. */
      value(node, scope) {
        return evaluate2(node, this.surroundings(scope));
      }
      surroundings(scope) {
        return {
          lookup: (name) => scope.bindings.has(name) ? scope.bindings.get(name) : this.values.get(name),
          source: (node) => this.source(node),
          deeper: (node, skipped, walk2) => this.deeper(node, skipped, walk2)
        };
      }
      /** Walks statements, deciding conditionals where it can and expanding loops. */
      statements(node, scope) {
        if (node) this.deeper(node, void 0, () => this.statement(node, scope));
      }
      statement(node, scope) {
        switch (node.constructor.name) {
          case "ProgramNode":
            return this.statements(child(node, "statements"), scope);
          case "StatementsNode":
            for (const child2 of children2(node, "body")) this.statements(child2, scope);
            return;
          case "IfNode":
          case "UnlessNode":
            return this.conditional(node, scope);
          case "CaseNode":
            return this.caseWhen(node, scope);
          case "ElseNode":
          case "BeginNode":
            return this.statements(child(node, "statements"), scope);
          case "ParenthesesNode":
            return this.statements(child(node, "body"), scope);
          case "IndexOrWriteNode":
          case "IndexOperatorWriteNode":
            return this.envDefault(node, child(node, "value"), scope);
          case "LocalVariableWriteNode":
          case "ConstantWriteNode":
          case "GlobalVariableWriteNode":
          case "InstanceVariableWriteNode":
            this.assign(nameOf(node), this.value(child(node, "value"), scope), scope);
            return this.statements(child(node, "value"), scope);
          case "LocalVariableOrWriteNode":
          case "ConstantOrWriteNode":
          case "GlobalVariableOrWriteNode":
          case "InstanceVariableOrWriteNode": {
            const name = nameOf(node);
            const before = this.values.get(name);
            if (before === void 0 || truthy(before) === false) this.assign(name, this.value(child(node, "value"), scope), scope);
            else if (truthy(before) === "unknown") this.assign(name, new Unknown(`is computed: ${this.source(node)}`), scope);
            return;
          }
          case "LocalVariableOperatorWriteNode":
          case "LocalVariableAndWriteNode":
          case "GlobalVariableOperatorWriteNode":
          case "GlobalVariableAndWriteNode":
          case "ConstantOperatorWriteNode":
          case "ConstantAndWriteNode":
            this.values.set(nameOf(node), new Unknown(`is computed: ${this.source(node)}`));
            return;
          case "CallNode":
            return this.call(node, scope);
          default:
            return;
        }
      }
      /** An assignment under an undecidable condition leaves the value unknown after it. */
      assign(name, value2, scope) {
        this.values.set(
          name,
          scope.conditions.length > 0 ? new Unknown(`is assigned only when ${scope.conditions.map((c) => c.reason.replace(/^only when /, "")).join(" and ")}`) : value2
        );
      }
      /** `if`/`elsif`/`else`, `unless`, their modifier forms and ternaries. */
      conditional(node, scope) {
        const predicate = child(node, "predicate") ?? node;
        const holds = truthy(this.value(predicate, scope));
        const positive = node.constructor.name === "IfNode";
        const then = child(node, "statements");
        const otherwise = child(node, "subsequent") ?? child(node, "elseClause");
        if (holds !== "unknown") return this.statements(holds === positive ? then : otherwise, scope);
        const written = this.source(predicate);
        this.statements(then, this.under(scope, positive ? written : `${written} is false`, predicate));
        this.statements(otherwise, this.under(scope, positive ? `${written} is false` : written, predicate));
      }
      /** `case x when a, b … else … end`, or `case when cond …` without a subject. */
      caseWhen(node, scope) {
        const subject = child(node, "predicate");
        const subjectValue = subject ? this.value(subject, scope) : void 0;
        let rest = scope;
        for (const when of children2(node, "conditions")) {
          const tests = children2(when, "conditions");
          const outcomes = tests.map((t) => {
            const v = this.value(t, scope);
            if (!subject) return truthy(v);
            if (v instanceof Unknown || subjectValue instanceof Unknown || Array.isArray(v) || v !== null && typeof v === "object") return "unknown";
            return v === subjectValue;
          });
          const matches = outcomes.includes(true) ? true : outcomes.includes("unknown") ? "unknown" : false;
          if (matches === true) return this.statements(child(when, "statements"), rest);
          if (matches === false) continue;
          const written = subject ? `${this.source(subject)} matches ${tests.map((t) => this.source(t)).join(", ")}` : tests.map((t) => this.source(t)).join(" or ");
          this.statements(child(when, "statements"), this.under(rest, written, when));
          rest = this.under(rest, `${written} is false`, when);
        }
        this.statements(child(node, "elseClause"), rest);
      }
      under(scope, condition, node) {
        const evidence = { reason: `only when ${condition}, which strata cannot decide statically`, location: this.locate(node.location) };
        return { ...scope, conditions: [...scope.conditions, evidence] };
      }
      call(node, scope) {
        const name = nameOf(node);
        const receiver = child(node, "receiver");
        const block = child(node, "block");
        const args = children2(child(node, "arguments_"), "arguments_");
        if (name === "[]=" && receiver?.constructor.name === "ConstantReadNode" && receiver.name === "ENV") {
          return this.envDefault(node, args[args.length - 1], scope);
        }
        if (isConfigureCall(name, receiver) && block) {
          this.configure ??= node;
          const vars = new Map(scope.vars);
          const param = blockParams(block)[0];
          if (param) vars.set(param, "config");
          return this.statements(child(block, "body"), { ...scope, vars });
        }
        const owner = settingsOf(receiver, "vm", scope);
        if (owner && name === "define") return this.define(node, args[0], block, scope);
        const zoneOwner = settingsOf(receiver, "zone", scope);
        if (zoneOwner && name.endsWith("=") && name !== "[]=" && args[0]) {
          const fact = { path: name.slice(0, -1), value: this.value(args[args.length - 1], scope), location: this.locate(node.location) };
          if (zoneOwner === "machine" && scope.machine) scope.machine.zone.push(fact);
          else this.globalZone.push(fact);
          return;
        }
        if (owner && name === "provider" && args[0]) {
          const providerName = this.written(args[0], scope);
          const machine = owner === "machine" ? scope.machine : void 0;
          if (this.once(node, `${machine?.name ?? ""}\0${providerName}`)) return;
          const use = { name: providerName, call: node, facts: [], conditions: scope.conditions };
          if (block) {
            const [providerVar] = blockParams(block);
            if (providerVar) this.providerSettings(child(block, "body"), providerVar, use, scope);
          }
          if (providerName === "utm") {
            use.facts.push({ path: "backend", value: new Unknown("is chosen by the box's UTM bundle, not in the Vagrantfile"), location: this.locate(callHead(node)) });
          }
          if (machine) machine.providers.push(use);
          else this.globalProviders.push(use);
          return;
        }
        if (block && block.constructor.name === "BlockNode") {
          if (LOOPS.has(name)) return this.loop(node, name, receiver, args, block, scope);
          const inner = { ...scope, vars: new Map(scope.vars), bindings: new Map(scope.bindings) };
          for (const param of blockParams(block)) {
            inner.vars.delete(param);
            inner.bindings.set(param, new Unknown(`is a block parameter: ${param}`));
          }
          this.statements(child(block, "body"), inner);
        }
      }
      /** Whether this call was already read under this name (another pass of a loop that names it the same). */
      once(call2, name) {
        const key2 = `${call2.location.startOffset}\0${name}`;
        if (this.seen.has(key2)) return true;
        this.seen.add(key2);
        return false;
      }
      define(node, nameArg, block, scope) {
        const name = nameArg ? this.written(nameArg, scope) : "default";
        if (this.once(node, name)) return;
        const machine = { name, call: node, providers: [], zone: [], context: [...scope.loops, ...scope.conditions] };
        this.machines.push(machine);
        if (!block) return;
        const vars = new Map(scope.vars);
        const param = blockParams(block)[0];
        if (param) vars.set(param, "machine");
        this.statements(child(block, "body"), { ...scope, vars, machine, conditions: [] });
      }
      /**
       * A loop: once per value where the values are known and within the bound (so each
       * machine gets its own name); once with its parameters unknown otherwise; not at all
       * when it runs zero times.
       */
      loop(node, name, receiver, args, block, scope) {
        const { items, count } = iterations(name, receiver, args, (n) => this.value(n, scope));
        if (count === 0) return;
        const at = this.locate(callHead(node));
        const reason = count === null ? `defined in a loop (${name}) whose count strata cannot know statically` : `defined in a loop: ${count} machine(s) from this one define`;
        const params = blockParams(block);
        const vars = new Map(scope.vars);
        for (const param of params) vars.delete(param);
        const pass = (item, index2, passes) => {
          const bindings = new Map(scope.bindings);
          bind(params, name, item, index2, bindings);
          this.statements(child(block, "body"), { ...scope, vars, bindings, passes, loops: [...scope.loops, { reason, location: at }] });
        };
        if (items && scope.passes * items.length <= EXPANSION_BOUND) {
          for (const [i, item] of items.entries()) pass(item, i, scope.passes * items.length);
          return;
        }
        if (count !== null && !this.once(node, "\0beyond the bound")) {
          this.diagnostics.push({
            file: at.file,
            location: at,
            message: `This loop runs ${count} times${scope.passes > 1 ? ` within ${scope.passes} passes of enclosing loops` : ""}, more than the ${EXPANSION_BOUND} machines strata expands: one workload, named by its pattern, stands for the machines it defines`,
            level: "note"
          });
        }
        pass(new Unknown(`is a loop variable: ${params[0] ?? name}`), null, scope.passes);
      }
      /** `ENV['VAGRANT_DEFAULT_PROVIDER'] = 'libvirt'` (or `||=`), where it surely runs. */
      envDefault(node, value2, scope) {
        const receiver = child(node, "receiver");
        const args = children2(child(node, "arguments_"), "arguments_");
        if (receiver?.constructor.name !== "ConstantReadNode" || receiver.name !== "ENV" || !args[0] || !value2) return;
        if (this.value(args[0], scope) !== "VAGRANT_DEFAULT_PROVIDER" || scope.conditions.length > 0) return;
        const provider = this.value(value2, scope);
        if (typeof provider === "string" && !this.defaultProvider) this.defaultProvider = { name: provider, node };
      }
      /** Settings inside `config.vm.provider :x do |p| … end`: the facts the catalog reads. */
      providerSettings(body, providerVar, use, scope) {
        const visit2 = (node, when) => {
          if (node) this.deeper(node, void 0, () => setting(node, when));
        };
        const add = (path, value2, location, when) => {
          const guarded = when.length > 0 && !(value2 instanceof Unknown) ? new Unknown(`is ${JSON.stringify(value2)} only when ${when.join(" and ")}`) : value2;
          use.facts.push({ path, value: guarded, location });
        };
        const setting = (node, when) => {
          const kind = node.constructor.name;
          if (kind === "StatementsNode") {
            for (const child2 of children2(node, "body")) visit2(child2, when);
            return;
          }
          if (kind === "ElseNode" || kind === "BeginNode") return visit2(child(node, "statements"), when);
          if (kind === "IfNode" || kind === "UnlessNode") {
            const predicate = child(node, "predicate");
            const holds = truthy(this.value(predicate, scope));
            const then = child(node, "statements");
            const otherwise = child(node, "subsequent") ?? child(node, "elseClause");
            const positive = kind === "IfNode";
            if (holds !== "unknown") return visit2(holds === positive ? then : otherwise, when);
            const written = this.source(predicate);
            visit2(then, [...when, positive ? written : `${written} is false`]);
            visit2(otherwise, [...when, positive ? `${written} is false` : written]);
            return;
          }
          if (kind !== "CallNode") return;
          const name = nameOf(node);
          const receiver = child(node, "receiver");
          const args = children2(child(node, "arguments_"), "arguments_");
          const location = this.locate(node.location);
          if (isVar(receiver, providerVar)) {
            if (name.endsWith("=") && name !== "[]=" && args[0]) {
              add(name.slice(0, -1), this.value(args[args.length - 1], scope), location, when);
            } else if (name === "customize") {
              const flat = args.flatMap((a) => a.constructor.name === "ArrayNode" ? children2(a, "elements") : [a]);
              const words = flat.map((a) => this.value(a, scope));
              const decisive = words.some((w, i) => w instanceof Unknown && /^--nested-(hw-)?virt$/.test(String(words[i - 1])));
              const text = words.map((w) => w instanceof Unknown ? "(computed)" : toS(w) ?? "(computed)").join(" ");
              add("customize", decisive ? new Unknown(`is computed: ${this.source(node)}`) : text, location, when);
            }
          } else if (name === "[]=" && receiver?.constructor.name === "CallNode" && isVar(child(receiver, "receiver"), providerVar) && args.length === 2) {
            const key2 = this.value(args[0], scope);
            add(`${nameOf(receiver)}.${String(key2)}`, this.value(args[1], scope), location, when);
          }
        };
        visit2(body, []);
      }
      /**
       * A name as Vagrant would see it (`"%s-%02d" % [$prefix, i]` → core-01), else as
       * written: `"node-#{i}"` → node-#{i}, `"%s-%02d" % […]` → %s-%02d.
       */
      written(node, scope) {
        if (!node) return "";
        if (node.constructor.name === "LocalVariableWriteNode") {
          const name = this.written(child(node, "value"), scope);
          this.assign(nameOf(node), this.value(child(node, "value"), scope), scope);
          return name;
        }
        const value2 = this.value(node, scope);
        if (typeof value2 === "string" || typeof value2 === "number") return String(value2);
        if (node.constructor.name === "CallNode" && node.name === "%" && node.receiver) return this.written(child(node, "receiver"), scope);
        return this.source(node).replace(/^["':]|["']$/g, "");
      }
    };
  }
});

// src/parsers/vagrant/index.ts
var vagrant_exports = {};
__export(vagrant_exports, {
  looksLikeVagrantfile: () => looksLikeVagrantfile,
  parseVagrant: () => parseVagrant
});
async function parseVagrant(file, text, context) {
  const lines = new LineIndex(text);
  let result;
  try {
    result = await parseRuby(text);
  } catch (e) {
    if (!(e instanceof PrismFailure)) throw e;
    return {
      workloads: [],
      fileAnnotations: [],
      diagnostics: [
        { file, location: lines.location(file, 0, 0), message: `Ruby's parser gave up on this file (${e.message}); it is too deeply nested or malformed to read`, level: "error" }
      ]
    };
  }
  const bytes = new Utf8OffsetMap(text);
  const range2 = (node) => [bytes.toIndex(node.startOffset), bytes.toIndex(node.startOffset + node.length)];
  const locate = (node) => {
    const [start, end] = range2(node);
    return lines.location(file, start, end);
  };
  const diagnostics = result.errors.map((e) => ({ file, location: locate(e.location), message: `Ruby syntax error: ${e.message}`, level: "error" }));
  const reader = new Reader2(text, range2, locate);
  reader.read(result.value);
  diagnostics.push(...reader.diagnostics);
  const configure = reader.configure;
  if (!configure) {
    return { workloads: [], fileAnnotations: placeDirectives(file, rubyComments(result, text, range2), lines, context.annotations).map((p) => p.annotation), diagnostics };
  }
  const machines = reader.machines.length > 0 ? reader.machines : [{ name: "default", call: null, providers: [], zone: [], context: [] }];
  const anchors = [];
  const anchor = (call2) => {
    const [start, end] = range2(call2.location);
    anchors.push({ owner: call2, start, end, line: lines.lineOf(start) });
  };
  for (const m of machines) if (m.call) anchor(m.call);
  for (const p of [...reader.globalProviders, ...machines.flatMap((m) => m.providers)]) anchor(p.call);
  anchor(configure);
  const comments2 = rubyComments(result, text, range2);
  const { owned, loose } = attachAnnotations(placeDirectives(file, comments2, lines, context.annotations), anchors, commentOnlyLines(comments2, lines));
  const workloads = [];
  for (const machine of machines) {
    if (workloads.length >= MAX_WORKLOADS) {
      diagnostics.push({
        file,
        location: machine.call ? locate(callHead(machine.call)) : locate(configure.location),
        message: `More than ${MAX_WORKLOADS} machine \xD7 provider pairs in one Vagrantfile: strata reports the first ${MAX_WORKLOADS}`,
        level: "warning"
      });
      break;
    }
    const zone = [...reader.globalZone, ...machine.zone];
    if (zone.length > 0) {
      const at = zone[0].location;
      workloads.push({
        format: "vagrant",
        kind: "smartos-zone",
        address: `${machine.name}/smartos-zone`,
        file,
        location: at,
        header: at,
        facts: zone,
        annotations: machine.call ? owned.get(machine.call) ?? [] : owned.get(configure) ?? [],
        context: [{ reason: "a SmartOS zone configured with config.zone (vagrant-smartos-zones), inside this machine", location: at }, ...machine.context]
      });
    }
    const uses = [...reader.globalProviders, ...machine.providers];
    const byName = /* @__PURE__ */ new Map();
    for (const p of uses) {
      const list = byName.get(p.name);
      if (list) list.push(p);
      else byName.set(p.name, [p]);
    }
    const sure = new Set(uses.filter((u) => u.conditions.length === 0).map((u) => u.name));
    const machineNotes = machine.call ? owned.get(machine.call) ?? [] : owned.get(configure) ?? [];
    const annotationsOf = (list) => nearestNeeds([
      list.filter((u) => machine.providers.includes(u)).flatMap((u) => owned.get(u.call) ?? []),
      machineNotes,
      list.filter((u) => !machine.providers.includes(u)).flatMap((u) => owned.get(u.call) ?? [])
    ]);
    const headerCall = machine.call ?? configure;
    const fallback = reader.defaultProvider?.name ?? VAGRANT_DEFAULT;
    const preferred = reader.defaultProvider;
    const onDefault = sure.size === 0 || preferred !== null && !sure.has(fallback);
    if (onDefault) {
      const setting = preferred ? `VAGRANT_DEFAULT_PROVIDER is set to ${fallback} in this file` : `no VAGRANT_DEFAULT_PROVIDER in this file: Vagrant's default provider, ${VAGRANT_DEFAULT}`;
      const reason = sure.size > 0 ? `${setting}, so vagrant up runs this machine there` : byName.size === 0 ? `no provider block and ${setting}` : `no provider call that surely runs and ${setting}`;
      const why = { reason, location: locate((preferred?.node ?? headerCall).location) };
      const settings = byName.get(fallback) ?? [];
      const when = settings.flatMap((u) => u.conditions.map((c) => ({ reason: `the ${fallback} settings here apply ${c.reason}`, location: locate(callHead(u.call)) })));
      workloads.push(workload(machine, fallback, headerCall, settings.flatMap(guarded), [why, ...when, ...machine.context], annotationsOf(settings)));
    }
    for (const [name, list] of byName) {
      if (onDefault && name === fallback) continue;
      const certain = list.filter((u) => u.conditions.length === 0);
      const speakers = certain.length > 0 ? certain : list;
      const at = (speakers.find((u) => machine.providers.includes(u)) ?? speakers[0]).call;
      const only = certain.length > 0 ? [] : [...new Map(list.flatMap((u) => u.conditions).map((c) => [c.reason, c])).values()];
      const facts = list.flatMap((u) => certain.length > 0 ? guarded(u) : u.facts);
      workloads.push(workload(machine, name, at, facts, [...only, ...machine.context], annotationsOf(list)));
    }
  }
  const uncatalogued2 = /* @__PURE__ */ new Map();
  for (const w of workloads) {
    if (context.knows("vagrant", w.kind)) continue;
    const key2 = `${w.kind}\0${w.header.startLine}:${w.header.startColumn}`;
    const list = uncatalogued2.get(key2);
    if (list) list.push(w);
    else uncatalogued2.set(key2, [w]);
  }
  for (const list of uncatalogued2.values()) {
    const first = list[0];
    const names = list.slice(0, 20).map((w) => w.address);
    if (list.length > names.length) names.push(`${list.length - names.length} more`);
    diagnostics.push({
      file,
      location: first.header,
      message: `The Vagrant provider "${first.kind}" is not in strata's catalog, so ${names.length === 1 ? `${names[0]} is` : `${names.slice(0, -1).join(", ")} and ${names.at(-1)} are`} not classified (a config file's catalog entries can add it)`,
      level: "note"
    });
  }
  const known = workloads.filter((w) => context.knows("vagrant", w.kind));
  function guarded(use) {
    if (use.conditions.length === 0) return use.facts;
    const when = use.conditions.map((c) => c.reason.replace(/, which strata cannot decide statically$/, "")).join(" and ");
    return use.facts.map((f) => ({ ...f, value: f.value instanceof Unknown ? f.value : new Unknown(`is ${JSON.stringify(f.value)} ${when}`) }));
  }
  function workload(machine, provider, at, facts, notes, annotations) {
    return {
      format: "vagrant",
      kind: provider,
      address: `${machine.name}/${provider}`,
      file,
      location: locate(at.location),
      header: locate(callHead(at)),
      facts,
      annotations: [...new Set(annotations)],
      context: notes
    };
  }
  return { workloads: known, fileAnnotations: loose.map((p) => p.annotation), diagnostics };
}
function rubyComments(result, text, range2) {
  return result.comments.map((comment) => {
    const [start, end] = range2(comment.location);
    const raw = text.slice(start, end);
    const body = raw.startsWith("#") ? raw.slice(1) : raw.replace(/^=begin[^\n]*\n?/, "").replace(/=end.*$/s, "");
    return { text: body, start, end, textStart: start + raw.indexOf(body) };
  });
}
var VAGRANT_DEFAULT, MAX_WORKLOADS;
var init_vagrant = __esm({
  "src/parsers/vagrant/index.ts"() {
    "use strict";
    init_define_STRATA_DATA();
    init_needs();
    init_attach();
    init_model();
    init_positions();
    init_prism();
    init_reader();
    init_sniff();
    VAGRANT_DEFAULT = "virtualbox";
    MAX_WORKLOADS = 1e4;
  }
});

// src/main.ts
init_define_STRATA_DATA();

// src/cli.ts
init_define_STRATA_DATA();
import { existsSync as existsSync5, readFileSync as readFileSync2 } from "node:fs";
import { join as join12, relative as relative8, resolve as resolve13 } from "node:path";

// node_modules/commander/esm.mjs
init_define_STRATA_DATA();
var import_index = __toESM(require_commander(), 1);
var {
  program,
  createCommand,
  createArgument,
  createOption,
  CommanderError,
  InvalidArgumentError,
  InvalidOptionArgumentError,
  // deprecated old name
  Command,
  Argument,
  Option,
  Help
} = import_index.default;

// rules/index.ts
init_define_STRATA_DATA();

// rules/expired-suppression.ts
init_define_STRATA_DATA();
var rule = {
  scope: "annotation",
  meta: {
    id: "expired-suppression",
    level: "warning",
    title: "A strata-ignore is past its until date",
    description: "A suppression with until=YYYY-MM-DD is a promise to revisit the finding by that date. Past it, the suppression suppresses nothing and the findings it covered are reported again.",
    help: {
      fix: "Fix the finding and remove the suppression, or renew it with a new until= date and an updated reason.",
      bad: '# strata-ignore: heavier-than-needed reason="migrating to ECS" until=2024-01-31\nresource "aws_instance" "api" {\n  instance_type = "t3.small"\n}',
      good: '# strata-ignore: heavier-than-needed reason="migrating to ECS, ticket OPS-42" until=2027-03-31\nresource "aws_instance" "api" {\n  instance_type = "t3.small"\n}'
    },
    tags: ["annotations"]
  },
  check({ annotation, expired }) {
    if (annotation.kind !== "suppression" || !expired) return [];
    return [
      {
        message: `strata-ignore: ${annotation.rules.join(",")} expired on ${annotation.until}: it suppresses nothing now`
      }
    ];
  }
};

// rules/heavier-than-needed.ts
init_define_STRATA_DATA();

// src/rule.ts
init_define_STRATA_DATA();
init_model();
function stratumLabel(stratum) {
  return `stratum ${stratum} (${STRATUM_NAMES[stratum]})`;
}

// rules/heavier-than-needed.ts
var rule2 = {
  scope: "workload",
  meta: {
    id: "heavier-than-needed",
    level: "warning",
    title: "The workload runs on a heavier stratum than it needs",
    description: "The technology provisions a deeper stratum of virtualization than the workload declares it needs: a VM for something a container would serve, a full hardware VM for a guest that cooperates with a hypervisor. The heavier stratum costs boot time, memory, licences and patching. Warning when one stratum heavier, error when two. The message names the lighter technologies of the same ecosystem that serve the needed stratum (the catalog's `alternatives` for the technology; `strata explain <technology>` lists them all), or, when the catalog knows none there, the lightest that are still lighter than the technology; JSON and SARIF carry them as data.",
    help: {
      fix: "Move the workload to a technology of its needed stratum (the message names some), or, if the need is really heavier, correct the annotation and say why.",
      bad: '# strata: needs=process reason="stateless HTTP API"\nresource "aws_instance" "api" {\n  instance_type = "t3.small"\n}',
      good: '# strata: needs=process reason="stateless HTTP API"\nresource "aws_ecs_task_definition" "api" {\n  requires_compatibilities = ["FARGATE"]\n}'
    },
    tags: ["cost", "strata"]
  },
  check(w) {
    if (!w.need) return [];
    const lightest = Math.min(...w.possibleStrata);
    if (lightest <= w.need.stratum) return [];
    const alternatives = suggested(w, w.need.stratum);
    return [
      {
        message: `${w.address} runs on ${w.technologyName}, ${stratumLabel(w.stratum)}, but needs only ${stratumLabel(w.need.stratum)} (needs=${w.need.needs})${suggestion(alternatives, w.need.stratum)}`,
        level: lightest - w.need.stratum >= 2 ? "error" : "warning",
        related: [{ to: "decision" }, { to: "need" }],
        ...alternatives.length > 0 ? { alternatives } : {}
      }
    ];
  }
};
function suggested(w, need) {
  const serving = w.alternatives.filter((a) => a.stratum >= need);
  if (serving.length === 0) return [];
  const best = Math.min(...serving.map((a) => a.stratum));
  return serving.filter((a) => a.stratum === best);
}
function suggestion(alternatives, need) {
  if (alternatives.length === 0) return "";
  const names = alternatives.map((a) => a.name);
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} or ${names.at(-1)}`;
  const stratum = alternatives[0].stratum;
  return stratum === need ? `; for ${stratumLabel(stratum)} consider ${list}` : `; lighter, at ${stratumLabel(stratum)}: ${list}`;
}

// rules/invalid-annotation.ts
init_define_STRATA_DATA();
var rule3 = {
  scope: "annotation",
  meta: {
    id: "invalid-annotation",
    level: "error",
    title: "An annotation or suppression strata cannot use",
    description: "A `strata:` or `strata-ignore:` comment (or a strata tag or label) that does not parse, names an unknown stratum, intent or rule, lacks a required reason, or applies to nothing; also a near miss that strata would otherwise skip in silence (`Strata:`, `strata needs=` without the colon, `stratum:`). strata reports it and then ignores it, so whatever it meant to say is not in effect.",
    help: {
      fix: "Correct the annotation; `strata rules` lists rule ids and rules/intents.yaml the intents.",
      bad: '# strata: needs=proces reason="API"\nresource "docker_container" "api" {\n  image = "api:1"\n}',
      good: '# strata: needs=process reason="API"\nresource "docker_container" "api" {\n  image = "api:1"\n}'
    },
    tags: ["annotations"]
  },
  check({ annotation }) {
    if (annotation.kind !== "invalid") return [];
    return [{ message: `Invalid strata annotation "${annotation.source}": ${annotation.problem}` }];
  }
};

// rules/isolation-breach.ts
init_define_STRATA_DATA();
var rule4 = {
  scope: "workload",
  meta: {
    id: "isolation-breach",
    level: "warning",
    title: "A process-stratum workload gives up its own isolation",
    description: "Containers, pods and jails are isolated by the host kernel's namespaces, cgroups, capabilities and seccomp. Running privileged, sharing the host's PID or network namespace, adding SYS_ADMIN or handing over /dev/kvm or the Docker socket removes that isolation: the workload can reach the host. Fires for workloads whose processes run on the host's kernel (containers, jails, pods \u2014 also a container that runs a VM of its own through /dev/kvm) when the declared need is process, or undeclared.",
    help: {
      fix: "Drop the privilege (grant the one capability or device actually needed), or, if the workload really needs the host, give it the stratum that says so: a VM.",
      bad: 'resource "docker_container" "agent" {\n  image      = "agent:2"\n  privileged = true\n}',
      good: 'resource "docker_container" "agent" {\n  image = "agent:2"\n  capabilities {\n    add = ["NET_ADMIN"]\n  }\n}'
    },
    tags: ["security", "strata"],
    securitySeverity: 7.5
  },
  check(w) {
    if (!w.sharesHostKernel || w.isolationBreaches.length === 0 || w.need && w.need.stratum > 1) return [];
    const what = w.isolationBreaches.map((b) => b.reason).join("; ");
    return [{ message: `${w.address} runs on ${w.technologyName} but drops its isolation: ${what}`, related: [{ to: "breaches" }, { to: "need" }] }];
  }
};

// rules/lighter-than-needed.ts
init_define_STRATA_DATA();
var rule5 = {
  scope: "workload",
  meta: {
    id: "lighter-than-needed",
    level: "error",
    title: "The workload runs on a lighter stratum than it needs",
    description: "The workload declares a need its technology cannot serve: a container cannot load its own kernel modules, a paravirtualized cloud VM cannot boot an unmodified or foreign-architecture OS. It will fail, or work only by accident.",
    help: {
      fix: "Provision the workload on a technology of the needed stratum, or correct the annotation if the need was overstated.",
      bad: '# strata: needs=custom-kernel reason="loads the wireguard module"\nresource "docker_container" "vpn" {\n  image = "vpn:1.4"\n}',
      good: '# strata: needs=custom-kernel reason="loads the wireguard module"\nresource "aws_instance" "vpn" {\n  instance_type = "t3.small"\n}'
    },
    tags: ["correctness", "strata"]
  },
  check(w) {
    if (!w.need) return [];
    const heaviest = Math.max(...w.possibleStrata);
    if (heaviest >= w.need.stratum) return [];
    return [
      {
        message: `${w.address} runs on ${w.technologyName}, ${stratumLabel(w.stratum)}, which cannot serve its need for ${stratumLabel(w.need.stratum)} (needs=${w.need.needs})`,
        related: [{ to: "decision" }, { to: "need" }]
      }
    ];
  }
};

// rules/nested-virtualization.ts
init_define_STRATA_DATA();
var rule6 = {
  scope: "workload",
  meta: {
    id: "nested-virtualization",
    level: "warning",
    title: "Nested virtualization is switched on for a workload that needs less than hardware",
    description: "Nested virtualization runs a hypervisor inside a guest: the workload gets the hardware stratum, with the cost and the attack surface that come with it. When the declared need is below hardware, the switch is on for nothing.",
    help: {
      fix: "Switch nested virtualization off, or declare needs=hardware (e.g. needs=nested-hypervisor) with the reason.",
      bad: '# strata: needs=os reason="build VM"\nresource "google_compute_instance" "build" {\n  advanced_machine_features {\n    enable_nested_virtualization = true\n  }\n}',
      good: '# strata: needs=os reason="build VM"\nresource "google_compute_instance" "build" {\n  machine_type = "n2-standard-4"\n}'
    },
    tags: ["security", "cost", "strata"],
    securitySeverity: 5
  },
  check(w) {
    if (!w.nestedVirtualization || !w.need || w.need.stratum >= 3) return [];
    return [
      {
        message: `${w.address} switches nested virtualization on, but needs only ${stratumLabel(w.need.stratum)} (needs=${w.need.needs})`,
        related: [{ to: "decision" }, { to: "need" }]
      }
    ];
  }
};

// rules/parse-error.ts
init_define_STRATA_DATA();
var rule7 = {
  scope: "file",
  meta: {
    id: "parse-error",
    level: "error",
    title: "A file strata cannot read or parse",
    description: "A file strata should scan, or one a scanned file refers to (an include, an extends file, a .env, a jobspec, a variable file), that it could not read or parse: a syntax error, a file too large or binary, a symlink out of the repository, something that is not a regular file, structure nested past strata's budgets. Its workloads are missing from the report, so a pull request that breaks a file must not pass as clean (as ESLint treats a parse error). The problem is reported where it is; the file's content is never quoted.",
    help: {
      fix: "Fix the syntax at the reported line, or exclude the file (`--exclude`, the config's `exclude`), or set the rule's level for those paths in the config (`overrides: [{files: [\"legacy/**\"], rules: {parse-error: warning}}]`).",
      bad: 'resource "aws_instance" "web" {\n  instance_type = "t3.micro\n}',
      good: 'resource "aws_instance" "web" {\n  instance_type = "t3.micro"\n}'
    },
    tags: ["correctness"]
  },
  check(problem) {
    return [{ message: problem.message, level: problem.level === "warning" ? "warning" : void 0 }];
  }
};

// rules/undeclared-need.ts
init_define_STRATA_DATA();
init_model();
var rule8 = {
  scope: "workload",
  meta: {
    id: "undeclared-need",
    level: "note",
    title: "Nobody said which stratum the workload needs",
    description: "The workload is virtualized, but no annotation, tag, label or file default says which stratum it needs, so nobody can tell whether its technology is the right one. Declaring the need (and why) is what lets strata check it.",
    help: {
      fix: 'Add `strata: needs=<stratum|intent> reason="\u2026"` in a comment directly above the workload, or a `strata:needs` tag, or a file default. `strata annotate` writes the stratum it runs on today, with a placeholder reason to replace.',
      bad: 'resource "google_compute_instance" "runner" {\n  machine_type = "n2-standard-4"\n}',
      good: '# strata: needs=os reason="CI runner builds kernel modules"\nresource "google_compute_instance" "runner" {\n  machine_type = "n2-standard-4"\n}'
    },
    tags: ["documentation", "strata"]
  },
  check(w) {
    if (w.need) return [];
    return [
      {
        message: `${w.address} runs on ${w.technologyName}, ${stratumLabel(w.stratum)}, and declares no need: add strata: needs=<stratum|intent> reason="\u2026"`,
        related: [{ to: "decision" }],
        // The stratum it runs on today is the need to write down, when that stratum is certain.
        fix: { kind: "declare-need", ...w.possibleStrata.length === 1 ? { needs: STRATUM_NAMES[w.stratum] } : {} }
      }
    ];
  }
};

// rules/unexplained-need.ts
init_define_STRATA_DATA();
init_annotations();
var rule9 = {
  scope: "workload",
  meta: {
    id: "unexplained-need",
    level: "note",
    title: "A need is declared without a reason",
    description: "The need says which stratum, but not why. The reason is what a reviewer weighs when someone proposes a lighter (or heavier) technology; without it the annotation is only an assertion. A placeholder reason (`TODO\u2026`, `tbd`, `fixme`, `?`, blank), such as the one `strata annotate` writes, counts as none.",
    help: {
      fix: 'Add reason="\u2026" to the annotation (or a strata:reason tag beside a strata:needs tag).',
      bad: '# strata: needs=hardware\nresource "vsphere_virtual_machine" "legacy" {\n  name = "legacy"\n}',
      good: '# strata: needs=hardware reason="vendor appliance ships as an unmodified OVA"\nresource "vsphere_virtual_machine" "legacy" {\n  name = "legacy"\n}'
    },
    tags: ["documentation", "strata"]
  },
  check(w) {
    if (!w.need || !isPlaceholderReason(w.need.reason)) return [];
    const placeholder = w.need.reason !== void 0;
    return [
      {
        message: placeholder ? `${w.address} needs=${w.need.needs} with only a placeholder reason (${JSON.stringify(w.need.reason)}): write why in reason="\u2026"` : `${w.address} needs=${w.need.needs} but says not why: add reason="\u2026"`,
        related: [{ to: "need" }]
      }
    ];
  }
};

// rules/unused-suppression.ts
init_define_STRATA_DATA();
var rule10 = {
  scope: "annotation",
  meta: {
    id: "unused-suppression",
    level: "note",
    title: "A strata-ignore suppresses nothing",
    description: "The suppression names rules that report nothing where it stands: the finding was fixed, the rule id is not the one that fires, or the comment is not attached to a workload. A stale suppression would silently hide a future finding. A list of rules of which only some suppress anything is reported for the others.",
    help: {
      fix: "Remove the suppression (or the rules in its list that suppress nothing), or move it directly above (or inside) the workload whose finding it is meant to suppress. `strata scan --fix` removes it.",
      bad: '# strata-ignore: lighter-than-needed reason="legacy"\nresource "aws_instance" "api" {\n  instance_type = "t3.small"\n}',
      good: 'resource "aws_instance" "api" {\n  instance_type = "t3.small"\n}'
    },
    tags: ["annotations"]
  },
  check({ annotation, usedRules, expired }) {
    if (annotation.kind !== "suppression" || expired) return [];
    const unused = annotation.rules.filter((r) => !usedRules.has(r));
    if (unused.length === 0) return [];
    const message = unused.length === annotation.rules.length ? `strata-ignore: ${annotation.rules.join(",")} suppresses nothing here` : `strata-ignore: ${unused.join(",")} suppresses nothing here (${[...usedRules].join(",")} does): take ${unused.length === 1 ? "it" : "them"} out of the list`;
    return [{ message, fix: { kind: "remove-suppression", rules: unused } }];
  }
};

// rules/index.ts
var rules = [
  rule,
  rule2,
  rule3,
  rule4,
  rule5,
  rule6,
  rule7,
  rule8,
  rule9,
  rule10
];
var ruleIds = new Set(rules.map((r) => r.meta.id));
function findRule(id) {
  return rules.find((r) => r.meta.id === id);
}

// src/config.ts
init_define_STRATA_DATA();
import { existsSync as existsSync4 } from "node:fs";
import { dirname as dirname11, join as join7, relative as relative3, resolve as resolve6 } from "node:path";

// src/data.ts
init_define_STRATA_DATA();
init_arrays();
init_suggest();
init_escape();
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
var require2 = createRequire(import.meta.url);
var yaml = () => require2("yaml");
var packageRoot = (() => {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json")) || !existsSync(join(dir, "rules"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error("strata: cannot find its package root (package.json beside rules/)");
    dir = parent;
  }
  return dir;
})();
var rulesDir = join(packageRoot, "rules");
var builtDir = join(packageRoot, "dist", "data");
var runningBuilt = fileURLToPath(import.meta.url).startsWith(`${join(packageRoot, "dist")}/`);
var ajv;
var validators = /* @__PURE__ */ new Map();
function schemaValidator(schemaFile) {
  let validate = validators.get(schemaFile);
  if (!validate) {
    const precompiled = join(builtDir, "validators.cjs");
    if (runningBuilt && existsSync(precompiled)) {
      validate = require2(precompiled)[schemaFile];
    } else {
      const { Ajv } = require2("ajv");
      ajv ??= new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
      validate = ajv.compile(JSON.parse(readFileSync(join(rulesDir, "schemas", schemaFile), "utf8")));
    }
    validators.set(schemaFile, validate);
  }
  return validate;
}
function bundledData(name, schemaFile) {
  if (typeof define_STRATA_DATA_default !== "undefined") return define_STRATA_DATA_default[name];
  const path = join(builtDir, `${name}.json`);
  if (!runningBuilt || !existsSync(path)) return void 0;
  const data2 = JSON.parse(readFileSync(path, "utf8"));
  if (!schemaValidator(schemaFile)(data2)) throw new DataError(`dist/data/${name}.json is not valid: run npm run compile`);
  return data2;
}
var DataError = class extends Error {
  constructor(message, lines) {
    super(message);
    this.lines = lines;
  }
  lines;
};
function loadYamlData(path, schemaFile) {
  return parseYamlData(path, readFileSync(path, "utf8"), schemaFile).data;
}
function parseYamlData(path, text, schemaFile, extra, shown2 = relative(process.cwd(), path) || path) {
  const { LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    const { line, col } = lineCounter.linePos(error.pos[0]);
    throw new DataError(`${shown2}:${line}:${col}: ${error.message.split("\n")[0]}`);
  }
  const data2 = doc.toJS() ?? {};
  const lineAt = (pointer) => {
    const node = nodeAt(doc.contents, pointer);
    return node?.range ? lineCounter.linePos(node.range[0]).line : 1;
  };
  const validate = schemaValidator(schemaFile);
  const problems = [];
  if (!validate(data2)) {
    const errors = (validate.errors ?? []).filter((e) => e.keyword !== "propertyNames");
    append(
      problems,
      errors.slice(0, 20).map((e) => ({ pointer: errorPointer(e), message: describeSchemaError(e) }))
    );
  } else if (extra) append(problems, extra(data2).slice(0, 20));
  if (problems.length > 0) {
    const lines = problems.map((p) => `${shown2}:${lineAt(p.pointer)}: ${printable(p.message)}`);
    throw new DataError(lines.join("\n"), lines);
  }
  return { data: data2, lineOf: (keys) => lineAt(keys.map((k) => `/${String(k).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("")) };
}
function nodeAt(root, pointer) {
  const { isMap: isMap11, isSeq: isSeq8 } = yaml();
  let node = root;
  let key2;
  for (const raw of pointer.split("/").slice(1)) {
    const name = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (isMap11(node)) {
      const pair = node.items.find((p) => String(p.key?.value) === name);
      key2 = pair?.key;
      node = pair?.value;
    } else if (isSeq8(node)) {
      key2 = void 0;
      node = node.items[Number(name)];
    } else return node;
  }
  return key2?.range ? key2 : node;
}
function errorPointer(e) {
  if (e.keyword === "additionalProperties") return `${e.instancePath}/${e.params.additionalProperty}`;
  if (e.propertyName !== void 0) return `${e.instancePath}/${e.propertyName.replace(/~/g, "~0").replace(/\//g, "~1")}`;
  return e.instancePath;
}
function describeSchemaError(e) {
  const path = e.instancePath === "" ? "the document" : e.instancePath.slice(1).replace(/\//g, ".");
  if (e.propertyName !== void 0 && e.keyword === "enum") {
    const known = e.params.allowedValues.map(String);
    const suggestion2 = closest(e.propertyName, known);
    return `${path}.${e.propertyName}: unknown key "${e.propertyName}"${suggestion2 ? `; did you mean "${suggestion2}"?` : ` (one of ${known.join(", ")})`}`;
  }
  switch (e.keyword) {
    case "additionalProperties":
      return `${path}: unknown key "${e.params.additionalProperty}"`;
    case "required":
      return `${path}: "${e.params.missingProperty}" is required`;
    case "enum":
      return `${path}: must be one of ${e.params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
    case "type":
      return `${path}: must be ${e.params.type}`;
    default:
      return `${path}: ${e.message ?? "is not valid"}`;
  }
}

// src/discover.ts
init_define_STRATA_DATA();
var import_ignore = __toESM(require_ignore(), 1);
import { existsSync as existsSync3, lstatSync, readdirSync as readdirSync3, realpathSync as realpathSync3, statSync } from "node:fs";
import { basename as basename4, dirname as dirname10, isAbsolute, join as join6, relative as relative2, resolve as resolve5, sep as sep2 } from "node:path";
import { createRequire as createRequire3 } from "node:module";

// src/glob.ts
init_define_STRATA_DATA();
var MAX_ALTERNATIVES = 256;
var MAX_PATTERNS = 1e3;
var TooManyPatterns = class extends Error {
};
function globMatcher(patterns, budget = { left: MAX_PATTERNS }) {
  const expanded = [];
  for (const pattern of patterns) {
    for (const alternative of expandBraces(pattern)) {
      if (--budget.left < 0) throw new TooManyPatterns(`more than ${MAX_PATTERNS} glob patterns (after brace expansion)`);
      expanded.push(alternative);
    }
  }
  const compiled2 = expanded.map((p) => p.split("/").map(segmentOf));
  return (path) => {
    const segments = path.split("/");
    return compiled2.some((pattern) => matchSegments(pattern, segments));
  };
}
function globBase(pattern) {
  const segments = pattern.split(/[\\/]/);
  const dynamic = segments.findIndex((s) => /[*?[\]{}()!]/.test(s));
  return segments.slice(0, dynamic < 0 ? segments.length : dynamic).join("/") || ".";
}
function wildcardMatcher(pattern) {
  const compiled2 = [];
  for (const char of pattern) {
    if (char === "*") {
      if (compiled2.at(-1)?.kind !== "star") compiled2.push({ kind: "star" });
    } else compiled2.push(char === "?" ? { kind: "any" } : { kind: "char", char });
  }
  return (value2) => matchSegment(compiled2, value2);
}
function segmentOf(text) {
  return text === "**" ? "globstar" : tokens(text);
}
function tokens(text) {
  const out = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\\" && i + 1 < text.length) out.push({ kind: "char", char: text[++i] });
    else if (c === "?") out.push({ kind: "any" });
    else if (c === "*") {
      if (out.at(-1)?.kind !== "star") out.push({ kind: "star" });
    } else if (c === "[") {
      const parsed2 = characterClass(text, i);
      if (parsed2) {
        out.push(parsed2.token);
        i = parsed2.end;
      } else out.push({ kind: "char", char: c });
    } else out.push({ kind: "char", char: c });
  }
  return out;
}
function characterClass(text, start) {
  let i = start + 1;
  const negated = text[i] === "!" || text[i] === "^";
  if (negated) i++;
  const ranges = [];
  for (let first = true; i < text.length; first = false) {
    if (text[i] === "]" && !first) return { token: { kind: "class", negated, ranges }, end: i };
    const low = text[i] === "\\" && i + 1 < text.length ? text[++i] : text[i];
    i++;
    if (text[i] === "-" && i + 1 < text.length && text[i + 1] !== "]") {
      const escaped = text[i + 1] === "\\" && i + 2 < text.length;
      i += escaped ? 2 : 1;
      const high = text[i];
      i++;
      ranges.push([low, high]);
    } else ranges.push([low, low]);
  }
  return void 0;
}
function expandBraces(pattern) {
  const done = [];
  const pending = [pattern];
  while (pending.length > 0) {
    const current2 = pending.pop();
    const group = innermostGroup(current2);
    if (!group || done.length + pending.length >= MAX_ALTERNATIVES) {
      done.push(current2);
      continue;
    }
    for (const option of group.options) pending.push(current2.slice(0, group.start) + option + current2.slice(group.end + 1));
  }
  return done;
}
function innermostGroup(text) {
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === "{") open = i;
    else if (text[i] === "}" && open >= 0) {
      const body = text.slice(open + 1, i);
      if (!body.includes(",")) return void 0;
      return { start: open, end: i, options: body.split(",") };
    }
  }
  return void 0;
}
function matchSegments(pattern, path) {
  let reachable = new Array(path.length + 1).fill(false);
  reachable[0] = true;
  for (const segment of pattern) {
    const next = new Array(path.length + 1).fill(false);
    if (segment === "globstar") {
      let any = false;
      for (let j = 0; j <= path.length; j++) {
        any ||= reachable[j];
        next[j] = any;
      }
    } else {
      for (let j = 0; j < path.length; j++) if (reachable[j] && matchSegment(segment, path[j])) next[j + 1] = true;
    }
    reachable = next;
  }
  return reachable[path.length];
}
function matchSegment(pattern, name) {
  let p = 0;
  let n = 0;
  let star = -1;
  let resume = 0;
  while (n < name.length) {
    const token = pattern[p];
    if (token && token.kind !== "star" && matchesChar(token, name[n])) {
      p++;
      n++;
    } else if (token?.kind === "star") {
      star = p++;
      resume = n;
    } else if (star >= 0) {
      p = star + 1;
      n = ++resume;
    } else return false;
  }
  while (pattern[p]?.kind === "star") p++;
  return p === pattern.length;
}
function matchesChar(token, c) {
  if (token.kind === "char") return token.char === c;
  if (token.kind === "any") return true;
  const inside = token.ranges.some(([low, high]) => c >= low && c <= high);
  return inside !== token.negated;
}

// src/parsers/format.ts
init_define_STRATA_DATA();
var SNIFF_BYTES = 8 * 1024;

// src/parsers/registry.ts
init_define_STRATA_DATA();

// src/parsers/cloudformation/format.ts
init_define_STRATA_DATA();

// src/json/opens.ts
init_define_STRATA_DATA();
function opensAnObject(text) {
  return /^\uFEFF?\s*\{/.test(text);
}

// src/parsers/cloudformation/format.ts
var YAML_TEMPLATE = /^(?:AWSTemplateFormatVersion[ \t]*:|Transform[ \t]*:[ \t]*['"]?AWS::Serverless)/m;
var YAML_RESOURCES = [/^Resources[ \t]*:/m, /^[ \t]+Type[ \t]*:[ \t]*['"]?AWS::/m];
var JSON_TEMPLATE = /"AWSTemplateFormatVersion"\s*:|"Transform"\s*:\s*"AWS::Serverless/;
var JSON_RESOURCES = [/"Resources"\s*:\s*\{/, /"Type"\s*:\s*"AWS::/];
var cloudformation = {
  id: "cloudformation",
  displayName: "AWS CloudFormation and SAM templates",
  names: [],
  candidates: [".*\\.ya?ml", ".*\\.json", ".*\\.template"],
  examples: ["*.yaml", "*.yml", "*.json", "*.template"],
  sniff(prefix) {
    if (opensAnObject(prefix)) return JSON_TEMPLATE.test(prefix) || JSON_RESOURCES.every((k) => k.test(prefix));
    return YAML_TEMPLATE.test(prefix) || YAML_RESOURCES.every((k) => k.test(prefix));
  },
  lineComment: (_path, text) => opensAnObject(text) ? void 0 : "#",
  async parse(file, text, context) {
    return (await Promise.resolve().then(() => (init_cloudformation(), cloudformation_exports))).parseCloudFormation(file.absolutePath, text, context);
  }
};

// src/parsers/registry.ts
init_format();

// src/parsers/kubernetes/format.ts
init_define_STRATA_DATA();
var YAML_KEYS = [/^apiVersion[ \t]*:[ \t]*\S/m, /^kind[ \t]*:[ \t]*\S/m];
var JSON_KEYS = [/"apiVersion"\s*:/, /"kind"\s*:/];
var kubernetes = {
  id: "kubernetes",
  displayName: "Kubernetes manifests",
  names: [],
  candidates: [".*\\.ya?ml", ".*\\.json"],
  examples: ["*.yaml", "*.yml", "*.json"],
  sniff(prefix) {
    return YAML_KEYS.every((k) => k.test(prefix)) || /^\s*[[{]/.test(prefix) && JSON_KEYS.every((k) => k.test(prefix));
  },
  // JSON manifests hold no comments.
  lineComment: (_path, text) => /^\uFEFF?\s*[[{]/.test(text) ? void 0 : "#",
  async parse(file, text, context) {
    return (await Promise.resolve().then(() => (init_kubernetes(), kubernetes_exports))).parseKubernetes(file.absolutePath, text, context);
  },
  async link(files, inputs) {
    return (await Promise.resolve().then(() => (init_link(), link_exports))).linkKubernetes(files, inputs);
  }
};

// src/parsers/nomad/format.ts
init_define_STRATA_DATA();
var nomad = {
  id: "nomad",
  displayName: "Nomad",
  names: ["[^/]*\\.nomad", "[^/]*\\.nomad\\.hcl"],
  examples: ["*.nomad", "*.nomad.hcl"],
  lineComment: () => "#",
  async parse(file, text, context) {
    return (await Promise.resolve().then(() => (init_nomad(), nomad_exports))).parseNomadFile(file.path, text, context);
  },
  async parseEmbedded(document, context) {
    return (await Promise.resolve().then(() => (init_nomad(), nomad_exports))).parseJobspec(document, context);
  }
};

// src/parsers/packer/format.ts
init_define_STRATA_DATA();
var LEGACY = /"builders"\s*:\s*\[/;
var packer = {
  id: "packer",
  displayName: "Packer",
  names: ["[^/]*\\.pkr\\.hcl", "[^/]*\\.pkr\\.json", "[^/]*\\.pkrvars\\.hcl", "[^/]*\\.pkrvars\\.json"],
  candidates: [".*\\.json"],
  examples: ["*.pkr.hcl", "*.pkr.json", "*.pkrvars.hcl", "*.json"],
  sniff(prefix) {
    return opensAnObject(prefix) && LEGACY.test(prefix);
  },
  lineComment: (path) => path.endsWith(".json") ? void 0 : "#",
  async parse(file, text, context) {
    const name = file.path;
    if (name.endsWith(".pkrvars.hcl")) return (await Promise.resolve().then(() => (init_hcl(), hcl_exports))).parseVarFile(name, text);
    if (name.endsWith(".pkrvars.json")) return (await Promise.resolve().then(() => (init_json(), json_exports))).parseVarFileJson(name, text);
    if (name.endsWith(".pkr.hcl")) return (await Promise.resolve().then(() => (init_hcl(), hcl_exports))).parsePackerHcl(name, text, context);
    if (name.endsWith(".pkr.json")) return (await Promise.resolve().then(() => (init_json(), json_exports))).parsePackerHclJson(name, text, context);
    return (await Promise.resolve().then(() => (init_json(), json_exports))).parseLegacyTemplate(name, text, context);
  },
  async link(files, inputs) {
    return (await Promise.resolve().then(() => (init_link2(), link_exports2))).linkPacker(files, inputs);
  }
};

// src/parsers/terraform/format.ts
init_define_STRATA_DATA();

// src/parsers/terraform/installed.ts
init_define_STRATA_DATA();
import { readdirSync, realpathSync as realpathSync2 } from "node:fs";
import { dirname as dirname7, join as join4, resolve as resolve3 } from "node:path";

// src/read.ts
init_define_STRATA_DATA();
import { closeSync, constants, existsSync as existsSync2, fstatSync, openSync, readSync, realpathSync } from "node:fs";
import { dirname as dirname5, join as join3, sep } from "node:path";
var DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;
var utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
var OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);
function readSource(absolutePath, policy) {
  const bytes = readConfined(absolutePath, policy);
  return Buffer.isBuffer(bytes) ? decode(bytes) : bytes;
}
function readConfined(absolutePath, policy) {
  const refusal = (message) => ({ ok: false, message });
  let real;
  try {
    real = realpathSync.native(absolutePath);
  } catch (e) {
    const code = e.code;
    if (code === "ENOENT") return { ...refusal("Cannot read the file: it does not exist (or is a dangling symlink)"), missing: true };
    return refusal(`Cannot read the file (${code ?? "error"})`);
  }
  const root = policy.roots.find((r) => within(r, real));
  if (root === void 0) return refusal("Not read: it resolves outside the scanned directory and the repository");
  if (!insideWithoutGit(root, real)) return refusal("Not read: it lies inside .git, which strata never reads as data");
  let fd;
  try {
    fd = openSync(real, OPEN_FLAGS);
  } catch (e) {
    return refusal(`Cannot read the file (${e.code ?? "error"})`);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return refusal("Skipped: not a regular file (a directory, FIFO, device or socket)");
    if (stats.size > policy.maxBytes) return refusal(tooLarge(stats.size, policy.maxBytes));
    let buffer = Buffer.allocUnsafe(Math.min(stats.size, policy.maxBytes) + 1);
    let total = 0;
    for (; ; ) {
      if (total === buffer.length) {
        const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, policy.maxBytes + 1));
        buffer.copy(grown, 0, 0, total);
        buffer = grown;
      }
      const n = readSync(fd, buffer, total, buffer.length - total, null);
      if (n === 0) break;
      total += n;
      if (total > policy.maxBytes) return refusal(tooLarge(total, policy.maxBytes, true));
    }
    return buffer.subarray(0, total);
  } catch (e) {
    return refusal(`Cannot read the file (${e.code ?? "error"})`);
  } finally {
    closeSync(fd);
  }
}
function readPrefix(absolutePath, bytes, followSymlink = false) {
  let fd;
  try {
    fd = openSync(absolutePath, followSymlink ? OPEN_FLAGS & ~(constants.O_NOFOLLOW ?? 0) : OPEN_FLAGS);
    if (!fstatSync(fd).isFile()) return void 0;
    const buffer = Buffer.alloc(bytes);
    return buffer.subarray(0, readSync(fd, buffer, 0, bytes, 0)).toString("utf8");
  } catch {
    return void 0;
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}
function tooLarge(size, maxBytes, atLeast = false) {
  return `Skipped: the file is ${atLeast ? "more than " : ""}${formatBytes(atLeast ? maxBytes : size)}, larger than the ${formatBytes(maxBytes)} limit`;
}
function decode(bytes) {
  if (bytes.length >= 2 && (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255)) {
    const little = bytes[0] === 255;
    return { ok: true, text: new TextDecoder(little ? "utf-16le" : "utf-16be", { ignoreBOM: true }).decode(bytes) };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const { line, column } = positionOfByte(bytes, nul);
    return { ok: false, message: "Skipped: the file holds NUL bytes, so it is binary, not text", line, column };
  }
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const { line, column } = positionOfByte(bytes, bad);
    return { ok: false, message: "Skipped: the file is not valid UTF-8", line, column };
  }
}
function within(root, path) {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}
function insideWithoutGit(base, path) {
  return within(base, path) && !path.slice(base.length).split(sep).includes(".git");
}
function realpathOr(path) {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
function repositoryRootOf(directory) {
  for (let dir = directory; ; dir = dirname5(dir)) {
    if (existsSync2(join3(dir, ".git"))) return dir;
    if (dirname5(dir) === dir) return void 0;
  }
}
function formatBytes(n) {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  return n >= 1024 ? `${(n / 1024).toFixed(1)} kB` : `${n} bytes`;
}
function positionOfByte(bytes, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  const prefix = bytes.subarray(lineStart, offset).toString("utf8");
  return { line, column: prefix.length + 1 };
}
function firstInvalidUtf8(bytes) {
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const mid = low + high + 1 >> 1;
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      low = mid;
    } catch {
      high = mid - 1;
    }
  }
  return low;
}

// src/parsers/terraform/opentofu.ts
init_define_STRATA_DATA();
function openTofuSibling(name) {
  if (name.endsWith(".tf.json")) return `${name.slice(0, -".tf.json".length)}.tofu.json`;
  if (name.endsWith(".tf")) return `${name.slice(0, -".tf".length)}.tofu`;
  return void 0;
}

// src/parsers/terraform/installed.ts
var MAX_INSTALLED_DEPTH = 16;
var MAX_INSTALLED_FILES = 2e3;
var MAX_MANIFEST_ENTRIES = 1e4;
function isLocalSource(source) {
  return source.startsWith("./") || source.startsWith("../");
}
function sameSource(a, b) {
  const normal = (s) => s.replace(/^registry\.terraform\.io\//i, "").replace(/^registry\.opentofu\.org\//i, "").toLowerCase();
  return normal(a) === normal(b);
}
async function loadInstalled(files, context) {
  const diagnostics = [];
  const modules = [];
  const handled = /* @__PURE__ */ new Set();
  const noted = /* @__PURE__ */ new Set();
  let budget = MAX_INSTALLED_FILES;
  let overBudget;
  const remoteCalls = /* @__PURE__ */ new Map();
  const localCallers = /* @__PURE__ */ new Map();
  for (const { absolutePath, parsed: parsed2 } of files) {
    const dir = dirname7(absolutePath);
    for (const call2 of parsed2.terraform?.calls ?? []) {
      if (typeof call2.source !== "string") continue;
      if (isLocalSource(call2.source)) {
        const target = resolve3(dir, call2.source);
        const callers = localCallers.get(target);
        if (callers) callers.push({ from: dir, name: call2.name });
        else localCallers.set(target, [{ from: dir, name: call2.name }]);
        continue;
      }
      const calls = remoteCalls.get(dir);
      if (calls) calls.push({ call: call2, file: parsed2 });
      else remoteCalls.set(dir, [{ call: call2, file: parsed2 }]);
    }
  }
  const hasManifest = (dir) => {
    const read2 = context.read(join4(dir, ".terraform", "modules", "modules.json"));
    return read2.ok || !read2.missing;
  };
  const roots = /* @__PURE__ */ new Map();
  for (const [dir, calls] of remoteCalls) {
    let root = dir;
    const path = [];
    const seen = /* @__PURE__ */ new Set();
    while (root !== void 0 && !hasManifest(root)) {
      seen.add(root);
      const caller = localCallers.get(root)?.[0];
      if (!caller || seen.has(caller.from) || path.length >= MAX_INSTALLED_DEPTH) root = void 0;
      else {
        path.unshift(caller.name);
        root = caller.from;
      }
    }
    if (root === void 0) continue;
    const list = roots.get(root) ?? [];
    roots.set(root, list);
    for (const call2 of calls) list.push({ ...call2, dir, parentKey: path.join(".") });
  }
  for (const [root, calls] of roots) {
    const manifestPath = join4(root, ".terraform", "modules", "modules.json");
    const read2 = context.read(manifestPath);
    if (!read2.ok) {
      if (!read2.missing) {
        const first = calls[0].call;
        diagnostics.push(note2(first, `${context.displayPath(manifestPath)} cannot be read (${read2.message}), so installed modules are not scanned`));
      }
      continue;
    }
    const manifest = parseManifest(read2.text);
    if (typeof manifest === "string") {
      diagnostics.push(note2(calls[0].call, `${context.displayPath(manifestPath)} ${manifest}, so installed modules are not scanned`));
      continue;
    }
    const installedBase = join4(root, ".terraform", "modules");
    let realBase;
    try {
      realBase = realpathSync2(installedBase);
      if (!insideWithoutGit(realpathSync2(root), realBase)) throw new Error("outside");
    } catch {
      diagnostics.push(note2(calls[0].call, `${context.displayPath(installedBase)} is not a directory inside the module's directory, so installed modules are not scanned`));
      continue;
    }
    const follow = async (call2, from, parentKey, prefix, top, ancestors) => {
      const key2 = parentKey ? `${parentKey}.${call2.name}` : call2.name;
      const address = `${prefix}module.${call2.name}`;
      const say = (message) => diagnostics.push(note2(top.call, `${address}: ${message}`));
      if (typeof call2.source !== "string") return false;
      const entry2 = manifest.get(key2);
      if (!entry2) {
        say(`the module is not in ${context.displayPath(manifestPath)} (run terraform init again), so the workloads inside it are not scanned`);
        return false;
      }
      if (!sameSource(entry2.source, call2.source)) {
        say(
          `${context.displayPath(manifestPath)} installed "${entry2.source}", not "${call2.source}" (it is stale: run terraform init again), so the workloads inside it are not scanned`
        );
        return false;
      }
      const dir = resolve3(root, entry2.dir);
      if (!within(installedBase, dir)) {
        say(`its installed directory "${entry2.dir}" lies outside .terraform/modules, so strata does not read it`);
        return false;
      }
      let realDir;
      try {
        realDir = realpathSync2(dir);
      } catch {
        say(`its installed directory "${entry2.dir}" does not exist (run terraform init again)`);
        return false;
      }
      if (!insideWithoutGit(realBase, realDir)) {
        say(`its installed directory "${entry2.dir}" resolves outside the module's directory, so strata does not read it`);
        return false;
      }
      if (ancestors.includes(realDir)) {
        say(`its installed directory "${entry2.dir}" is one of the modules that call it (a cycle), so it is scanned once`);
        return false;
      }
      if (ancestors.length >= MAX_INSTALLED_DEPTH) {
        say(`it is nested more than ${MAX_INSTALLED_DEPTH} module calls deep, so strata stops there`);
        return false;
      }
      let names;
      try {
        const listed = new Set(
          readdirSync(realDir, { withFileTypes: true }).filter((d) => d.isFile() && (d.name.endsWith(".tf") || d.name.endsWith(".tofu"))).map((d) => d.name)
        );
        names = [...listed].filter((name) => !listed.has(openTofuSibling(name) ?? "")).sort();
      } catch {
        say(`its installed directory "${entry2.dir}" cannot be listed`);
        return false;
      }
      const installedFiles = [];
      const { parseTerraformHcl: parseTerraformHcl2 } = await Promise.resolve().then(() => (init_hcl2(), hcl_exports2));
      for (const name of names) {
        if (budget <= 0) {
          overBudget ??= top.call;
          break;
        }
        budget--;
        const absolutePath = join4(dir, name);
        const text = context.read(absolutePath);
        const display = context.displayPath(absolutePath);
        if (!text.ok) {
          diagnostics.push({ file: display, message: text.message, level: "note" });
          continue;
        }
        const parsed2 = await parseTerraformHcl2(display, text.text, context, absolutePath);
        for (const d of parsed2.diagnostics) diagnostics.push({ ...d, level: "note", message: `in installed module ${address}: ${d.message}` });
        for (const w of parsed2.workloads) w.annotations = [];
        for (const c of parsed2.terraform?.calls ?? []) c.annotations = [];
        parsed2.embedded = [];
        installedFiles.push({ absolutePath, parsed: parsed2 });
      }
      modules.push({ key: key2, prefix: `${address}.`, dir, call: call2, from, top: top.call, topFile: top.file, source: entry2.source, version: entry2.version, files: installedFiles });
      for (const { parsed: parsed2 } of installedFiles) {
        for (const inner of parsed2.terraform?.calls ?? []) {
          if (typeof inner.source !== "string") continue;
          await follow(inner, dir, key2, `${address}.`, top, [...ancestors, realDir]);
        }
      }
      return true;
    };
    for (const top of calls) {
      if (await follow(top.call, top.dir, top.parentKey, "", top, [])) handled.add(top.call);
      else noted.add(top.call);
    }
  }
  if (overBudget) {
    diagnostics.push(note2(overBudget, `more than ${MAX_INSTALLED_FILES} installed module files: strata scanned the first ${MAX_INSTALLED_FILES}`));
  }
  return { modules, handled, noted, diagnostics };
}
function note2(call2, message) {
  return { file: call2.header.file, location: call2.header, message, level: "note" };
}
function parseManifest(text) {
  let data2;
  try {
    data2 = JSON.parse(text);
  } catch {
    return "is not valid JSON";
  }
  const list = data2 !== null && typeof data2 === "object" ? data2.Modules : void 0;
  if (!Array.isArray(list)) return 'has no "Modules" list';
  const entries2 = /* @__PURE__ */ new Map();
  for (const item of list.slice(0, MAX_MANIFEST_ENTRIES)) {
    if (item === null || typeof item !== "object") continue;
    const { Key, Source, Version, Dir } = item;
    if (typeof Key !== "string" || typeof Source !== "string" || typeof Dir !== "string" || Key === "") continue;
    entries2.set(Key, { source: Source, dir: Dir, ...typeof Version === "string" && Version !== "" ? { version: Version } : {} });
  }
  return entries2;
}

// src/parsers/terraform/modules.ts
init_define_STRATA_DATA();
init_model();
import { basename as basename3, dirname as dirname9, resolve as resolve4 } from "node:path";

// src/parsers/terraform/known.ts
init_define_STRATA_DATA();
import { readdirSync as readdirSync2 } from "node:fs";
import { join as join5 } from "node:path";
init_model();
function loadKnownModuleFiles() {
  const dir = join5(rulesDir, "modules");
  const modules = [];
  for (const file of readdirSync2(dir).filter((f) => f.endsWith(".yaml")).sort()) {
    modules.push(...loadYamlData(join5(dir, file), "modules.schema.json").modules);
  }
  return { modules };
}
var table;
function knownModules() {
  if (!table) {
    const bundled = bundledData("modules", "modules.schema.json");
    table = new Map((bundled ?? loadKnownModuleFiles()).modules.map((m) => [normalSource(m.source), m]));
  }
  return table;
}
function normalSource(source) {
  return source.replace(/^(registry\.terraform\.io|registry\.opentofu\.org)\//i, "").toLowerCase();
}
function knownModule(source) {
  return knownModules().get(normalSource(source));
}
function knownWorkload(call2, module, prefix, resolve14) {
  const facts = [];
  const defaults = [];
  for (const { input, attribute, default: initial } of module.inputs ?? []) {
    const given = call2.inputs.get(input);
    if (given) facts.push(resolve14({ path: attribute, value: given.value, location: given.location }));
    else if (initial !== void 0 && initial !== null) {
      facts.push({ path: attribute, value: initial, location: call2.header });
      defaults.push(`${input} = ${JSON.stringify(initial)}`);
    }
  }
  for (const { attribute, reason } of module.unknown ?? []) facts.push({ path: attribute, value: new Unknown(reason), location: call2.header });
  const decides = (module.inputs ?? []).map((i) => i.input === i.attribute ? i.input : `${i.input} (as ${i.attribute})`);
  const context = [
    {
      reason: `${prefix}module.${call2.name} is the well-known module ${module.source} (${module.reference}), classified as a ${module.kind} would be, without terraform init${decides.length > 0 ? `: ${decides.join(", ")} ${decides.length === 1 ? "decides" : "decide"}` : ""}${defaults.length > 0 ? `; the module's default ${defaults.join(", ")} where the call omits it` : ""}`,
      location: call2.header
    }
  ];
  return {
    format: "terraform",
    kind: module.kind,
    address: `${prefix}module.${call2.name}`,
    file: call2.header.file,
    location: call2.location ?? call2.header,
    header: call2.header,
    facts,
    annotations: [],
    context
  };
}

// src/parsers/terraform/plan.ts
init_define_STRATA_DATA();
init_model();
init_positions();
import { dirname as dirname8 } from "node:path";
var MAX_VALUE_DEPTH = 32;
var MAX_RESOURCES = 5e4;
function readPlan(input) {
  const problem = (message) => ({ diagnostic: { file: input.path, message: `${message}, so strata does not use this plan`, level: "error" } });
  let data2;
  try {
    data2 = JSON.parse(input.text.startsWith("\uFEFF") ? input.text.slice(1) : input.text);
  } catch {
    return problem("it is not valid JSON");
  }
  if (data2 === null || typeof data2 !== "object" || typeof data2.format_version !== "string") {
    return problem("it is not the output of terraform show -json (no format_version)");
  }
  const { resource_changes: changes = [], planned_values: planned } = data2;
  if (planned === void 0) return problem("it has no planned_values (terraform show -json of a state, not of a plan?)");
  if (!Array.isArray(changes)) return problem("its resource_changes is not a list");
  const lines = new LineIndex(input.text);
  const byAddress = /* @__PURE__ */ new Map();
  const written = addressOffsets(input.text);
  for (const change of changes.slice(0, MAX_RESOURCES)) {
    if (change === null || typeof change !== "object") continue;
    const { address, mode, type, name, module_address: moduleAddress, change: body } = change;
    if (mode !== "managed" || typeof type !== "string" || typeof name !== "string" || typeof address !== "string") continue;
    const after = body !== null && typeof body === "object" ? body : void 0;
    if (!after || after.after === null || after.after === void 0) continue;
    const modules = typeof moduleAddress === "string" ? modulePath(moduleAddress) : [];
    const block = `${modules.map((m) => `module.${m}.`).join("")}${type}.${name}`;
    let resource = byAddress.get(block);
    if (!resource) {
      const at = written.get(address);
      const start = at?.start ?? 0;
      resource = { address: block, modules, type, name, instances: [], location: lines.location(input.path, start, at?.end ?? 1) };
      byAddress.set(block, resource);
    }
    resource.instances.push({ values: after.after, unknown: after.after_unknown });
  }
  return { plan: { path: input.path, root: dirname8(input.absolutePath), resources: [...byAddress.values()] } };
}
function addressOffsets(text) {
  const offsets = /* @__PURE__ */ new Map();
  for (const match of text.matchAll(/"address"\s*:\s*("(?:[^"\\]|\\.)*")/g)) {
    let address;
    try {
      address = JSON.parse(match[1]);
    } catch {
      continue;
    }
    const start = match.index + match[0].length - match[1].length;
    if (typeof address === "string" && !offsets.has(address)) offsets.set(address, { start, end: start + match[1].length });
  }
  return offsets;
}
function modulePath(address) {
  let bare = "";
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < address.length; i++) {
    const c = address[i];
    if (quoted) {
      if (c === "\\") i++;
      else if (c === '"') quoted = false;
      continue;
    }
    if (c === '"' && depth > 0) quoted = true;
    else if (c === "[") depth++;
    else if (c === "]") depth = Math.max(0, depth - 1);
    else if (depth === 0) bare += c;
  }
  const parts = bare.split(".");
  const modules = [];
  for (let i = 0; i + 1 < parts.length; i += 2) if (parts[i] === "module") modules.push(parts[i + 1]);
  return modules;
}
function planFacts(resource, location, plan) {
  const facts = [];
  for (const { values, unknown } of resource.instances) {
    const known = /* @__PURE__ */ new Set();
    walk(values, "", 0, (path, value2) => {
      known.add(path);
      facts.push({ path, value: value2, location });
    });
    walkUnknown(unknown, "", 0, (path) => {
      if (!known.has(path)) facts.push({ path, value: new Unknown(`is known only after apply (${plan})`), location });
    });
  }
  return facts;
}
function walk(value2, path, depth, emit2) {
  if (depth > MAX_VALUE_DEPTH || value2 === null || typeof value2 !== "object") return;
  for (const [key2, child2] of Object.entries(value2)) {
    const at = path ? `${path}.${key2}` : key2;
    if (child2 === null) continue;
    if (Array.isArray(child2) && child2.length > 0 && child2.every((c) => c !== null && typeof c === "object" && !Array.isArray(c))) {
      for (const element of child2) walk(element, at, depth + 1, emit2);
      continue;
    }
    emit2(at, plain2(child2, depth + 1));
    if (typeof child2 === "object" && !Array.isArray(child2)) walk(child2, at, depth + 1, emit2);
  }
}
function walkUnknown(value2, path, depth, emit2) {
  if (depth > MAX_VALUE_DEPTH || value2 === null || typeof value2 !== "object") return;
  for (const [key2, child2] of Object.entries(value2)) {
    const at = path ? `${path}.${key2}` : key2;
    if (child2 === true) emit2(at);
    else if (Array.isArray(child2)) for (const element of child2) walkUnknown(element, at, depth + 1, emit2);
    else walkUnknown(child2, at, depth + 1, emit2);
  }
}
function plain2(value2, depth) {
  if (depth > MAX_VALUE_DEPTH) return new Unknown("nests too deeply in the plan");
  if (Array.isArray(value2)) return value2.map((v) => plain2(v, depth + 1));
  if (value2 !== null && typeof value2 === "object") {
    const out = /* @__PURE__ */ Object.create(null);
    for (const [k, v] of Object.entries(value2)) out[k] = plain2(v, depth + 1);
    return out;
  }
  return value2;
}
function locatePlans(plans, targets, knows) {
  const located = { replaced: /* @__PURE__ */ new Map(), added: [], covered: /* @__PURE__ */ new Set(), diagnostics: [] };
  for (const plan of plans) {
    for (const resource of plan.resources) {
      if (!knows(resource.type)) continue;
      const from = {
        reason: `values from the plan ${plan.path} (terraform show -json), ${resource.instances.length} instance(s) of ${resource.address}`,
        location: resource.location
      };
      let dir = plan.root;
      let remote;
      for (const name of resource.modules) {
        const found = targets.call(dir, name);
        if (!found) {
          dir = void 0;
          break;
        }
        if (found.target === void 0) {
          remote = found.call;
          break;
        }
        dir = found.target;
      }
      if (remote) {
        located.covered.add(remote);
        located.added.push({
          call: remote,
          workload: {
            format: "terraform",
            kind: resource.type,
            address: resource.address,
            file: remote.header.file,
            location: remote.location ?? remote.header,
            header: remote.header,
            facts: planFacts(resource, remote.header, plan.path),
            annotations: [],
            context: [from]
          }
        });
        continue;
      }
      const workload = dir === void 0 ? void 0 : targets.workload(dir, `${resource.type}.${resource.name}`);
      if (!workload) {
        located.diagnostics.push({
          file: plan.path,
          location: resource.location,
          message: `${resource.address} is in the plan but strata finds no block for it in the scanned files, so it is not classified from the plan`,
          level: "note"
        });
        continue;
      }
      located.replaced.set(workload, { facts: planFacts(resource, workload.header, plan.path), context: [...workload.context ?? [], from] });
    }
  }
  return located;
}

// src/parsers/terraform/modules.ts
init_arrays();
var MAX_CHAIN2 = 256;
function resolveTerraform(files, varFiles, installed, planned) {
  const dirs = /* @__PURE__ */ new Map();
  const dirOf = (dir) => {
    let entry2 = dirs.get(dir);
    if (!entry2) {
      entry2 = { variables: /* @__PURE__ */ new Map(), locals: /* @__PURE__ */ new Map(), tfvars: [] };
      dirs.set(dir, entry2);
    }
    return entry2;
  };
  const calls = [];
  const diagnostics = [];
  let remote;
  let remoteCount = 0;
  const known = [];
  const ordered = [...files].sort((a, b) => tfvarsRank(a.absolutePath) - tfvarsRank(b.absolutePath) || (a.absolutePath < b.absolutePath ? -1 : 1));
  for (const { absolutePath, parsed: parsed2 } of ordered) {
    const facts = parsed2.terraform;
    if (!facts) continue;
    const dir = dirname9(absolutePath);
    const module = dirOf(dir);
    for (const [name, variable] of facts.variables) module.variables.set(name, variable);
    for (const [name, local] of facts.locals) module.locals.set(name, local);
    if (facts.tfvars) module.tfvars.push(facts.tfvars);
    for (const call2 of facts.calls) {
      const source = typeof call2.source === "string" ? call2.source : void 0;
      if (source === void 0) continue;
      if (isLocalSource(source)) calls.push({ ...call2, from: dir, target: resolve4(dir, source) });
      else if (installed?.handled.has(call2)) continue;
      else if (knownModule(source)) known.push({ call: call2, dir, file: parsed2, module: knownModule(source) });
      else if (!installed?.noted.has(call2)) {
        remoteCount++;
        remote ??= { call: call2, source };
      }
    }
  }
  if (remote) {
    diagnostics.push({
      file: remote.call.header.file,
      location: remote.call.header,
      message: `${remoteCount} module call(s) use a remote source (first: "${remote.source}"); strata does not fetch modules, so the workloads inside them are not scanned`,
      level: "note"
    });
  }
  for (const module of installed?.modules ?? []) {
    const entry2 = dirOf(module.dir);
    for (const { parsed: parsed2 } of module.files) {
      for (const [name, variable] of parsed2.terraform?.variables ?? []) entry2.variables.set(name, variable);
      for (const [name, local] of parsed2.terraform?.locals ?? []) entry2.locals.set(name, local);
    }
    calls.push({ ...module.call, from: module.from, target: module.dir });
  }
  const callersOf = /* @__PURE__ */ new Map();
  for (const call2 of calls) {
    const callers = callersOf.get(call2.target);
    if (callers) callers.push(call2);
    else callersOf.set(call2.target, [call2]);
  }
  const cliVars = varFiles.flatMap((f) => f.terraform?.tfvars ? [f.terraform.tfvars] : []);
  const resolver = new Resolver(dirs, callersOf, cliVars);
  const resolved = /* @__PURE__ */ new Map();
  for (const { absolutePath, parsed: parsed2 } of files) {
    const dir = dirname9(absolutePath);
    const needs = moduleNeeds(dir, callersOf);
    for (const workload of parsed2.workloads) {
      if (workload.format !== "terraform") continue;
      resolved.set(workload, { facts: workload.facts.map((fact) => resolver.fact(fact, dir)), annotations: [...workload.annotations, ...needs] });
    }
  }
  const added = /* @__PURE__ */ new Map();
  const add = (file, workload) => {
    const list = added.get(file);
    if (list) list.push(workload);
    else added.set(file, [workload]);
  };
  for (const { call: call2, dir, file, module } of known) {
    const workload = knownWorkload(call2, module, "", (fact) => resolver.fact(fact, dir));
    add(file, { ...workload, annotations: [...call2.annotations, ...moduleNeeds(dir, callersOf)] });
  }
  for (const module of installed?.modules ?? []) {
    const needs = moduleNeeds(module.dir, callersOf);
    const version2 = module.version ? ` ${module.version}` : "";
    for (const { parsed: parsed2 } of module.files) {
      for (const workload of parsed2.workloads) {
        if (workload.format !== "terraform") continue;
        add(module.topFile, {
          ...workload,
          address: `${module.prefix}${workload.address}`,
          file: module.top.header.file,
          location: module.top.location ?? module.top.header,
          header: module.top.header,
          facts: workload.facts.map((fact) => resolver.fact(fact, module.dir)),
          annotations: needs,
          context: [
            ...workload.context ?? [],
            {
              reason: `${workload.address} in the installed module ${module.prefix.slice(0, -1)} ("${module.source}"${version2}, installed by terraform init)`,
              location: workload.header
            }
          ]
        });
      }
    }
  }
  if (planned && planned.plans.length > 0) {
    const located = locatePlans(planned.plans, planTargets(files), planned.knows);
    append(diagnostics, located.diagnostics);
    for (const [workload, from] of located.replaced) {
      const before = resolved.get(workload);
      resolved.set(workload, { annotations: before?.annotations ?? workload.annotations, ...from });
    }
    const covered = new Set([...located.covered].map((call2) => call2.header));
    for (const [file, list] of added)
      added.set(
        file,
        list.filter((w) => !covered.has(w.header))
      );
    for (const { call: call2, workload } of located.added) {
      const owner = files.find((f) => f.parsed.terraform?.calls.includes(call2));
      if (owner) add(owner.parsed, { ...workload, annotations: [...call2.annotations, ...moduleNeeds(dirname9(owner.absolutePath), callersOf)] });
    }
  }
  return { diagnostics, resolved, added };
}
function planTargets(files) {
  const workloads = /* @__PURE__ */ new Map();
  const calls = /* @__PURE__ */ new Map();
  for (const { absolutePath, parsed: parsed2 } of files) {
    const dir = dirname9(absolutePath);
    for (const workload of parsed2.workloads) if (workload.format === "terraform") workloads.set(`${dir}\0${workload.address}`, workload);
    for (const call2 of parsed2.terraform?.calls ?? []) {
      if (typeof call2.source !== "string") continue;
      calls.set(`${dir}\0${call2.name}`, { call: call2, target: isLocalSource(call2.source) ? resolve4(dir, call2.source) : void 0 });
    }
  }
  return {
    workload: (dir, address) => workloads.get(`${dir}\0${address}`),
    call: (dir, name) => calls.get(`${dir}\0${name}`)
  };
}
function tfvarsRank(path) {
  const name = basename3(path);
  if (name === "terraform.tfvars" || name === "terraform.tfvars.json") return 0;
  if (/\.auto\.tfvars(\.json)?$/.test(name)) return 1;
  return 2;
}
function moduleNeeds(dir, callersOf, seen = /* @__PURE__ */ new Set()) {
  if (seen.has(dir) || seen.size > MAX_CHAIN2) return [];
  seen.add(dir);
  const callers = callersOf.get(dir) ?? [];
  const own = callers.flatMap((call2) => {
    const need = call2.annotations.find((a) => a.kind === "need");
    return need ? [{ ...need, via: "module", call: call2.header }] : [];
  });
  if (own.length > 0) return own;
  for (const call2 of callers) {
    const inherited = moduleNeeds(call2.from, callersOf, seen);
    if (inherited.length > 0) return inherited;
  }
  return [];
}
var Resolver = class {
  constructor(dirs, callersOf, cliVars) {
    this.dirs = dirs;
    this.callersOf = callersOf;
    this.cliVars = cliVars;
  }
  dirs;
  callersOf;
  cliVars;
  fact(fact, dir) {
    if (!(fact.value instanceof Unknown) || !fact.value.reference) return fact;
    const resolved = this.reference(fact.value.reference, dir, /* @__PURE__ */ new Set());
    if (resolved.value instanceof Unknown && !resolved.location) return { ...fact, value: resolved.value };
    return { ...fact, value: resolved.value, origin: resolved.location };
  }
  reference(reference2, dir, seen) {
    const key2 = `${dir}\0${reference2}`;
    if (seen.has(key2)) return { value: new Unknown(`comes from ${reference2}; ${reference2} refers back to itself`) };
    if (seen.size > MAX_CHAIN2) return { value: new Unknown(`comes from ${reference2}, through more than ${MAX_CHAIN2} variables and module calls`) };
    seen.add(key2);
    const [kind, name] = reference2.split(".");
    const module = this.dirs.get(dir);
    const follow = (placed) => {
      if (placed.value instanceof Unknown && placed.value.reference) return this.reference(placed.value.reference, dir, seen);
      return { value: placed.value, location: placed.location };
    };
    if (kind === "local") {
      const local = module?.locals.get(name);
      return local ? follow(local) : { value: new Unknown(`comes from ${reference2}; ${reference2} is not defined in this module`) };
    }
    const callers = this.callersOf.get(dir) ?? [];
    if (callers.length > 0) {
      const answers = callers.map((call2) => {
        const input = call2.inputs.get(name);
        if (!input) return void 0;
        if (input.value instanceof Unknown && input.value.reference) return this.reference(input.value.reference, call2.from, seen);
        return { value: input.value, location: input.location };
      });
      if (answers.every((a) => a !== void 0)) {
        const [first] = answers;
        const agree = answers.every((a) => JSON.stringify(a.value) === JSON.stringify(first.value) && !(a.value instanceof Unknown));
        if (agree) return first;
        if (answers.length > 1)
          return { value: new Unknown(`comes from ${reference2}; ${reference2} is set differently by the ${answers.length} module calls that use this module`) };
        return first;
      }
    } else {
      for (const values of [...this.cliVars].reverse()) {
        const set = values.get(name);
        if (set) return { value: set.value, location: set.location };
      }
      for (const values of [...module?.tfvars ?? []].reverse()) {
        const set = values.get(name);
        if (set) return { value: set.value, location: set.location };
      }
    }
    const variable = module?.variables.get(name);
    if (!variable) return { value: new Unknown(`comes from ${reference2}; ${reference2} is not declared in this module`) };
    if (!variable.default) return { value: new Unknown(`comes from ${reference2}; ${reference2} has no default and no tfvars file sets it`) };
    return follow(variable.default);
  }
};

// src/parsers/terraform/format.ts
var terraform = {
  id: "terraform",
  displayName: "Terraform",
  names: ["[^/]*\\.tf", "[^/]*\\.tf\\.json", "[^/]*\\.tofu", "[^/]*\\.tofu\\.json", "terraform\\.tfvars(\\.json)?", "[^/]+\\.auto\\.tfvars(\\.json)?"],
  examples: ["*.tf", "*.tf.json", "*.tofu", "*.tofu.json", "terraform.tfvars", "*.auto.tfvars"],
  shadowedBy(name) {
    const sibling = openTofuSibling(name);
    return sibling === void 0 ? void 0 : { sibling, reason: `OpenTofu reads ${sibling} in its place` };
  },
  lineComment: (path) => path.endsWith(".json") ? void 0 : "#",
  async parse(file, text, context) {
    if (file.path.endsWith(".tfvars")) return (await Promise.resolve().then(() => (init_hcl2(), hcl_exports2))).parseTfvars(file.path, text);
    if (file.path.endsWith(".tfvars.json")) return (await Promise.resolve().then(() => (init_json2(), json_exports2))).parseTfvarsJson(file.path, text);
    if (file.path.endsWith(".tf.json") || file.path.endsWith(".tofu.json")) return (await Promise.resolve().then(() => (init_json2(), json_exports2))).parseTerraformJson(file.path, text, context);
    return (await Promise.resolve().then(() => (init_hcl2(), hcl_exports2))).parseTerraformHcl(file.path, text, context, file.absolutePath);
  },
  async link(files, { varFiles, plans, context }) {
    const parsed2 = await Promise.all(varFiles.map((f) => parseVarFile2(f.path, f.text)));
    const installed = await loadInstalled(files, context);
    const read2 = plans.map((p) => readPlan(p));
    const planned = { plans: read2.flatMap((r) => r.plan ? [r.plan] : []), knows: (type) => context.knows("terraform", type) };
    const linked = resolveTerraform(files, parsed2, installed, planned);
    const problems = read2.flatMap((r) => r.diagnostic ? [r.diagnostic] : []);
    return { ...linked, diagnostics: [...parsed2.flatMap((f) => f.diagnostics), ...problems, ...installed.diagnostics, ...linked.diagnostics] };
  }
};
async function parseVarFile2(path, text) {
  if (path.endsWith(".json")) return (await Promise.resolve().then(() => (init_json2(), json_exports2))).parseTfvarsJson(path, text);
  return (await Promise.resolve().then(() => (init_hcl2(), hcl_exports2))).parseTfvars(path, text);
}

// src/parsers/vagrant/format.ts
init_define_STRATA_DATA();
init_sniff();
var vagrant = {
  id: "vagrant",
  displayName: "Vagrant",
  names: ["Vagrantfile(\\.[^/]*)?", "[^/]*\\.Vagrantfile"],
  examples: ["Vagrantfile", "Vagrantfile.<name>", "<name>.Vagrantfile"],
  sniff: looksLikeVagrantfile,
  lineComment: () => "#",
  async parse(file, text, context) {
    return (await Promise.resolve().then(() => (init_vagrant(), vagrant_exports))).parseVagrant(file.path, text, context);
  }
};

// src/parsers/registry.ts
var FORMATS = [terraform, compose, vagrant, nomad, packer, cloudformation, kubernetes];
var byId = new Map(FORMATS.map((f) => [f.id, f]));
function formatModule(id) {
  return byId.get(id);
}
function formatByName(name) {
  return NAME_MATCHERS.find(([, pattern]) => pattern.test(name))?.[0];
}
var NAME_MATCHERS = FORMATS.filter((f) => f.names.length > 0).map((f) => [f.id, new RegExp(`^(?:${f.names.join("|")})$`)]);
function formatByContent(prefix) {
  return FORMATS.find((f) => f.sniff?.(prefix))?.id;
}
var CANDIDATE_MATCHERS = FORMATS.flatMap(
  (f) => f.candidates ? [[f, new RegExp(`^(?:${f.candidates.join("|")})$`)]] : []
);
function isCandidate(name) {
  return CANDIDATE_MATCHERS.some(([, pattern]) => pattern.test(name));
}
function formatOfCandidate(name, prefix) {
  return CANDIDATE_MATCHERS.find(([f, pattern]) => pattern.test(name) && f.sniff?.(prefix))?.[0].id;
}
async function parseFile(file, text, context) {
  const parsed2 = await formatModule(file.format).parse(file, text, context);
  for (const document of parsed2.embedded ?? []) {
    const inner = await formatModule(document.format).parseEmbedded(document, context);
    for (const w of inner.workloads) parsed2.workloads.push(w);
    for (const d of inner.diagnostics) parsed2.diagnostics.push(d);
    for (const a of inner.fileAnnotations) parsed2.fileAnnotations.push(a);
  }
  return parsed2;
}

// src/discover.ts
var UsageError = class extends Error {
};
var ALWAYS_SKIPPED = /* @__PURE__ */ new Set([".git", "node_modules", ".terraform"]);
function formatMatcher(extra = {}) {
  const matchers2 = Object.entries(extra).filter(([, globs2]) => globs2.length > 0).map(([format3, globs2]) => [format3, globMatcher(globs2)]);
  return (path) => {
    const name = basename4(path);
    return formatByName(name) ?? matchers2.find(([, match]) => match(name))?.[0];
  };
}
function toPosix(path) {
  return sep2 === "/" ? path : path.split(sep2).join("/");
}
function discover(options) {
  const found = /* @__PURE__ */ new Map();
  const diagnostics = [];
  const formatOfFile = formatMatcher(options.names);
  const excludes = [
    { base: options.cwd, rules: (0, import_ignore.default)().add(options.exclude), any: options.exclude.length > 0, by: "--exclude" },
    {
      base: options.excludeFrom?.base ?? options.cwd,
      rules: (0, import_ignore.default)().add(options.excludeFrom?.patterns ?? []),
      any: (options.excludeFrom?.patterns.length ?? 0) > 0,
      by: "the config's exclude"
    }
  ].filter((e) => e.any);
  const skip = options.onSkip ?? (() => void 0);
  const isExcluded = (absolute, isDirectory) => {
    const by = excludes.find(({ base, rules: rules2 }) => {
      const rel = below(base, absolute);
      if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) return false;
      return rules2.ignores(isDirectory ? `${rel}/` : rel);
    })?.by;
    if (by) skip(absolute, `excluded by ${by}`);
    return by !== void 0;
  };
  const add = (absolute, format3 = formatOfFile(absolute)) => {
    if (!format3) return;
    const path = below(options.cwd, absolute);
    found.set(path, { path, absolutePath: absolute, format: format3 });
  };
  for (const argument of options.paths.length > 0 ? options.paths : ["."]) {
    const absolute = resolve5(options.cwd, argument);
    const fastGlob = existsSync3(absolute) ? void 0 : createRequire3(import.meta.url)("fast-glob");
    if (fastGlob?.isDynamicPattern(argument)) {
      const base = realpathOr(resolve5(options.cwd, globBase(argument)));
      const matches = fastGlob.sync(toPosix(argument), { cwd: options.cwd, dot: true, absolute: true, followSymbolicLinks: false, suppressErrors: true }).filter((match) => within(base, realpathOr(match)));
      if (matches.length === 0) throw new UsageError(`No files match the pattern ${argument}`);
      for (const match of matches) {
        if (!isExcluded(match, false)) add(resolve5(match));
      }
      continue;
    }
    let stats;
    try {
      stats = statSync(absolute);
    } catch {
      throw new UsageError(`No such file or directory: ${argument}`);
    }
    if (stats.isFile()) {
      const prefix = formatOfFile(absolute) || !isConfined(absolute) ? void 0 : readPrefix(absolute, SNIFF_BYTES, true);
      const format3 = formatOfFile(absolute) ?? (prefix === void 0 ? void 0 : formatByContent(prefix));
      if (format3) add(absolute, format3);
      else throw new UsageError(`${argument} is not a file strata reads (${FORMATS.flatMap((f) => f.examples.slice(0, 2)).join(", ")}, \u2026)`);
      continue;
    }
    const root = realpathSync3(absolute);
    const report = (d) => diagnostics.push(d);
    const ignoreFile = (file) => {
      const read2 = options.readIgnoreFile(file);
      if (read2.ok) return (0, import_ignore.default)().add(read2.text);
      report({ file: toPosix(relative2(options.cwd, file)), message: `Ignore rules not read: ${read2.message}`, level: "warning" });
      return void 0;
    };
    const walker = new Walker(root, ancestorIgnores(absolute, ignoreFile), isExcluded, add, report, options.cwd, formatOfFile, ignoreFile, skip);
    walker.walkAll(absolute);
  }
  const files = [...found.values()].filter((file) => {
    const shadow = shadowOf(file, (absolute) => found.has(below(options.cwd, absolute)));
    if (shadow === void 0) return true;
    diagnostics.push({ file: file.path, message: `Not scanned: ${shadow}`, level: "note" });
    skip(file.absolutePath, shadow);
    return false;
  });
  files.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return { files, diagnostics };
}
function shadowOf(file, discovered) {
  const shadow = formatModule(file.format).shadowedBy?.(basename4(file.absolutePath));
  if (shadow === void 0) return void 0;
  const sibling = join6(dirname10(file.absolutePath), shadow.sibling);
  return discovered(sibling) || isRegularFile(sibling) ? shadow.reason : void 0;
}
var Walker = class {
  constructor(root, inherited, isExcluded, add, report, cwd, formatOf, ignoreFile, skip) {
    this.root = root;
    this.inherited = inherited;
    this.isExcluded = isExcluded;
    this.add = add;
    this.report = report;
    this.cwd = cwd;
    this.formatOf = formatOf;
    this.ignoreFile = ignoreFile;
    this.skip = skip;
  }
  root;
  inherited;
  isExcluded;
  add;
  report;
  cwd;
  formatOf;
  ignoreFile;
  skip;
  visited = /* @__PURE__ */ new Set();
  filesSeen = /* @__PURE__ */ new Set();
  deferred = [];
  /** Whether a .gitignore rules the path out; if so, the walk is told which one. */
  ignored(layers, path, isDirectory) {
    const by = ignoredBy(layers, path, isDirectory);
    if (by !== void 0) this.skip(path, `ignored by ${this.shown(join6(by, ".gitignore"))}`);
    return by !== void 0;
  }
  walkAll(directory) {
    this.walk(directory, this.root, this.inherited);
    for (let i = 0; i < this.deferred.length; i++) {
      const link = this.deferred[i];
      if (link.isDirectory) this.walk(link.path, link.real, link.layers);
      else this.addFile(link.path, link.real);
    }
  }
  addFile(path, real, format3) {
    if (this.filesSeen.has(real)) return;
    this.filesSeen.add(real);
    this.add(path, format3);
  }
  /**
   * A file only a format's `candidates` name (`deploy.yaml`): its first bytes, read from the
   * regular file the walk found inside the root, decide. What no sniff recognises is passed over silently.
   */
  sniffed(path, name, real) {
    if (this.filesSeen.has(real)) return;
    const prefix = readPrefix(path, SNIFF_BYTES);
    const format3 = prefix === void 0 ? void 0 : formatOfCandidate(name, prefix);
    if (format3) this.addFile(path, real, format3);
  }
  walk(directory, real, layers, helmTemplates = false) {
    if (this.visited.has(real)) return;
    this.visited.add(real);
    let entries2;
    try {
      entries2 = readdirSync3(directory, { withFileTypes: true });
    } catch (e) {
      this.report({ file: this.shown(directory), message: `Cannot read directory: ${e.code ?? String(e)}`, level: "warning" });
      return;
    }
    const own = entries2.find((e) => e.name === ".gitignore" && e.isFile());
    const rules2 = own && this.ignoreFile(join6(directory, ".gitignore"));
    if (rules2) layers = [...layers, { base: directory, rules: rules2 }];
    entries2.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    const chart2 = entries2.some((e) => e.name === "Chart.yaml" && e.isFile()) && entries2.some((e) => e.name === "templates" && e.isDirectory());
    if (chart2 && !this.isExcluded(join6(directory, "templates"), true) && ignoredBy(layers, join6(directory, "templates"), true) === void 0) {
      this.report({
        file: this.shown(join6(directory, "Chart.yaml")),
        message: "A Helm chart: its templates/ are not scanned; pipe the rendered manifests in (helm template <release> <chart> > rendered.yaml, then strata scan rendered.yaml)",
        level: "note"
      });
    }
    for (const entry2 of entries2) {
      const path = join6(directory, entry2.name);
      if (entry2.isSymbolicLink()) {
        this.symlink(entry2.name, path, layers);
        continue;
      }
      const isDirectory = entry2.isDirectory();
      if (isDirectory && ALWAYS_SKIPPED.has(entry2.name)) {
        this.skip(path, `${entry2.name} is never scanned`);
        continue;
      }
      const named = !isDirectory && this.formatOf(entry2.name) !== void 0;
      const candidate = !isDirectory && !named && !helmTemplates && isCandidate(entry2.name);
      if (!isDirectory && !named && !candidate) continue;
      if (this.ignored(layers, path, isDirectory) || this.isExcluded(path, isDirectory)) continue;
      if (!isDirectory && !entry2.isFile()) {
        if (named) this.report({ file: this.shown(path), message: "Skipped: not a regular file (a FIFO, device or socket)", level: "warning" });
        continue;
      }
      if (isDirectory) this.walk(path, join6(real, entry2.name), layers, helmTemplates || chart2 && entry2.name === "templates");
      else if (candidate) this.sniffed(path, entry2.name, join6(real, entry2.name));
      else this.addFile(path, join6(real, entry2.name));
    }
  }
  symlink(name, path, layers) {
    let real;
    let isDirectory;
    let regular;
    try {
      real = realpathSync3(path);
      const stats = statSync(real);
      isDirectory = stats.isDirectory();
      regular = stats.isFile();
    } catch {
      if (this.formatOf(name) && !this.ignored(layers, path, false) && !this.isExcluded(path, false)) {
        this.report({ file: this.shown(path), message: "Cannot read the file: it is a dangling symlink", level: "warning" });
      }
      return;
    }
    if (isDirectory ? ALWAYS_SKIPPED.has(name) : !this.formatOf(name)) return;
    if (this.ignored(layers, path, isDirectory) || this.isExcluded(path, isDirectory)) return;
    if (!within(this.root, real)) {
      this.report({ file: this.shown(path), message: "Not followed: this symlink points outside the scanned directory", level: "note" });
      return;
    }
    if (!isDirectory && !regular) {
      this.report({ file: this.shown(path), message: "Skipped: the symlink leads to something that is not a regular file", level: "warning" });
      return;
    }
    this.deferred.push({ path, real, isDirectory, layers });
  }
  shown(path) {
    return toPosix(relative2(this.cwd, path));
  }
};
function below(base, path) {
  if (path.length > base.length && path.startsWith(base) && path[base.length] === sep2) return toPosix(path.slice(base.length + 1));
  return toPosix(relative2(base, path));
}
function ignoredBy(layers, path, isDirectory) {
  let by;
  for (const layer of layers) {
    const rel = below(layer.base, path);
    if (rel === "" || rel.startsWith("..")) continue;
    const result = layer.rules.test(isDirectory ? `${rel}/` : rel);
    if (result.ignored) by = layer.base;
    else if (result.unignored) by = void 0;
  }
  return by;
}
function ancestorIgnores(directory, ignoreFile) {
  if (existsSync3(join6(directory, ".git"))) return [];
  const layers = [];
  for (let dir = dirname10(directory), child2 = directory; dir !== child2; child2 = dir, dir = dirname10(dir)) {
    const file = join6(dir, ".gitignore");
    const rules2 = isRegularFile(file) ? ignoreFile(file) : void 0;
    if (rules2) layers.unshift({ base: dir, rules: rules2 });
    if (existsSync3(join6(dir, ".git"))) return layers;
  }
  return [];
}
function isRegularFile(path) {
  try {
    return lstatSync(path).isFile();
  } catch {
    return false;
  }
}
function isConfined(absolutePath) {
  const real = realpathOr(absolutePath);
  const home = realpathOr(dirname10(absolutePath));
  const repository = repositoryRootOf(home);
  return within(home, real) || repository !== void 0 && within(realpathOr(repository), real);
}

// src/size.ts
init_define_STRATA_DATA();
var SIZE = /^(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?$/i;
var UNIT = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };
function parseSize(value2) {
  const match = SIZE.exec(String(value2).trim());
  if (!match) return void 0;
  const bytes = Math.floor(Number(match[1]) * UNIT[(match[2] ?? "b").toLowerCase()]);
  return Number.isFinite(bytes) && bytes >= 1 ? bytes : void 0;
}

// src/config.ts
var CONFIG_NAMES = [".strata.yml", ".strata.yaml", ".strata.json"];
function overridesFor(config, absolutePath) {
  return config.overrides.filter((o) => o.matches(absolutePath));
}
function ruleLevelsFor(config, matching, defaults = {}) {
  return Object.assign({}, defaults, config.rules, ...matching.map((o) => o.rules));
}
function emptyConfig(dir) {
  return { dir, rules: {}, include: [], exclude: [], files: {}, intents: {}, catalog: {}, overrides: [], varFiles: [], runtimeClasses: [] };
}
function findConfig(start) {
  for (let dir = resolve6(start); ; dir = dirname11(dir)) {
    for (const name of CONFIG_NAMES) {
      const candidate = join7(dir, name);
      if (existsSync4(candidate)) return candidate;
    }
    if (existsSync4(join7(dir, ".git")) || dirname11(dir) === dir) return void 0;
  }
}
function loadConfig(path, cwd) {
  const read2 = readSource(path, { roots: [realpathOr(repositoryRootOf(dirname11(path)) ?? dirname11(path))], maxBytes: DEFAULT_MAX_FILE_BYTES });
  if (!read2.ok) throw new DataError(`Cannot read the configuration file ${relative3(cwd, path) || path}: ${read2.message}`);
  const text = read2.text;
  const catalogValidator = schemaValidator("catalog.schema.json");
  const { data: data2, lineOf } = parseYamlData(
    path,
    text,
    "config.schema.json",
    (config) => {
      const problems = [];
      if (config.maxFileSize !== void 0 && parseSize(config.maxFileSize) === void 0) {
        problems.push({ pointer: "/maxFileSize", message: `maxFileSize: "${config.maxFileSize}" is less than a byte; give a size such as 5MB, 500kB or 1048576` });
      }
      if (config.catalog !== void 0 && !catalogValidator(config.catalog)) {
        for (const e of catalogValidator.errors ?? []) {
          const shifted2 = { ...e, instancePath: `/catalog${e.instancePath}` };
          problems.push({ pointer: errorPointer(shifted2), message: describeSchemaError(shifted2) });
        }
      }
      return problems;
    },
    shownPath(cwd, path)
  );
  const dir = dirname11(path);
  const file = shownPath(cwd, path);
  const at = (keyPath) => {
    const line = lineOf(keyPath);
    return { file, startLine: line, startColumn: 1, endLine: line, endColumn: 2 };
  };
  const budget = { left: MAX_PATTERNS };
  const compile = (patterns, keyPath) => {
    try {
      return globMatcher(patterns, budget);
    } catch (e) {
      if (!(e instanceof TooManyPatterns)) throw e;
      throw new DataError(`${file}:${lineOf(keyPath)}: ${keyPath.join(".")}: ${e.message}; strata takes at most ${MAX_PATTERNS}`);
    }
  };
  for (const [format3, globs2] of Object.entries(data2.files ?? {})) compile(globs2 ?? [], ["files", format3]);
  return {
    path,
    dir,
    rules: data2.rules ?? {},
    include: (data2.include ?? []).map((p, i) => ({ path: resolve6(dir, p), location: at(["include", i]) })),
    exclude: data2.exclude ?? [],
    files: data2.files ?? {},
    intents: data2.intents ?? {},
    catalog: data2.catalog ?? {},
    overrides: (data2.overrides ?? []).map((o, i) => {
      const files = Array.isArray(o.files) ? o.files : [o.files];
      const match = compile(files, ["overrides", i]);
      const line = lineOf(["overrides", i]);
      return {
        files,
        needs: o.needs === void 0 ? void 0 : String(o.needs),
        rules: o.rules ?? {},
        reason: o.reason?.trim() || void 0,
        location: { file, startLine: line, startColumn: 1, endLine: line, endColumn: 2 },
        matches: (absolutePath) => {
          const rel = toPosix(relative3(dir, absolutePath));
          return !rel.startsWith("..") && match(rel);
        }
      };
    }),
    failOn: data2.failOn,
    varFiles: (data2.varFiles ?? []).map((f, i) => ({ path: resolve6(dir, f), location: at(["varFiles", i]) })),
    maxFileSize: data2.maxFileSize === void 0 ? void 0 : parseSize(data2.maxFileSize),
    runtimeClasses: Object.entries(data2.runtimeClasses ?? {}).map(([name, handler]) => ({ name, handler, location: at(["runtimeClasses", name]) }))
  };
}
function shownPath(cwd, path) {
  return toPosix(relative3(cwd, path)) || path;
}
var STARTER_CONFIG = `# yaml-language-server: $schema=./node_modules/strata-lint/rules/schemas/config.schema.json
# strata configuration. Every key is optional; \`strata explain <rule>\` documents each rule.

# Rule levels: off, note, warning or error.
rules:
  undeclared-need: note
  # unexplained-need: off

# Paths scanned when none are given on the command line, and paths never scanned
# (gitignore-style, relative to this file).
# include: [infra, deploy]
exclude:
  - "**/testdata/**"

# Extra file names per format (globs on the base name).
# files:
#   compose: ["stack*.yml"]
#   vagrant: ["Vagrantfile.*"]

# Needs by path: workloads in matching files need this stratum unless an annotation,
# tag, module call or file default says otherwise.
overrides:
  - files: ["envs/ci/**"]
    needs: hardware
    reason: "CI runners boot stock OS images for the installer tests"

# Words for needs= beyond rules/intents.yaml.
# intents:
#   trading-engine:
#     stratum: 3
#     meaning: "Pinned to dedicated hardware for latency"

# Extra catalog entries, in the built-in catalog's schema, e.g. an in-house provider.
# catalog:
#   technologies:
#     - id: acme-microvm
#       name: ACME micro-VM
#       stratum: 2
#       match: { format: terraform, kinds: [acme_microvm] }
#       rationale: "Firecracker-based VM with a guest kernel"
#       reference: https://wiki.example.com/acme-microvm

# Terraform variable files, read like -var-file.
# varFiles: [envs/prod.tfvars]

# Files larger than this are skipped with a diagnostic: bytes, or with kB, MB or GB.
# maxFileSize: 5MB

# The lowest level that fails the run (exit 1): error, warning, note or none.
failOn: error
`;

// src/formatters/inventory.ts
init_define_STRATA_DATA();
init_model();
init_escape();

// src/formatters/types.ts
init_define_STRATA_DATA();
function sourceLinksFrom(env) {
  const server = env.GITHUB_SERVER_URL?.replace(/\/+$/, "");
  const repository = env.GITHUB_REPOSITORY;
  const sha = env.GITHUB_SHA;
  if (!server || !/^https?:\/\/[A-Za-z0-9.-]+(:\d+)?(\/[A-Za-z0-9._~-]+)*$/.test(server)) return void 0;
  if (!repository || !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository)) return void 0;
  if (!sha || !/^[0-9a-f]{7,64}$/.test(sha)) return void 0;
  return { server, repository, sha };
}
function sourceUrl(location, options) {
  const links = options.sourceLinks;
  if (!links) return void 0;
  const path = fromRepositoryRoot(location.file, options).split("/").map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join("/");
  return `${links.server}/${links.repository}/blob/${links.sha}/${path}#L${location.startLine}`;
}
function fromRepositoryRoot(path, options) {
  if (!options.repositoryPrefix) return path;
  const parts = [];
  for (const part of `${options.repositoryPrefix}/${path}`.split("/")) {
    if (part === ".." && parts.length > 0 && parts[parts.length - 1] !== "..") parts.pop();
    else if (part !== "." && part !== "") parts.push(part);
  }
  return parts.join("/");
}
function diagnosticJson(d) {
  return { file: d.file, line: d.location?.startLine ?? null, column: d.location?.startColumn ?? null, level: d.level, message: d.message };
}

// src/formatters/inventory.ts
function inventoryJson(report) {
  return `${JSON.stringify(
    {
      version: 1,
      workloads: report.workloads.map((w) => ({
        file: w.file,
        format: w.format,
        address: w.address,
        location: { startLine: w.location.startLine, startColumn: w.location.startColumn, endLine: w.location.endLine, endColumn: w.location.endColumn },
        technology: w.technology,
        stratum: w.stratum,
        evidence: w.evidence.map((e) => ({
          reason: e.reason,
          location: { startLine: e.location.startLine, startColumn: e.location.startColumn }
        })),
        need: w.need?.stratum ?? null,
        needSource: w.need ? { kind: w.need.source.kind, file: w.need.source.location.file, line: w.need.source.location.startLine } : null
      })),
      diagnostics: fileProblems(report).map(diagnosticJson)
    },
    null,
    2
  )}
`;
}
function inventoryText(report) {
  const rows = report.workloads.map((w) => [
    printable(`${w.file}:${w.location.startLine}`),
    printable(w.address),
    w.technology,
    `${w.stratum} ${STRATUM_NAMES[w.stratum]}`,
    w.need ? `${w.need.stratum} ${STRATUM_NAMES[w.need.stratum]}` : "-",
    w.need ? printable(`${w.need.source.kind} ${w.need.source.location.file}:${w.need.source.location.startLine}`) : "-"
  ]);
  const header2 = ["location", "workload", "technology", "stratum", "need", "need from"];
  const widths = header2.map((h, i) => rows.reduce((width, r) => Math.max(width, r[i].length), h.length));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd();
  return `${[line(header2), ...rows.map(line)].join("\n")}

${report.workloads.length} workload(s) in ${report.files.length} file(s)
`;
}

// src/formatters/text.ts
init_define_STRATA_DATA();
init_model();
init_escape();
import { styleText } from "node:util";

// src/text/frame.ts
init_define_STRATA_DATA();
init_escape();
init_positions();
function codeFrame(index2, location, context = 1) {
  const first = Math.max(1, location.startLine - context);
  const last = Math.min(index2.lineCount, location.startLine + context);
  const width = String(last).length;
  const out = [];
  for (let line = first; line <= last; line++) {
    const raw = index2.lineText(line);
    const { start, end } = lineWindow(raw.length, location.startColumn);
    const text = raw.slice(start, end).replace(/\t/g, " ");
    const before = start > 0 ? "\u2026" : "";
    const shown2 = `${before}${printable(text)}${end < raw.length ? "\u2026" : ""}`;
    const marker = line === location.startLine ? ">" : " ";
    out.push(`${marker} ${String(line).padStart(width)} | ${shown2}`);
    if (line === location.startLine) {
      const from = Math.min(Math.max(start, location.startColumn - 1), end) - start;
      const to = Math.min(location.endLine === location.startLine ? location.endColumn - 1 : raw.length, end) - start;
      const pad = before.length + printable(text.slice(0, from)).length;
      const length = Math.max(1, printable(text.slice(from, Math.max(from, to))).length);
      out.push(`  ${" ".repeat(width)} | ${" ".repeat(pad)}${"^".repeat(length)}`);
    }
  }
  return out;
}
function frames(sources) {
  const indexes2 = /* @__PURE__ */ new Map();
  return (location) => {
    const source = sources.get(location.file);
    if (source === void 0) return [];
    let index2 = indexes2.get(location.file);
    if (!index2) {
      index2 = new LineIndex(source);
      indexes2.set(location.file, index2);
    }
    return codeFrame(index2, location);
  };
}

// src/formatters/text.ts
var style = styleText;
var colored = (format3, text) => style(format3, text, { validateStream: false });
var formatText = (report, options) => {
  const paint = (format3, text) => options.color ? colored(format3, text) : text;
  const levelStyle = { error: "red", warning: "yellow", note: "cyan" };
  const shown2 = report.findings.filter(isReported);
  const frameOf = frames(report.sources);
  const out = [];
  let currentFile;
  for (const finding of shown2) {
    if (finding.location.file !== currentFile) {
      currentFile = finding.location.file;
      if (out.length > 0) out.push("");
      out.push(paint("underline", printable(currentFile)));
    }
    const position = `${finding.location.startLine}:${finding.location.startColumn}`;
    out.push(`  ${paint("dim", position.padEnd(7))} ${paint(levelStyle[finding.level], finding.level.padEnd(7))} ${printable(finding.message)}  ${paint("dim", finding.ruleId)}`);
    for (const line of frameOf(finding.location)) out.push(`      ${paint("dim", line)}`);
    for (const related of finding.related) {
      out.push(`      ${paint("dim", `\u21B3 ${printable(related.location.file)}:${related.location.startLine}:${related.location.startColumn}`)} ${printable(related.message)}`);
    }
  }
  if (out.length > 0) out.push("");
  out.push(...summary(report, shown2, paint));
  return `${out.join("\n")}
`;
};
function summary(report, shown2, paint) {
  const lines = [];
  if (report.workloads.length > 0) {
    const header2 = ["stratum", "workloads", "needs declared", "findings"];
    const rows = [1, 2, 3].map((s) => {
      const here = report.workloads.filter((w) => w.stratum === s);
      const addresses = new Set(here.map((w) => `${w.file}\0${w.address}`));
      const findings = shown2.filter((f) => f.address !== void 0 && addresses.has(`${f.location.file}\0${f.address}`));
      return [`${s} ${STRATUM_NAMES[s]}`, String(here.length), String(here.filter((w) => w.need).length), String(findings.length)];
    });
    const elsewhere = shown2.length - rows.reduce((sum, row) => sum + Number(row[3]), 0);
    if (elsewhere > 0) rows.push(["no workload", "", "", String(elsewhere)]);
    const widths = header2.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells) => cells.map((c, i) => i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])).join("   ");
    lines.push(line(header2), ...rows.map(line), "");
  }
  const count = (level) => shown2.filter((f) => f.level === level).length;
  const suppressed = report.findings.filter((f) => f.suppressions.length > 0).length;
  const baselined = report.findings.filter((f) => f.suppressions.length === 0 && f.baselineState === "unchanged").length;
  const parts = [`${count("error")} error(s)`, `${count("warning")} warning(s)`, `${count("note")} note(s)`];
  const tail = [
    `${report.workloads.length} workload(s) in ${report.files.length} file(s)`,
    suppressed > 0 ? `${suppressed} suppressed` : "",
    baselined > 0 ? `${baselined} in the baseline` : "",
    report.staleBaseline ? `${report.staleBaseline} baseline entr${report.staleBaseline === 1 ? "y" : "ies"} no longer found` : "",
    report.diagnostics.length > 0 ? `${report.diagnostics.length} file problem(s) on stderr` : ""
  ].filter(Boolean);
  const headline = `${shown2.length} finding(s): ${parts.join(", ")}; ${tail.join("; ")}`;
  lines.push(shown2.length > 0 ? paint("bold", headline) : headline);
  return lines;
}
function formatDiagnosticsText(diagnostics, color) {
  if (diagnostics.length === 0) return "";
  const paint = (format3, text) => color ? colored(format3, text) : text;
  return `${diagnostics.map((d) => {
    const where3 = printable(d.location ? `${d.file}:${d.location.startLine}:${d.location.startColumn}` : d.file);
    const level = d.level === "error" ? paint("red", "error") : d.level === "warning" ? paint("yellow", "warning") : paint("cyan", "note");
    return `strata: ${level}: ${where3}: ${printable(d.message)}`;
  }).join("\n")}
`;
}

// src/cli.ts
init_model();

// src/baseline.ts
init_define_STRATA_DATA();
import { dirname as dirname12 } from "node:path";
init_model();
function baselineOf(report) {
  const file = {
    version: 1,
    findings: report.findings.filter(isReported).map((f) => ({ fingerprint: f.fingerprint, ruleId: f.ruleId, file: f.location.file, ...f.address ? { address: f.address } : {} }))
  };
  return `${JSON.stringify(file, null, 2)}
`;
}
function applyBaseline(report, path, shown2, maxBytes = DEFAULT_MAX_FILE_BYTES) {
  const read2 = readSource(path, { roots: [realpathOr(repositoryRootOf(dirname12(path)) ?? dirname12(path))], maxBytes });
  if (!read2.ok) throw new DataError(`Cannot read the baseline ${shown2}: ${read2.message}`);
  let data2;
  try {
    data2 = JSON.parse(read2.text);
  } catch (e) {
    throw new DataError(`Cannot read the baseline ${shown2}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const validate = schemaValidator("baseline.schema.json");
  if (!validate(data2)) {
    const problem = validate.errors?.[0];
    throw new DataError(`${shown2} is not a strata baseline: ${problem ? describeSchemaError(problem) : "it does not match rules/schemas/baseline.schema.json"}`);
  }
  const known = new Set(data2.findings.map((f) => f.fingerprint));
  const matched = /* @__PURE__ */ new Set();
  for (const finding of report.findings) {
    if (finding.suppressions.length > 0) continue;
    const inBaseline = known.has(finding.fingerprint);
    finding.baselineState = inBaseline ? "unchanged" : "new";
    if (inBaseline) matched.add(finding.fingerprint);
  }
  report.staleBaseline = known.size - matched.size;
}

// src/changed.ts
init_define_STRATA_DATA();
import { execFileSync } from "node:child_process";
import { statSync as statSync2 } from "node:fs";
import { dirname as dirname13, relative as relative4, resolve as resolve7 } from "node:path";
function git(cwd, args) {
  try {
    return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (e) {
    const stderr = e.stderr?.trim();
    throw new UsageError(`git ${args[0]} failed${stderr ? `: ${stderr.split("\n")[0]}` : ""}`);
  }
}
function changedFiles(cwd, ref) {
  if (ref.startsWith("-") || ref.trim() === "") throw new UsageError(`--changed-since takes a git ref, not "${ref}"`);
  let root;
  try {
    root = execFileSync("git", ["rev-parse", "--show-toplevel"], { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    throw new UsageError("--changed-since needs a git repository, and this is not one");
  }
  if (ref.startsWith("-")) throw new UsageError(`--changed-since takes a git ref, not "${ref}"`);
  const base = git(cwd, ["merge-base", "--end-of-options", "HEAD", ref]).trim();
  const names = [...git(root, ["diff", "--name-only", "-z", base, "--"]).split("\0"), ...git(root, ["ls-files", "--others", "--exclude-standard", "-z"]).split("\0")].filter(
    Boolean
  );
  return new Set(names.map((name) => realpathOr(resolve7(root, name))));
}
function onlyFiles(report, files, cwd) {
  const keep = (file) => files.has(realpathOr(resolve7(cwd, file)));
  report.findings = report.findings.filter((f) => keep(f.location.file));
  report.workloads = report.workloads.filter((w) => keep(w.file));
  report.diagnostics = report.diagnostics.filter((d) => keep(d.file));
  report.files = report.files.filter((f) => files.has(realpathOr(f.absolutePath)));
  if (report.fixes)
    report.fixes = { ...report.fixes, files: report.fixes.files.filter((f) => files.has(realpathOr(f.file.absolutePath))), notes: report.fixes.notes.filter((d) => keep(d.file)) };
}
function namedFilesInContext(cwd, paths) {
  if (paths.length === 0) return void 0;
  const named = /* @__PURE__ */ new Set();
  for (const path of paths) {
    try {
      if (!statSync2(resolve7(cwd, path)).isFile()) return void 0;
    } catch {
      return void 0;
    }
    named.add(realpathOr(resolve7(cwd, path)));
  }
  const context = repositoryRootOf(dirname13(resolve7(cwd, paths[0]))) ?? cwd;
  return { paths: [relative4(cwd, context) || ".", ...paths], named };
}

// src/profile.ts
init_define_STRATA_DATA();
var PHASES = ["discover", "read", "scan", "hcl2json", "classify", "rules", "report"];
var Profile = class {
  ms = { discover: 0, read: 0, scan: 0, hcl2json: 0, classify: 0, rules: 0, report: 0 };
  /** Adds the time since `since` (a performance.now() reading) to the phase; returns now. */
  lap(phase, since) {
    const now = performance.now();
    this.ms[phase] += now - since;
    return now;
  }
};

// src/ruledocs.ts
init_define_STRATA_DATA();
var REPOSITORY_URL = "https://github.com/strata-lint/strata";
function ruleDocUrl(id) {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${id}.md`;
}
function ruleMarkdown(meta) {
  return [
    `# ${meta.id}`,
    "",
    `${meta.title}.`,
    "",
    `Default level: **${meta.level}**. Tags: ${meta.tags.map((t) => `\`${t}\``).join(", ")}.`,
    "",
    "## Why",
    "",
    meta.description,
    "",
    "## How to fix",
    "",
    meta.help.fix,
    "",
    "## Bad",
    "",
    "```hcl",
    meta.help.bad,
    "```",
    "",
    "## Good",
    "",
    "```hcl",
    meta.help.good,
    "```",
    "",
    "## Suppressing",
    "",
    `Directly above or inside the workload: \`# strata-ignore: ${meta.id} reason="\u2026" [until=YYYY-MM-DD]\`.`,
    ""
  ].join("\n");
}
function ruleText(meta) {
  return [
    `${meta.id} (${meta.level})`,
    "",
    `${meta.title}.`,
    "",
    meta.description,
    "",
    `How to fix: ${meta.help.fix}`,
    "",
    "Bad:",
    indent(meta.help.bad),
    "",
    "Good:",
    indent(meta.help.good),
    "",
    `Suppress: # strata-ignore: ${meta.id} reason="\u2026" [until=YYYY-MM-DD]`,
    `Docs: ${ruleDocUrl(meta.id)}`,
    ""
  ].join("\n");
}
function indent(code) {
  return code.split("\n").map((l) => `    ${l}`).join("\n");
}

// src/catalogdocs.ts
init_define_STRATA_DATA();

// src/catalog.ts
init_define_STRATA_DATA();
import { readdirSync as readdirSync4 } from "node:fs";
import { join as join8 } from "node:path";
init_suggest();
init_model();
function loadCatalogFiles() {
  const dir = join8(rulesDir, "catalog");
  const files = readdirSync4(dir).filter((f) => f.endsWith(".yaml")).sort().map((file) => ({ file, ...loadYamlData(join8(dir, file), "catalog.schema.json") }));
  const technologies = files.flatMap((f) => f.technologies ?? []);
  resolveAlternatives(technologies);
  return { version: catalogVersion(files), technologies, breaches: files.flatMap((f) => f.breaches ?? []) };
}
function matchers(entry2) {
  return Array.isArray(entry2.match) ? entry2.match : [entry2.match];
}
function catalogVersion(files) {
  const versioned = files.filter((f) => f.version !== void 0);
  if (versioned.length !== 1)
    throw new DataError(`The catalog needs exactly one version (in rules/catalog/version.yaml); found ${versioned.map((f) => f.file).join(", ") || "none"}`);
  return versioned[0].version;
}
var Catalog = class _Catalog {
  constructor(technologies, breaches, version2 = "unknown") {
    this.technologies = technologies;
    this.breaches = breaches;
    this.version = version2;
    this.alternatives = resolveAlternatives(technologies);
    for (const technology of technologies) {
      for (const match of matchers(technology)) for (const kind of match.kinds) push(this.byKind, key(match.format, kind), { technology, match });
    }
    for (const list of this.byKind.values()) list.sort((a, b) => (b.match.when?.length ?? 0) - (a.match.when?.length ?? 0));
    for (const breach of breaches) {
      for (const match of matchers(breach)) for (const kind of match.kinds) push(this.breachesByKind, key(match.format, kind), { breach, match });
    }
  }
  technologies;
  breaches;
  version;
  byKind = /* @__PURE__ */ new Map();
  breachesByKind = /* @__PURE__ */ new Map();
  alternatives;
  static builtIn() {
    const bundled = bundledData("catalog", "catalog.schema.json");
    if (bundled) {
      return new _Catalog(bundled.technologies, bundled.breaches, bundled.version);
    }
    const { technologies, breaches, version: version2 } = loadCatalogFiles();
    return new _Catalog(technologies, breaches, version2);
  }
  /** The technology of this id (the first, where a config's entry shadows a built-in one). */
  technology(id) {
    return this.technologies.find((t) => t.id === id);
  }
  /** A technology's alternatives, resolved against the catalog. */
  alternativesOf(technology) {
    return this.alternatives.get(technology) ?? [];
  }
  /** The technologies a workload kind (`aws_instance`, `virtualbox`) may be, in any format, most specific first. */
  ofKind(kind) {
    const found = [...this.byKind.entries()].filter(([k]) => k.endsWith(`\0${kind}`)).flatMap(([, list]) => list.map((m) => m.technology));
    return [...new Set(found)];
  }
  knows(format3, kind) {
    return this.byKind.has(key(format3, kind));
  }
  classify(workload) {
    const candidates = this.byKind.get(key(workload.format, workload.kind));
    if (!candidates) return null;
    const evidence = [];
    const possible = /* @__PURE__ */ new Set();
    for (const { technology, match } of candidates) {
      const outcomes = (match.when ?? []).map((c) => ({ condition: c, outcome: test(c, workload.facts) }));
      if (outcomes.some((o) => o.outcome.holds === false)) continue;
      const unknown = outcomes.find((o) => o.outcome.holds === "unknown");
      if (unknown && unknown.outcome.holds === "unknown") {
        const fact = unknown.outcome.fact;
        possible.add(technology.stratum);
        evidence.push({
          reason: `unknown: ${fact.path} ${fact.value.reason}; it would be ${technology.name} (stratum ${technology.stratum}) if it ${describe(unknown.condition)}`,
          location: fact.location
        });
        continue;
      }
      possible.add(technology.stratum);
      evidence.unshift({
        reason: `${workload.kind} is ${technology.name}, stratum ${technology.stratum}: ${technology.rationale}`,
        location: workload.header
      });
      for (const { condition, outcome } of outcomes) {
        if (outcome.holds === true && outcome.fact) {
          const fact = outcome.fact;
          const what = condition.equals !== void 0 ? `${fact.path} = ${show(shownValue2(fact))}` : `${fact.path} = ${show(shownValue2(fact))} ${describe(condition)}`;
          evidence.splice(1, 0, {
            reason: fact.origin ? `${what} (the value is set at ${fact.origin.file}:${fact.origin.startLine})` : what,
            location: fact.origin ?? fact.location
          });
        }
      }
      evidence.push(...workload.context ?? []);
      return {
        technology: technology.id,
        technologyName: technology.name,
        stratum: technology.stratum,
        possibleStrata: [...possible].sort(),
        nestedVirtualization: technology.nested === true,
        sharesHostKernel: technology.hostKernel ?? technology.stratum === 1,
        isolationBreaches: this.breachesOf(workload),
        evidence,
        alternatives: this.alternativesOf(technology)
      };
    }
    return null;
  }
  breachesOf(workload) {
    const found = [];
    for (const { breach, match } of this.breachesByKind.get(key(workload.format, workload.kind)) ?? []) {
      const outcomes = (match.when ?? []).map((c) => test(c, workload.facts));
      if (outcomes.length === 0 || !outcomes.every((o) => o.holds === true)) continue;
      const fact = outcomes.map((o) => o.holds === true ? o.fact : void 0).find(Boolean);
      found.push({
        reason: fact ? `${breach.reason} (${fact.path} = ${show(shownValue2(fact))})` : breach.reason,
        location: fact?.location ?? workload.header
      });
    }
    return found;
  }
};
function resolveAlternatives(technologies) {
  const byId2 = /* @__PURE__ */ new Map();
  for (const technology of technologies) if (!byId2.has(technology.id)) byId2.set(technology.id, technology);
  const resolved = /* @__PURE__ */ new Map();
  const problems = [];
  for (const technology of technologies) {
    const list = [];
    for (const entry2 of technology.alternatives ?? []) {
      const note3 = entry2.note === void 0 ? {} : { note: entry2.note };
      let alternative;
      if ("technology" in entry2) {
        const target = byId2.get(entry2.technology);
        if (!target) {
          const near = closest(entry2.technology, [...byId2.keys()]);
          problems.push(`catalog technology ${technology.id}: its alternative "${entry2.technology}" is no technology of the catalog${near ? `; did you mean "${near}"?` : ""}`);
          continue;
        }
        alternative = { technology: target.id, name: target.name, stratum: target.stratum, reference: target.reference, ...note3 };
      } else {
        alternative = { name: entry2.name, stratum: entry2.stratum, reference: entry2.reference, ...note3 };
      }
      if (alternative.stratum >= technology.stratum) {
        problems.push(
          `catalog technology ${technology.id} (stratum ${technology.stratum}): its alternative ${alternative.technology ?? JSON.stringify(alternative.name)} serves stratum ${alternative.stratum}; an alternative must serve a lower stratum`
        );
        continue;
      }
      list.push(alternative);
    }
    resolved.set(technology, list);
  }
  if (problems.length > 0) throw new DataError(problems.join("; "), problems);
  return resolved;
}
function key(format3, kind) {
  return `${format3}\0${kind}`;
}
function push(map, k, value2) {
  const list = map.get(k);
  if (list) list.push(value2);
  else map.set(k, [value2]);
}
function test(condition, facts) {
  const path = condition.attribute;
  const relevant = facts.filter((f) => f.path === path || f.path.startsWith(`${path}.`));
  if (condition.present !== void 0) {
    const set = relevant.find((f) => f.value !== null);
    if (condition.present) return set ? { holds: true, fact: set } : { holds: false };
    return set ? { holds: false } : { holds: true };
  }
  let unknownFact;
  for (const fact of relevant) {
    if (fact.path !== path) continue;
    const result = testValue(condition, fact.value);
    if (result === true) return { holds: true, fact };
    if (result === "unknown") unknownFact ??= fact;
  }
  return unknownFact ? { holds: "unknown", fact: unknownFact } : { holds: false };
}
function testValue(condition, value2) {
  if (value2 instanceof Unknown) return "unknown";
  if (Array.isArray(value2)) {
    let sawUnknown = false;
    for (const element of value2) {
      const r = testValue(condition, element);
      if (r === true) return true;
      if (r === "unknown") sawUnknown = true;
    }
    return sawUnknown ? "unknown" : false;
  }
  if (value2 === null || typeof value2 === "object") return false;
  const text = String(value2).toLowerCase();
  if (condition.equals !== void 0) return text === String(condition.equals).toLowerCase();
  if (condition.oneOf !== void 0) return condition.oneOf.some((v) => String(v).toLowerCase() === text);
  if (condition.glob !== void 0) return globs(condition.glob).some((matches) => matches(text));
  return false;
}
var globCache = /* @__PURE__ */ new Map();
function globs(glob) {
  return (Array.isArray(glob) ? glob : [glob]).map((g) => {
    let matcher = globCache.get(g);
    if (!matcher) {
      matcher = wildcardMatcher(g.toLowerCase());
      globCache.set(g, matcher);
    }
    return matcher;
  });
}
function describeMatch(match) {
  const when = (match.when ?? []).map((c) => `${c.attribute} ${describe(c)}`);
  return `${match.format} ${match.kinds.join(", ")}${when.length > 0 ? ` when ${when.join(" and ")}` : ""}`;
}
function describe(condition) {
  if (condition.equals !== void 0) return `equals ${JSON.stringify(condition.equals)}`;
  if (condition.oneOf !== void 0) return `is one of ${condition.oneOf.map((v) => JSON.stringify(v)).join(", ")}`;
  if (condition.glob !== void 0) {
    const list = Array.isArray(condition.glob) ? condition.glob : [condition.glob];
    return `matches ${list.map((g) => JSON.stringify(g)).join(" or ")}`;
  }
  return condition.present ? "is set" : "is not set";
}
function shownValue2(fact) {
  return "written" in fact ? fact.written : fact.value;
}
function show(value2) {
  if (value2 instanceof Unknown) return "(unknown)";
  return JSON.stringify(value2);
}

// src/catalogdocs.ts
init_escape();
function technologyText(technology, alternatives) {
  const lines = [
    `${technology.id}: ${technology.name}, ${stratumLabel(technology.stratum)}`,
    "",
    technology.rationale,
    "",
    ...matchers(technology).map((m) => `Matches: ${describeMatch(m)}`),
    `Reference: ${technology.reference}`,
    ""
  ];
  if (alternatives.length === 0) {
    lines.push(technology.stratum === 1 ? "Lighter alternatives: none, stratum 1 is the lightest." : "Lighter alternatives: none in the catalog.");
  } else {
    lines.push("Lighter alternatives:");
    for (const a of alternatives) {
      lines.push(`  ${stratumLabel(a.stratum)}: ${a.name}${a.technology ? ` (${a.technology})` : ""}`, `      ${a.reference}`);
      if (a.note) lines.push(`      ${a.note}`);
    }
  }
  return `${lines.map(printable).join("\n")}
`;
}
function technologyExplanation(name, catalog) {
  const technology = catalog.technology(name.toLowerCase());
  if (technology) return technologyText(technology, catalog.alternativesOf(technology));
  const ofKind = catalog.ofKind(name);
  if (ofKind.length === 0) return void 0;
  const header2 = `${printable(name)}: ${ofKind.length} catalog ${ofKind.length === 1 ? "technology" : "technologies"}, the most specific first (the first whose conditions hold decides)

`;
  return header2 + ofKind.map((t) => technologyText(t, catalog.alternativesOf(t))).join("\n");
}

// src/fix/outcome.ts
init_define_STRATA_DATA();

// src/fix/diff.ts
init_define_STRATA_DATA();
init_escape();

// src/fix/lines.ts
init_define_STRATA_DATA();
var BOM = "\uFEFF";
function splitLines(text) {
  return text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}
function withoutBreak(line) {
  return line.replace(/(?:\r\n|\r|\n)$/, "");
}
function lineBreakFor(lines, line) {
  return /\r\n|\r|\n$/.exec(line)?.[0] ?? /\r\n|\r|\n/.exec(lines.join(""))?.[0] ?? "\n";
}
function overlaps(a, b) {
  const [first, second] = a.line <= b.line ? [a, b] : [b, a];
  if (second.line < first.line + first.deleteCount) return true;
  return first.line === second.line && first.deleteCount > 0 && second.deleteCount > 0;
}
function applyChanges(text, changes) {
  const bom = text.startsWith(BOM);
  const lines = splitLines(bom ? text.slice(BOM.length) : text);
  const ordered = [...changes].sort((a, b) => b.line - a.line || b.deleteCount - a.deleteCount);
  for (const change of ordered) {
    const insert = change.line === 1 && change.insert[0]?.startsWith(BOM) ? [change.insert[0].slice(BOM.length), ...change.insert.slice(1)] : change.insert;
    lines.splice(change.line - 1, change.deleteCount, ...insert);
  }
  return (bom ? BOM : "") + lines.join("");
}
function explicitBom(text, changes) {
  const first = changes.filter((c) => c.line === 1);
  if (!text.startsWith(BOM) || first.length === 0) return [...changes];
  const lines = splitLines(text);
  const deleting = first.find((c) => c.deleteCount > 0);
  const insert = [...first.filter((c) => c.deleteCount === 0).flatMap((c) => c.insert), ...deleting?.insert ?? []].map((l) => l.replace(/^\uFEFF/, ""));
  let deleteCount = deleting?.deleteCount ?? 0;
  if (deleteCount === 0 || insert.length === 0 && deleteCount < lines.length) insert.push(lines[deleteCount++].replace(/^\uFEFF/, ""));
  insert[0] = BOM + (insert[0] ?? "");
  return [{ line: 1, deleteCount, insert }, ...changes.filter((c) => c.line !== 1)];
}
function newLineOf(line, changes) {
  let shift = 0;
  for (const c of changes) if (c.line + c.deleteCount <= line) shift += c.insert.length - c.deleteCount;
  return line + shift;
}
function replacementOf(change, lines) {
  const end = change.line + change.deleteCount;
  const last = lines[lines.length - 1];
  const endsFile = end > lines.length && last !== void 0 && !/[\r\n]$/.test(last);
  return {
    startLine: change.line,
    startColumn: 1,
    endLine: endsFile ? lines.length : end,
    endColumn: endsFile ? last.length + 1 : 1,
    text: change.insert.join("")
  };
}

// src/fix/diff.ts
var CONTEXT = 3;
var NO_NEWLINE = "\\ No newline at end of file";
function unifiedDiff(path, text, changes) {
  const lines = splitLines(text);
  const ordered = [...changes].sort((a, b) => a.line - b.line || a.deleteCount - b.deleteCount);
  if (ordered.length === 0) return "";
  const out = [`--- a/${printable(path)}
`, `+++ b/${printable(path)}
`];
  let shift = 0;
  for (let first = 0; first < ordered.length; ) {
    let last = first;
    while (last + 1 < ordered.length && ordered[last + 1].line - (ordered[last].line + ordered[last].deleteCount) <= 2 * CONTEXT) last++;
    const hunk = ordered.slice(first, last + 1);
    const start = Math.max(1, hunk[0].line - CONTEXT);
    const end = Math.min(lines.length, hunk[hunk.length - 1].line + hunk[hunk.length - 1].deleteCount - 1 + CONTEXT);
    const body = [];
    let oldCount = 0;
    let newCount = 0;
    const show2 = (sign, line) => {
      const content = withoutBreak(line);
      const lineBreak = line.slice(content.length);
      body.push(`${sign}${content.split("	").map(printable).join("	")}${lineBreak || `
${NO_NEWLINE}
`}`);
    };
    let at = start;
    for (const change of hunk) {
      for (; at < change.line; at++, oldCount++, newCount++) show2(" ", lines[at - 1]);
      for (let i = 0; i < change.deleteCount; i++, at++, oldCount++) show2("-", lines[at - 1]);
      for (const line of change.insert) {
        show2("+", line);
        newCount++;
      }
    }
    for (; at <= end; at++, oldCount++, newCount++) show2(" ", lines[at - 1]);
    const newStart = start + shift;
    out.push(`@@ -${range(start, oldCount)} +${range(newStart, newCount)} @@
`, ...body);
    for (const change of hunk) shift += change.insert.length - change.deleteCount;
    first = last + 1;
  }
  return out.join("");
}
function range(start, count) {
  if (count === 0) return `${start - 1},0`;
  return count === 1 ? `${start}` : `${start},${count}`;
}

// src/fix/write.ts
init_define_STRATA_DATA();
import { randomBytes } from "node:crypto";
import { chmodSync, chownSync, lstatSync as lstatSync2, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename as basename5, dirname as dirname14, join as join9 } from "node:path";
function applyFixPlan(plan, dryRun = false) {
  const written = [];
  const notes = [];
  for (const fix of plan.files) {
    const result = writeFixed(fix.file.absolutePath, fix.text, dryRun ? void 0 : applyChanges(fix.text, fix.changes), plan.policy);
    if (result.ok) written.push(fix);
    else notes.push({ file: fix.file.path, message: result.message, level: "note" });
  }
  return { written, notes };
}
function writeFixed(absolutePath, expected, fixed, { roots, maxBytes }) {
  const refuse = (message) => ({ ok: false, message });
  let stats;
  try {
    stats = lstatSync2(absolutePath);
    if (stats.isSymbolicLink()) return refuse("Not fixed: it is a symbolic link, and strata never writes through one");
    if (!stats.isFile()) return refuse("Not fixed: not a regular file");
  } catch (e) {
    return refuse(`Not fixed: cannot read it again (${e.code ?? "error"})`);
  }
  const real = realpathOr(absolutePath);
  if (!roots.some((root) => insideWithoutGit(root, real))) return refuse("Not fixed: it lies outside the scanned directories");
  const bytes = readConfined(real, { roots, maxBytes });
  if (!Buffer.isBuffer(bytes)) return refuse(`Not fixed: ${bytes.message}`);
  if (bytes.length >= 2 && (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255)) {
    return refuse("Not fixed: it is UTF-16, and strata writes only UTF-8 files");
  }
  if (bytes.toString("utf8") !== expected) return refuse("Not fixed: the file changed since strata read it; run again");
  if (fixed === void 0) return { ok: true };
  const temp = join9(dirname14(real), `.${basename5(real)}.strata-${randomBytes(6).toString("hex")}.tmp`);
  const mode = stats.mode & 4095;
  try {
    writeFileSync(temp, fixed, { flag: "wx", mode });
    if (stats.uid !== process.getuid?.() || stats.gid !== process.getgid?.()) keepOwner(temp, stats);
    chmodSync(temp, mode);
    renameSync(temp, real);
    return { ok: true };
  } catch (e) {
    rmSync(temp, { force: true });
    return refuse(`Not fixed: cannot write it (${e.code ?? String(e)})`);
  }
}
function keepOwner(path, { uid, gid }) {
  try {
    chownSync(path, uid, gid);
  } catch (e) {
    if (!["EPERM", "EINVAL"].includes(e.code ?? "")) throw e;
  }
}

// src/fix/outcome.ts
function carryOut(plan, dryRun) {
  const { written, notes } = applyFixPlan(plan, dryRun);
  return {
    ...dryRun ? { diff: written.map((f) => unifiedDiff(f.file.path, f.text, f.changes)).join("") } : {},
    summary: summary2(written, dryRun ? "would write" : "wrote"),
    notes: [...plan.notes, ...notes],
    failed: plan.files.length - written.length
  };
}
function summary2(files, verb) {
  const annotations = files.reduce((n, f) => n + f.annotations, 0);
  const removals = files.reduce((n, f) => n + f.removals, 0);
  const what = [`${annotations} annotation(s)`, ...removals > 0 ? [`removed ${removals} unused suppression(s)`] : []].join(", ");
  return `strata: ${verb} ${what} in ${files.length} file(s)
`;
}

// src/print-config.ts
init_define_STRATA_DATA();
import { relative as relative5, resolve as resolve8 } from "node:path";
function printConfig(file, config, ruleLevels, cwd) {
  const absolutePath = resolve8(cwd, file);
  const shown2 = (path) => toPosix(relative5(cwd, path)) || ".";
  const matching = config ? overridesFor(config, absolutePath) : [];
  const rules2 = config ? ruleLevelsFor(config, matching, ruleLevels) : { ...ruleLevels };
  const need = matching.find((o) => o.needs !== void 0);
  return `${JSON.stringify(
    {
      file: shown2(absolutePath),
      config: config?.path ? shown2(config.path) : null,
      rules: rules2,
      need: need ? { needs: need.needs, reason: need.reason ?? null, from: `${need.location.file}:${need.location.startLine}` } : null,
      overrides: matching.map((o) => `${o.location.file}:${o.location.startLine}`),
      failOn: config?.failOn ?? "error",
      include: (config?.include ?? []).map((p) => shown2(p.path)),
      exclude: config?.exclude ?? [],
      files: config?.files ?? {},
      intents: Object.keys(config?.intents ?? {}),
      varFiles: (config?.varFiles ?? []).map((p) => shown2(p.path)),
      maxFileSize: config?.maxFileSize ?? null
    },
    null,
    2
  )}
`;
}

// src/scan.ts
init_define_STRATA_DATA();
init_arrays();

// src/engine.ts
init_define_STRATA_DATA();
init_arrays();
init_escape();
import { createHash } from "node:crypto";
var MESSAGE_LENGTH = 2e3;
function evaluate3(input, allRules) {
  const levels = input.levels ?? {};
  const rules2 = allRules.filter((r) => levels[r.meta.id] !== "off" || input.levelsFor);
  const levelOf = (rule11, report) => {
    const configured = levels[rule11.meta.id];
    return configured && configured !== "off" ? configured : report.level ?? rule11.meta.level;
  };
  const findings = [];
  const fingerprints = new Fingerprints();
  const used = /* @__PURE__ */ new Map();
  for (const problem of input.fileProblems ?? []) {
    const location = problem.location ?? { file: problem.file, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
    for (const rule11 of rules2) {
      if (rule11.scope !== "file") continue;
      for (const report of rule11.check(problem)) {
        findings.push({
          ruleId: rule11.meta.id,
          level: levelOf(rule11, report),
          message: clip(report.message, MESSAGE_LENGTH),
          location,
          related: [],
          fingerprint: fingerprints.next(rule11.meta.id, problem.file, report.message),
          suppressions: []
        });
      }
    }
  }
  for (const workload of input.workloads) {
    const own = [];
    for (const rule11 of rules2) {
      if (rule11.scope !== "workload") continue;
      for (const report of rule11.check(workload)) {
        own.push({
          ruleId: rule11.meta.id,
          level: levelOf(rule11, report),
          message: clip(workload.renderedFrom ? `${report.message} (rendered from ${workload.renderedFrom})` : report.message, MESSAGE_LENGTH),
          location: workload.header,
          related: resolveRelated(report, workload),
          fingerprint: fingerprints.next(rule11.meta.id, workload.file, workload.address),
          address: workload.address,
          suppressions: [],
          ...report.alternatives ? { alternatives: report.alternatives } : {},
          ...report.fix ? { fixable: report.fix } : {}
        });
      }
    }
    const suppressions = workload.annotations.filter((a) => a.kind === "suppression" && !isExpired(a, input.today) && input.inlineIgnores !== false);
    for (const finding of own) {
      for (const suppression of suppressions) {
        if (!suppression.rules.includes(finding.ruleId)) continue;
        finding.suppressions.push({ kind: "inSource", justification: suppression.reason ?? "", location: suppression.location });
        const rulesUsed = used.get(suppression);
        if (rulesUsed) rulesUsed.add(finding.ruleId);
        else used.set(suppression, /* @__PURE__ */ new Set([finding.ruleId]));
      }
    }
    append(findings, own);
  }
  const annotations = [...input.workloads.flatMap((w) => w.annotations), ...input.looseAnnotations];
  for (const annotation of annotations) {
    if (annotation.kind === "suppression" && input.inlineIgnores === false) continue;
    const state = {
      annotation,
      expired: annotation.kind === "suppression" && isExpired(annotation, input.today),
      usedRules: used.get(annotation) ?? /* @__PURE__ */ new Set()
    };
    for (const rule11 of rules2) {
      if (rule11.scope !== "annotation") continue;
      for (const report of rule11.check(state)) {
        findings.push({
          ruleId: rule11.meta.id,
          level: levelOf(rule11, report),
          message: clip(report.message, MESSAGE_LENGTH),
          location: annotation.location,
          related: [],
          fingerprint: fingerprints.next(rule11.meta.id, annotation.location.file, annotation.source),
          suppressions: [],
          ...report.fix ? { fixable: report.fix } : {}
        });
      }
    }
  }
  return (input.levelsFor ? applyPathLevels(findings, levels, input.levelsFor) : findings).sort(compareFindings);
}
function applyPathLevels(findings, levels, levelsFor) {
  const out = [];
  for (const finding of findings) {
    const setting = (levelsFor(finding.location.file) ?? levels)[finding.ruleId];
    if (setting === "off") continue;
    if (setting) finding.level = setting;
    out.push(finding);
  }
  return out;
}
function isExpired(suppression, today2) {
  return suppression.until !== void 0 && suppression.until < today2;
}
function resolveRelated(report, workload) {
  const related = [];
  const seen = /* @__PURE__ */ new Set();
  const add = (location, message, role) => {
    const key2 = `${location.file}\0${location.startLine}\0${location.startColumn}\0${location.endLine}\0${location.endColumn}`;
    if (seen.has(key2)) return;
    seen.add(key2);
    related.push({ location, message: clip(message, MESSAGE_LENGTH), role });
  };
  for (const ref of report.related ?? []) resolveRef(ref, workload, add);
  return related;
}
function resolveRef(ref, w, add) {
  switch (ref.to) {
    case "need":
      if (w.need) {
        add(w.need.source.location, `need declared here (${w.need.source.kind}): needs=${w.need.needs}`, "need");
        if (w.need.source.call) add(w.need.source.call, "the module call that loads this workload", "module-call");
      }
      return;
    case "decision":
      for (const e of w.evidence) if (!sameLocation(e.location, w.header)) add(e.location, e.reason, "decision");
      return;
    case "breaches":
      for (const e of w.isolationBreaches) add(e.location, e.reason, "breach");
      return;
  }
}
function sameLocation(a, b) {
  return a.file === b.file && a.startLine === b.startLine && a.startColumn === b.startColumn && a.endLine === b.endLine && a.endColumn === b.endColumn;
}
var Fingerprints = class {
  seen = /* @__PURE__ */ new Map();
  next(ruleId, file, subject) {
    const base = `${ruleId}\0${file}\0${subject}`;
    const n = this.seen.get(base) ?? 0;
    this.seen.set(base, n + 1);
    return createHash("sha256").update(n === 0 ? base : `${base}\0${n}`).digest("hex").slice(0, 32);
  }
};
var LEVEL_ORDER = { error: 0, warning: 1, note: 2 };
function compareFindings(a, b) {
  return compareLocations(a.location, b.location) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}
function compareLocations(a, b) {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.startLine - b.startLine || a.startColumn - b.startColumn;
}

// src/scan.ts
init_needs();

// src/fix/plan.ts
init_define_STRATA_DATA();
init_annotations();
async function planFixes(input, request, reparse) {
  const notes = [];
  const note3 = (location, message) => notes.push({ file: location.file, location, message, level: "note" });
  const files = new Map(input.files.map((f) => [f.path, f]));
  const wanted = /* @__PURE__ */ new Map();
  for (const finding of input.findings) {
    if (!finding.fixable || !request.kinds.includes(finding.fixable.kind) || finding.suppressions.length > 0) continue;
    pushTo(wanted, finding.location.file, finding);
  }
  const planned = [];
  for (const [path, findings] of wanted) {
    const file = files.get(path);
    const text = input.sources.get(path);
    const at = findings[0].location;
    if (!file || text === void 0) note3(at, "Not fixed: the file is not among the scanned files (strata fixes only the files it scans)");
    else if (input.broken.has(path)) note3(at, "Not fixed: the file has a parse error; fix that first");
    else {
      const fixed = await planFile(file, text, findings, request, reparse, note3);
      if (fixed) planned.push(fixed);
    }
  }
  planned.sort((a, b) => a.file.path < b.file.path ? -1 : a.file.path > b.file.path ? 1 : 0);
  return { files: planned, notes, policy: input.policy };
}
async function planFile(file, text, findings, request, reparse, note3) {
  const lines = splitLines(text);
  let annotations = annotationCandidates(file, text, lines, findings, request, note3);
  const removals = [];
  for (const finding of findings) {
    if (finding.fixable?.kind !== "remove-suppression") continue;
    const change = suppressionRemoval(lines, finding.location, finding.fixable.rules);
    if (typeof change === "string") note3(finding.location, `Not fixed: ${change}`);
    else removals.push({ change, findings: [finding], description: `Remove the unused strata-ignore: ${finding.fixable.rules.join(",")}` });
  }
  const accepted = [];
  for (const candidate of [...annotations, ...removals]) {
    if (accepted.some((a) => overlaps(a.change, candidate.change))) note3(candidate.findings[0].location, "Not fixed in this run: another fix changes the same line; run again");
    else accepted.push(candidate);
  }
  annotations = annotations.filter((a) => accepted.includes(a));
  for (let round = 1; annotations.length > 0; round++) {
    const changes2 = accepted.map((a) => a.change);
    const parsed2 = await reparse(file, applyChanges(text, changes2));
    const broke = parsed2.diagnostics.some((d) => d.level !== "note") || round > MAX_ROUNDS;
    const owners = annotationOwners(parsed2);
    const wrong = annotations.filter((a) => broke || !attachesAsMeant(a, owners, changes2));
    if (wrong.length === 0) break;
    for (const a of wrong) {
      note3(a.findings[0].location, "Not annotated: a comment written above this line would not belong to this workload alone; write its need by hand or in the config");
      accepted.splice(accepted.indexOf(a), 1);
    }
    annotations = annotations.filter((a) => !wrong.includes(a));
  }
  if (accepted.length === 0) return void 0;
  const changes = explicitBom(
    text,
    accepted.map((a) => a.change)
  ).sort((a, b) => a.line - b.line);
  for (const candidate of accepted) {
    const change = candidate.change.line === 1 ? changes[0] : candidate.change;
    for (const finding of candidate.findings) finding.fix = { description: candidate.description, file: file.path, changes: [change] };
  }
  return {
    file,
    text,
    changes,
    annotations: annotations.length,
    removals: accepted.length - annotations.length
  };
}
function annotationCandidates(file, text, lines, findings, request, note3) {
  const declare = findings.filter((f) => f.fixable?.kind === "declare-need");
  if (declare.length === 0) return [];
  const marker = formatModule(file.format).lineComment?.(file.path, text);
  if (marker === void 0) {
    note3(
      declare[0].location,
      `Not annotated: ${formatModule(file.format).displayName} in this file cannot hold a comment; declare the needs in the config's overrides (needs:) or as data (a strata:needs tag or label)`
    );
    return [];
  }
  const byLine = /* @__PURE__ */ new Map();
  for (const finding of declare) pushTo(byLine, finding.location.startLine, finding);
  const candidates = [];
  for (const [line, group] of byLine) {
    const words = new Set(group.map((f) => request.needs ?? f.fixable.needs));
    const [needs] = words;
    if (needs === void 0) {
      note3(group[0].location, "Not annotated: which stratum it runs on depends on values strata cannot know; write its need by hand, or give --needs");
      continue;
    }
    if (words.size > 1) {
      note3(group[0].location, `Not annotated: ${group.map((f) => f.address).join(", ")} start on this line and run on different strata; write their needs by hand`);
      continue;
    }
    const header2 = lines[line - 1];
    const indent2 = /^[ \t]*/.exec(header2.replace(/^\uFEFF/, ""))[0];
    const comment = `${marker} strata: needs=${needs} reason="${PLACEHOLDER}"`;
    candidates.push({
      change: { line, deleteCount: 0, insert: [`${indent2}${comment}${lineBreakFor(lines, header2)}`] },
      findings: group,
      description: `Declare the need: write ${comment} above ${group.length === 1 ? group[0].address : "these workloads"}`,
      needs
    });
  }
  return candidates;
}
var MAX_ROUNDS = 3;
function annotationOwners(parsed2) {
  const byLine = /* @__PURE__ */ new Map();
  for (const workload of parsed2.workloads) {
    const lines = /* @__PURE__ */ new Map();
    for (const a of workload.annotations) pushTo(lines, a.location.startLine, a);
    for (const [line, annotations] of lines) pushTo(byLine, line, { workload, annotations });
  }
  return { byLine, loose: new Set(parsed2.fileAnnotations.map((a) => a.location.startLine)) };
}
function pushTo(map, key2, value2) {
  const list = map.get(key2);
  if (list) list.push(value2);
  else map.set(key2, [value2]);
}
function attachesAsMeant(candidate, owners, changes) {
  const headerLine = newLineOf(candidate.change.line, changes);
  const commentLine = headerLine - 1;
  if (owners.loose.has(commentLine)) return false;
  const targets = /* @__PURE__ */ new Set();
  for (const { address = "" } of candidate.findings) {
    targets.add(address);
    for (let slash = address.indexOf("/"); slash >= 0; slash = address.indexOf("/", slash + 1)) targets.add(address.slice(slash + 1));
  }
  let found = 0;
  for (const { workload, annotations } of owners.byLine.get(commentLine) ?? []) {
    if (workload.header.startLine !== headerLine || !targets.has(workload.address)) return false;
    if (annotations.some((a) => a.kind === "need" && a.needs === candidate.needs)) found++;
  }
  return found === candidate.findings.length;
}
function suppressionRemoval(lines, at, remove) {
  const raw = lines[at.startLine - 1];
  if (raw === void 0 || at.endLine !== at.startLine) return "the suppression is not on one line";
  const line = withoutBreak(raw);
  const lineBreak = raw.slice(line.length);
  const before = line.slice(0, at.startColumn - 1);
  const directive = line.slice(at.startColumn - 1, at.endColumn - 1);
  const after = line.slice(at.endColumn - 1);
  const words = suppressionRuleWords(directive);
  const kept = words.flatMap((w) => w.value.split(",").filter((r) => r !== "" && !remove.includes(r)));
  if (kept.length > 0) {
    let rewritten = directive;
    for (const word of [...words].reverse()) {
      const rules2 = word.value.split(",").filter((r) => r !== "" && !remove.includes(r));
      const end = rules2.length > 0 ? word.end : word.end + /^\s*/.exec(rewritten.slice(word.end))[0].length;
      rewritten = rewritten.slice(0, word.start) + rules2.join(",") + rewritten.slice(end);
    }
    return { line: at.startLine, deleteCount: 1, insert: [`${before}${rewritten}${after}${lineBreak}`] };
  }
  const marker = /(#|\/\/|\/\*)[\s*]*$/.exec(before);
  if (!marker) return "the comment marker is not on the suppression\u2019s line";
  if (!(marker[1] === "/*" ? /^\s*\*\/\s*$/ : /^\s*$/).test(after)) return "the comment holds more than the suppression";
  const code = before.slice(0, marker.index);
  if (/\S/.test(code.replace(/^\uFEFF/, ""))) return { line: at.startLine, deleteCount: 1, insert: [`${code.trimEnd()}${lineBreak}`] };
  if (lineBreak === "" && at.startLine > 1) return { line: at.startLine - 1, deleteCount: 2, insert: [withoutBreak(lines[at.startLine - 2])] };
  return { line: at.startLine, deleteCount: 1, insert: [] };
}

// src/parse.ts
init_define_STRATA_DATA();
init_arrays();
import { basename as basename6, resolve as resolve9 } from "node:path";
init_hcl2json();
async function parseAll(input) {
  const { files, reader, context, profile } = input;
  const diagnostics = [];
  let mark = performance.now();
  const pending = files.map((file, index2) => {
    input.onProgress?.(index2 + 1, files.length);
    const read2 = reader.read(file.absolutePath);
    if (profile) mark = profile.lap("read", mark);
    if (!read2.ok) {
      const at = read2.line !== void 0 ? { file: file.path, startLine: read2.line, startColumn: read2.column ?? 1, endLine: read2.line, endColumn: (read2.column ?? 1) + 1 } : void 0;
      diagnostics.push({ file: file.path, location: at, message: read2.message, level: "error" });
      return void 0;
    }
    const parsed3 = parseFile(file, read2.text, context).catch((e) => crashed(file.path, e));
    if (profile) mark = profile.lap("scan", mark);
    return parsed3;
  });
  const hcl2jsonBefore = profile ? hcl2jsonMilliseconds() : 0;
  const parsed2 = await Promise.all(pending);
  const varFiles = readVarFiles(input, diagnostics);
  const plans = readPlans(input);
  for (const format3 of FORMATS) {
    if (!format3.link) continue;
    const own = files.flatMap((file, i) => parsed2[i] && file.format === format3.id ? [{ absolutePath: file.absolutePath, parsed: parsed2[i] }] : []);
    const offered = varFiles.filter((f) => (formatByName(basename6(f.path)) ?? format3.id) === format3.id);
    const linked = await format3.link(own, { varFiles: offered, plans, context, runtimeClasses: input.config.runtimeClasses });
    append(diagnostics, linked.diagnostics);
    for (const { parsed: file } of own) file.workloads = file.workloads.map((w) => ({ ...w, ...linked.resolved.get(w) }));
    for (const [file, added] of linked.added ?? []) append(file.workloads, added);
  }
  if (profile) {
    profile.lap("scan", mark);
    const waited = hcl2jsonMilliseconds() - hcl2jsonBefore;
    profile.ms.scan -= waited;
    profile.ms.hcl2json += waited;
  }
  return { parsed: parsed2, diagnostics };
}
function readVarFiles(input, diagnostics) {
  const { reader, context } = input;
  const varFiles = [];
  for (const { path, location } of input.config.varFiles) {
    const read2 = reader.read(path);
    if (read2.ok) varFiles.push({ path: context.displayPath(path), text: read2.text });
    else diagnostics.push({ file: location.file, location, message: `varFiles: ${context.displayPath(path)}: ${read2.message}`, level: "error" });
  }
  for (const path of input.varFiles.map((f) => resolve9(input.cwd, f))) {
    const read2 = reader.read(path);
    if (!read2.ok) throw new DataError(`Cannot read the variable file ${context.displayPath(path)}: ${read2.message}`);
    varFiles.push({ path: context.displayPath(path), text: read2.text });
  }
  return varFiles;
}
function readPlans(input) {
  return (input.plans ?? []).map((path) => {
    const absolutePath = resolve9(input.cwd, path);
    const read2 = input.reader.read(absolutePath);
    if (!read2.ok) throw new DataError(`Cannot read the plan ${input.context.displayPath(absolutePath)}: ${read2.message}`);
    return { path: input.context.displayPath(absolutePath), absolutePath, text: read2.text };
  });
}
function crashed(file, e) {
  const reason = e instanceof RangeError ? "it nests too deeply" : `internal error: ${e instanceof Error ? e.message : String(e)}`;
  return {
    workloads: [],
    fileAnnotations: [],
    diagnostics: [
      {
        file,
        location: { file, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
        message: `strata could not parse this file (${reason}); its findings are missing`,
        level: "error"
      }
    ]
  };
}

// src/scope.ts
init_define_STRATA_DATA();
import { lstatSync as lstatSync3, statSync as statSync3 } from "node:fs";
import { dirname as dirname15, relative as relative6, resolve as resolve10, sep as sep3 } from "node:path";
function scopeOf(cwd, paths, config, maxBytes) {
  const { paths: scanned, refused } = paths.length > 0 ? { paths, refused: [] } : configuredPaths(config, cwd);
  return { paths: scanned, refused, policy: { roots: readRoots(scanned, cwd), maxBytes } };
}
var OnceReader = class {
  constructor(policy) {
    this.policy = policy;
  }
  policy;
  reads = /* @__PURE__ */ new Map();
  read(absolutePath) {
    let result = this.reads.get(absolutePath);
    if (!result) {
      result = readSource(absolutePath, this.policy);
      this.reads.set(absolutePath, result);
    }
    return result;
  }
  /** A file's text given rather than read (standard input, scanned as the file it names). */
  provide(absolutePath, result) {
    this.reads.set(absolutePath, result);
  }
  /** Every file read or refused, absolute. */
  paths() {
    return [...this.reads.keys()];
  }
  /** The text of every file read, by the name reports give it. */
  sources(displayPath) {
    const sources = /* @__PURE__ */ new Map();
    for (const [absolutePath, result] of this.reads) if (result.ok) sources.set(displayPath(absolutePath), result.text);
    return sources;
  }
};
function scanRoot(absolute, cwd) {
  try {
    return statSync3(absolute).isDirectory() ? absolute : dirname15(absolute);
  } catch {
    const base = resolve10(cwd, globBase(relative6(cwd, absolute)));
    return base === absolute ? cwd : base;
  }
}
function writeRoots(paths, cwd) {
  const roots = [];
  for (const path of paths.length > 0 ? paths : ["."]) {
    const root = scanRoot(resolve10(cwd, path), cwd);
    const real = realpathOr(root);
    if (!throughTreeLink(root, cwd) && ![root, real].some((p) => p.split(sep3).includes(".git"))) roots.push(real);
  }
  return roots;
}
function throughTreeLink(path, cwd) {
  const inRepository = repositoryRootOf(path) !== void 0;
  for (let dir = path; dirname15(dir) !== dir; dir = dirname15(dir)) {
    if (!isSymbolicLink(dir)) continue;
    if (inRepository ? repositoryRootOf(dirname15(dir)) !== void 0 : within(cwd, dirname15(dir))) return true;
  }
  return false;
}
function isSymbolicLink(path) {
  try {
    return lstatSync3(path).isSymbolicLink();
  } catch {
    return false;
  }
}
function readRoots(paths, cwd) {
  const roots = /* @__PURE__ */ new Set();
  for (const path of paths.length > 0 ? paths : ["."]) {
    const root = realpathOr(scanRoot(resolve10(cwd, path), cwd));
    roots.add(root);
    const repository = repositoryRootOf(root);
    if (repository !== void 0) roots.add(realpathOr(repository));
  }
  return [...roots];
}
function configuredPaths(config, cwd) {
  const base = realpathOr(repositoryRootOf(config.dir) ?? config.dir);
  const paths = [];
  const refused = [];
  for (const { path, location } of config.include) {
    const real = realpathOr(path);
    if (within(base, real)) paths.push(relative6(cwd, path) || ".");
    else refused.push({ file: location.file, location, message: `include: ${relative6(config.dir, path)} lies outside the repository, so strata does not scan it`, level: "error" });
  }
  return { paths, refused };
}

// src/scan.ts
import { relative as relative7, resolve as resolve11 } from "node:path";

// src/vocabulary.ts
init_define_STRATA_DATA();
import { join as join10 } from "node:path";
init_suggest();
init_escape();
var STRATUM_WORDS = /* @__PURE__ */ new Map([
  ["1", 1],
  ["2", 2],
  ["3", 3],
  ["process", 1],
  ["os", 2],
  ["hardware", 3]
]);
var Vocabulary = class _Vocabulary {
  constructor(intents) {
    this.intents = intents;
  }
  intents;
  static builtIn() {
    const bundled = bundledData("intents", "intents.schema.json");
    const data2 = bundled ?? loadYamlData(join10(rulesDir, "intents.yaml"), "intents.schema.json");
    return new _Vocabulary(new Map(Object.entries(data2.intents)));
  }
  /**
   * The stratum a `needs=` word stands for, or a sentence saying why it stands for none.
   * `shown` is the word as written when `word` was read from elsewhere (a secret in `.env`):
   * the sentence names it instead, and suggests nothing, since a suggestion would hint at the value.
   */
  resolve(word, shown2 = word) {
    const lower = word.toLowerCase();
    const stratum = STRATUM_WORDS.get(lower) ?? this.intents.get(lower)?.stratum;
    if (stratum !== void 0) return stratum;
    const suggestion2 = shown2 === word ? closest(lower, [...STRATUM_WORDS.keys(), ...this.intents.keys()]) : void 0;
    return `unknown stratum or intent "${clip(shown2, 80)}"${suggestion2 ? `; did you mean "${suggestion2}"?` : ""} (strata takes 1|2|3|process|os|hardware or an intent from rules/intents.yaml)`;
  }
};

// src/scan.ts
var builtIn;
function builtInEnvironment() {
  builtIn ??= { catalog: Catalog.builtIn(), vocabulary: Vocabulary.builtIn(), rules };
  return builtIn;
}
function environmentFor(config) {
  const base = builtInEnvironment();
  if (!config || Object.keys(config.intents).length === 0 && !config.catalog.technologies && !config.catalog.breaches) return base;
  return {
    rules: base.rules,
    vocabulary: new Vocabulary(new Map([...base.vocabulary.intents, ...Object.entries(config.intents)])),
    catalog: new Catalog([...config.catalog.technologies ?? [], ...base.catalog.technologies], [...base.catalog.breaches, ...config.catalog.breaches ?? []])
  };
}
function discoverFor(options, config, onSkip, onIgnoreFile) {
  const scope = scopeOf(options.cwd, options.paths, config, options.maxFileBytes ?? config.maxFileSize ?? DEFAULT_MAX_FILE_BYTES);
  const discovery = options.stdin ? stdinDiscovery(options.cwd, options.stdin, config) : scope.paths.length === 0 && scope.refused.length > 0 ? { files: [], diagnostics: [] } : discover({
    cwd: options.cwd,
    paths: scope.paths,
    exclude: options.exclude ?? [],
    excludeFrom: { base: config.dir, patterns: config.exclude },
    names: config.files,
    readIgnoreFile: (absolutePath) => {
      onIgnoreFile?.(absolutePath);
      return readSource(absolutePath, scope.policy);
    },
    onSkip
  });
  return { scope, discovery };
}
function listFiles(options) {
  const skipped = /* @__PURE__ */ new Map();
  const { scope, discovery } = discoverFor(options, options.config ?? emptyConfig(options.cwd), (absolutePath, reason) => {
    skipped.set(toPosix(relative7(options.cwd, absolutePath)) || ".", reason);
  });
  return {
    files: discovery.files,
    skipped: [...skipped].map(([path, reason]) => ({ path, reason })).sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
    diagnostics: [...scope.refused, ...discovery.diagnostics]
  };
}
async function scan(options, environment = environmentFor(options.config)) {
  const { catalog, vocabulary, rules: rules2 } = environment;
  const config = options.config ?? emptyConfig(options.cwd);
  const profile = options.profile;
  let mark = performance.now();
  const ignoreFiles = [];
  const { scope, discovery } = discoverFor(options, config, void 0, (absolutePath) => ignoreFiles.push(absolutePath));
  const overrides = configuredNeeds(config, vocabulary);
  const reader = new OnceReader(scope.policy);
  if (options.stdin) {
    const bytes = Buffer.byteLength(options.stdin.text);
    reader.provide(
      discovery.files[0].absolutePath,
      bytes > scope.policy.maxBytes ? { ok: false, message: `Skipped: standard input is ${bytes} bytes, larger than the ${scope.policy.maxBytes}-byte limit` } : { ok: true, text: options.stdin.text }
    );
  }
  const displayPath = (absolutePath) => toPosix(relative7(options.cwd, absolutePath));
  const context = {
    knows: (format3, kind) => catalog.knows(format3, kind),
    annotations: { vocabulary, ruleIds: new Set(rules2.map((r) => r.meta.id)) },
    profile,
    terraformValues: options.terraformValues,
    read: (absolutePath) => reader.read(absolutePath),
    displayPath
  };
  if (profile) mark = profile.lap("discover", mark);
  const parse2 = await parseAll({
    files: discovery.files,
    reader,
    context,
    config,
    cwd: options.cwd,
    varFiles: options.varFiles ?? [],
    plans: options.plans,
    profile,
    onProgress: options.onProgress
  });
  mark = performance.now();
  const diagnostics = [...scope.refused, ...discovery.diagnostics, ...parse2.diagnostics];
  const workloads = [];
  const loose = [];
  const seen = /* @__PURE__ */ new Set();
  const claimed = new Set(parse2.parsed.flatMap((p, i) => (p?.embedded ?? []).filter((d) => d.file !== discovery.files[i].path).map((d) => `${d.format}\0${d.file}`)));
  for (const [index2, parsed2] of parse2.parsed.entries()) {
    const file = discovery.files[index2];
    if (!parsed2 || claimed.has(`${file.format}\0${file.path}`)) continue;
    append(diagnostics, parsed2.diagnostics);
    const { fileDefault, loose: fileLoose } = fileLevelAnnotations(parsed2.fileAnnotations);
    append(loose, fileLoose);
    const configured = overrides.find((o) => o.matches(file.absolutePath))?.need;
    for (const workload of parsed2.workloads) {
      const identity = `${workload.format}\0${workload.file}\0${workload.address}`;
      if (seen.has(identity)) continue;
      seen.add(identity);
      const classified = classify(workload, catalog);
      if (!classified) continue;
      const { need, conflicts } = inferNeed(workload, fileDefault, configured);
      classified.need = need;
      append(loose, conflicts);
      workloads.push(classified);
    }
  }
  if (profile) mark = profile.lap("classify", mark);
  workloads.sort((a, b) => compareLocations(a.location, b.location) || (a.address < b.address ? -1 : 1));
  const problems = uniqueDiagnostics(diagnostics);
  const findings = evaluate3(
    {
      workloads,
      looseAnnotations: distinctAnnotations(loose),
      fileProblems: problems.filter((d) => d.level !== "note"),
      today: options.today ?? today(),
      levels: config.rules,
      levelsFor: pathLevels(config, options.cwd),
      inlineIgnores: options.inlineIgnores
    },
    rules2
  ).sort(compareFindings);
  if (profile) profile.lap("rules", mark);
  const sources = reader.sources(displayPath);
  const fixes = options.fixes && !options.stdin ? await planFixes(
    {
      files: discovery.files,
      findings,
      sources,
      broken: new Set(problems.filter((d) => d.level !== "note").map((d) => d.file)),
      policy: {
        roots: writeRoots(scope.paths, options.cwd),
        maxBytes: scope.policy.maxBytes
      }
    },
    options.fixes,
    // A context of its own: parsers keep what they parsed per context (compose), and this text is new.
    (file, text) => parseFile(file, text, { ...context })
  ) : void 0;
  return {
    files: discovery.files,
    workloads,
    findings,
    diagnostics: problems.filter((d) => d.level === "note"),
    sources,
    read: [...reader.paths(), ...ignoreFiles],
    ...fixes ? { fixes } : {}
  };
}
function configuredNeeds(config, vocabulary) {
  return config.overrides.flatMap((o) => {
    if (o.needs === void 0) return [];
    const stratum = vocabulary.resolve(o.needs);
    if (typeof stratum === "string") throw new DataError(`${o.location.file}:${o.location.startLine}: overrides: ${stratum}`);
    return [{ matches: o.matches, need: { stratum, needs: o.needs, reason: o.reason, source: { kind: "config", location: o.location } } }];
  });
}
function uniqueDiagnostics(diagnostics) {
  const unique = [...new Map(diagnostics.map((d) => [`${d.file}\0${d.location?.startLine}\0${d.location?.startColumn}\0${d.message}`, d])).values()];
  return unique.sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || (a.location?.startLine ?? 0) - (b.location?.startLine ?? 0) || (a.location?.startColumn ?? 0) - (b.location?.startColumn ?? 0)
  );
}
function pathLevels(config, cwd) {
  if (!config.overrides.some((o) => Object.keys(o.rules).length > 0)) return void 0;
  return (file) => {
    const matching = overridesFor(config, resolve11(cwd, file)).filter((o) => Object.keys(o.rules).length > 0);
    return matching.length === 0 ? void 0 : ruleLevelsFor(config, matching);
  };
}
function classify(workload, catalog) {
  const classification = catalog.classify(workload);
  return classification ? { ...workload, ...classification, need: null } : null;
}
function reportTime(env = process.env) {
  const epoch = env.SOURCE_DATE_EPOCH;
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1e3) : /* @__PURE__ */ new Date();
}
function today() {
  return reportTime().toISOString().slice(0, 10);
}
function stdinDiscovery(cwd, stdin, config) {
  const path = stdin.filename ?? "<stdin>";
  const absolutePath = resolve11(cwd, path);
  const format3 = (stdin.filename ? formatMatcher(config.files)(absolutePath) : void 0) ?? formatByContent(stdin.text.slice(0, SNIFF_BYTES));
  if (!format3) {
    throw new UsageError(
      `standard input${stdin.filename ? ` (${stdin.filename})` : ""} is not a format strata reads: name it with --stdin-filename (main.tf, compose.yaml, \u2026), or pipe Kubernetes manifests, known by their content`
    );
  }
  return { files: [{ path: toPosix(relative7(cwd, absolutePath)), absolutePath, format: format3 }], diagnostics: [] };
}

// src/output.ts
init_define_STRATA_DATA();
import { randomBytes as randomBytes2 } from "node:crypto";
import { renameSync as renameSync2, rmSync as rmSync2, writeFileSync as writeFileSync2 } from "node:fs";
import { basename as basename7, dirname as dirname16, join as join11, resolve as resolve12 } from "node:path";

// src/formatters/checkstyle.ts
init_define_STRATA_DATA();
init_model();
init_escape();
var SEVERITY = { error: "error", warning: "warning", note: "info" };
var FORMAT_VERSION = "4.3";
var formatCheckstyle = (report, options) => {
  const byFile = /* @__PURE__ */ new Map();
  const add = (file, line, column, level, message, source) => {
    const path = fromRepositoryRoot(file, options);
    const where3 = `${line !== void 0 ? ` line="${line}"` : ""}${column !== void 0 ? ` column="${column}"` : ""}`;
    const error = `    <error${where3} severity="${SEVERITY[level]}" message="${xmlText(message)}" source="${xmlText(source)}"/>`;
    const errors = byFile.get(path);
    if (errors) errors.push(error);
    else byFile.set(path, [error]);
  };
  for (const f of report.findings) {
    if (isReported(f)) add(f.location.file, f.location.startLine, f.location.startColumn, f.level, f.message, `strata.${f.ruleId}`);
  }
  for (const d of report.diagnostics) add(d.file, d.location?.startLine, d.location?.startColumn, d.level, d.message, "strata.file-not-scanned");
  const files = [...byFile].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([path, errors]) => [`  <file name="${xmlText(path)}">`, ...errors, "  </file>"].join("\n"));
  return ['<?xml version="1.0" encoding="UTF-8"?>', `<checkstyle version="${FORMAT_VERSION}">`, ...files, "</checkstyle>", ""].join("\n");
};

// src/formatters/github.ts
init_define_STRATA_DATA();
init_model();
init_escape();
var COMMAND = { error: "error", warning: "warning", note: "notice" };
function data(text) {
  return printable(text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A"));
}
function property2(text) {
  return data(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
var formatGithub = (report, options) => {
  const path = (file) => property2(fromRepositoryRoot(file, options));
  const lines = [];
  for (const f of report.findings) {
    if (!isReported(f)) continue;
    const l = f.location;
    const where3 = `file=${path(l.file)},line=${l.startLine},endLine=${l.endLine},col=${l.startColumn},endColumn=${l.endColumn}`;
    lines.push(`::${COMMAND[f.level]} ${where3},title=${property2(`strata ${f.ruleId}`)}::${data(f.message)}`);
  }
  for (const d of report.diagnostics) {
    const where3 = d.location ? `file=${path(d.file)},line=${d.location.startLine},col=${d.location.startColumn}` : `file=${path(d.file)}`;
    lines.push(`::${COMMAND[d.level]} ${where3},title=${property2("strata: file not scanned")}::${data(d.message)}`);
  }
  return lines.length > 0 ? `${lines.join("\n")}
` : "";
};

// src/formatters/gitlab.ts
init_define_STRATA_DATA();
init_model();
import { createHash as createHash2 } from "node:crypto";
var SEVERITY2 = { error: "major", warning: "minor", note: "info" };
var formatGitlab = (report, options) => {
  const issues = [];
  const seen = /* @__PURE__ */ new Set();
  const unique = (fingerprint) => {
    let candidate = fingerprint;
    for (let n = 1; seen.has(candidate); n++) candidate = hash2(`${fingerprint}\0${n}`);
    seen.add(candidate);
    return candidate;
  };
  for (const f of report.findings) {
    if (!isReported(f)) continue;
    issues.push({
      description: f.message,
      check_name: f.ruleId,
      fingerprint: unique(f.fingerprint),
      severity: SEVERITY2[f.level],
      location: { path: fromRepositoryRoot(f.location.file, options), lines: { begin: f.location.startLine } }
    });
  }
  for (const d of report.diagnostics) {
    issues.push({
      description: d.message,
      check_name: "strata/file-not-scanned",
      fingerprint: unique(hash2(`strata/file-not-scanned\0${d.file}\0${d.message}`)),
      severity: SEVERITY2[d.level],
      location: { path: fromRepositoryRoot(d.file, options), lines: { begin: Math.max(1, d.location?.startLine ?? 1) } }
    });
  }
  return `${JSON.stringify(issues, null, 2)}
`;
};
function hash2(text) {
  return createHash2("sha256").update(text).digest("hex").slice(0, 32);
}

// src/formatters/html.ts
init_define_STRATA_DATA();
init_model();
init_escape();
var STRATA = [1, 2, 3];
var NEED_COLUMNS = ["1 process", "2 os", "3 hardware", "undeclared"];
var COLORS = ["#2b8a3e", "#1971c2", "#c2255c", "#868e96"];
function chart(report) {
  const counts2 = STRATA.map((used) => {
    const here = report.workloads.filter((w) => w.stratum === used);
    return [...STRATA.map((needed) => here.filter((w) => w.need?.stratum === needed).length), here.filter((w) => !w.need).length];
  });
  const max = Math.max(1, ...counts2.flat());
  const width = 640;
  const height = 270;
  const groupWidth = (width - 60) / 3;
  const barWidth = groupWidth / 5;
  const bars = [];
  counts2.forEach((group, g) => {
    group.forEach((count, b) => {
      const h = Math.round(count / max * (height - 100));
      const x = 50 + g * groupWidth + b * barWidth + barWidth / 2;
      const y = height - 40 - h;
      bars.push(
        `<rect class="bar" data-runs-on="${g + 1}" data-needs="${NEED_COLUMNS[b]}" x="${x.toFixed(1)}" y="${y}" width="${(barWidth - 4).toFixed(1)}" height="${h}" fill="${COLORS[b]}"><title>runs on ${g + 1} ${STRATUM_NAMES[g + 1]}, needs ${NEED_COLUMNS[b]}: ${count}</title></rect>`,
        `<text x="${(x + (barWidth - 4) / 2).toFixed(1)}" y="${y - 4}" text-anchor="middle" font-size="11">${count}</text>`
      );
    });
    bars.push(
      `<text x="${(50 + g * groupWidth + groupWidth / 2).toFixed(1)}" y="${height - 20}" text-anchor="middle" font-size="13">runs on ${g + 1} ${STRATUM_NAMES[g + 1]}</text>`
    );
  });
  const legend = NEED_COLUMNS.map(
    (label, i) => `<rect x="${50 + i * 130}" y="8" width="12" height="12" fill="${COLORS[i]}"/><text x="${66 + i * 130}" y="18" font-size="12">needs ${label}</text>`
  ).join("");
  return `<svg id="strata-chart" role="img" aria-label="Workloads by stratum used and stratum needed" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"><line x1="45" y1="${height - 40}" x2="${width - 5}" y2="${height - 40}" stroke="#adb5bd"/>${legend}${bars.join("")}</svg>`;
}
function matrix(report) {
  const header2 = `<tr><th scope="col">runs on \\ needs</th>${NEED_COLUMNS.map((c) => `<th scope="col">${c}</th>`).join("")}</tr>`;
  const rows = STRATA.map((used) => {
    const here = report.workloads.filter((w) => w.stratum === used);
    const cells = STRATA.map((needed) => {
      const fit = needed < used ? "heavier" : needed > used ? "lighter" : "fits";
      return `<td class="${fit}" title="${fit === "fits" ? "runs on what it needs" : `${fit} than needed`}">${here.filter((w) => w.need?.stratum === needed).length}</td>`;
    });
    return `<tr><th scope="row">${used} ${STRATUM_NAMES[used]}</th>${cells.join("")}<td class="undeclared">${here.filter((w) => !w.need).length}</td></tr>`;
  });
  return `<table id="strata-matrix">
<caption>Workloads by the stratum they run on (rows) and the stratum they need (columns). <span class="heavier">Amber cells</span>, left of the diagonal, are <strong>heavier than needed</strong>: more isolation, and cost, than the workload asks for. <span class="lighter">Red cells</span>, right of it, are <strong>lighter than needed</strong>: the workload cannot get what it needs there. The diagonal fits; the last column declares no need.</caption>
${header2}
${rows.join("\n")}
</table>`;
}
function where(location, options) {
  const text = `<code>${htmlText(`${location.file}:${location.startLine}:${location.startColumn}`)}</code>`;
  const url = sourceUrl(location, options);
  return url ? `<a href="${htmlText(url)}">${text}</a>` : text;
}
function findingHtml(finding, frameText, options) {
  const related = finding.related.map((r) => `<li>${where(r.location, options)} ${htmlText(r.message)}</li>`).join("");
  return `<article class="finding level-${finding.level}" data-rule="${htmlText(finding.ruleId)}" data-level="${finding.level}">
<header><span class="level">${finding.level}</span> ${where(finding.location, options)} <a href="${htmlText(ruleDocUrl(finding.ruleId))}">${htmlText(finding.ruleId)}</a></header>
<p>${htmlText(finding.message)}</p>
<pre>${frameText(finding).split("\n").map(htmlText).join("\n")}</pre>${related ? `<ul>${related}</ul>` : ""}
</article>`;
}
function emptyState(report) {
  if (report.files.length === 0) return "No files were scanned: strata found nothing it reads under the paths given.";
  if (report.findings.length > 0) return "No findings to show: every finding is suppressed or in the baseline.";
  return `No findings in ${report.workloads.length} workload(s) across ${report.files.length} file(s).`;
}
var formatHtml = (report, options) => {
  const shown2 = report.findings.filter(isReported);
  const hidden = report.findings.length - shown2.length;
  const frameOf = frames(report.sources);
  const frameText = (f) => frameOf(f.location).join("\n");
  const rules2 = [...new Set(shown2.map((f) => f.ruleId))].sort();
  const count = (level) => shown2.filter((f) => f.level === level).length;
  const diagnostics = report.diagnostics.map((d) => `<li>${d.location ? where(d.location, options) : `<code>${htmlText(d.file)}</code>`} ${htmlText(d.message)}</li>`).join("");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>strata report</title>
<style>
body { font: 14px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 1000px; color: #212529; padding: 0 1rem; }
h1 { margin-bottom: 0.2rem; } .summary { color: #495057; }
.filters { display: flex; gap: 1rem; margin: 1rem 0; align-items: center; }
.finding { border: 1px solid #dee2e6; border-left-width: 4px; border-radius: 4px; padding: 0.5rem 0.8rem; margin: 0.6rem 0; }
.level-error { border-left-color: #e03131; } .level-warning { border-left-color: #f08c00; } .level-note { border-left-color: #1c7ed6; }
.level { font-weight: 600; text-transform: uppercase; font-size: 11px; }
pre { background: #f8f9fa; padding: 0.5rem; overflow-x: auto; font-size: 12px; }
.finding[hidden], .filters[hidden] { display: none; }
table { border-collapse: collapse; margin: 1rem 0; } th, td { border: 1px solid #dee2e6; padding: 0.3rem 0.7rem; text-align: right; }
caption { caption-side: bottom; text-align: left; color: #495057; padding-top: 0.4rem; }
.heavier { background: #fff3bf; } .lighter { background: #ffe3e3; } .fits { background: #ebfbee; }
#no-findings { font-size: 1.1rem; color: #2b8a3e; }
</style>
</head>
<body>
<h1>strata</h1>
<p class="summary" id="summary"><strong>${shown2.length}</strong> finding(s): ${count("error")} error(s), ${count("warning")} warning(s), ${count("note")} note(s), in ${report.workloads.length} workload(s) across ${report.files.length} file(s).${hidden > 0 ? ` <span id="suppressed">${hidden} suppressed or in the baseline.</span>` : ""}${report.diagnostics.length > 0 ? ` ${report.diagnostics.length} file(s) could not be scanned.` : ""}</p>
<p class="summary" id="made-by">strata ${htmlText(options.toolVersion)}${options.catalogVersion ? ` (catalog ${htmlText(options.catalogVersion)})` : ""}${options.generatedAt ? `, <time datetime="${options.generatedAt.toISOString()}">${options.generatedAt.toISOString().replace("T", " ").replace(/\.\d+Z$/, " UTC")}</time>` : ""}</p>
<h2>Strata used and needed</h2>
${chart(report)}
${matrix(report)}
<h2>Findings</h2>
${shown2.length === 0 ? `<p id="no-findings">${emptyState(report)}</p>` : ""}<div class="filters"${shown2.length === 0 ? " hidden" : ""}>
<label>Rule <select id="rule-filter"><option value="">all rules</option>${rules2.map((r) => `<option>${htmlText(r)}</option>`).join("")}</select></label>
<label>Level <select id="level-filter"><option value="">all levels</option><option>error</option><option>warning</option><option>note</option></select></label>
<span id="visible-count">${shown2.length} shown</span>
</div>
<section id="findings">
${shown2.map((f) => findingHtml(f, frameText, options)).join("\n")}
</section>
${diagnostics ? `<h2>Files not scanned</h2><ul id="diagnostics">${diagnostics}</ul>` : ""}
<script>
(() => {
  const rule = document.getElementById('rule-filter');
  const level = document.getElementById('level-filter');
  const apply = () => {
    let visible = 0;
    for (const el of document.querySelectorAll('.finding')) {
      const show = (!rule.value || el.dataset.rule === rule.value) && (!level.value || el.dataset.level === level.value);
      el.hidden = !show;
      if (show) visible++;
    }
    document.getElementById('visible-count').textContent = visible + ' shown';
  };
  rule.addEventListener('change', apply);
  level.addEventListener('change', apply);
})();
</script>
</body>
</html>
`;
};

// src/formatters/json.ts
init_define_STRATA_DATA();
init_model();
var formatJson = (report, options) => {
  const workloads = new Map(report.workloads.map((w) => [`${w.file}\0${w.address}`, w]));
  const shown2 = report.findings.filter(isReported);
  const count = (level) => shown2.filter((f) => f.level === level).length;
  return `${JSON.stringify(
    {
      version: 1,
      tool: { name: "strata", version: options.toolVersion },
      catalog: { version: options.catalogVersion ?? null },
      totals: {
        findings: shown2.length,
        errors: count("error"),
        warnings: count("warning"),
        notes: count("note"),
        suppressed: report.findings.filter((f) => f.suppressions.length > 0).length,
        inBaseline: report.findings.filter((f) => f.suppressions.length === 0 && f.baselineState === "unchanged").length,
        workloads: report.workloads.length,
        files: report.files.length,
        diagnostics: report.diagnostics.length
      },
      findings: report.findings.map((f) => ({
        ruleId: f.ruleId,
        level: f.level,
        message: f.message,
        file: f.location.file,
        location: strip(f.location),
        address: f.address ?? null,
        ...workloadFields(f.address !== void 0 ? workloads.get(`${f.location.file}\0${f.address}`) : void 0),
        alternatives: (f.alternatives ?? []).map((a) => ({ technology: a.technology ?? null, name: a.name, stratum: a.stratum, reference: a.reference, note: a.note ?? null })),
        related: f.related.map((r) => ({ file: r.location.file, location: strip(r.location), message: r.message })),
        fingerprint: f.fingerprint,
        suppressed: f.suppressions.length > 0,
        suppressions: f.suppressions.map((s) => ({ kind: s.kind, justification: s.justification, file: s.location.file, line: s.location.startLine }))
      })),
      diagnostics: report.diagnostics.map(diagnosticJson)
    },
    null,
    2
  )}
`;
};
function workloadFields(w) {
  return {
    technology: w?.technology ?? null,
    stratum: w?.stratum ?? null,
    need: w?.need ? { stratum: w.need.stratum, needs: w.need.needs, reason: w.need.reason ?? null, source: w.need.source.kind } : null
  };
}
function strip(l) {
  return { startLine: l.startLine, startColumn: l.startColumn, endLine: l.endLine, endColumn: l.endColumn };
}

// src/formatters/junit.ts
init_define_STRATA_DATA();
init_model();
init_escape();
var formatJunit = (report, options) => {
  const path = (file) => fromRepositoryRoot(file, options);
  const byFile = /* @__PURE__ */ new Map();
  const add = (file, testCase2) => {
    const cases = byFile.get(file);
    if (cases) cases.push(testCase2);
    else byFile.set(file, [testCase2]);
  };
  for (const file of report.files) byFile.set(path(file.path), []);
  for (const finding of report.findings) add(path(finding.location.file), findingCase(finding, options));
  for (const d of report.diagnostics) {
    const where3 = d.location ? `:${d.location.startLine}:${d.location.startColumn}` : "";
    add(path(d.file), { classname: "strata.file-not-scanned", name: `${path(d.file)}${where3}`, file: path(d.file), line: d.location?.startLine, skipped: d.message });
  }
  const suites = [...byFile].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([file, cases]) => ({ file, cases: cases.length > 0 ? cases : [{ classname: "strata", name: file, file }] }));
  const all = suites.flatMap((s) => s.cases);
  return ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="strata" ${counts(all)}>`, ...suites.map((s) => suite(s.file, s.cases)), "</testsuites>", ""].join("\n");
};
function findingCase(finding, options) {
  const file = fromRepositoryRoot(finding.location.file, options);
  const at = `${file}:${finding.location.startLine}:${finding.location.startColumn}`;
  const testCase2 = { classname: `strata.${finding.ruleId}`, name: finding.address ? `${at} ${finding.address}` : at, file, line: finding.location.startLine };
  if (finding.suppressions.length > 0) return { ...testCase2, skipped: `suppressed: ${finding.suppressions.map((s) => s.justification).join("; ")}` };
  if (!isReported(finding)) return { ...testCase2, skipped: "in the baseline" };
  const related = finding.related.map((r) => `see ${fromRepositoryRoot(r.location.file, options)}:${r.location.startLine}:${r.location.startColumn} ${r.message}`);
  return {
    ...testCase2,
    failure: {
      message: finding.message,
      type: finding.level,
      text: [`${finding.level}: ${finding.message}`, `at ${at}`, ...related, `rule: ${ruleDocUrl(finding.ruleId)}`].join("\n")
    }
  };
}
function counts(cases) {
  return `tests="${cases.length}" failures="${cases.filter((c) => c.failure).length}" errors="0" skipped="${cases.filter((c) => c.skipped !== void 0).length}"`;
}
function suite(file, cases) {
  return [`  <testsuite name="${xmlText(file)}" ${counts(cases)}>`, ...cases.map(testCase), "  </testsuite>"].join("\n");
}
function testCase(c) {
  const head2 = `    <testcase classname="${xmlText(c.classname)}" name="${xmlText(c.name)}" file="${xmlText(c.file)}"${c.line !== void 0 ? ` line="${c.line}"` : ""}`;
  if (c.failure) {
    const body = c.failure.text.split("\n").map(xmlText).join("\n");
    return `${head2}>
      <failure message="${xmlText(c.failure.message)}" type="${c.failure.type}">${body}</failure>
    </testcase>`;
  }
  if (c.skipped !== void 0) return `${head2}>
      <skipped message="${xmlText(c.skipped)}"/>
    </testcase>`;
  return `${head2}/>`;
}

// src/formatters/markdown.ts
init_define_STRATA_DATA();
init_model();
init_escape();
function where2(location, options) {
  const text = markdownText(`${location.file}:${location.startLine}:${location.startColumn}`);
  const url = sourceUrl(location, options);
  return url ? `[${text}](${url})` : text;
}
var formatMarkdown = (report, options) => {
  const shown2 = report.findings.filter(isReported);
  const count = (level) => shown2.filter((f) => f.level === level).length;
  const out = ["## strata", ""];
  out.push(
    `**${shown2.length} finding(s)** \u2014 ${count("error")} error(s), ${count("warning")} warning(s), ${count("note")} note(s) \u2014 in ${report.workloads.length} workload(s) across ${report.files.length} file(s).` + (report.findings.length > shown2.length ? ` ${report.findings.length - shown2.length} suppressed or in the baseline.` : "") + (report.staleBaseline ? ` ${report.staleBaseline} baseline entries no longer found.` : "") + (report.diagnostics.length > 0 ? ` ${report.diagnostics.length} file(s) could not be scanned.` : ""),
    ""
  );
  const strata = [1, 2, 3];
  out.push("### Strata used and needed", "", "| runs on \\ needs | 1 process | 2 os | 3 hardware | undeclared |", "|---|---:|---:|---:|---:|");
  for (const used of strata) {
    const here = report.workloads.filter((w) => w.stratum === used);
    const cells = [...strata.map((needed) => here.filter((w) => w.need?.stratum === needed).length), here.filter((w) => !w.need).length];
    out.push(`| **${used} ${STRATUM_NAMES[used]}** | ${cells.join(" | ")} |`);
  }
  out.push("", "Left of the diagonal: heavier than needed. Right of it: lighter than needed.", "");
  const byRule = /* @__PURE__ */ new Map();
  for (const f of shown2) {
    const list = byRule.get(f.ruleId);
    if (list) list.push(f);
    else byRule.set(f.ruleId, [f]);
  }
  if (byRule.size > 0) out.push("### Findings", "");
  for (const [ruleId, findings] of [...byRule].sort(([a], [b]) => a < b ? -1 : 1)) {
    out.push(`#### [\`${ruleId}\`](${ruleDocUrl(ruleId)}) \u2014 ${findings.length}`, "", "| level | location | message |", "|---|---|---|");
    for (const f of findings) out.push(`| ${f.level} | ${where2(f.location, options)} | ${markdownText(f.message)} |`);
    out.push("");
  }
  if (report.diagnostics.length > 0) {
    out.push("### Files not scanned", "", "| location | problem |", "|---|---|");
    for (const d of report.diagnostics) out.push(`| ${d.location ? where2(d.location, options) : markdownText(d.file)} | ${markdownText(d.message)} |`);
    out.push("");
  }
  return `${out.join("\n")}
`;
};

// src/formatters/sarif.ts
init_define_STRATA_DATA();
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var FINGERPRINT_KEY = "strata/v1";
var formatSarif = (report, options) => {
  const physical = (location) => physicalLocation(location, options);
  const uri = (path) => uriOf(path, options);
  const rules2 = [...options.rules].sort((a, b) => a.meta.id < b.meta.id ? -1 : 1);
  const ruleIndex = new Map(rules2.map((r, i) => [r.meta.id, i]));
  const descriptors = rules2.map(({ meta }) => ({
    id: meta.id,
    name: meta.id.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase()),
    shortDescription: { text: meta.title },
    fullDescription: { text: meta.description },
    help: { text: ruleText(meta), markdown: ruleMarkdown(meta) },
    helpUri: ruleDocUrl(meta.id),
    defaultConfiguration: { level: meta.level },
    properties: {
      tags: meta.tags,
      precision: "high",
      ...meta.securitySeverity !== void 0 ? { "security-severity": meta.securitySeverity.toFixed(1) } : {}
    }
  }));
  const results = report.findings.map((finding) => {
    const result = {
      ruleId: finding.ruleId,
      ruleIndex: ruleIndex.get(finding.ruleId),
      level: finding.level,
      message: { text: messageText(finding.message) + seeAlso(finding.related) },
      locations: [{ physicalLocation: physical(finding.location) }],
      partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint }
    };
    if (finding.related.length > 0) {
      result.relatedLocations = finding.related.map((r, id) => ({ id, physicalLocation: physical(r.location), message: { text: messageText(r.message) } }));
    }
    if (finding.baselineState) result.baselineState = finding.baselineState;
    if (finding.alternatives) result.properties = { alternatives: finding.alternatives };
    if (finding.fix) result.fixes = [sarifFix(finding.fix, report.sources.get(finding.fix.file) ?? "", options)];
    if (finding.suppressions.length > 0) {
      result.suppressions = finding.suppressions.map((s) => ({
        kind: s.kind,
        justification: s.justification,
        location: { physicalLocation: physical(s.location) }
      }));
    }
    return result;
  });
  const notifications = report.diagnostics.map((d) => ({
    level: d.level,
    message: { text: messageText(d.message) },
    locations: [
      {
        physicalLocation: d.location ? physical(d.location) : { artifactLocation: { uri: uri(d.file), uriBaseId: "%SRCROOT%" } }
      }
    ],
    descriptor: { id: "strata/unreadable-file" }
  }));
  const run2 = {
    tool: {
      driver: {
        name: "strata",
        semanticVersion: options.toolVersion,
        version: options.toolVersion,
        informationUri: REPOSITORY_URL,
        rules: descriptors
      }
    },
    invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
    results,
    columnKind: "utf16CodeUnits",
    // No absolute path: the log stays the same on every machine, and says nothing of the runner's disk.
    originalUriBaseIds: { "%SRCROOT%": { description: { text: "The root of the repository that was scanned." } } }
  };
  if (options.category) run2.automationDetails = { id: options.category.endsWith("/") ? options.category : `${options.category}/` };
  const log = { $schema: SARIF_SCHEMA, version: "2.1.0", runs: [run2] };
  return `${JSON.stringify(log, null, 2)}
`;
};
function messageText(text) {
  return text.replace(/\\(?=[[\]])/g, "\\\\").replace(/[[\]]/g, (c) => `\\${c}`);
}
var ROLE_LABEL = {
  decision: "the deciding attribute",
  breach: "the breach",
  need: "the need",
  "module-call": "the module call"
};
function seeAlso(related) {
  return related.length === 0 ? "" : ` (see ${related.map((r, id) => `[${ROLE_LABEL[r.role]}](${id})`).join(", ")})`;
}
function sarifFix(fix, text, options) {
  const lines = splitLines(text);
  return {
    description: { text: messageText(fix.description) },
    artifactChanges: [
      {
        artifactLocation: { uri: uriOf(fix.file, options), uriBaseId: "%SRCROOT%" },
        replacements: fix.changes.map((change) => {
          const { text: inserted, ...region } = replacementOf(change, lines);
          return { deletedRegion: region, ...inserted ? { insertedContent: { text: inserted } } : {} };
        })
      }
    ]
  };
}
function physicalLocation(location, options) {
  return {
    artifactLocation: { uri: uriOf(location.file, options), uriBaseId: "%SRCROOT%" },
    region: {
      startLine: Math.max(1, location.startLine),
      startColumn: Math.max(1, location.startColumn),
      endLine: Math.max(1, location.endLine),
      endColumn: Math.max(1, location.endColumn)
    }
  };
}
function uriOf(path, options) {
  return fromRepositoryRoot(path, options).split("/").map((segment) => encodeURIComponent(segment)).join("/");
}

// src/output.ts
init_escape();
var FORMATTERS = {
  text: formatText,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  markdown: formatMarkdown,
  html: formatHtml,
  junit: formatJunit,
  checkstyle: formatCheckstyle,
  gitlab: formatGitlab
};
var CHANNELS = {
  text: "text",
  json: "json",
  sarif: "json",
  github: "github",
  markdown: "markdown",
  html: "html",
  junit: "xml",
  checkstyle: "xml",
  gitlab: "json"
};
function outputsOf(formats, output) {
  const parsed2 = (formats.length > 0 ? formats : ["text"]).map((spec) => {
    const at = spec.indexOf("=");
    const format3 = at < 0 ? spec : spec.slice(0, at);
    if (!FORMATTERS[format3]) throw new UsageError(`Unknown format "${format3}": use ${Object.keys(FORMATTERS).join(", ")}`);
    return { format: format3, file: at < 0 ? void 0 : spec.slice(at + 1) || void 0 };
  });
  const toStdout = parsed2.filter((p) => !p.file);
  if (output) {
    if (toStdout.length !== 1) throw new UsageError("--output names one file: give it to a single --format, or write format=file for each");
    toStdout[0].file = output;
  } else if (toStdout.length > 1) {
    throw new UsageError("Only one format can go to stdout: write format=file for the others");
  }
  return parsed2;
}
function writeTargets(cwd, files) {
  const targets = /* @__PURE__ */ new Map();
  for (const file of files) {
    const target = realpathOr(resolve12(cwd, file));
    if (targets.has(target)) throw new UsageError(`Two outputs name the same file ${file}: give each format its own file`);
    targets.set(target, file);
  }
  return targets;
}
function refuseScannedTargets(targets, report, alsoRead) {
  if (targets.size === 0) return;
  const read2 = [...report.files.map((f) => f.absolutePath), ...report.read, ...alsoRead.filter((p) => p !== void 0)];
  for (const path of read2) {
    const file = targets.get(realpathOr(path));
    if (file !== void 0) throw new UsageError(`Refusing to write the report to ${file}: strata scanned or read that file`);
  }
}
function emit(raw, output, io, channel) {
  const text = guardOutput(raw, channel);
  if (!output) {
    io.stdout(text);
    return;
  }
  const target = resolve12(io.cwd, output);
  const temp = join11(dirname16(target), `.${basename7(target)}.${randomBytes2(6).toString("hex")}.tmp`);
  try {
    writeFileSync2(temp, text);
    renameSync2(temp, target);
  } catch (e) {
    rmSync2(temp, { force: true });
    throw new UsageError(`Cannot write ${output}: ${e.code ?? String(e)}`);
  }
}

// src/cli.ts
init_escape();
var EXIT_OK = 0;
var EXIT_FINDINGS = 1;
var EXIT_ERROR = 2;
var FAIL_ON = ["error", "warning", "note", "none"];
var RANK = { error: 3, warning: 2, note: 1 };
var PROGRESS_FROM = 300;
function progressLine(io) {
  if (!io.progress) return void 0;
  let last = 0;
  return (done, total) => {
    if (total < PROGRESS_FROM) return;
    const now = Date.now();
    if (done < total && now - last < 100) return;
    last = now;
    io.stderr(done < total ? `\rstrata: reading ${done}/${total} files\u2026` : "\r\x1B[2K");
  };
}
function version() {
  return JSON.parse(readFileSync2(join12(packageRoot, "package.json"), "utf8")).version;
}
async function run(argv, rawIo) {
  const env = rawIo.env ?? process.env;
  const io = { ...rawIo, stderr: (text) => rawIo.stderr(guardOutput(text, "text")) };
  let exitCode = EXIT_OK;
  const program2 = new Command().name("strata").description("Audit which stratum of virtualization each IaC workload runs on, and why.").version(`${version()} (catalog ${builtInEnvironment().catalog.version})`, "-v, --version", "print the version of strata and of its catalog").exitOverride().configureOutput({ writeOut: io.stdout, writeErr: (text) => io.stderr(printableLines(text)) }).showHelpAfterError("(run strata --help for usage)");
  const common = (command) => command.option("-o, --output <file>", "write the report to a file (atomically) instead of stdout").option("-c, --config <file>", "configuration file (default: the nearest .strata.yml up to the repository root)").option("--exclude <pattern>", "skip paths matching this gitignore-style pattern (repeatable)", collect4, []).option("--var-file <file>", "a Terraform variable file (terraform -var-file) or a Packer *.pkrvars.hcl (packer build -var-file); repeatable", collect4, []).option("--plan <file>", "a Terraform plan in JSON (terraform show -json), its root module the directory it lies in (repeatable)", collect4, []).option("--strict-hcl", "read Terraform workloads' values with HashiCorp's own parser (slower; reports syntax errors strata's scanner lets through)").option("--max-file-size <size>", "skip larger files with a diagnostic: bytes, or with kB/MB (default: 5MB)", maxFileSize).option("--color", "colour the output even when it is not a terminal (FORCE_COLOR=1 too)").option("--no-color", "never colour the output (NO_COLOR and FORCE_COLOR=0 too)").option("--stdin", "scan standard input instead of paths (as does a path of -)").option("--stdin-filename <name>", "the file standard input stands for: its format and its path in reports (as ESLint)");
  const stdinFor = async (paths, opts) => {
    const wanted = opts.stdin === true || paths.includes("-");
    if (!wanted) {
      if (opts.stdinFilename !== void 0) throw new UsageError("--stdin-filename names standard input: add - or --stdin");
      return void 0;
    }
    if (paths.some((p) => p !== "-")) throw new UsageError("scan standard input or paths, not both");
    if (!io.readStdin) throw new UsageError("standard input cannot be read here");
    return { text: await io.readStdin(), ...opts.stdinFilename !== void 0 ? { filename: opts.stdinFilename } : {} };
  };
  const configFor = (paths, explicit) => {
    const path = explicit ? resolve13(io.cwd, explicit) : findConfig(paths[0] === void 0 ? io.cwd : scanRoot(resolve13(io.cwd, paths[0]), io.cwd));
    return path ? loadConfig(path, io.cwd) : void 0;
  };
  const fixed = (report, dryRun, color, output) => {
    const outcome = carryOut(report.fixes, dryRun);
    if (outcome.diff !== void 0) emit(outcome.diff, output, io, "text");
    io.stderr(formatDiagnosticsText(outcome.notes, color) + outcome.summary);
    return outcome.failed > 0 ? EXIT_FINDINGS : EXIT_OK;
  };
  common(
    program2.command("scan").description("scan paths (default: .) and report findings").argument("[paths...]", "files, directories or glob patterns", []).option("-f, --format <format[=file]>", `output format: ${Object.keys(FORMATTERS).join(", ")}; format=file writes it to a file (repeatable)`, collect4, []).option("--max-warnings <n>", "exit 1 when there are more than n warnings (as ESLint); -1: no limit", maxWarnings).option("--baseline <file>", "report only findings that are not in this baseline").option("--write-baseline <file>", "record the current findings as a baseline (and exit 0)").option("--no-inline-ignores", "disregard strata-ignore comments").option("--fix", "first write the fixes (needs annotated as strata annotate does, unused suppressions removed), then report what is left").option("--changed-since <ref>", "report only on files changed since the merge base with this git ref").addOption(new Option("--fail-on <level>", "exit 1 when a finding is at or above this level (default: the config's failOn, else error)").choices(FAIL_ON)).option("--category <id>", "SARIF automationDetails.id: tells code scanning runs apart").option("-q, --quiet", "report errors only").option("--debug", "print the time each phase took on stderr").option("--print-config <file>", "print the configuration in force for this file (as JSON) and exit").option("--list-files", "list the files a scan would read, and every path it would skip with the reason, and exit")
  ).action(async (paths, opts) => {
    if (opts.printConfig !== void 0) {
      const levels = Object.fromEntries(rules.map((r) => [r.meta.id, r.meta.level]));
      emit(printConfig(opts.printConfig, configFor([opts.printConfig], opts.config), levels, io.cwd), void 0, io, "json");
      return;
    }
    if (opts.listFiles) {
      const listed = listFiles({ cwd: io.cwd, paths, exclude: opts.exclude, config: configFor(paths, opts.config), maxFileBytes: opts.maxFileSize });
      emit(fileList(listed), void 0, io, "text");
      io.stderr(formatDiagnosticsText(listed.diagnostics, colorWanted(opts.color, io)));
      return;
    }
    const outputs = outputsOf(opts.format, opts.output);
    const targets = writeTargets(io.cwd, [...outputs.flatMap((o) => o.file ? [o.file] : []), ...opts.writeBaseline ? [opts.writeBaseline] : []]);
    const changed = opts.changedSince !== void 0 ? changedFiles(io.cwd, opts.changedSince) : void 0;
    const stdin = await stdinFor(paths, opts);
    const inContext = stdin ? void 0 : namedFilesInContext(io.cwd, paths);
    const config = configFor(stdin ? [] : paths, opts.config);
    const profile = opts.debug ? new Profile() : void 0;
    if (opts.fix && stdin) throw new UsageError("--fix writes files: it cannot fix standard input");
    const scanOptions = {
      cwd: io.cwd,
      paths: stdin ? [] : inContext?.paths ?? paths,
      exclude: opts.exclude,
      varFiles: opts.varFile,
      plans: opts.plan,
      config,
      terraformValues: opts.strictHcl ? "hcl2json" : "source",
      maxFileBytes: opts.maxFileSize,
      inlineIgnores: opts.inlineIgnores,
      stdin,
      onProgress: progressLine(rawIo),
      profile
    };
    const alsoRead = [config?.path, opts.baseline && opts.baseline !== opts.writeBaseline ? resolve13(io.cwd, opts.baseline) : void 0];
    if (opts.fix) {
      const toFix = await scan({ ...scanOptions, fixes: ALL_FIXES });
      refuseScannedTargets(targets, toFix, alsoRead);
      if (changed) onlyFiles(toFix, changed, io.cwd);
      if (inContext) onlyFiles(toFix, inContext.named, io.cwd);
      exitCode = fixed(toFix, false, colorWanted(opts.color, io));
    }
    const report = await scan({ ...scanOptions, ...outputs.some((o) => o.format === "sarif") ? { fixes: ALL_FIXES } : {} });
    refuseScannedTargets(targets, report, alsoRead);
    if (changed) onlyFiles(report, changed, io.cwd);
    if (inContext) onlyFiles(report, inContext.named, io.cwd);
    if (opts.baseline) applyBaseline(report, resolve13(io.cwd, opts.baseline), opts.baseline);
    const recorded = opts.writeBaseline ? report.findings.filter(isReported).length : 0;
    if (opts.writeBaseline) emit(baselineOf(report), opts.writeBaseline, io, "json");
    if (opts.quiet) report.findings = report.findings.filter((f) => f.level === "error");
    const formatOptions = {
      rules,
      category: opts.category,
      toolVersion: version(),
      catalogVersion: builtInEnvironment().catalog.version,
      repositoryPrefix: repositoryPrefix(io.cwd),
      sourceLinks: sourceLinksFrom(env),
      generatedAt: reportTime(env)
    };
    const formatting = performance.now();
    for (const { format: format3, file } of outputs) {
      const color = colorWanted(opts.color, io) && !file;
      emit(FORMATTERS[format3](report, { ...formatOptions, color }), file, io, CHANNELS[format3]);
    }
    if (profile) io.stderr(debugTimings(profile, performance.now() - formatting, report));
    io.stderr(formatDiagnosticsText(report.diagnostics, colorWanted(opts.color, io)));
    const warnings = report.findings.filter((f) => isReported(f) && f.level === "warning").length;
    const tooManyWarnings = opts.maxWarnings !== void 0 && opts.maxWarnings >= 0 && warnings > opts.maxWarnings;
    if (tooManyWarnings) io.stderr(`strata: ${warnings} warning(s), more than --max-warnings ${opts.maxWarnings}
`);
    exitCode = failed(report, opts.failOn ?? config?.failOn ?? "error") || tooManyWarnings || exitCode === EXIT_FINDINGS ? EXIT_FINDINGS : EXIT_OK;
    if (opts.writeBaseline) {
      const file = printable(opts.writeBaseline);
      io.stderr(`strata: wrote ${recorded} finding(s) to the baseline ${file}; scan with --baseline ${file} to report only new ones
`);
      exitCode = EXIT_OK;
    }
  });
  common(
    program2.command("inventory").description("list every workload: technology, stratum, need and where the need came from").argument("[paths...]", "files, directories or glob patterns", []).addOption(new Option("-f, --format <format>", "output format").choices(["text", "json"]).default("text"))
  ).action(async (paths, opts) => {
    const targets = writeTargets(io.cwd, opts.output ? [opts.output] : []);
    const stdin = await stdinFor(paths, opts);
    const config = configFor(stdin ? [] : paths, opts.config);
    const report = await scan({
      cwd: io.cwd,
      paths: stdin ? [] : paths,
      exclude: opts.exclude,
      varFiles: opts.varFile,
      plans: opts.plan,
      config,
      terraformValues: opts.strictHcl ? "hcl2json" : "source",
      maxFileBytes: opts.maxFileSize,
      stdin
    });
    refuseScannedTargets(targets, report, [config?.path]);
    emit(opts.format === "json" ? inventoryJson(report) : inventoryText(report), opts.output, io, opts.format === "json" ? "json" : "text");
    io.stderr(formatDiagnosticsText(fileProblems(report), colorWanted(opts.color, io)));
  });
  common(
    program2.command("annotate").description('write a need annotation above every workload that declares none: its current stratum, with reason="TODO: why"').argument("[paths...]", "files, directories or glob patterns", []).option("--dry-run", "print a unified diff of the annotations instead of writing them").option("--needs <stratum|intent>", "write this need instead of each workload's current stratum")
  ).action(async (paths, opts) => {
    if (opts.stdin || paths.includes("-")) throw new UsageError("annotate writes files: it cannot annotate standard input");
    const targets = writeTargets(io.cwd, opts.output ? [opts.output] : []);
    const inContext = namedFilesInContext(io.cwd, paths);
    const config = configFor(paths, opts.config);
    if (opts.needs !== void 0) {
      const stratum = environmentFor(config).vocabulary.resolve(opts.needs);
      if (typeof stratum === "string") throw new UsageError(`--needs: ${stratum}`);
    }
    const report = await scan({
      cwd: io.cwd,
      paths: inContext?.paths ?? paths,
      exclude: opts.exclude,
      varFiles: opts.varFile,
      plans: opts.plan,
      config,
      terraformValues: opts.strictHcl ? "hcl2json" : "source",
      maxFileBytes: opts.maxFileSize,
      fixes: { kinds: ["declare-need"], ...opts.needs !== void 0 ? { needs: opts.needs } : {} }
    });
    refuseScannedTargets(targets, report, [config?.path]);
    if (inContext) onlyFiles(report, inContext.named, io.cwd);
    io.stderr(formatDiagnosticsText(fileProblems(report), colorWanted(opts.color, io)));
    exitCode = fixed(report, opts.dryRun === true, colorWanted(opts.color, io), opts.output);
  });
  program2.command("rules").description("list the rules").addOption(new Option("-f, --format <format>", "output format").choices(["text", "json"]).default("text")).action((opts) => {
    if (opts.format === "json") {
      io.stdout(
        `${JSON.stringify(
          rules.map((r) => ({ id: r.meta.id, level: r.meta.level, title: r.meta.title })),
          null,
          2
        )}
`
      );
      return;
    }
    const width = Math.max(...rules.map((r) => r.meta.id.length));
    io.stdout(`${rules.map((r) => `${r.meta.id.padEnd(width)}  ${r.meta.level.padEnd(7)}  ${r.meta.title}`).join("\n")}
`);
  });
  program2.command("init").description("write a commented starter .strata.yml in the working directory").option("--force", "overwrite an existing .strata.yml").action((opts) => {
    const target = join12(io.cwd, ".strata.yml");
    if (existsSync5(target) && !opts.force) throw new UsageError(".strata.yml already exists (use --force to overwrite it)");
    emit(STARTER_CONFIG, ".strata.yml", io, "text");
    io.stdout("wrote .strata.yml\n");
  });
  program2.command("intents").description("list the intents needs= may name, with the stratum each stands for").option("-c, --config <file>", "include this config's intents (default: the nearest .strata.yml)").addOption(new Option("-f, --format <format>", "output format").choices(["text", "json"]).default("text")).action((opts) => {
    const intents = [...environmentFor(configFor([], opts.config)).vocabulary.intents].sort(([a, x], [b, y]) => x.stratum - y.stratum || (a < b ? -1 : 1));
    if (opts.format === "json") {
      emit(
        `${JSON.stringify(
          intents.map(([intent, { stratum, meaning }]) => ({ intent, stratum, meaning })),
          null,
          2
        )}
`,
        void 0,
        io,
        "json"
      );
      return;
    }
    const width = Math.max(...intents.map(([intent]) => intent.length));
    emit(
      `${intents.map(([intent, { stratum, meaning }]) => `${intent.padEnd(width)}  ${`${stratum} ${STRATUM_NAMES[stratum]}`.padEnd(10)}  ${printable(meaning)}`).join("\n")}
`,
      void 0,
      io,
      "text"
    );
  });
  program2.command("explain").description("print a rule's documentation, what an intent means, or a catalog technology with its lighter alternatives").argument("<rule-or-intent-or-technology>", "a rule id (heavier-than-needed), an intent (custom-kernel), a technology id (aws-ec2-instance) or a kind (aws_instance)").option("-c, --config <file>", "include this config's intents and catalog entries (default: the nearest .strata.yml)").action((id, opts) => {
    const rule11 = findRule(id);
    if (rule11) {
      io.stdout(ruleText(rule11.meta));
      return;
    }
    const { vocabulary, catalog } = environmentFor(configFor([], opts.config));
    const intent = vocabulary.intents.get(id.toLowerCase());
    if (!intent) {
      const technology = technologyExplanation(id, catalog);
      if (technology === void 0) throw new UsageError(`Unknown rule, intent or technology "${id}"; \`strata rules\`, \`strata intents\` and the README's catalog list them`);
      emit(technology, void 0, io, "text");
      return;
    }
    const stratum = `${intent.stratum} (${STRATUM_NAMES[intent.stratum]})`;
    emit(
      `${printable(id.toLowerCase())}: an intent; it needs stratum ${stratum}

${printable(intent.meaning)}

Write it above a workload as:
  # strata: needs=${printable(id.toLowerCase())} reason="\u2026"
`,
      void 0,
      io,
      "text"
    );
  });
  try {
    await program2.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.exitCode === 0 ? EXIT_OK : EXIT_ERROR;
    }
    if (e instanceof UsageError || e instanceof DataError) {
      const lines = e instanceof DataError && e.lines ? e.lines : [e.message];
      io.stderr(`strata: ${lines.map((line) => printable(line)).join("\n")}
`);
      return EXIT_ERROR;
    }
    io.stderr(`strata: internal error: ${printableLines(e instanceof Error ? e.stack ?? e.message : String(e))}
`);
    return EXIT_ERROR;
  }
}
var ALL_FIXES = { kinds: ["declare-need", "remove-suppression"] };
function fileList({ files, skipped }) {
  const lines = [
    ...files.map((f) => `scan  ${printable(f.path)}  (${f.format})`),
    ...skipped.map((s) => `skip  ${printable(s.path)}  (${printable(s.reason)})`),
    `${files.length} file(s) to scan, ${skipped.length} path(s) skipped`
  ];
  return `${lines.join("\n")}
`;
}
function debugTimings(profile, formatMs, report) {
  const phases = [...PHASES.map((phase) => [phase, profile.ms[phase]]), ["format", formatMs]];
  const width = Math.max(...phases.map(([name]) => name.length));
  const lines = phases.map(([name, ms]) => `strata: debug: ${name.padEnd(width)} ${ms.toFixed(1).padStart(8)} ms`);
  return `${lines.join("\n")}
strata: debug: ${report.files.length} file(s), ${report.workloads.length} workload(s), ${report.findings.length} finding(s)
`;
}
function colorWanted(flag, io) {
  if (flag !== void 0) return flag;
  const force = (io.env ?? process.env).FORCE_COLOR;
  if (force !== void 0) return force !== "0" && force.toLowerCase() !== "false";
  return io.colorByDefault;
}
function maxFileSize(value2) {
  const bytes = parseSize(value2);
  if (bytes === void 0) throw new UsageError(`--max-file-size takes a size such as 5MB, 500kB or 1048576, not "${value2}"`);
  return bytes;
}
function repositoryPrefix(cwd) {
  const root = repositoryRootOf(cwd);
  return root === void 0 ? "" : toPosix(relative8(root, cwd));
}
function maxWarnings(value2) {
  const n = Number(value2);
  if (!Number.isInteger(n) || n < -1) throw new UsageError(`--max-warnings takes a whole number of 0 or more, or -1 for no limit, not "${value2}"`);
  return n;
}
function collect4(value2, previous) {
  return [...previous, value2];
}
function failed(report, failOn) {
  if (failOn === "none") return false;
  return report.findings.some((f) => isReported(f) && RANK[f.level] >= RANK[failOn]);
}

// src/main.ts
process.exitCode = await run(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  colorByDefault: process.stdout.isTTY === true && !process.env.NO_COLOR,
  progress: process.stderr.isTTY === true && !process.env.CI,
  env: process.env,
  readStdin: async () => {
    const chunks = [];
    for await (const chunk of process.stdin) chunks.push(chunk);
    return Buffer.concat(chunks).toString("utf8");
  }
});
