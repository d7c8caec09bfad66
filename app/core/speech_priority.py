"""How urgent a spoken line is: lower is sooner. Cues (time up, sale live) jump the queue; a viewer's
comment read aloud waits, and only a few wait at once (app.live.speech keeps the queue)."""

PRIORITY_CUE = 0
PRIORITY_NORMAL = 5
PRIORITY_COMMENT = 9
