/**
 * Loaded first by bin/gongwen.js: the CLI's bundles (dist/bundle) are
 * compiled with V8's code cache.
 */
import path from 'node:path';
import { cacheFolder } from './cache-files';
import { cacheBundles } from './code-cache';

cacheBundles(path.resolve(__dirname, '../../bundle'), cacheFolder());
