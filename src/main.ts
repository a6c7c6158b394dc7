#!/usr/bin/env node
/** The `strata` executable. */
import { run } from './cli.js';
import { budgetOptimizingCompiler } from './jit.js';
import { isParseWorker } from './threads/pool.js';
// The bundle is one file: started as a parse worker, it serves parses (this module does that
// when it is loaded in one) instead of running the command line.
import './threads/worker.js';

if (!isParseWorker()) {
  budgetOptimizingCompiler();
  process.exitCode = await run(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    colorByDefault: process.stdout.isTTY === true && !process.env.NO_COLOR,
    progress: process.stderr.isTTY === true && !process.env.CI,
    env: process.env,
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
  });
}
