"""Every URL pattern of the project, named by its full route, and URLs built from a route.

A pattern's key is ``(route, name)``: the route as Django's resolver joins it
(``ResolverMatch.route``: each level's pattern text, a sub-level's leading ``^`` dropped) and
the namespaced name (``dashboard:partner-manage``; ``None`` when the pattern has no name).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from django.urls import URLPattern, URLResolver, get_resolver, resolve


@dataclass(frozen=True)
class Pattern:
    route: str
    name: str | None

    @property
    def params(self) -> list[str]:
        """Parameter names in order (positional groups as "0", "1"…)."""
        return [piece[1] for piece in _pieces(self.route) if piece[0] == "param"]


def _join(first: str, second: str) -> str:
    # As django.urls.resolvers.URLResolver._join_route.
    if not first:
        return second
    return first + second.removeprefix("^")


def walk(resolver: URLResolver | None = None, prefix: str = "", namespace: str = "") -> Iterator[Pattern]:
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            inner = namespace
            if entry.namespace:
                inner = f"{namespace}:{entry.namespace}" if namespace else entry.namespace
            yield from walk(entry, _join(prefix, str(entry.pattern)), inner)
        elif isinstance(entry, URLPattern):
            name = entry.name and (f"{namespace}:{entry.name}" if namespace else entry.name)
            yield Pattern(_join(prefix, str(entry.pattern)), name)


def _group_end(route: str, start: int) -> int:
    depth, i = 0, start
    while i < len(route):
        char = route[i]
        if char == "\\":
            i += 2
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    raise ValueError(route)


def _pieces(route: str) -> Iterator[tuple[str, str]]:
    """("text", literal) and ("param", name) pieces of a path() or re_path() route."""
    i, position = 0, 0
    while i < len(route):
        char = route[i]
        if char == "<":
            end = route.index(">", i)
            yield "param", route[i + 1 : end].split(":")[-1]
            i = end + 1
        elif char == "(":
            end = _group_end(route, i)
            inner = route[i + 1 : end]
            if inner.startswith("?P<"):
                yield "param", inner[3 : inner.index(">")]
            else:
                yield "param", str(position)
                position += 1
            i = end + 1
        elif char in "^$":
            i += 1
        elif char == "\\":
            yield "text", route[i + 1]
            i += 2
        else:
            yield "text", char
            i += 1


def build_url(pattern: Pattern, values: Mapping[str, object], query: str = "") -> str:
    """The URL of ``pattern`` with ``values`` in its parameters; checked to resolve to it."""
    url = "/" + "".join(str(values[v]) if kind == "param" else v for kind, v in _pieces(pattern.route))
    match = resolve(url)
    if match.route != pattern.route:
        raise ValueError(f"{url} resolves to {match.route!r}, not {pattern.route!r}")
    return url + (f"?{query}" if query else "")


def generic_values(pattern: Pattern, ids: Mapping[str, object], names: Sequence[str] = ()) -> dict:
    """Values for a grouped third-party pattern: a missing id, or a word."""
    values = {}
    for param in pattern.params:
        if param == "app_label":
            values[param] = "catalogue"
        elif param.startswith("revision_id_"):  # Wagtail's revisions compare: live|earliest|latest|<id>
            values[param] = "live"
        elif "<int:" + param + ">" in pattern.route or param.endswith("id") or param in {"pk", "0"}:
            values[param] = ids["missing"]
        else:
            values[param] = "x"
    return values
