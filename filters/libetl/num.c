/*
 * Numbers in the export format: rounded to four decimal places, then
 * written in the shortest form that keeps them, with no exponent.  printf's
 * %f never uses an exponent, so a value as large as DBL_MAX still fits
 * NUMBUF bytes.
 */
#include <math.h>
#include <string.h>

#include "etl.h"

char *
format_number(double v, char *buf)
{
	char *dot, *end;

	if (!isfinite(v)) {
		buf[0] = '\0';
		return buf;
	}
	snprintf(buf, NUMBUF, "%.4f", v);
	if ((dot = strchr(buf, '.')) != NULL) {
		end = buf + strlen(buf);
		while (end > dot + 1 && end[-1] == '0')
			end--;
		if (end == dot + 1)
			end = dot;
		*end = '\0';
	}
	if (strcmp(buf, "-0") == 0)
		buf[1] = '\0', buf[0] = '0';
	return buf;
}
