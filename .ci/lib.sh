# shellcheck shell=bash
# Helpers sourced by .ci/serve, .ci/test and .ci/bench.
#
# Every `ensure_*` function checks first and installs only what is missing or at the wrong
# version, so running a script twice costs nothing. Installs come from package registries only
# (crates.io, npm, Debian); nothing downloads a browser or a prebuilt binary.

SIGNPOST_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export SIGNPOST_ROOT

# A target dir outside the clone, so CI's fresh clone reuses earlier builds. Trunk honours it
# (it asks `cargo metadata` for target_directory).
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/signpost/target}"

# Cargo names the builds of our own crates without their checkout's path, so in a target dir
# two checkouts share, it can take the other's build of them as up to date while that
# checkout still exists and is unchanged (it happened: a build embedded another commit's
# compiled content). When the last checkout to use the target dir was another, forget our
# crates' builds there, so this one compiles its own; dependencies stay built.
forget_our_builds() {
  rm -rf "$CARGO_TARGET_DIR"/{debug,release}/{.fingerprint,build}/signpost-* \
    "$CARGO_TARGET_DIR"/wasm32-unknown-unknown/{debug,release}/{.fingerprint,build}/signpost-*
}
claim_target_dir() {
  local mark="$CARGO_TARGET_DIR/.signpost-checkout"
  if [ "$(cat "$mark" 2>/dev/null)" != "$SIGNPOST_ROOT" ]; then
    forget_our_builds
    mkdir -p "$CARGO_TARGET_DIR" && printf '%s\n' "$SIGNPOST_ROOT" >"$mark"
  fi
}
claim_target_dir
# Where the built site goes (Trunk's dist); override to keep a private copy.
export SIGNPOST_DIST="${SIGNPOST_DIST:-$SIGNPOST_ROOT/dist}"
# binaryen (wasm-opt) from npm lives here; gitignored.
SIGNPOST_TOOLS="${SIGNPOST_TOOLS:-$SIGNPOST_ROOT/.tools}"
export SIGNPOST_TOOLS
export PATH="$SIGNPOST_TOOLS/node_modules/.bin:$HOME/.cargo/bin:$PATH"

export TRUNK_SKIP_VERSION_CHECK=true
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
export npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false
export npm_config_loglevel="${npm_config_loglevel:-error}"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"

SIGNPOST_TRUNK_VERSION=0.21.14
SIGNPOST_BINARYEN_VERSION=132.0.0
SIGNPOST_WASM_OPT_MIN=132

