// Preloaded (NODE_OPTIONS=--require) into the process and every worker thread it starts (checked):
// any attempt to reach the network throws, so a reading that succeeds used only local files.
/* eslint-disable @typescript-eslint/no-require-imports, no-undef -- a CommonJS preload, as --require needs */
const net = require('node:net');
const dns = require('node:dns');
const blocked = () => {
  throw new Error('network blocked by the offline test');
};
net.Socket.prototype.connect = blocked;
dns.lookup = blocked;
dns.promises.lookup = blocked;
globalThis.fetch = blocked;
