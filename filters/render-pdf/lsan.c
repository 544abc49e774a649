/*
 * lsan: what the leak checker of a sanitizer build may ignore.
 *
 * fontconfig keeps its configuration and font patterns in caches for the
 * life of the process and frees them only from FcFini(), which pango
 * never calls; cairo 1.16 loses a buffer when it draws a colour (emoji)
 * glyph as a picture; librsvg never frees the value libxml2 parses for
 * an SVG's internal entity (xmlParseEntityValue).  None is a leak of
 * render-pdf; only these two libraries and that one function are named,
 * so leaks of ours still show.  The sanitizer runtime
 * looks this function up by name; other builds never call it.
 */
// NOLINTNEXTLINE(bugprone-reserved-identifier)
const char *__lsan_default_suppressions(void);

const char *
__lsan_default_suppressions(void) // NOLINT(bugprone-reserved-identifier)
{
	return "leak:libfontconfig.so\nleak:libcairo.so\n"
	       "leak:xmlParseEntityValue\n";
}

/* And says nothing about having used them: stderr is for messages. */
// NOLINTNEXTLINE(bugprone-reserved-identifier)
const char *__lsan_default_options(void);

const char *
__lsan_default_options(void) // NOLINT(bugprone-reserved-identifier)
{
	return "print_suppressions=0";
}
