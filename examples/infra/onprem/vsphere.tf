// strata: default needs=os reason="on-premises guests are Linux with VMware Tools and virtio-capable kernels"

resource "vsphere_virtual_machine" "ledger" {
  name             = "ledger"
  resource_pool_id = "resgroup-42"
  datastore_id     = "datastore-7"
  num_cpus         = 4
  memory           = 8192
  guest_id         = "otherLinux64Guest"

  disk {
    label = "disk0"
    size  = 40
  }
}

/* strata: needs=stock-os-install reason="vendor appliance, shipped as an unmodified OVA" */
resource "vsphere_virtual_machine" "vendor_appliance" {
  name             = "vendor-appliance"
  resource_pool_id = "resgroup-42"
  datastore_id     = "datastore-7"
  guest_id         = "other3xLinux64Guest"
}

# strata: needs=proces reason="metrics exporter"
resource "vsphere_virtual_machine" "exporter" {
  name             = "exporter"
  resource_pool_id = "resgroup-42"
  datastore_id     = "datastore-7"
  guest_id         = "otherLinux64Guest"
}
