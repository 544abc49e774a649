# Every kind of block and span a guide page uses comes out as text, in
# order: headings, paragraphs, emphasis, lists (nested, numbered from 7),
# a block quote, a rule, a code block, a table, a link with its URL shown,
# a footnote, math kept as text, raw HTML reduced to text.  The links are
# clickable: pdfinfo lists their annotations.
. "$CASEDIR/tree.bash"
v3_tree g intro
v3_page g intro "Introduction" <<'MD'
---
# First heading

A paragraph with *emphasis*, **strong**, ~~struck~~ and `code`.

- outer one
  - inner one
  - inner two
- outer two

7. seventh
8. eighth

> A quoted line.

***

```c
int main(void) { return 0; }
```

| Name | Value |
|:-----|------:|
| pi   | 3.14  |
| e    | 2.72  |

See [the site](https://example.org/x) or <https://example.org/y>.

A claim[^n] with a note, and math $x^2 + y^2$.

<details>
<summary>Click here</summary>

Hidden but printed.
</details>

Line one<br>line two &amp; more.

[^n]: The note's text.
MD
render-pdf --now @0 g >out.pdf
qpdf --check out.pdf >/dev/null
pdf_text out.pdf
pdfinfo -url out.pdf
