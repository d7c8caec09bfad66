"""Pure domain logic: no Qt, no SQL, no sockets, so it is fast to test and reuse."""
