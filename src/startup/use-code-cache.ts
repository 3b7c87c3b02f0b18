/**
 * Loaded first by bin/gongwen.js: the CLI's bundles (dist/bundle) are
 * compiled with V8's code cache in this thread and, as a preload in the Node
 * options that threads are started with (docx-in-thread.ts), in its threads.
 */
import path from 'node:path';
import { cacheFolder } from './cache-files';
import { cacheBundles } from './code-cache';

cacheBundles(path.resolve(__dirname, '../../bundle'), cacheFolder());
process.execArgv.push('--require', __filename);
