#!/usr/bin/env node
import { runCli } from './program';

void runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  progressOnStderr: process.stderr.isTTY === true,
}).then((code) => {
  process.exitCode = code;
});
