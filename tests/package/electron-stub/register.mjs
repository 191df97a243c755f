// `node --import` this file to run the built main process (out/main/index.js) without Electron: the
// bare specifier 'electron' resolves to the recording stub beside this file.
import { register } from 'node:module';

register(
  `data:text/javascript,${encodeURIComponent(`
    export async function resolve(specifier, context, next) {
      if (specifier === 'electron') return { url: ${JSON.stringify(new URL('./electron.mjs', import.meta.url).href)}, shortCircuit: true };
      return next(specifier, context);
    }
  `)}`,
);
