// The jsii kernel in this process, talking to Python on stdin and stdout (see jsii_kernel.py).
//
// jsii's own entry point (bin/jsii-runtime.js, kept beside this file) spawns a second Node.js
// process for the kernel (lib/program.js) and relays every request and response between the two;
// the kernel talks on fd 3 so that whatever user code prints cannot corrupt the protocol. Here the
// kernel runs in this process on fds 0 and 1, and what user code prints goes to Python on stderr,
// wrapped exactly as the relay wraps it.
//
// jsii_direct.json (written beside this file) holds the edits to the kernel's source: `channel`
// moves it to fds 0 and 1; if its text does not occur exactly once, this falls back to jsii's own
// entry point (slower, never wrong). Each of `speedups` applies only where its text occurs exactly
// once.
'use strict';

const fs = require('fs');
const path = require('path');
const Module = require('module');

const edits = JSON.parse(fs.readFileSync(path.join(__dirname, 'jsii_direct.json'), 'utf8'));
const program = path.resolve(__dirname, '..', 'lib', 'program.js');
const source = fs.readFileSync(program, 'utf8');
const occursOnce = (text, [from]) => text.split(from).length === 2;
const edit = (text, [from, to]) => text.replace(from, () => to);

if (!occursOnce(source, edits.channel)) {
  require('./jsii-runtime.js');
} else {
  const forward = (stream) => (chunk, encoding, callback) => {
    const data = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk), typeof encoding === 'string' ? encoding : 'utf8');
    fs.writeSync(2, `${JSON.stringify({ [stream]: data.toString('base64') })}\n`);
    const done = typeof encoding === 'function' ? encoding : callback;
    if (typeof done === 'function') process.nextTick(done);
    return true;
  };
  process.stdout.write = forward('stdout');
  process.stderr.write = forward('stderr');

  let kernelSource = edit(source, edits.channel);
  for (const speedup of edits.speedups) {
    if (occursOnce(kernelSource, speedup)) kernelSource = edit(kernelSource, speedup);
  }
  const kernel = new Module(program, module);
  kernel.filename = program;
  kernel.paths = Module._nodeModulePaths(path.dirname(program));
  kernel._compile(kernelSource, program);
}
