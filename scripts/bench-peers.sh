#!/usr/bin/env bash
# hopdash beside the tools a skills lead would otherwise reach for (sqlite3, DuckDB, VisiData),
# timed in one run on the same generated store and its CSV extracts. Prints one Markdown table:
# seconds (median of --runs) and peak memory of each process, and each peer's time over hopdash's.
#
#   swift build -c release                     # hopdash and hopdash-bench
#   scripts/bench-peers.sh --staff 100000      # DuckDB and VisiData go into a venv in --work
#
# The DuckDB figures are checked against sqlite3's before anything is timed, so the two compute
# the same thing. Needs python3 (with venv), sqlite3 and /usr/bin/time.
set -euo pipefail

staff=100000 seed=7 today=2026-06-01 runs=3 work=.bench/peers bin=.build/release
usage() { sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; echo "Options: --staff N --seed N --today YYYY-MM-DD --runs N --work DIR --bin DIR"; }
while [ $# -gt 0 ]; do
    case "$1" in
        --staff) staff="$2"; shift 2 ;;
        --seed) seed="$2"; shift 2 ;;
        --today) today="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        --work) work="$2"; shift 2 ;;
        --bin) bin="$2"; shift 2 ;;
        -h|--help) usage; exit 0 ;;
        *) echo "bench-peers: unknown option $1" >&2; usage >&2; exit 64 ;;
    esac
done
here="$(cd "$(dirname "$0")" && pwd)"
hopdash="$(cd "$bin" && pwd)/hopdash" bench="$(cd "$bin" && pwd)/hopdash-bench"
for tool in "$hopdash" "$bench"; do
    [ -x "$tool" ] || { echo "bench-peers: $tool is missing: build it first (swift build -c release)" >&2; exit 1; }
done
for tool in sqlite3 python3 /usr/bin/time; do
    command -v "$tool" > /dev/null || { echo "bench-peers: $tool is needed and not found" >&2; exit 1; }
done
mkdir -p "$work" && cd "$work"
venv="$PWD/venv"
say() { echo "bench-peers: $*" >&2; }

# --- The peers, in a virtual environment of their own ------------------------------------------
if [ ! -x "$venv/bin/vd" ]; then
    say "installing DuckDB and VisiData into $work/venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet duckdb visidata
fi
py="$venv/bin/python" vd="$venv/bin/vd"
versions="$($py -c 'import duckdb; print("DuckDB", duckdb.__version__)'), VisiData $("$vd" --version | head -1 | awk '{print $2}'), $(sqlite3 --version | awk '{print "sqlite3", $1}')"

# --- The store, its CSV extracts, a copy without assessments ------------------------------------
data="staff-$staff-seed$seed"
mkdir -p "$data" && cd "$data"
if [ ! -f store.sqlite ]; then
    say "generating $staff staff"
    rm -f partial.sqlite partial.sqlite-wal partial.sqlite-shm
    "$hopdash" generate --staff "$staff" --seed "$seed" --today "$today" --store partial.sqlite >&2
    sqlite3 partial.sqlite "PRAGMA wal_checkpoint(TRUNCATE)" > /dev/null
    mv partial.sqlite store.sqlite
fi
for table in staff assessments cpd; do
    [ -f "$table.csv" ] || "$hopdash" export --store store.sqlite --table "$table" --out "$table.csv"
done
# The reference tables a CSV extract does not carry (the framework's requirements), for DuckDB.
sqlite3 -csv -header store.sqlite "SELECT code, name FROM profession" > professions.csv
sqlite3 -csv -header store.sqlite "SELECT p.code AS prof, k.name AS skill, g.code AS grade, q.level
    FROM skill_requirement q JOIN skill k ON k.id = q.skill_id JOIN profession p ON p.id = k.profession_id
    JOIN grade g ON g.id = q.grade_id" > requirements.csv
sqlite3 -csv -header store.sqlite "SELECT p.code AS prof, r.hours_per_cycle AS hours, r.cycle_start_month AS start_month,
    (SELECT group_concat(value, ';') FROM json_each(r.counted_types)) AS types
    FROM cpd_requirement r JOIN profession p ON p.id = r.profession_id" > cpd_requirements.csv
if [ ! -f no-assessments.sqlite ]; then
    say "making a copy without assessments for the imports"
    rm -f partial.sqlite
    sqlite3 store.sqlite "VACUUM INTO 'partial.sqlite'"
    sqlite3 partial.sqlite "DELETE FROM assessment; VACUUM;"
    mv partial.sqlite no-assessments.sqlite
fi
"$bench" naive-sql --today "$today" > naive.sql
sed "s/\${TODAY}/$today/g" "$here/peers/figures.sql" > figures.duckdb.sql
cat > duck.py <<'EOF'
import sys, duckdb
connection = duckdb.connect(sys.argv[2] if len(sys.argv) > 2 else ":memory:")
for row in connection.sql(open(sys.argv[1]).read()).fetchall() or []:
    print("|".join("" if v is None else str(v) for v in row))
