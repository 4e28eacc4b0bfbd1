#!/usr/bin/env bash
# Runs the product: Node 22, packages, the mini app build, the embedded store with content
# and national records loaded, then the server on http://127.0.0.1:${PORT:-3000}.
source "$(dirname "$0")/scripts/env.sh"
exec npm start
