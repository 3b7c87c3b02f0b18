/**
 * Loaded first by bin/gongwen.js, bundled into dist/bundle/startup.js (see
 * startup.ts): the CLI's bundles, in the same folder, are compiled with V8's
 * code cache.
 */
import { cacheFolder } from './cache-files';
import { cacheBundles } from './code-cache';

cacheBundles(__dirname, cacheFolder());
