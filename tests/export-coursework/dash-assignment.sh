# An assignment id beginning with "-" is an operand, never an option.
set -euo pipefail
. "$CASEDIR/mkcourse"
mkcourse course
sed -i 's/"a2"/"-x"/' course/course.json
mv course/assignments/a2 course/assignments/-x
for w in course/workspaces/*/a2; do
	mv -- "$w" "${w%/a2}/-x"
done
export-coursework course --key-file "$KEY" --now 2026-06-01T12:00:00Z \
    >all.zip
bsdtar -tf all.zip | grep -e -x | sort
export-student course alice --key-file "$KEY" \
    --now 2026-06-01T12:00:00Z >s.zip
bsdtar -tf s.zip | grep -e -x | sort
export-assignment course -x --key-file "$KEY" \
    --now 2026-06-01T12:00:00Z >a.zip 2>err || echo "exit $?"
cat err
export-assignment --key-file "$KEY" --now 2026-06-01T12:00:00Z \
    -- course -x >a.zip
bsdtar -tf a.zip | sort | head -3
