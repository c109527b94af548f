#!/usr/bin/env bash
# Re-records wordcount.lackey.gz, the bundled real trace: wordcount.c compiled with gcc -O2 as a
# static binary (so no dynamic loader runs before main), run under valgrind's lackey tool with
# --trace-mem=yes, in an empty environment (so the stack layout does not depend on the caller's).
# Lackey writes one line per instruction fetch and data access; the whole run is about 8.1 M lines
# (114 MB), 4.4 MB after gzip -9. MAX_LINES caps what is kept, as a guard against a toolchain
# that makes the run longer; at its default the whole run fits.
# Usage: sim/src/main/resources/traces/record.sh   (needs gcc, the static libc, valgrind)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
max_lines="${MAX_LINES:-9000000}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

gcc -O2 -static -Wall -Wextra -o "$tmp/wordcount" "$here/wordcount.c"
(cd "$tmp" && env -i valgrind --tool=lackey --trace-mem=yes --log-file=trace.lackey ./wordcount)
head -n "$max_lines" "$tmp/trace.lackey" | gzip -9n > "$tmp/wordcount.lackey.gz"
mv "$tmp/wordcount.lackey.gz" "$here/wordcount.lackey.gz"
echo "recorded $(wc -l < "$tmp/trace.lackey") lines, kept at most $max_lines: $(stat -c %s "$here/wordcount.lackey.gz") bytes" >&2
