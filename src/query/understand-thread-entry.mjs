// The entry of an understand thread (add.ts). A worker thread does not inherit the TypeScript loader
// that bin/newsdesk.js registered on the main thread, so it registers tsx itself before loading the .ts
// module (under `node --import tsx` the loader is inherited too, and registering again is harmless).
import { register } from 'tsx/esm/api';

register();
await import('./understand-thread.ts');
