import type { Plugin } from 'esbuild';

/** zod's `locales` re-export reduced to English (see esbuild-plugins.mjs). */
export declare const zodEnglishOnly: Plugin;
