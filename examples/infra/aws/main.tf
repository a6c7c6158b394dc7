terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}

variable "api_instance_type" {
  type    = string
  default = "t3.medium"
}

# The public API is a stateless HTTP service: a container would do.
# strata: needs=web-service reason="stateless HTTP API behind the ALB"
resource "aws_instance" "api" {
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = var.api_instance_type

  tags = {
    Name = "api"
  }
}

resource "aws_ecs_task_definition" "worker" {
  family                   = "worker"
  requires_compatibilities = ["FARGATE"]
  cpu                      = 512
  memory                   = 1024
  container_definitions = jsonencode([{
    name  = "worker"
    image = "registry.example.com/worker:1.8"
  }])

  tags = {
    "strata:needs"  = "batch-job"
    "strata:reason" = "queue consumer, no kernel dependencies"
  }
}

# strata: needs=hardware reason="runs Firecracker for the sandbox service: needs VT-x on the host, no nested virt"
resource "aws_instance" "sandbox_host" {
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "c5.metal"
}

resource "aws_lambda_function" "thumbnails" {
  function_name = "thumbnails"
  role          = "arn:aws:iam::123456789012:role/thumbnails"
  package_type  = "Image"
  image_uri     = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/thumbnails:3"
}

resource "aws_s3_bucket" "artifacts" {
  bucket = "example-artifacts"
}
