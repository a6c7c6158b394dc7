# Golden images: the testers' desktop image, and the CI runners' image.

variable "accelerator" {
  default = "kvm"
}

# strata: needs=hardware reason="testers install unmodified Windows builds on it"
source "virtualbox-iso" "testers" {
  guest_os_type = "Windows2019_64"
}

# strata: needs=os reason="a CI runner: any cloud or KVM guest does"
source "vmware-iso" "runner" {
  guest_os_type = "ubuntu-64"
}

source "qemu" "base" {
  accelerator = var.accelerator
}

build {
  sources = ["source.virtualbox-iso.testers", "source.vmware-iso.runner", "source.qemu.base"]
}
