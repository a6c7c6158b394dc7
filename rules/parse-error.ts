import type { FileRule } from '../src/rule.js';

export const rule: FileRule = {
  scope: 'file',
  meta: {
    id: 'parse-error',
    level: 'error',
    title: 'A file strata cannot read or parse',
    description:
      "A file strata should scan, or one a scanned file refers to (an include, an extends file, a .env, a jobspec, a variable file), that it could not read or parse: a syntax error, a file too large or binary, a symlink out of the repository, something that is not a regular file, structure nested past strata's budgets. Its workloads are missing from the report, so a pull request that breaks a file must not pass as clean (as ESLint treats a parse error). The problem is reported where it is; the file's content is never quoted.",
    help: {
      fix: 'Fix the syntax at the reported line, or exclude the file (`--exclude`, the config\'s `exclude`), or set the rule\'s level for those paths in the config (`overrides: [{files: ["legacy/**"], rules: {parse-error: warning}}]`).',
      bad: 'resource "aws_instance" "web" {\n  instance_type = "t3.micro\n}',
      good: 'resource "aws_instance" "web" {\n  instance_type = "t3.micro"\n}',
    },
    tags: ['correctness'],
  },
  check(problem) {
    return [{ message: problem.message, level: problem.level === 'warning' ? 'warning' : undefined }];
  },
};
