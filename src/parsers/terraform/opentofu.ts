/**
 * The OpenTofu file that takes a Terraform file's place when both sit in one directory:
 * `main.tofu` for `main.tf`, `main.tofu.json` for `main.tf.json`.
 * https://opentofu.org/docs/language/files/#extension-precedence
 */
export function openTofuSibling(name: string): string | undefined {
  if (name.endsWith('.tf.json')) return `${name.slice(0, -'.tf.json'.length)}.tofu.json`;
  if (name.endsWith('.tf')) return `${name.slice(0, -'.tf'.length)}.tofu`;
  return undefined;
}
