/*
 * session: the Time_Spent rule of the assessment export (see assemble.h).
 * Durations are exact to the nanosecond while they add up; only the sum
 * is cut to whole seconds.
 */
#include <inttypes.h>
#include <stdio.h>

#include "assemble.h"

void
session_event(struct session *s, int type, bool ours, struct etl_time t)
{
	int64_t d;

	if (s->open && (type != EV_CLOSE || ours)) {
		d = (t.sec - s->start.sec) * 1000000000 +
		    (t.nsec - s->start.nsec);
		if (d > SESSION_CAP_NS)
			d = SESSION_CAP_NS;
		if (d > 0)
			s->spent_ns += d;
		s->open = false;
	}
	if (type == EV_OPEN && ours) {
		s->start = t;
		s->open = true;
	}
}

char *
format_spent(int64_t ns, char *buf)
{
	int64_t sec = ns / 1000000000;

	snprintf(buf, 32, "%" PRId64 ":%02d:%02d", sec / 3600,
	    (int)(sec / 60 % 60), (int)(sec % 60));
	return buf;
}
