# Raw HTML is reduced to text: a simple <table> as rows of cells, <b> and
# <code> styled, <br> breaking lines, comments and scripts dropped; a page
# of contentType html is read the same way.
. "$CASEDIR/tree.bash"
v3_tree g md page
v3_page g md "Markdown with HTML" <<'MD'
<table>
<tr><th>Key</th><th>Meaning</th></tr>
<tr><td>a &amp; b</td><td>both<br>at once</td></tr>
</table>

Some <b>bold</b> and <code>x &lt; y</code> text.<!-- hidden comment -->

<script>alert("never shown")</script>
MD
jq -n '{id: "h", title: "An HTML page", type: "page", contentType: "html"}' \
    >g/.guides/content/page.json
cat >g/.guides/content/page.html <<'HTML'
<h2>Heading in HTML</h2>
<p>First paragraph with <a href="https://example.org">a link</a>.</p>
<ul><li>one</li><li>two</li></ul>
<pre>  indented
    code</pre>
<style>p { color: red }</style>
HTML
render-pdf --now @0 g >out.pdf
qpdf --check out.pdf >/dev/null
pdf_text out.pdf
