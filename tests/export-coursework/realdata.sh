# Real trees: two real student workspaces (Chinese and space-filled names,
# absolute and dangling links, Windows binaries) and real Codio assignment
# trees (both guide generations, node_modules with relative links) in one
# course.  Every regular file round-trips byte for byte, every link kept
# stays inside its tree, the rest are left out, nothing escapes.
set -euo pipefail
[ -d "$SHARED/realdata" ] || { echo "no shared/realdata" >&2; exit 77; }
. "$CASEDIR/mkcourse"
R=$SHARED/realdata
ids=(Crunch-Basics guides-assessments-demo HSA-M12-Debugging Java)
mkdir -p course/assignments course/workspaces/zhang/Crunch-Basics \
    course/workspaces/priya/guides-assessments-demo
for a in "${ids[@]}"; do
	cp -a "$R/codio/$a" course/assignments/
done
chmod -R u+w course
# Git stored the node_modules/.bin links as files holding their
# targets: make them links again.
find course/assignments -path '*/node_modules/.bin/*' -type f |
    while IFS= read -r f; do
	t=$(cat "$f")
	rm "$f"
	ln -s "$t" "$f"
done
tar -xf "$R"/workspace-cprogram-zh/*.tar -C course/workspaces/zhang/Crunch-Basics
tar -xf "$R"/workspace-datamining290/*.tar \
    -C course/workspaces/priya/guides-assessments-demo
jq -n --arg ids "${ids[*]}" '{id: "real", name: "Real trees",
    licensed_child: false, assignments: [$ids | split(" ")[] |
    {id: ., name: ., book: null, published: true}]}' >course/course.json
printf '%s\n' 'user_id,username,email,first_name,last_name,role' \
    'u1,zhang,z@example.edu,伟,张,student' \
    'u2,priya,p@example.edu,Priya,I,student' >course/users.csv
: >course/events.ndjson
: >course/attempts.ndjson
printf 'a key for the tests only, 32 b.' >key

export-coursework course --key-file key --now 2026-06-01T12:00:00Z \
    >cw.zip 2>err
echo "coursework: $(grep -c 'leads out of the tree; skipped' err) links left out"
# (The entry count depends on which generated files are made.)
"$TOP/tests/pack-zip/zipcheck" cw.zip \
    course/workspaces/zhang/Crunch-Basics real/workspaces/zhang/Crunch-Basics/ \
    course/workspaces/priya/guides-assessments-demo \
    real/workspaces/priya/guides-assessments-demo/ | sed 's/^[0-9]* entries; //'

export-sources course --now 2026-06-01T12:00:00Z >src.zip
"$TOP/tests/pack-zip/zipcheck" src.zip
mkdir x
for a in "${ids[@]}"; do
	unzip -q -d x src.zip "$a.tar.zst"
	zstd -tq "x/$a.tar.zst"
	tar --zstd -tf "x/$a.tar.zst" >/dev/null
	tar --zstd -xf "x/$a.tar.zst" -C x
	diff -r --no-dereference "course/assignments/$a" "x/$a"
	echo "$a: $(tar --zstd -tvf "x/$a.tar.zst" | grep -c '^-') files," \
	    "$(tar --zstd -tvf "x/$a.tar.zst" | grep -c '^l') links"
done