EOF
echo "SELECT * FROM read_csv('assessments.csv', header = true) LIMIT 40;" > first.sql
echo "SELECT \"Skill\", count(*) FROM read_csv('assessments.csv', header = true) GROUP BY 1 ORDER BY 2 DESC;" > freq.sql
echo "CREATE TABLE assessment AS FROM read_csv('assessments.csv', header = true);
CREATE INDEX assessment_by_staff ON assessment(\"Staff number\", \"Skill\", \"Date\");" > import.duckdb.sql
printf 'sheet\tcol\trow\tlongname\tinput\tkeystrokes\tcomment\n\t\t\topen-file\tassessments.csv\to\t\nassessments\tSkill\t\tfreq-col\t\tF\t\nassessments_Skill_freq\t\t\tsave-sheet\tvd-freq.csv\t^S\t\n' > freq.vd
printf '\t\t\topen-file\tassessments.csv\to\t\n' | cat <(head -1 freq.vd) - > open.vd

say "checking that DuckDB computes sqlite3's figures"
sqlite3 store.sqlite < naive.sql > naive.out
$py duck.py figures.duckdb.sql > duckdb.out
if ! diff -q naive.out duckdb.out > /dev/null; then
    say "DuckDB's figures differ from sqlite3's (naive.out, duckdb.out in $PWD); not timing"
    exit 1
fi

# --- Timing --------------------------------------------------------------------------------------
# measure CELL COMMAND...: runs it --runs times (PREPARE, if set, before each run, untimed) and
# sets CELL to "median s (peak MB)".
prepare=""
measure() {
    local cell="$1"; shift
    local times=() peak=0
    for _ in $(seq "$runs"); do
        [ -z "$prepare" ] || eval "$prepare"
        /usr/bin/time -f "%e %M" -o time.out "$@" > /dev/null 2> run.err || { say "failed: $* ($(tail -1 run.err))"; exit 1; }
        read -r seconds kilobytes < time.out
        times+=("$seconds"); [ "$kilobytes" -gt "$peak" ] && peak="$kilobytes"
    done
    local median
    median="$(printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}')"
    printf -v "$cell" '%s s (%d MB)' "$median" $((peak / 1024))
    say "$cell: ${!cell}"
}
ratio() { # peer cell over hopdash cell, as "N.Nx"
    awk -v a="${1%% s*}" -v b="${2%% s*}" 'BEGIN { if (b > 0) printf (a / b < 1 ? "%.2fx" : "%.1fx"), a / b; else print "-" }'
}

say "timing, $runs runs each"
measure hd_first "$hopdash" snapshot --store store.sqlite --screen overview --today "$today"
measure duck_first "$py" duck.py first.sql
measure vd_first "$vd" -b -p open.vd

measure hd_figures "$hopdash" report --store store.sqlite --today "$today"
measure sq_figures sqlite3 store.sqlite ".read naive.sql"
measure duck_figures "$py" duck.py figures.duckdb.sql

prepare="cp no-assessments.sqlite import.sqlite; rm -f import.sqlite-wal import.sqlite-shm"
measure hd_import "$hopdash" import assessments --store import.sqlite assessments.csv
prepare="rm -f import-sqlite3.sqlite"
measure sq_import sqlite3 import-sqlite3.sqlite ".mode csv" ".import assessments.csv assessment_csv" \
    'CREATE INDEX assessment_csv_by_staff ON assessment_csv("Staff number", "Skill", "Date")'
prepare="rm -f import.duckdb import.duckdb.wal"
measure duck_import "$py" duck.py import.duckdb.sql import.duckdb
prepare=""

largest="$(sqlite3 store.sqlite "SELECT p.code FROM profession p JOIN staff_profession sp ON sp.profession_id = p.id GROUP BY p.id ORDER BY count(*) DESC LIMIT 1")"
measure hd_freq "$hopdash" snapshot --store store.sqlite --screen skills --profession "$largest" --today "$today"
measure sq_freq sqlite3 store.sqlite "SELECT k.name, count(*) FROM assessment a JOIN skill k ON k.id = a.skill_id GROUP BY k.name ORDER BY 2 DESC"
measure duck_freq "$py" duck.py freq.sql
prepare="rm -f vd-freq.csv"
measure vd_freq "$vd" -b -p freq.vd

assessments="$(sqlite3 store.sqlite "SELECT count(*) FROM assessment")"
cat <<EOF

### Peers at $staff staff ($assessments assessments), $(date -u +%Y-%m-%d), $(nproc) cores

Median of $runs runs, whole process, peak resident memory in brackets; ratios are the peer's
time over hopdash's (above 1: hopdash is quicker). $versions.

| task | hopdash | sqlite3 | DuckDB | VisiData | ratios (sqlite3, DuckDB, VisiData) |
|---|---|---|---|---|---|
| first screen: overview / first 40 rows of the assessments CSV / VisiData opens it | $hd_first | - | $duck_first | $vd_first | -, $(ratio "$duck_first" "$hd_first"), $(ratio "$vd_first" "$hd_first") |
| per-profession figures: \`hopdash report\` / the same aggregate from raw rows | $hd_figures | $sq_figures | $duck_figures | - | $(ratio "$sq_figures" "$hd_figures"), $(ratio "$duck_figures" "$hd_figures"), - |
| import the assessments CSV (sqlite3 and DuckDB: plain table plus one index) | $hd_import | $sq_import | $duck_import | - | $(ratio "$sq_import" "$hd_import"), $(ratio "$duck_import" "$hd_import"), - |
| frequency by skill: skills screen of $largest / GROUP BY over every assessment | $hd_freq | $sq_freq | $duck_freq | $vd_freq | $(ratio "$sq_freq" "$hd_freq"), $(ratio "$duck_freq" "$hd_freq"), $(ratio "$vd_freq" "$hd_freq") |
EOF
