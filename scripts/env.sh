# Sourced by start.sh, test.sh and .ci/run: puts Node 22 LTS or newer first on PATH
# (installed from the npm registry's `node@22` package into ~/.cache/cchc/node22 when the
# machine's Node is older; shared by every checkout, since the download can take minutes)
# and installs the project's packages when they are missing or stale.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="${CCHC_NODE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/cchc/node22}"

# npm reads its global config (CA file, proxy) from beside the Node that runs it, so the
# machine's settings are carried over explicitly before switching to our Node.
if [ -z "${npm_config_cafile:-}" ] && command -v npm >/dev/null; then
  sys_cafile=$(npm config get cafile 2>/dev/null || true)
  case "$sys_cafile" in "" | null | undefined) ;; *)
    export npm_config_cafile="$sys_cafile"
    export NODE_EXTRA_CA_CERTS="${NODE_EXTRA_CA_CERTS:-$sys_cafile}" ;;
  esac
fi

node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ -x "$TOOLS/node_modules/.bin/node" ]; then
  export PATH="$TOOLS/node_modules/.bin:$PATH"
fi
if [ "$(node_major)" -lt 22 ]; then
  echo "» Node $(node --version 2>/dev/null || echo 'không có') quá cũ; cài Node 22 LTS từ npm vào $TOOLS (lần đầu có thể mất vài phút) …"
  command -v npm >/dev/null || { echo "Cần npm để cài Node 22 (cài Node.js bất kỳ trước)." >&2; exit 1; }
  mkdir -p "$TOOLS"
  npm install --no-save --no-package-lock --prefix "$TOOLS" node@22 >/dev/null
  export PATH="$TOOLS/node_modules/.bin:$PATH"
fi
echo "» Node $(node --version), npm $(npm --version)"

cd "$ROOT"
# Install when node_modules is missing or older than the lockfile. `npm install` (which keeps
# the lockfile's versions) rather than `npm ci`: npm 11's ci refuses lockfiles that lack other
# platforms' optional packages (rollup, biome, esbuild), which npm itself omits (npm/cli#4828).
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "» Cài các gói (npm install theo package-lock.json) …"
  npm install --no-audit --no-fund --no-save
fi
