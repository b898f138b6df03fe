// Starts the real API with the demo stores once for the whole run (scripts/api-stack.mts) and
// hands its URL to the tests; MOBILE_TEST_API_URL reuses one that is already running.
const { spawn } = require('node:child_process');
const path = require('node:path');

module.exports = async function globalSetup() {
  if (process.env.MOBILE_TEST_API_URL) return;
  const root = path.resolve(__dirname, '../..');
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/api-stack.mts'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  globalThis.__API_STACK__ = child;
  const url = await new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('the API did not start in 120 s')), 120_000);
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const m = /READY api=(\S+) expo=(\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        process.env.MOBILE_TEST_EXPO_URL = m[2];
        resolve(m[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`the API exited (${code}) before it was ready:\n${out}`)));
  });
  process.env.MOBILE_TEST_API_URL = url;
};
