# strata: needs=web-service reason="storefront web tier"
resource "kubernetes_deployment_v1" "storefront" {
  metadata {
    name = "storefront"
  }
  spec {
    replicas = 3
    template {
      metadata {
        labels = { app = "storefront" }
      }
      spec {
        host_network = true
        container {
          name  = "web"
          image = "registry.example.com/storefront:5.2"
          security_context {
            privileged = true
          }
        }
      }
    }
  }
}

# strata: needs=custom-kernel reason="loads the wireguard kernel module"
resource "docker_container" "vpn" {
  name  = "vpn"
  image = "registry.example.com/wireguard:1.0"
}

# strata: needs=process reason="build cache, untrusted code runs inside"
# strata-ignore: heavier-than-needed reason="moving to gVisor, OPS-118" until=2025-12-31
resource "docker_container" "build_cache" {
  name    = "build-cache"
  image   = "registry.example.com/build-cache:7"
  runtime = "kata-runtime"
}

# strata-ignore: lighter-than-needed reason="left over from the old runtime"
resource "docker_container" "metrics" {
  name  = "metrics"
  image = "prom/node-exporter:v1.8.1"

  labels {
    label = "strata.needs"
    value = "process"
  }
  labels {
    label = "strata.reason"
    value = "metrics sidecar"
  }
}
