# A picture over 40 megapixels (a small file of 20000 x 20000 pixels) is
# not decoded: a framed placeholder says why.  A large one under the
# limit is kept at no more pixels than its printed size needs at 300 dpi
# (peak memory stays under 1 GB, sanitizer builds included; it was 4 GB).
# An SVG nesting <use> (here 100000 shapes from a 2 kB file) is drawn as
# pixels at its printed size, not as that many vector shapes.
. "$CASEDIR/tree.bash"
v3_tree g p
mkdir -p g/img
# png W H FILE: a one-bit grey PNG, white with a black first row.
png() {
	python3 - "$@" <<'PY'
import struct, sys, zlib
w, h, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
def chunk(t, d):
    return (struct.pack(">I", len(d)) + t + d +
            struct.pack(">I", zlib.crc32(t + d) & 0xffffffff))
row = (w + 7) // 8
z = zlib.compressobj(9)
data = z.compress(b"\0" + b"\0" * row)
white = b"\0" + b"\xff" * row
data += b"".join(z.compress(white) for _ in range(h - 1)) + z.flush()
with open(out, "wb") as f:
    f.write(b"\x89PNG\r\n\x1a\n")
    f.write(chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 1, 0, 0, 0, 0)))
    f.write(chunk(b"IDAT", data) + chunk(b"IEND", b""))
PY
}
png 20000 20000 g/img/bomb.png
png 4000 3000 g/img/big.png
python3 - <<'PY'
lines = ['<svg xmlns="http://www.w3.org/2000/svg" '
         'xmlns:xlink="http://www.w3.org/1999/xlink" width="100" height="100">',
         '<defs><rect id="l0" width="1" height="1"/>']
for i in range(1, 6):
    lines.append('<g id="l%d">' % i +
                 '<use xlink:href="#l%d"/>' % (i - 1) * 10 + '</g>')
lines.append('</defs><use xlink:href="#l5"/></svg>')
open("g/img/nest.svg", "w").write("\n".join(lines))
PY
v3_page g p "Pictures" <<'MD'
![bomb](img/bomb.png)

![nest](img/nest.svg)

![big](img/big.png)
MD
/usr/bin/time -f %M -o mem render-pdf --now @0 g >out.pdf
echo "exit $?"
[ "$(cat mem)" -lt 1000000 ] || echo "peak memory $(cat mem) kB"
qpdf --check out.pdf >/dev/null
[ "$(wc -c <out.pdf)" -lt 100000 ] || echo "$(wc -c <out.pdf) bytes of PDF"
pdfimages -list out.pdf | awk 'NR > 2 { print $3, $4, $5 }'
pdf_text out.pdf
