# The nightly run as a Slurm job array on a private single-node cluster
# (munged, slurmctld and slurmd started here from a temporary folder, no
# systemd, stopped by pid at the end): six courses in chunks of two, one
# failing for now (once) and one for good.  The run polls squeue,
# resubmits only the course that failed for now, and the store ends up
# with every export of the five good courses, once.
. "$CASEDIR/common.bash"
[ "$(id -u)" -eq 0 ] || { echo "the private Slurm runs as root" >&2; exit 77; }
for p in munged slurmctld slurmd sbatch squeue; do
	command -v "$p" >/dev/null || PATH=$PATH:/usr/sbin
	command -v "$p" >/dev/null ||
	    { echo "no $p (Debian: slurm-wlm, munge)" >&2; exit 77; }
done
# A short folder: a unix socket path must fit in 108 bytes.
d=$(mktemp -d /tmp/nightly-slurm.XXXXXX)
stop() {
	local f pid
	for f in slurmd slurmctld munged; do
		pid=$(cat "$d/$f.pid" 2>/dev/null) || continue
		kill "$pid" 2>/dev/null
		for _ in $(seq 50); do
			kill -0 "$pid" 2>/dev/null || break
			sleep 0.1
		done
		kill -9 "$pid" 2>/dev/null
	done
	rm -rf "$d"
}
trap stop EXIT
[ -z "${KEEP_SLURM_LOG:-}" ] || trap 'cp -r "$d/log" "$KEEP_SLURM_LOG"; stop' EXIT
mkdir -p "$d/munge" "$d/state" "$d/spool" "$d/log"
chmod 700 "$d/munge"
mungekey --create --keyfile="$d/munge/key" >/dev/null 2>&1 ||
    dd if=/dev/urandom of="$d/munge/key" bs=1024 count=1 2>/dev/null
chmod 600 "$d/munge/key"
munged --force --socket="$d/munge/sock" --key-file="$d/munge/key" \
    --pid-file="$d/munged.pid" --log-file="$d/log/munged.log" \
    --seed-file="$d/munge/seed" ||
    { echo "munged does not start: $(tail -n 1 "$d/log/munged.log")" >&2; exit 77; }
port=$((20000 + RANDOM % 20000))
mem=$(free -m | awk '/^Mem:/ { print int($2 / 2) }')
cat >"$d/slurm.conf" <<CONF
ClusterName=nightly
SlurmctldHost=localhost
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
AuthInfo=socket=$d/munge/sock
CredType=cred/munge
SlurmctldPort=$port
SlurmdPort=$((port + 1))
StateSaveLocation=$d/state
SlurmdSpoolDir=$d/spool
SlurmctldPidFile=$d/slurmctld.pid
SlurmdPidFile=$d/slurmd.pid
SlurmctldLogFile=$d/log/slurmctld.log
SlurmdLogFile=$d/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SchedulerType=sched/builtin
SchedulerParameters=sched_interval=1,sched_min_interval=100000
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
ReturnToService=2
MpiDefault=none
MailProg=/bin/true
NodeName=localhost CPUs=$(nproc) RealMemory=$mem State=UNKNOWN
PartitionName=nightly Nodes=localhost Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF=$d/slurm.conf
slurmctld -f "$SLURM_CONF" && slurmd -f "$SLURM_CONF" -N localhost ||
    { echo "slurmctld or slurmd does not start" >&2; exit 77; }
for _ in $(seq 100); do
	[ "$(sinfo -h -o %t 2>/dev/null)" = idle ] && break
	sleep 0.2
done
[ "$(sinfo -h -o %t 2>/dev/null)" = idle ] ||
    { echo "the node never came up: $(tail -n 2 "$d/log/slurmd.log")"; exit 1; }

fake_tools "$PWD/bin"
export EXPORT_KEY_FILE=$PWD/key NIGHTLY_POLL=0.3
echo 0123456789abcdef >key
for c in c1 c2 c3 c4; do gen_course "courses/$c" "$c"; done
gen_course courses/flaky flaky
echo '75 the license server is away' >courses/flaky/.fail-once
gen_course courses/broken broken
echo '1 broken/users.csv:3: bad record' >courses/broken/.fail
timeout 300 nightly --slurm --chunk 2 --retries 2 --now "$NOW" courses store 2>log
echo "exit $?"
sed "s|$PWD|.|g; s/Slurm job [0-9]*/Slurm job N/" log
store_check store | cut -d, -f1 | uniq -c
ls store/outbox | wc -l
# Three array tasks, then one for the resubmitted course.
ls store/.nightly/runs/*/slurm | sed 's/^[0-9]*_/JOB_/' | sort | uniq -c
sed "s|$PWD|.|" store/.nightly/runs/*/todo.1
