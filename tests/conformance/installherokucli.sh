#!/bin/sh
# Installs the real Heroku CLI (npm package heroku@11) into a cache directory that
# survives between CI runs on the same machine, for the conformance tests.
#
#   installherokucli.sh DIR
#
# DIR is $HPG_CACHE_DIR/heroku-cli (CMake passes it at configure time). The install is
# skipped when DIR/node_modules/.bin/heroku --version already reports heroku/11.x.
# A missing or too old node/npm is an error, never a silent skip: CI must run these tests.
set -eu

if [ $# -ne 1 ] || [ -z "$1" ]; then
    echo "usage: installherokucli.sh DIR" >&2
    exit 2
fi
dir=$1
required_major=11
node_min_major=20

fail() {
    echo "installherokucli: $*" >&2
    exit 1
}

command -v node >/dev/null 2>&1 \
    || fail "node is not on PATH. The conformance tests need Node.js >= $node_min_major and npm (Debian: apt-get install nodejs npm, or NodeSource)."
command -v npm >/dev/null 2>&1 \
    || fail "npm is not on PATH. The conformance tests need npm to install heroku@$required_major."
node_version=$(node --version 2>/dev/null || true)
node_major=$(printf '%s\n' "$node_version" | sed -n 's/^v\([0-9][0-9]*\)\..*/\1/p')
[ -n "$node_major" ] || fail "cannot read the Node.js version (node --version said: '$node_version')."
mkdir -p "$dir" || fail "cannot create $dir"

# Debian 12 ships Node.js 18; heroku@11 needs 20. Then a Node.js 20 binary comes from the npm
# registry itself (node-linux-<arch>), and .bin/heroku becomes a wrapper that runs the CLI with it.
node20=""
if [ "$node_major" -lt "$node_min_major" ]; then
    case $(uname -m) in
    x86_64) node_arch=x64 ;;
    aarch64) node_arch=arm64 ;;
    *) fail "Node.js $node_version is too old (heroku@$required_major needs >= $node_min_major) and no Node.js 20 build is on the npm registry for $(uname -m)." ;;
    esac
    node20="$dir/node20/node_modules/node-linux-$node_arch/bin/node"
    if ! "$node20" --version 2>/dev/null | grep -q "^v$node_min_major\."; then
        echo "installherokucli: Node.js $node_version is too old; installing Node.js $node_min_major from the npm registry"
        mkdir -p "$dir/node20"
        (cd "$dir/node20" && npm install --no-audit --no-fund "node-linux-$node_arch@$node_min_major") \
            || fail "Node.js $node_version is too old and npm could not install node-linux-$node_arch@$node_min_major."
    fi
    "$node20" --version >/dev/null 2>&1 || fail "the Node.js $node_min_major from npm does not run here."
fi

# .bin/heroku runs the CLI with the Node.js found above when the system's is too old.
use_node20() {
    [ -n "$node20" ] || return 0
    rm -f "$dir/node_modules/.bin/heroku"
    printf '#!/bin/sh\nexec "%s" "%s" "$@"\n' "$node20" "$dir/node_modules/heroku/bin/run" >"$dir/node_modules/.bin/heroku"
    chmod +x "$dir/node_modules/.bin/heroku"
}

# The version probe must not write into the real HOME, update itself or phone home.
probe_home=$(mktemp -d "${TMPDIR:-/tmp}/hpg-heroku-probe.XXXXXX")
trap 'rm -rf "$probe_home"' EXIT INT TERM

installed_version() {
    [ -x "$dir/node_modules/.bin/heroku" ] || return 0
    HOME=$probe_home XDG_CONFIG_HOME=$probe_home/.config XDG_CACHE_HOME=$probe_home/.cache \
        XDG_DATA_HOME=$probe_home/.local/share HEROKU_DISABLE_AUTOUPDATE=1 HEROKU_SKIP_NEW_VERSION_CHECK=true \
        HEROKU_SKIP_ANALYTICS=1 DISABLE_TELEMETRY=true \
        "$dir/node_modules/.bin/heroku" --version 2>/dev/null \
        | sed -n 's|^heroku/\([0-9][0-9.]*\).*|\1|p' | head -n 1
}

is_wanted() {
    case $1 in
    "$required_major".*) return 0 ;;
    *) return 1 ;;
    esac
}

install() {
    [ -d "$dir/node_modules/heroku" ] && use_node20
    version=$(installed_version)
    if is_wanted "$version"; then
        echo "installherokucli: heroku $version is already installed in $dir"
        return 0
    fi
    echo "installherokucli: installing heroku@$required_major into $dir (found: '${version:-none}')"
    cd "$dir"
    [ -f package.json ] || printf '{ "name": "hpgdesk-heroku-cli", "private": true }\n' >package.json
    npm install --no-audit --no-fund "heroku@$required_major" \
        || fail "npm install heroku@$required_major failed (is the npm registry reachable?)"
    use_node20
    version=$(installed_version)
    is_wanted "$version" || fail "after npm install, heroku --version reports '${version:-nothing}', not $required_major.x"
    echo "installherokucli: installed heroku $version in $dir"
}

# Two build trees may run this fixture at the same time on one machine: serialise them.
if command -v flock >/dev/null 2>&1; then
    exec 9>"$dir/.install.lock"
    flock -w 900 9 || fail "timed out waiting for another install into $dir"
fi
install
