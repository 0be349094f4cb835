import type { Plugin } from 'vite';

export const STAMP_FILE: string;
export function inputStamp(repo: string): Promise<string>;
export function builtStamp(outDir: string): Promise<string | undefined>;
export function writeStamp(outDir: string, stamp: string): Promise<void>;
export function precompress(dir: string): Promise<string[]>;
export function webBuild(repo: string): Plugin;
