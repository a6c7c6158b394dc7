# strata: needs=os reason="CI runners build and boot custom kernels"
resource "google_compute_instance" "ci_runner" {
  name         = "ci-runner"
  machine_type = "n2-standard-8"
  zone         = "europe-west1-b"

  advanced_machine_features {
    enable_nested_virtualization = true
  }

  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    network = "default"
  }
}

resource "google_cloud_run_v2_service" "docs" {
  name     = "docs"
  location = "europe-west1"

  template {
    containers {
      image = "europe-docker.pkg.dev/example/docs/site:2"
    }
  }

  labels = {
    strata-needs = "web-service"
  }
}
