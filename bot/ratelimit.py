"""Per-sender pacing: a US long code carries about one segment a second, and Twilio queues (then drops) what a
sender pushes faster. Each worker paces its own sends; several workers share a sender's rate only roughly."""

import threading
import time
from collections.abc import Callable


class RateLimiter:
    def __init__(
        self, clock: Callable[[], float] = time.monotonic, sleep: Callable[[float], None] = time.sleep
    ) -> None:
        self._clock = clock
        self._sleep = sleep
        self._next: dict[str, float] = {}
        self._lock = threading.Lock()

    def wait(self, sender: str, per_second: float) -> None:
        """Block until `sender` may send again at `per_second` messages a second."""
        with self._lock:
            now = self._clock()
            start = max(now, self._next.get(sender, now))
            self._next[sender] = start + 1 / per_second
        if start > now:
            self._sleep(start - now)
