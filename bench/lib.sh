# Shared by the bench scripts (sourced): wall-time medians of commands. Needs $work (a temp folder).

# seconds COMMAND... -> wall seconds on stdout. Exit 1 is talentflow's "done with rejected
# records", not a failure; anything above stops the bench with the command's stderr.
seconds() {
  local start end code=0
  start=$(date +%s.%N)
  "$@" >/dev/null 2>"$work/err" || code=$?
  end=$(date +%s.%N)
  if ((code > 1)); then cat "$work/err" >&2; exit "$code"; fi
  echo "$end - $start" | bc -l
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# median_seconds RUNS COMMAND... -> the median wall seconds of RUNS runs
median_seconds() {
  local runs=$1 i; shift
  for ((i = 0; i < runs; i++)); do seconds "$@"; done | median
}
