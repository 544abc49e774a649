# export-store on its own: publish (once per course, kind and "now"), find,
# lookup of a live export, refusal of an expired one before and after the
# sweep, a manifest line cut short by a crash, and a clock that went back.
mkdir store
t0=2026-06-01T03:00:00Z
es() {
	export-store "$@" >out 2>&1
	echo "[exit $?]"
	sed "s|$PWD|.|g" out
}
mkdir -p store/.tmp
echo 'a,b' >store/.tmp/c1-access.csv
es --now "$t0" publish store c1 access store/.tmp/c1-access.csv
# The same night again: nothing new, the file already filed.
echo 'other' >store/.tmp/c1-access.csv
es --now "$t0" publish store c1 access store/.tmp/c1-access.csv
ls store/.tmp
cat store/manifest.csv
es --now "$t0" find store c1 access
es --now 2026-06-02T03:00:00Z find store c1 access
# A day later, a second export of the kind: lookup by kind takes the newest.
echo 'a,b,c' >store/.tmp/c1-access.csv
es --now 2026-06-02T03:00:00Z publish store c1 access store/.tmp/c1-access.csv
es --now 2026-06-07T00:00:00Z lookup store c1 access
es --now 2026-06-08T02:59:59Z lookup store exports/c1/20260601T030000Z/c1-access.csv
# Expired at created + 7 days, to the second, though not yet swept.
es --now 2026-06-08T03:00:00Z lookup store exports/c1/20260601T030000Z/c1-access.csv
es --now 2026-06-08T03:00:00Z lookup store c1 access
es --now 2026-06-10T00:00:00Z lookup store c1 access
es --now 2026-06-10T00:00:00Z lookup store c9 access
es --now 2026-06-10T00:00:00Z lookup store exports/nope.csv
# A half-written last line (a crash in mid-append) is ignored.
printf 'c1,guide,exports/c1/x' >>store/manifest.csv
es --now 2026-06-08T12:00:00Z sweep store
find store/exports -type f | sort
cat store/manifest.csv
# After a run at 06-20, a lookup with a clock back at 06-05 still refuses.
echo 1781913600 >store/.nightly/clock
es --now 2026-06-05T00:00:00Z lookup store exports/c1/20260602T030000Z/c1-access.csv
# Bad use.
es publish store 'c 1' access store/x
es publish store c1 access store/missing
es --now yesterday-ish sweep store
es lookup
es lookup nowhere c1 access
