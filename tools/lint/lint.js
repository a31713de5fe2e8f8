// Lints every BPMN model under the given folder with the rules Camunda Modeler applies
// for the Camunda 7.24 platform (see .bpmnlintrc). Exits non-zero on any error or warning.
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const folder = process.argv[2];
if (!folder) {
  console.error('usage: node lint.js <folder with .bpmn files>');
  process.exit(2);
}
const files = fs.readdirSync(folder)
  .filter((name) => name.endsWith('.bpmn'))
  .map((name) => path.join(folder, name));
if (files.length === 0) {
  console.error(`no .bpmn files in ${folder}`);
  process.exit(2);
}
const cli = require.resolve('bpmnlint/bin/bpmnlint.js');
const result = spawnSync(process.execPath, [cli, '--max-warnings', '0', ...files], {
  cwd: __dirname,
  stdio: 'inherit'
});
if (result.status === 0) {
  console.log(`bpmnlint: ${files.length} model(s) clean: ${files.map((f) => path.basename(f)).join(', ')}`);
}
process.exit(result.status === null ? 1 : result.status);
