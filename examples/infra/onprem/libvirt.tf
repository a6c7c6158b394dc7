# strata: needs=process
resource "libvirt_domain" "cache" {
  name   = "cache"
  memory = 2048
  vcpu   = 2
  type   = "qemu"
}

# strata: needs=foreign-architecture reason="firmware tests for the arm64 boards"
resource "libvirt_domain" "arm_builder" {
  name    = "arm-builder"
  memory  = 4096
  type    = "qemu"
  arch    = "aarch64"
  machine = "virt"
}