log() { printf '[signpost] %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

# The version of a package in Cargo.lock (first entry of that name).
lock_version() {
  awk -v want="name = \"$1\"" '
    $0 == want { found = 1; next }
    found && /^version = / { gsub(/version = |"/, ""); print; exit }
  ' "$SIGNPOST_ROOT/Cargo.lock"
}

ensure_wasm_target() {
  if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    log "adding rust target wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown
  fi
}

ensure_trunk() {
  local have
  have="$(trunk --version 2>/dev/null || true)"
  if [ "$have" != "trunk $SIGNPOST_TRUNK_VERSION" ]; then
    log "installing trunk $SIGNPOST_TRUNK_VERSION (found: ${have:-none}; takes ~8-10 min)"
    cargo install trunk --version "$SIGNPOST_TRUNK_VERSION" --locked
  fi
}

ensure_wasm_bindgen() {
  local want have pinned
  want="$(lock_version wasm-bindgen)"
  [ -n "$want" ] || die "no wasm-bindgen entry in Cargo.lock"
  have="$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)"
  if [ "$have" != "$want" ]; then
    log "installing wasm-bindgen-cli $want (found: ${have:-none}; takes ~3 min)"
    # Not --locked: its lockfile pins a webpki-roots version the registry lacks.
    cargo install wasm-bindgen-cli --version "$want" --force
  fi
  pinned="$(sed -n 's/^wasm_bindgen *= *"\(.*\)"/\1/p' "$SIGNPOST_ROOT/Trunk.toml")"
  if [ "$pinned" != "$want" ]; then
    log "warning: Trunk.toml pins wasm_bindgen = \"$pinned\" but Cargo.lock has $want; using $want (update Trunk.toml)"
  fi
  # Overrides Trunk.toml, so a Cargo.lock bump never breaks the offline build.
  export TRUNK_TOOLS_WASM_BINDGEN="$want"
}

wasm_opt_major() {
  { wasm-opt --version 2>/dev/null || true; } | sed -n 's/.*version \([0-9][0-9]*\).*/\1/p' | head -n1
}

ensure_node() {
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    log "installing nodejs and npm from Debian"
    as_root apt-get update -qq
    as_root apt-get install -y -qq nodejs npm
  fi
}

ensure_binaryen() {
  local have
  have="$(wasm_opt_major)"
  if [ -z "$have" ] || [ "$have" -lt "$SIGNPOST_WASM_OPT_MIN" ]; then
    ensure_node
    log "installing binaryen $SIGNPOST_BINARYEN_VERSION from npm into $SIGNPOST_TOOLS (found wasm-opt: ${have:-none})"
    mkdir -p "$SIGNPOST_TOOLS"
    [ -f "$SIGNPOST_TOOLS/package.json" ] || printf '{ "private": true }\n' >"$SIGNPOST_TOOLS/package.json"
    npm install --prefix "$SIGNPOST_TOOLS" --no-save "binaryen@$SIGNPOST_BINARYEN_VERSION" >&2
    hash -r
    have="$(wasm_opt_major)"
    if [ -z "$have" ] || [ "$have" -lt "$SIGNPOST_WASM_OPT_MIN" ]; then
      die "wasm-opt $SIGNPOST_WASM_OPT_MIN+ not found on PATH after install (got: ${have:-none})"
    fi
  fi
}

ensure_chromium() {
  if [ ! -x "$CHROMIUM_PATH" ]; then
    log "installing chromium and chromium-driver from Debian"
    as_root apt-get update -qq
    as_root apt-get install -y -qq chromium chromium-driver
  fi
}

# npm dependencies of tests/e2e, reinstalled only when package-lock.json changed.
ensure_e2e_deps() {
  ensure_node
  local dir="$SIGNPOST_ROOT/tests/e2e" stamp want
  stamp="$dir/node_modules/.signpost-lock-sha"
  if [ -f "$dir/package-lock.json" ]; then
    want="$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)"
    if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
      log "installing tests/e2e npm dependencies (npm ci)"
      (cd "$dir" && npm ci --no-audit --no-fund >&2)
      echo "$want" >"$stamp"
    fi
  elif [ ! -d "$dir/node_modules" ]; then
    log "installing tests/e2e npm dependencies (npm install)"
    (cd "$dir" && npm install --no-audit --no-fund >&2)
  fi
}

# npm dependencies of a folder with a package-lock.json (relative to the repository),
# reinstalled only when node_modules is missing or the lock changed since the last install.
ensure_npm_ci() {
  ensure_node
  local dir="$SIGNPOST_ROOT/$1" stamp want
  stamp="$dir/node_modules/.signpost-lock-sha"
  want="$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)"
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    log "installing $1 npm dependencies (npm ci)"
    (cd "$dir" && npm ci --no-audit --no-fund >&2)
    echo "$want" >"$stamp"
  fi
}

# .ci/readability.mjs (the readability report).
ensure_readability_deps() { ensure_npm_ci .ci/readability; }

# .ci/perf/browser-bench.mjs (Lighthouse and step latency in the browser).
ensure_perf_deps() { ensure_npm_ci .ci/perf; }

ensure_build_deps() {
  ensure_wasm_target
  ensure_trunk
  ensure_wasm_bindgen
  ensure_binaryen
  ensure_node
}

ensure_test_deps() {
  ensure_build_deps
  ensure_chromium
  ensure_nginx
  ensure_e2e_deps
  ensure_readability_deps
}

# Release build of the web app into $SIGNPOST_DIST (offline), then .br/.gz next to each asset.
build_release() {
  cd "$SIGNPOST_ROOT" || die "no $SIGNPOST_ROOT"
  [ -f style/main.css ] || die "style/main.css is missing (index.html links it)"
  cargo fetch --quiet >&2 || die "cargo fetch failed"
  RUST_BACKTRACE=0 trunk build --release --offline --dist "$SIGNPOST_DIST" >&2 || die "trunk build failed"
  node "$SIGNPOST_ROOT/.ci/precompress.mjs" "$SIGNPOST_DIST" >&2 || die "precompress failed"
}

# A free TCP port on 127.0.0.1.
free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

# Debian's nginx and its brotli_static module (for .ci/deploy/signpost.conf), if missing.
ensure_nginx() {
  if ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ] \
    || [ ! -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ]; then
    log "installing nginx and libnginx-mod-http-brotli-static from Debian"
    as_root apt-get update -qq
    as_root apt-get install -y -qq nginx libnginx-mod-http-brotli-static >&2
  fi
}

# Starts nginx in the foreground (not as a daemon), in the background of this shell, serving
# DIST on a free port of 127.0.0.1 with .ci/deploy/signpost.conf, the configuration a council
# uses. Its config, pid, logs and temp files are in a new temp dir. Sets NGINX_PID, NGINX_PORT,
# NGINX_DIR; stop it with stop_nginx. Returns non-zero (with nginx's error log) if it does not
# answer within 10 s.
start_nginx() {
  local dist="${1:-$SIGNPOST_DIST}" nginx_bin user_line=""
  nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"
  NGINX_DIR="$(mktemp -d)"
  NGINX_PORT="$(free_port)"
  mkdir -p "$NGINX_DIR/tmp"
  # As root, nginx's workers would run as nobody, who may not be able to read the checkout.
  if [ "$(id -u)" = 0 ]; then user_line="user root;"; fi
  cat >"$NGINX_DIR/nginx.conf" <<CONF
# Generated by start_nginx (.ci/lib.sh) for the tests; the part under test is signpost.conf.
$user_line
daemon off;
worker_processes 1;
pid $NGINX_DIR/nginx.pid;
error_log $NGINX_DIR/error.log warn;
load_module /usr/lib/nginx/modules/ngx_http_brotli_static_module.so;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log $NGINX_DIR/access.log;
    client_body_temp_path $NGINX_DIR/tmp/body;
    proxy_temp_path $NGINX_DIR/tmp/proxy;
    fastcgi_temp_path $NGINX_DIR/tmp/fastcgi;
    uwsgi_temp_path $NGINX_DIR/tmp/uwsgi;
    scgi_temp_path $NGINX_DIR/tmp/scgi;
    sendfile on;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        server_name localhost;
        root $dist;
        include $SIGNPOST_ROOT/.ci/deploy/signpost.conf;
    }
}
CONF
  "$nginx_bin" -t -q -p "$NGINX_DIR" -c "$NGINX_DIR/nginx.conf" -e "$NGINX_DIR/error.log" \
    || { cat "$NGINX_DIR/error.log" >&2; return 1; }
  "$nginx_bin" -p "$NGINX_DIR" -c "$NGINX_DIR/nginx.conf" -e "$NGINX_DIR/error.log" </dev/null &
  NGINX_PID=$!
  export NGINX_DIR NGINX_PORT NGINX_PID
  for _ in $(seq 1 50); do
    if node -e "fetch('http://127.0.0.1:$NGINX_PORT/').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"; then
      return 0
    fi
    sleep 0.2
  done
  log "nginx did not answer on 127.0.0.1:$NGINX_PORT"
  cat "$NGINX_DIR/error.log" >&2
  return 1
}

# Stops the nginx of start_nginx (its master process; the worker follows) and removes its dir.
stop_nginx() {
  if [ -n "${NGINX_PID:-}" ]; then
    kill "$NGINX_PID" 2>/dev/null || true
    wait "$NGINX_PID" 2>/dev/null || true
    NGINX_PID=""
  fi
  if [ -n "${NGINX_DIR:-}" ]; then
    rm -rf "$NGINX_DIR"
    NGINX_DIR=""
  fi
}
