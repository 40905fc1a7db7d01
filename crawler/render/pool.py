"""Several browsers at once: render.toml `workers` threads, each with its own Chromium.

Playwright's sync API belongs to the thread that started it, so each worker thread owns
one Renderer for its whole life and takes pages from a shared queue; outcomes come back
to the caller's thread, which alone writes the store. A browser that will not start or
dies is reported in `failures` and its worker stops; the others carry on, and pages no
worker took are left for the next run.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from typing import Any

from crawler.render.chromium import Renderer, RenderOutcome
from crawler.render.config import RenderConfig
from crawler.render.store import SourcePage

_DONE = object()


def _worker(
    executable: str, config: RenderConfig, proxy: str | None, todo: queue.Queue[Any],
    done: queue.Queue[Any], failures: list[str],
) -> None:  # fmt: skip
    try:
        with Renderer(executable, config, proxy=proxy) as renderer:
            while True:
                try:
                    page = todo.get_nowait()
                except queue.Empty:
                    return
                done.put((page, renderer.render(page.open_url)))
    except Exception as exc:  # noqa: BLE001 - a broken browser ends this worker, not the run
        failures.append((str(exc).strip().splitlines() or [type(exc).__name__])[0][:300])
    finally:
        done.put(_DONE)


def render_all(
    executable: str, config: RenderConfig, proxy: str | None, pages: list[SourcePage],
    failures: list[str],
) -> Iterator[tuple[SourcePage, RenderOutcome]]:  # fmt: skip
    """(page, outcome) as each render finishes, in no particular order."""
    if not pages:
        return
    todo: queue.Queue[Any] = queue.Queue()
    for page in pages:
        todo.put(page)
    done: queue.Queue[Any] = queue.Queue()
    count = max(1, min(config.workers, len(pages)))
    threads = [
        threading.Thread(target=_worker, args=(executable, config, proxy, todo, done, failures),
                         name=f"render-{i}", daemon=True)
        for i in range(count)
    ]  # fmt: skip
    for thread in threads:
        thread.start()
    running = count
    while running:
        item = done.get()
        if item is _DONE:
            running -= 1
            continue
        yield item
    for thread in threads:
        thread.join(timeout=30)
