#!/usr/bin/env node
// The `sdp` command (built into ../dist by npm run build from src/cli). A file of its own, in git,
// so that npm links the bin when the workspace is installed, before the first build.
import '../dist/main.js';
