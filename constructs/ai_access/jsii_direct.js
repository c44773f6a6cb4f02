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

const PRESERVE_SYMLINKS = '--preserve-symlinks';
const edits = JSON.parse(fs.readFileSync(path.join(__dirname, 'jsii_direct.json'), 'utf8'));
const program = path.resolve(__dirname, '..', 'lib', 'program.js');
const source = fs.readFileSync(program, 'utf8');
const occursOnce = (text, [from]) => text.split(from).length === 2;
const edit = (text, [from, to]) => text.replace(from, () => to);

if (!occursOnce(source, edits.channel)) {
  require('./jsii-runtime.js');
} else {
  // fd 0 is the protocol's input, read synchronously by the kernel; a stdin stream would switch it
  // to non-blocking (even reading process.stdin.isTTY does), and the kernel's read would fail.
  const { Readable } = require('stream');
  Object.defineProperty(process, 'stdin', { value: new Readable({ read() { this.push(null); } }) });

  process.stdout.write = forwardTo('stdout');
  process.stderr.write = forwardTo('stderr');

  // As the relay starts the kernel: the package cache links packages instead of copying them.
  // jsii_kernel.py appended the flag to NODE_OPTIONS, for module resolution; the kernel's own child
  // processes get NODE_OPTIONS as it was.
  process.execArgv.push(PRESERVE_SYMLINKS);
  const options = (process.env.NODE_OPTIONS || '').replace(new RegExp(`\\s*${PRESERVE_SYMLINKS}$`), '');
  if (options) process.env.NODE_OPTIONS = options;
  else delete process.env.NODE_OPTIONS;

  let kernelSource = edit(source, edits.channel);
  for (const speedup of edits.speedups) {
    if (occursOnce(kernelSource, speedup)) kernelSource = edit(kernelSource, speedup);
  }
  const kernel = new Module(program, module);
  kernel.filename = program;
  kernel.paths = Module._nodeModulePaths(path.dirname(program));
  kernel._compile(kernelSource, program);
}

// What JavaScript prints goes to Python's stderr reader as one JSON line per write, as the relay
// sends it; fd 2 is non-blocking once process.stderr exists, so a full pipe is waited out.
function forwardTo(stream) {
  return (chunk, encoding, callback) => {
    const data = Buffer.isBuffer(chunk)
      ? chunk
      : chunk instanceof Uint8Array
        ? Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
        : Buffer.from(String(chunk), typeof encoding === 'string' ? encoding : 'utf8');
    writeAll(2, Buffer.from(`${JSON.stringify({ [stream]: data.toString('base64') })}\n`));
    const done = typeof encoding === 'function' ? encoding : callback;
    if (typeof done === 'function') process.nextTick(done);
    return true;
  };
}

function writeAll(fd, buffer) {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let written = 0; written < buffer.length; ) {
    try {
      written += fs.writeSync(fd, buffer, written);
    } catch (error) {
      if (error.code !== 'EAGAIN') throw error;
      Atomics.wait(pause, 0, 0, 5);
    }
  }
}
